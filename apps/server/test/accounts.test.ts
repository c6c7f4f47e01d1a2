import { systemActor } from '@coopex/domain';
import type { Database } from '@coopex/db';
import { testBackends } from '@coopex/db/testing';
import {
  createDemandLine,
  createDemandList,
  createMemoryMailer,
  createOrganisation,
  createProduct,
  createUser,
  prepareDatabase,
} from '@coopex/use-cases';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../src/build-server';

const password = 'correct horse battery';

function sessionCookieOf(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((candidate) => candidate.name === 'coopex_session');
  if (!cookie) throw new Error(`no session cookie in ${response.statusCode} ${response.body}`);
  return `coopex_session=${cookie.value}`;
}

describe.each(testBackends())('accounts, sessions and tokens on $name', (backend) => {
  let database: Database;
  let dispose: () => Promise<void>;
  let server: FastifyInstance;
  const mailer = createMemoryMailer();
  let buyerOrganisation: string;
  let secondOrganisation: string;
  let supplierOrganisation: string;
  let supplierProduct: string;
  let buyerLine: string;

  let signInCount = 0;
  async function signIn(email: string) {
    const response = await server.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email, password },
      // Each sign-in from its own address, so the per-address limit is tested on its own.
      remoteAddress: `203.0.113.${(signInCount += 1)}`,
    });
    expect(response.statusCode, response.body).toBe(200);
    return { cookie: sessionCookieOf(response), csrfToken: response.json().csrfToken as string, response };
  }

  beforeAll(async () => {
    ({ database, dispose } = await backend.open());
    await prepareDatabase({ database });
    const organisation = async (nameRu: string, country: 'BY' | 'RU', taxId: string) =>
      (
        await createOrganisation({
          database,
          actor: systemActor,
          input: { kind: 'enterprise', nameRu, nameEn: null, country, taxId, ogrn: null, industries: [] },
        })
      ).id;
    buyerOrganisation = await organisation('ОАО «Покупатель»', 'BY', '100582333');
    secondOrganisation = await organisation('ОАО «Второе»', 'BY', '190542056');
    supplierOrganisation = await organisation('АО «Поставщик»', 'RU', '7707083893');
    await createUser({
      database,
      actor: systemActor,
      email: 'buyer@plant.test',
      displayName: 'Buyer',
      password,
      memberships: [
        { organisationId: buyerOrganisation, role: 'admin', canBuy: true, canSupply: false },
        { organisationId: secondOrganisation, role: 'member', canBuy: true, canSupply: false },
      ],
    });
    await createUser({
      database,
      actor: systemActor,
      email: 'supplier@factory.test',
      displayName: 'Supplier',
      password,
      memberships: [{ organisationId: supplierOrganisation, role: 'member', canBuy: false, canSupply: true }],
    });
    await createUser({
      database,
      actor: systemActor,
      email: 'locked@plant.test',
      displayName: 'L',
      password,
    });
    supplierProduct = (
      await createProduct({
        database,
        actor: systemActor,
        organisationId: supplierOrganisation,
        input: {
          externalId: null,
          nameRu: 'Клапан обратный',
          nameEn: null,
          description: null,
          manufacturer: null,
          partNumber: null,
          tnved: null,
          okpd2: null,
          country: null,
          parameters: [],
          capacityPerYear: 3456,
          capacityUnit: 'pcs',
          leadTimeDays: null,
          minimumOrder: null,
          minimumOrderUnit: null,
          price: 4321.5,
          currency: 'RUB',
          status: 'active',
        },
      })
    ).product.id;
    const list = await createDemandList({
      database,
      actor: systemActor,
      organisationId: buyerOrganisation,
      input: { title: 'Клапаны', description: null, visibility: 'union' },
    });
    buyerLine = (
      await createDemandLine({
        database,
        actor: systemActor,
        listId: list.id,
        input: {
          externalId: null,
          name: 'Клапан обратный DN50',
          nameEn: null,
          description: null,
          partNumber: null,
          manufacturer: null,
          originCountry: null,
          tnved: null,
          okpd2: null,
          requirements: [],
          quantityPerYear: null,
          quantityUnit: null,
          neededBy: null,
          targetPrice: null,
          currency: null,
          criticality: 'medium',
          minimumAnalogueGrade: null,
          status: 'open',
        },
      })
    ).line.id;
    server = await buildServer({ database, mailer, security: { publicUrl: 'https://coopex.test' } });
  });
  afterAll(async () => {
    await server?.close();
    await dispose();
  });

  it('signs in with an HttpOnly, Secure, SameSite session cookie and acts for the first organisation', async () => {
    const { response } = await signIn('BUYER@plant.test');
    const cookie = response.cookies.find((candidate) => candidate.name === 'coopex_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax', path: '/' });
    expect(response.json()).toMatchObject({
      user: { email: 'buyer@plant.test', isPlatformAdmin: false },
      activeOrganisationId: buyerOrganisation,
    });
    expect(response.json().memberships).toHaveLength(2);
  });

  it('does not tell a wrong password from an unknown email', async () => {
    const wrong = await server.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email: 'buyer@plant.test', password: 'not the password' },
    });
    const unknown = await server.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email: 'nobody@plant.test', password: 'not the password' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());
  });

  it('refuses a change made with the cookie but without the CSRF header, and accepts it with the header', async () => {
    const { cookie, csrfToken } = await signIn('buyer@plant.test');
    const payload = { title: 'Новый список' };
    const url = `/api/v1/organisations/${buyerOrganisation}/demand-lists`;
    const withoutHeader = await server.inject({ method: 'POST', url, payload, headers: { cookie } });
    expect(withoutHeader.statusCode).toBe(403);
    expect(withoutHeader.json().error.code).toBe('csrf_token_invalid');
    const wrongHeader = await server.inject({
      method: 'POST',
      url,
      payload,
      headers: { cookie, 'x-csrf-token': `${csrfToken}x` },
    });
    expect(wrongHeader.json().error.code).toBe('csrf_token_invalid');
    const withHeader = await server.inject({
      method: 'POST',
      url,
      payload,
      headers: { cookie, 'x-csrf-token': csrfToken },
    });
    expect(withHeader.statusCode).toBe(201);
  });

  it('switches organisation only to one the user belongs to', async () => {
    const { cookie, csrfToken } = await signIn('buyer@plant.test');
    const headers = { cookie, 'x-csrf-token': csrfToken };
    const switched = await server.inject({
      method: 'POST',
      url: '/api/v1/auth/organisation',
      headers,
      payload: { organisationId: secondOrganisation },
    });
    expect(switched.json().activeOrganisationId).toBe(secondOrganisation);
    // As a plain member of the second organisation the user may no longer manage the first one's people.
    const invitations = await server.inject({
      url: `/api/v1/organisations/${buyerOrganisation}/invitations`,
      headers,
    });
    expect(invitations.json().error.code).toBe('forbidden');
    const foreign = await server.inject({
      method: 'POST',
      url: '/api/v1/auth/organisation',
      headers,
      payload: { organisationId: supplierOrganisation },
    });
    expect(foreign.statusCode).toBe(403);
  });

  it('signs out: the cookie opens nothing afterwards', async () => {
    const { cookie, csrfToken } = await signIn('buyer@plant.test');
    const out = await server.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-out',
      headers: { cookie, 'x-csrf-token': csrfToken },
    });
    expect(out.statusCode).toBe(204);
    const after = await server.inject({ url: '/api/v1/auth/session', headers: { cookie } });
    expect(after.json().error.code).toBe('authentication_required');
  });

  it('locks an account after five wrong passwords in a row, even for the right password', async () => {
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const response = await server.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-in',
        payload: { email: 'locked@plant.test', password: 'wrong password' },
        remoteAddress: `10.0.0.${attempt + 1}`,
      });
      expect(response.json().error.code).toBe('invalid_credentials');
    }
    const fifth = await server.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email: 'locked@plant.test', password: 'wrong password' },
      remoteAddress: '10.0.0.5',
    });
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().error.code).toBe('account_locked');
    const right = await server.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email: 'locked@plant.test', password },
      remoteAddress: '10.0.0.6',
    });
    expect(right.json().error.code).toBe('account_locked');
  });

  it('slows down one address that keeps trying to sign in', async () => {
    const codes: number[] = [];
    for (let attempt = 0; attempt < 12; attempt += 1) {
      const response = await server.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-in',
        payload: { email: `guess-${attempt}@plant.test`, password: 'guess' },
        remoteAddress: '192.0.2.77',
      });
      codes.push(response.statusCode);
      if (response.statusCode === 429) expect(response.json().error.code).toBe('rate_limited');
    }
    expect(codes.slice(0, 10).every((code) => code === 401)).toBe(true);
    expect(codes.slice(10)).toEqual([429, 429]);
  });

  it('shows an API token once, keeps only its hash, and refuses it once revoked', async () => {
    const { cookie, csrfToken } = await signIn('buyer@plant.test');
    const headers = { cookie, 'x-csrf-token': csrfToken };
    const created = await server.inject({
      method: 'POST',
      url: '/api/v1/api-tokens',
      headers,
      payload: { name: 'ERP', scopes: ['read'], expiresInDays: 30 },
    });
    expect(created.statusCode).toBe(201);
    const { token, apiToken } = created.json();
    const stored = await database.query<{ token_hash: string }>(
      'SELECT token_hash FROM api_tokens WHERE id = $1',
      [apiToken.id],
    );
    expect(stored.rows[0]!.token_hash).not.toContain(token);
    const listed = await server.inject({ url: '/api/v1/api-tokens', headers });
    expect(listed.body).not.toContain(token);

    const bearer = { authorization: `Bearer ${token}` };
    expect((await server.inject({ url: '/api/v1/demand-lists', headers: bearer })).statusCode).toBe(200);
    const write = await server.inject({
      method: 'POST',
      url: `/api/v1/organisations/${buyerOrganisation}/demand-lists`,
      headers: bearer,
      payload: { title: 'Через токен' },
    });
    expect(write.json().error.code).toBe('insufficient_scope');

    await server.inject({ method: 'DELETE', url: `/api/v1/api-tokens/${apiToken.id}`, headers });
    const revoked = await server.inject({ url: '/api/v1/demand-lists', headers: bearer });
    expect(revoked.statusCode).toBe(401);
    expect(revoked.json().error.details.reason).toBe('revoked');
  });

  it('resets a password with a one-time link from the mail', async () => {
    await createUser({
      database,
      actor: systemActor,
      email: 'forgetful@plant.test',
      displayName: 'F',
      password,
    });
    const requested = await server.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset',
      payload: { email: 'forgetful@plant.test' },
      remoteAddress: '198.51.100.1',
    });
    expect(requested.statusCode).toBe(202);
    const mail = mailer.sent.find((sent) => sent.to === 'forgetful@plant.test')!;
    expect(mail.text).toContain('https://coopex.test/reset-password?token=');
    const token = /token=(\S+)/.exec(mail.text)![1]!;
    const confirm = () =>
      server.inject({
        method: 'POST',
        url: '/api/v1/auth/password-reset/confirm',
        payload: { token, password: 'a brand new password' },
        remoteAddress: '198.51.100.1',
      });
    expect((await confirm()).statusCode).toBe(204);
    expect((await confirm()).json().error.code).toBe('token_invalid');
    const signedIn = await server.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email: 'forgetful@plant.test', password: 'a brand new password' },
      remoteAddress: '198.51.100.2',
    });
    expect(signedIn.statusCode).toBe(200);
  });

  it('invites a colleague who joins with the link and can then sign in', async () => {
    const { cookie, csrfToken } = await signIn('buyer@plant.test');
    const invited = await server.inject({
      method: 'POST',
      url: `/api/v1/organisations/${buyerOrganisation}/invitations`,
      headers: { cookie, 'x-csrf-token': csrfToken },
      payload: { email: 'colleague@plant.test', role: 'member', canBuy: true, canSupply: false },
    });
    expect(invited.statusCode).toBe(201);
    const accepted = await server.inject({
      method: 'POST',
      url: '/api/v1/invitations/accept',
      payload: { token: invited.json().token, displayName: 'Colleague', password },
      remoteAddress: '198.51.100.3',
    });
    expect(accepted.json()).toMatchObject({ organisationId: buyerOrganisation, isNewUser: true });
    const members = await server.inject({
      url: `/api/v1/organisations/${buyerOrganisation}/members`,
      headers: { cookie },
    });
    expect(members.json().items.map((member: { email: string }) => member.email)).toContain(
      'colleague@plant.test',
    );
  });

  it('hides the price and exact capacity from a buyer until the supplier offers the product to its line', async () => {
    const buyer = await signIn('buyer@plant.test');
    const before = await server.inject({
      url: `/api/v1/products/${supplierProduct}`,
      headers: { cookie: buyer.cookie },
    });
    expect(before.json()).toMatchObject({
      price: null,
      capacityPerYear: null,
      capacityBand: { from: 2000, to: 5000, unit: 'pcs' },
      hiddenFields: ['price', 'currency', 'capacityPerYear'],
    });
    const supplier = await signIn('supplier@factory.test');
    const offered = await server.inject({
      method: 'POST',
      url: `/api/v1/demand-lines/${buyerLine}/offers`,
      headers: { cookie: supplier.cookie, 'x-csrf-token': supplier.csrfToken },
      payload: { productId: supplierProduct, note: 'Поставим за 60 дней' },
    });
    expect(offered.statusCode).toBe(201);
    const after = await server.inject({
      url: `/api/v1/products/${supplierProduct}`,
      headers: { cookie: buyer.cookie },
    });
    expect(after.json()).toMatchObject({ price: 4321.5, capacityPerYear: 3456, hiddenFields: [] });
  });

  it('shares a hot list with invited organisations only, and tells its owner whom', async () => {
    const { cookie, csrfToken } = await signIn('buyer@plant.test');
    const headers = { cookie, 'x-csrf-token': csrfToken };
    const created = await server.inject({
      method: 'POST',
      url: `/api/v1/organisations/${buyerOrganisation}/demand-lists`,
      headers,
      payload: { title: 'Только для приглашённых' },
    });
    const url = `/api/v1/demand-lists/${created.json().id}/sharing`;
    const shared = await server.inject({
      method: 'PUT',
      url,
      headers,
      payload: { visibility: 'invited', invitedOrganisationIds: [supplierOrganisation] },
    });
    expect(shared.statusCode).toBe(200);
    expect((await server.inject({ url, headers })).json()).toEqual({
      visibility: 'invited',
      invitedOrganisationIds: [supplierOrganisation],
    });
    const supplier = await signIn('supplier@factory.test');
    const seen = await server.inject({
      url: `/api/v1/demand-lists/${created.json().id}`,
      headers: { cookie: supplier.cookie },
    });
    expect(seen.statusCode).toBe(200);
    const whom = await server.inject({ url, headers: { cookie: supplier.cookie } });
    expect(whom.json().error.code).toBe('forbidden');
  });

  it('hides the price again once the supplier withdraws its offer, and lets nobody else withdraw it', async () => {
    const supplier = await signIn('supplier@factory.test');
    const supplierHeaders = { cookie: supplier.cookie, 'x-csrf-token': supplier.csrfToken };
    const offerUrl = `/api/v1/demand-lines/${buyerLine}/offers`;
    await server.inject({
      method: 'POST',
      url: offerUrl,
      headers: supplierHeaders,
      payload: { productId: supplierProduct, note: null },
    });
    const buyer = await signIn('buyer@plant.test');
    const byBuyer = await server.inject({
      method: 'DELETE',
      url: `${offerUrl}/${supplierProduct}`,
      headers: { cookie: buyer.cookie, 'x-csrf-token': buyer.csrfToken },
    });
    expect(byBuyer.json().error.code).toBe('forbidden');

    const withdrawn = await server.inject({
      method: 'DELETE',
      url: `${offerUrl}/${supplierProduct}`,
      headers: supplierHeaders,
    });
    expect(withdrawn.statusCode).toBe(204);
    const offers = await server.inject({ url: offerUrl, headers: { cookie: buyer.cookie } });
    expect(offers.json().items).toEqual([]);
    const product = await server.inject({
      url: `/api/v1/products/${supplierProduct}`,
      headers: { cookie: buyer.cookie },
    });
    expect(product.json()).toMatchObject({ price: null, capacityPerYear: null });
    const again = await server.inject({
      method: 'DELETE',
      url: `${offerUrl}/${supplierProduct}`,
      headers: supplierHeaders,
    });
    expect(again.json().error.code).toBe('not_found');
  });

  it('lets the supplier withdraw its offer even after the buyer stops showing it the list', async () => {
    const buyer = await signIn('buyer@plant.test');
    const buyerHeaders = { cookie: buyer.cookie, 'x-csrf-token': buyer.csrfToken };
    const list = await server.inject({
      method: 'POST',
      url: `/api/v1/organisations/${buyerOrganisation}/demand-lists`,
      headers: buyerHeaders,
      payload: { title: 'Клапаны: закрытый список' },
    });
    const line = await server.inject({
      method: 'POST',
      url: `/api/v1/demand-lists/${list.json().id}/lines`,
      headers: buyerHeaders,
      payload: { name: 'Клапан обратный DN50' },
    });
    expect(line.statusCode).toBe(201);
    const offerUrl = `/api/v1/demand-lines/${line.json().line.id}/offers`;
    const supplier = await signIn('supplier@factory.test');
    const supplierHeaders = { cookie: supplier.cookie, 'x-csrf-token': supplier.csrfToken };
    await server.inject({
      method: 'POST',
      url: offerUrl,
      headers: supplierHeaders,
      payload: { productId: supplierProduct, note: null },
    });
    await server.inject({
      method: 'PUT',
      url: `/api/v1/demand-lists/${list.json().id}/sharing`,
      headers: buyerHeaders,
      payload: { visibility: 'invited', invitedOrganisationIds: [] },
    });
    expect((await server.inject({ url: offerUrl, headers: supplierHeaders })).json().error.code).toBe(
      'forbidden',
    );
    // The buyer still sees the price through the offer, so the supplier must be able to take it back.
    expect((await server.inject({ url: offerUrl, headers: buyerHeaders })).json().items).toHaveLength(1);
    // The supplier finds the offer among its product's offers, line and buyer named, though it no longer sees the list.
    const offersOfProduct = `/api/v1/products/${supplierProduct}/offers`;
    const listed = await server.inject({ url: offersOfProduct, headers: supplierHeaders });
    expect(listed.json().items).toContainEqual(
      expect.objectContaining({
        lineId: line.json().line.id,
        lineName: 'Клапан обратный DN50',
        listTitle: 'Клапаны: закрытый список',
        buyer: expect.objectContaining({ id: buyerOrganisation }),
      }),
    );
    // Nobody but the product's organisation learns where it was offered.
    expect((await server.inject({ url: offersOfProduct, headers: buyerHeaders })).json().error.code).toBe(
      'forbidden',
    );
    const withdrawn = await server.inject({
      method: 'DELETE',
      url: `${offerUrl}/${supplierProduct}`,
      headers: supplierHeaders,
    });
    expect(withdrawn.statusCode).toBe(204);
    expect((await server.inject({ url: offerUrl, headers: buyerHeaders })).json().items).toEqual([]);
    const after = await server.inject({ url: offersOfProduct, headers: supplierHeaders });
    expect(after.json().items.map((offer: { lineId: string }) => offer.lineId)).not.toContain(
      line.json().line.id,
    );
  });

  it('does not let a supplier offer another organisation’s product', async () => {
    const buyer = await signIn('buyer@plant.test');
    const response = await server.inject({
      method: 'POST',
      url: `/api/v1/demand-lines/${buyerLine}/offers`,
      headers: { cookie: buyer.cookie, 'x-csrf-token': buyer.csrfToken },
      payload: { productId: supplierProduct, note: null },
    });
    expect(response.json().error.code).toBe('forbidden');
  });

  it('records who changed what, before and after, in an audit log nobody can rewrite', async () => {
    const { cookie, csrfToken } = await signIn('buyer@plant.test');
    const headers = { cookie, 'x-csrf-token': csrfToken };
    const created = await server.inject({
      method: 'POST',
      url: `/api/v1/organisations/${buyerOrganisation}/demand-lists`,
      headers,
      payload: { title: 'Аудит' },
    });
    await server.inject({
      method: 'PUT',
      url: `/api/v1/demand-lists/${created.json().id}`,
      headers,
      payload: { title: 'Аудит, переименован' },
    });
    const log = await server.inject({ url: `/api/v1/organisations/${buyerOrganisation}/audit-log`, headers });
    const update = log
      .json()
      .items.find((entry: { action: string }) => entry.action === 'demand_list.update');
    expect(update).toMatchObject({
      actorEmail: 'buyer@plant.test',
      entityId: created.json().id,
      before: { title: 'Аудит' },
      after: { title: 'Аудит, переименован' },
    });
    expect(update.requestId).toBeTruthy();
    await expect(database.query('UPDATE audit_log SET action = $1', ['forged'])).rejects.toThrow(
      /append-only/,
    );
    await expect(database.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    const exported = await server.inject({
      url: `/api/v1/organisations/${buyerOrganisation}/audit-log/export?format=csv`,
      headers,
    });
    expect(exported.body).toContain('demand_list.update');
  });

  it('limits ad-hoc matching per user, so a colleague at the same address is not held back', async () => {
    const first = await signIn('buyer@plant.test');
    const second = await signIn('supplier@factory.test');
    const match = (cookie: string, csrfToken: string) =>
      server.inject({
        method: 'POST',
        url: '/api/v1/match',
        headers: { cookie, 'x-csrf-token': csrfToken },
        payload: { name: 'Клапан обратный' },
        remoteAddress: '198.51.100.200',
      });
    const statuses: number[] = [];
    for (let call = 0; call < 121; call += 1)
      statuses.push((await match(first.cookie, first.csrfToken)).statusCode);
    expect(statuses.filter((status) => status === 200)).toHaveLength(120);
    expect(statuses[120]).toBe(429);
    expect((await match(second.cookie, second.csrfToken)).statusCode).toBe(200);
  });

  it('sends security headers and no CORS permission by default', async () => {
    const response = await server.inject({
      url: '/api/v1/health',
      headers: { origin: 'https://evil.example' },
    });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });
});
