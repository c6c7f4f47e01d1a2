import { actorForUser, systemActor, validateTaxId, type UnionCountryCode } from '@coopex/domain';
import { createRepositories, type Database } from '@coopex/db';
import { testBackends } from '@coopex/db/testing';
import {
  createApiToken,
  createDemandLine,
  createDemandList,
  createOrganisation,
  createProduct,
  createUser,
  importProgram,
  prepareDatabase,
  shareDemandList,
} from '@coopex/use-cases';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPrefix, buildServer } from '../src/build-server';
import { createSignedInClient, type SignedInClient } from './support/signed-in-client';

/**
 * Every API route, called as every role. A route the OpenAPI document lists but this table does not fails the test,
 * so a new route cannot slip past access control. No response to a role that may not see them carries another
 * organisation's confidential figures or a hot list that was not shared with it.
 */

const roles = [
  'anonymous',
  'platformAdmin',
  'coordinatorBy',
  'coordinatorRu',
  'buyer',
  'readOnlyBuyer',
  'supplier',
  'outsider',
] as const;
type Role = (typeof roles)[number];

/** The supplier's price and capacity, planted so that any leak is found by text search. */
const secretPrice = 987654.321;
const secretCapacity = 7_777_777;
/** A line of a hot list shared with the outsider's organisation only. */
const secretLineName = 'Подшипник шариковый радиальный ZX-991 (засекреченная позиция)';

/** Who may see the supplier's confidential fields, and who may see the invited-only hot list. */
const mayseeSupplierSecrets: Role[] = ['platformAdmin', 'coordinatorRu', 'supplier'];
const maySeeInvitedList: Role[] = ['platformAdmin', 'coordinatorBy', 'buyer', 'readOnlyBuyer', 'outsider'];

interface Fixtures {
  byMinistry: string;
  ruMinistry: string;
  buyerOrganisation: string;
  buyerTaxId: string;
  supplierOrganisation: string;
  outsiderOrganisation: string;
  secretProduct: string;
  offerableProduct: string;
  unionList: string;
  invitedList: string;
  unionLine: string;
  secretLine: string;
  programId: string;
  jobId: string;
  userIds: Record<Exclude<Role, 'anonymous'>, string>;
  /** Fresh objects for routes that delete or change membership, one per call. */
  freshProduct(): Promise<string>;
  freshList(): Promise<string>;
  freshLine(): Promise<string>;
  freshOrganisation(): Promise<string>;
  freshBuyerMember(): Promise<string>;
  freshBuyerToken(): Promise<string>;
}

interface RouteCase {
  /** Method and path as the OpenAPI document writes them. */
  route: string;
  /** Roles let through; everyone else must get 401 (anonymous) or 403. A read-only token follows `buyer` on reads. */
  allowed: readonly Role[] | 'everyone' | 'signed-in';
  request(fixtures: Fixtures): Promise<InjectOptions> | InjectOptions;
}

const csv = (lines: string[]) => ({ headers: { 'content-type': 'text/csv' }, payload: lines.join('\n') });
const catalogCsv = () => csv(['external_id,name,tnved', `X-${Math.random()},Втулка бронзовая,8483308007`]);
const hotListCsv = () => csv(['external_id,name,quantity,unit', `H-${Math.random()},Подшипник 6205,100,шт`]);
const uniqueEmail = () => `invitee-${Math.random().toString(36).slice(2)}@coopex.test`;

const cases: RouteCase[] = [
  // First, while the invited-only line holds the latest stored matches: the summary must not show it to others.
  { route: 'GET /dashboard', allowed: 'signed-in', request: () => ({ url: '/dashboard' }) },
  { route: 'GET /health', allowed: 'everyone', request: () => ({ url: '/health' }) },
  { route: 'GET /classifiers', allowed: 'everyone', request: () => ({ url: '/classifiers' }) },
  {
    route: 'GET /classifiers/{system}/codes/{code}',
    allowed: 'everyone',
    request: () => ({ url: '/classifiers/tnved/codes/8482' }),
  },
  {
    route: 'GET /classifiers/{system}/search',
    allowed: 'everyone',
    request: () => ({ url: '/classifiers/tnved/search?q=подшипник' }),
  },
  {
    route: 'POST /auth/sign-in',
    allowed: 'everyone',
    request: () => ({
      method: 'POST',
      url: '/auth/sign-in',
      payload: { email: 'nobody@coopex.test', password: 'x' },
    }),
  },
  { route: 'GET /auth/session', allowed: 'signed-in', request: () => ({ url: '/auth/session' }) },
  {
    route: 'POST /auth/sign-out',
    allowed: 'everyone',
    request: () => ({ method: 'POST', url: '/auth/sign-out' }),
  },
  {
    route: 'POST /auth/organisation',
    // Tokens are bound to one organisation: only browser sessions switch; here the token callers are refused.
    allowed: [],
    request: (fixtures) => ({
      method: 'POST',
      url: '/auth/organisation',
      payload: { organisationId: fixtures.buyerOrganisation },
    }),
  },
  {
    route: 'POST /auth/password-reset',
    allowed: 'everyone',
    request: () => ({
      method: 'POST',
      url: '/auth/password-reset',
      payload: { email: 'nobody@coopex.test' },
    }),
  },
  {
    route: 'POST /auth/password-reset/confirm',
    allowed: 'everyone',
    request: () => ({
      method: 'POST',
      url: '/auth/password-reset/confirm',
      payload: { token: 'cpr_unknown', password: 'a new long password' },
    }),
  },
  {
    route: 'POST /invitations/accept',
    allowed: 'everyone',
    request: () => ({
      method: 'POST',
      url: '/invitations/accept',
      payload: { token: 'cpi_unknown', displayName: 'Someone', password: 'a new long password' },
    }),
  },
  {
    route: 'POST /users',
    allowed: ['platformAdmin'],
    request: () => ({
      method: 'POST',
      url: '/users',
      payload: { email: uniqueEmail(), displayName: 'New', password: 'a long enough password' },
    }),
  },
  {
    route: 'GET /organisations/{id}/members',
    allowed: ['platformAdmin', 'buyer', 'readOnlyBuyer'],
    request: (fixtures) => ({ url: `/organisations/${fixtures.buyerOrganisation}/members` }),
  },
  {
    route: 'PUT /organisations/{id}/members/{userId}',
    allowed: ['platformAdmin', 'buyer'],
    request: async (fixtures) => ({
      method: 'PUT',
      url: `/organisations/${fixtures.buyerOrganisation}/members/${await fixtures.freshBuyerMember()}`,
      payload: { role: 'member', canBuy: true, canSupply: true },
    }),
  },
  {
    route: 'DELETE /organisations/{id}/members/{userId}',
    allowed: ['platformAdmin', 'buyer'],
    request: async (fixtures) => ({
      method: 'DELETE',
      url: `/organisations/${fixtures.buyerOrganisation}/members/${await fixtures.freshBuyerMember()}`,
    }),
  },
  {
    route: 'GET /organisations/{id}/invitations',
    allowed: ['platformAdmin', 'buyer', 'readOnlyBuyer'],
    request: (fixtures) => ({ url: `/organisations/${fixtures.buyerOrganisation}/invitations` }),
  },
  {
    route: 'POST /organisations/{id}/invitations',
    allowed: ['platformAdmin', 'buyer'],
    request: (fixtures) => ({
      method: 'POST',
      url: `/organisations/${fixtures.buyerOrganisation}/invitations`,
      payload: { email: uniqueEmail(), role: 'member', canBuy: true, canSupply: false },
    }),
  },
  { route: 'GET /api-tokens', allowed: 'signed-in', request: () => ({ url: '/api-tokens' }) },
  {
    route: 'POST /api-tokens',
    // An API token cannot mint more tokens: signing in is required, so every token caller is refused.
    allowed: [],
    request: () => ({
      method: 'POST',
      url: '/api-tokens',
      payload: { name: 'integration', scopes: ['read'] },
    }),
  },
  {
    route: 'DELETE /api-tokens/{id}',
    allowed: ['platformAdmin', 'buyer'],
    request: async (fixtures) => ({
      method: 'DELETE',
      url: `/api-tokens/${await fixtures.freshBuyerToken()}`,
    }),
  },
  {
    route: 'GET /organisations/{id}/audit-log',
    allowed: ['platformAdmin', 'buyer', 'readOnlyBuyer'],
    request: (fixtures) => ({ url: `/organisations/${fixtures.buyerOrganisation}/audit-log` }),
  },
  { route: 'GET /audit-log', allowed: ['platformAdmin'], request: () => ({ url: '/audit-log' }) },
  {
    route: 'GET /organisations/{id}/audit-log/export',
    allowed: ['platformAdmin', 'buyer', 'readOnlyBuyer'],
    request: (fixtures) => ({
      url: `/organisations/${fixtures.buyerOrganisation}/audit-log/export?format=csv`,
    }),
  },
  {
    route: 'GET /demand-lists/{id}/sharing',
    allowed: ['platformAdmin', 'buyer', 'readOnlyBuyer'],
    request: (fixtures) => ({ url: `/demand-lists/${fixtures.invitedList}/sharing` }),
  },
  {
    route: 'PUT /demand-lists/{id}/sharing',
    allowed: ['platformAdmin', 'buyer'],
    request: async (fixtures) => ({
      method: 'PUT',
      url: `/demand-lists/${await fixtures.freshList()}/sharing`,
      payload: { visibility: 'invited', invitedOrganisationIds: [fixtures.outsiderOrganisation] },
    }),
  },
  {
    route: 'GET /demand-lines/{id}/offers',
    allowed: maySeeInvitedList,
    request: (fixtures) => ({ url: `/demand-lines/${fixtures.secretLine}/offers` }),
  },
  {
    route: 'POST /demand-lines/{id}/offers',
    allowed: ['platformAdmin', 'supplier'],
    request: (fixtures) => ({
      method: 'POST',
      url: `/demand-lines/${fixtures.unionLine}/offers`,
      payload: { productId: fixtures.offerableProduct, note: 'Готовы поставить' },
    }),
  },
  {
    route: 'GET /products/{id}/offers',
    allowed: ['platformAdmin', 'supplier'],
    request: (fixtures) => ({ url: `/products/${fixtures.offerableProduct}/offers` }),
  },
  {
    route: 'DELETE /demand-lines/{id}/offers/{productId}',
    allowed: ['platformAdmin', 'supplier'],
    request: (fixtures) => ({
      method: 'DELETE',
      url: `/demand-lines/${fixtures.unionLine}/offers/${fixtures.offerableProduct}`,
    }),
  },
  { route: 'GET /organisations', allowed: 'signed-in', request: () => ({ url: '/organisations' }) },
  {
    route: 'POST /organisations',
    allowed: ['platformAdmin'],
    request: async () => ({
      method: 'POST',
      url: '/organisations',
      payload: { nameRu: 'ООО «Новое»', country: 'RU', taxId: nextTaxId('RU') },
    }),
  },
  {
    route: 'GET /organisations/{id}',
    allowed: 'signed-in',
    request: (fixtures) => ({ url: `/organisations/${fixtures.supplierOrganisation}` }),
  },
  {
    route: 'PUT /organisations/{id}',
    allowed: ['platformAdmin', 'buyer'],
    request: (fixtures) => ({
      method: 'PUT',
      url: `/organisations/${fixtures.buyerOrganisation}`,
      payload: { nameRu: 'ОАО «Покупатель»', country: 'BY', taxId: fixtures.buyerTaxId },
    }),
  },
  {
    route: 'DELETE /organisations/{id}',
    allowed: ['platformAdmin'],
    request: async (fixtures) => ({
      method: 'DELETE',
      url: `/organisations/${await fixtures.freshOrganisation()}`,
    }),
  },
  { route: 'GET /products', allowed: 'signed-in', request: () => ({ url: '/products?limit=500' }) },
  {
    route: 'POST /organisations/{id}/products',
    allowed: ['platformAdmin', 'supplier'],
    request: (fixtures) => ({
      method: 'POST',
      url: `/organisations/${fixtures.supplierOrganisation}/products`,
      payload: { nameRu: 'Втулка бронзовая' },
    }),
  },
  {
    route: 'GET /products/{id}',
    allowed: 'signed-in',
    request: (fixtures) => ({ url: `/products/${fixtures.secretProduct}` }),
  },
  {
    route: 'PUT /products/{id}',
    allowed: ['platformAdmin', 'supplier'],
    request: async (fixtures) => ({
      method: 'PUT',
      url: `/products/${await fixtures.freshProduct()}`,
      payload: { nameRu: 'Втулка бронзовая, изменённая' },
    }),
  },
  {
    route: 'DELETE /products/{id}',
    allowed: ['platformAdmin', 'supplier'],
    request: async (fixtures) => ({ method: 'DELETE', url: `/products/${await fixtures.freshProduct()}` }),
  },
  { route: 'GET /demand-lists', allowed: 'signed-in', request: () => ({ url: '/demand-lists?limit=500' }) },
  {
    route: 'POST /organisations/{id}/demand-lists',
    allowed: ['platformAdmin', 'buyer'],
    request: (fixtures) => ({
      method: 'POST',
      url: `/organisations/${fixtures.buyerOrganisation}/demand-lists`,
      payload: { title: 'Новый горячий список' },
    }),
  },
  {
    route: 'GET /demand-lists/{id}',
    allowed: maySeeInvitedList,
    request: (fixtures) => ({ url: `/demand-lists/${fixtures.invitedList}` }),
  },
  {
    route: 'PUT /demand-lists/{id}',
    allowed: ['platformAdmin', 'buyer'],
    request: async (fixtures) => ({
      method: 'PUT',
      url: `/demand-lists/${await fixtures.freshList()}`,
      payload: { title: 'Переименованный список' },
    }),
  },
  {
    route: 'DELETE /demand-lists/{id}',
    allowed: ['platformAdmin', 'buyer'],
    request: async (fixtures) => ({ method: 'DELETE', url: `/demand-lists/${await fixtures.freshList()}` }),
  },
  {
    route: 'GET /demand-lists/{id}/lines',
    allowed: maySeeInvitedList,
    request: (fixtures) => ({ url: `/demand-lists/${fixtures.invitedList}/lines` }),
  },
  {
    route: 'POST /demand-lists/{id}/lines',
    allowed: ['platformAdmin', 'buyer'],
    request: (fixtures) => ({
      method: 'POST',
      url: `/demand-lists/${fixtures.unionList}/lines`,
      payload: { name: 'Подшипник 6206' },
    }),
  },
  {
    route: 'GET /demand-lines/{id}',
    allowed: 'signed-in',
    request: (fixtures) => ({ url: `/demand-lines/${fixtures.unionLine}` }),
  },
  {
    route: 'PUT /demand-lines/{id}',
    allowed: ['platformAdmin', 'buyer'],
    request: async (fixtures) => ({
      method: 'PUT',
      url: `/demand-lines/${await fixtures.freshLine()}`,
      payload: { name: 'Подшипник 6207' },
    }),
  },
  {
    route: 'DELETE /demand-lines/{id}',
    allowed: ['platformAdmin', 'buyer'],
    request: async (fixtures) => ({ method: 'DELETE', url: `/demand-lines/${await fixtures.freshLine()}` }),
  },
  {
    route: 'POST /demand-lines/{id}/status',
    allowed: ['platformAdmin', 'buyer'],
    request: async (fixtures) => ({
      method: 'POST',
      url: `/demand-lines/${await fixtures.freshLine()}/status`,
      payload: { status: 'cancelled' },
    }),
  },
  {
    route: 'POST /organisations/{id}/products/import',
    allowed: ['platformAdmin', 'supplier'],
    request: (fixtures) => ({
      method: 'POST',
      url: `/organisations/${fixtures.supplierOrganisation}/products/import`,
      ...catalogCsv(),
    }),
  },
  {
    route: 'POST /organisations/{id}/demand-lists/import',
    allowed: ['platformAdmin', 'buyer'],
    request: (fixtures) => ({
      method: 'POST',
      url: `/organisations/${fixtures.buyerOrganisation}/demand-lists/import?title=Imported`,
      ...hotListCsv(),
    }),
  },
  {
    route: 'GET /organisations/{id}/products/export',
    allowed: mayseeSupplierSecrets,
    request: (fixtures) => ({
      url: `/organisations/${fixtures.supplierOrganisation}/products/export?format=csv`,
    }),
  },
  {
    route: 'GET /demand-lists/{id}/export',
    allowed: maySeeInvitedList,
    request: (fixtures) => ({ url: `/demand-lists/${fixtures.invitedList}/export?format=csv` }),
  },
  {
    route: 'GET /demand-lines/{id}/matches',
    allowed: 'signed-in',
    request: (fixtures) => ({ url: `/demand-lines/${fixtures.unionLine}/matches` }),
  },
  {
    route: 'GET /matching/status',
    allowed: 'signed-in',
    request: () => ({ url: '/matching/status' }),
  },
  {
    route: 'POST /match',
    allowed: 'signed-in',
    request: () => ({
      method: 'POST',
      url: '/match',
      payload: { name: 'Подшипник шариковый 6205', quantityPerYear: 1000, quantityUnit: 'pcs' },
    }),
  },
  {
    route: 'POST /analogues/import',
    allowed: ['platformAdmin', 'coordinatorBy', 'coordinatorRu'],
    request: () => ({
      method: 'POST',
      url: '/analogues/import',
      ...csv([
        'foreign_part,foreign_manufacturer,domestic_part,domestic_manufacturer,grade,source',
        'SKF 6205,SKF,6205 ГОСТ 8338,ГПЗ,drop-in,test',
      ]),
    }),
  },
  {
    route: 'GET /programs',
    allowed: ['platformAdmin', 'coordinatorBy', 'coordinatorRu'],
    request: () => ({ url: '/programs' }),
  },
  {
    route: 'GET /programs/{id}',
    allowed: ['platformAdmin', 'coordinatorBy', 'coordinatorRu'],
    request: (fixtures) => ({ url: `/programs/${fixtures.programId}` }),
  },
  {
    route: 'POST /programs/import',
    allowed: ['platformAdmin', 'coordinatorBy'],
    request: () => ({
      method: 'POST',
      url: `/programs/import?country=BY&title=${encodeURIComponent('Программа для проверки прав')}`,
      ...csv(['external_id,name', 'P-1,Подшипник 6205']),
    }),
  },
  {
    route: 'GET /programs/sync',
    allowed: ['platformAdmin', 'coordinatorBy', 'coordinatorRu'],
    request: () => ({ url: '/programs/sync?left=BY&right=RU' }),
  },
  {
    route: 'POST /programs/sync/jobs',
    allowed: ['platformAdmin', 'coordinatorBy', 'coordinatorRu'],
    request: () => ({ method: 'POST', url: '/programs/sync/jobs', payload: { left: 'BY', right: 'RU' } }),
  },
  {
    route: 'GET /jobs/{id}',
    allowed: ['platformAdmin', 'coordinatorBy', 'coordinatorRu'],
    request: (fixtures) => ({ url: `/jobs/${fixtures.jobId}` }),
  },
  {
    route: 'GET /programs/sync/workbook',
    allowed: ['platformAdmin', 'coordinatorBy', 'coordinatorRu'],
    request: () => ({ url: '/programs/sync/workbook?left=BY&right=RU' }),
  },
];

let taxIdSeed = 0;
/** A fresh tax id that passes its country's check-digit rule. */
function nextTaxId(country: UnionCountryCode): string {
  for (;;) {
    taxIdSeed += 1;
    const candidate =
      country === 'BY' ? `1${String(taxIdSeed).padStart(8, '0')}` : `77${String(taxIdSeed).padStart(8, '0')}`;
    if (validateTaxId(country, candidate).isValid) return candidate;
  }
}

/** The codes of a refusal; any other answer (a 404, a failed validation, a wrong password) got past access control. */
const denialCodes = ['authentication_required', 'forbidden', 'insufficient_scope', 'csrf_token_invalid'];

function isMutating(request: InjectOptions): boolean {
  return (request.method ?? 'GET') !== 'GET';
}

function expectedToPass(routeCase: RouteCase, role: Role, request: InjectOptions): boolean {
  if (routeCase.allowed === 'everyone') return !(role === 'readOnlyBuyer' && isMutating(request));
  if (role === 'anonymous') return false;
  if (role === 'readOnlyBuyer') {
    if (isMutating(request) && routeCase.route !== 'POST /match') return false;
    return (
      routeCase.allowed === 'signed-in' ||
      routeCase.allowed.includes('buyer') ||
      routeCase.allowed.includes(role)
    );
  }
  return routeCase.allowed === 'signed-in' || routeCase.allowed.includes(role);
}

describe.each(testBackends())('access control of every route on $name', (backend) => {
  let database: Database;
  let dispose: () => Promise<void>;
  let server: FastifyInstance;
  let fixtures: Fixtures;
  const clients = new Map<Role, SignedInClient>();

  beforeAll(async () => {
    ({ database, dispose } = await backend.open());
    await prepareDatabase({ database });
    fixtures = await createFixtures(
      database,
      async () => (server = await buildServer({ database })),
      clients,
    );
  });
  afterAll(async () => {
    await server?.close();
    await dispose();
  });

  it('has a row for every route the API publishes, and no row for a route that does not exist', () => {
    const document = server.swagger() as { paths: Record<string, Record<string, unknown>> };
    const published = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path.slice(apiPrefix.length)}`),
    );
    const tabled = cases.map((routeCase) => routeCase.route);
    expect(published.filter((route) => !tabled.includes(route))).toEqual([]);
    expect(tabled.filter((route) => !published.includes(route))).toEqual([]);
    expect(new Set(tabled).size).toBe(tabled.length);
  });

  it.each(cases.map((routeCase) => [routeCase.route, routeCase] as const))(
    '%s lets in only the roles its rule names',
    async (_route, routeCase) => {
      // Refused roles go first, so a route that deletes cannot make a later refusal look like a 404.
      const ordered = [...roles].sort(
        (left, right) =>
          Number(
            routeCase.allowed === 'everyone' ||
              routeCase.allowed === 'signed-in' ||
              routeCase.allowed.includes(left),
          ) -
          Number(
            routeCase.allowed === 'everyone' ||
              routeCase.allowed === 'signed-in' ||
              routeCase.allowed.includes(right),
          ),
      );
      for (const role of ordered) {
        const request = await routeCase.request(fixtures);
        const options = { ...request, url: `${apiPrefix}${request.url}` };
        const response =
          role === 'anonymous' ? await server.inject(options) : await clients.get(role)!.inject(options);
        const outcome = `${routeCase.route} as ${role}: ${response.statusCode} ${response.body.slice(0, 300)}`;
        const errorCode = response.statusCode >= 400 ? (response.json().error?.code as string) : null;
        if (expectedToPass(routeCase, role, request)) {
          expect(denialCodes, outcome).not.toContain(errorCode);
          expect(response.statusCode, outcome).toBeLessThan(500);
        } else {
          expect(response.statusCode, outcome).toBe(role === 'anonymous' ? 401 : 403);
          expect(denialCodes, outcome).toContain(errorCode);
        }
        if (!mayseeSupplierSecrets.includes(role)) {
          expect(response.body, `${outcome}: leaks the supplier's price`).not.toContain(String(secretPrice));
          expect(response.body, `${outcome}: leaks the supplier's capacity`).not.toContain(
            String(secretCapacity),
          );
        }
        if (!maySeeInvitedList.includes(role)) {
          expect(response.body, `${outcome}: leaks an invited-only hot list`).not.toContain(secretLineName);
        }
      }
    },
  );
});

async function createFixtures(
  database: Database,
  /** Built once the catalog exists, so the matcher knows every product. */
  startServer: () => Promise<FastifyInstance>,
  clients: Map<Role, SignedInClient>,
): Promise<Fixtures> {
  const taxIds = new Map<string, string>();
  const organisation = async (kind: 'enterprise' | 'ministry', country: UnionCountryCode, nameRu: string) => {
    const created = await createOrganisation({
      database,
      actor: systemActor,
      input: { kind, nameRu, nameEn: null, country, taxId: nextTaxId(country), ogrn: null, industries: [] },
    });
    taxIds.set(created.id, created.taxId);
    return created.id;
  };
  const byMinistry = await organisation('ministry', 'BY', 'Министерство промышленности (проверка)');
  const ruMinistry = await organisation('ministry', 'RU', 'Минпромторг (проверка)');
  const buyerOrganisation = await organisation('enterprise', 'BY', 'ОАО «Покупатель»');
  const supplierOrganisation = await organisation('enterprise', 'RU', 'АО «Поставщик»');
  const outsiderOrganisation = await organisation('enterprise', 'RU', 'АО «Сторонний»');

  const product = async (nameRu: string, price: number | null, capacityPerYear: number | null) =>
    (
      await createProduct({
        database,
        actor: systemActor,
        organisationId: supplierOrganisation,
        input: {
          externalId: null,
          nameRu,
          nameEn: null,
          description: null,
          manufacturer: null,
          partNumber: null,
          tnved: null,
          okpd2: null,
          country: null,
          parameters: [],
          capacityPerYear,
          capacityUnit: capacityPerYear === null ? null : 'pcs',
          leadTimeDays: 30,
          minimumOrder: null,
          minimumOrderUnit: null,
          price,
          currency: price === null ? null : 'RUB',
          status: 'active',
        },
      })
    ).product.id;
  const secretProduct = await product('Подшипник шариковый радиальный 6205', secretPrice, secretCapacity);
  const offerableProduct = await product('Подшипник шариковый радиальный 6206', 1200, 50_000);

  const list = async (title: string) =>
    (
      await createDemandList({
        database,
        actor: systemActor,
        organisationId: buyerOrganisation,
        input: { title, description: null, visibility: 'union' },
      })
    ).id;
  const line = async (listId: string, name: string) =>
    (
      await createDemandLine({
        database,
        actor: systemActor,
        listId,
        input: {
          externalId: null,
          name,
          nameEn: null,
          description: null,
          partNumber: null,
          manufacturer: null,
          originCountry: null,
          tnved: null,
          okpd2: null,
          requirements: [],
          quantityPerYear: 1000,
          quantityUnit: 'pcs',
          neededBy: null,
          targetPrice: null,
          currency: null,
          criticality: 'medium',
          minimumAnalogueGrade: null,
          status: 'open',
        },
      })
    ).line.id;
  const unionList = await list('Подшипники для тракторов');
  const unionLine = await line(unionList, 'Подшипник шариковый 6205');
  const invitedList = await list('Список только для приглашённых');
  const secretLine = await line(invitedList, secretLineName);
  await shareDemandList({
    database,
    actor: systemActor,
    listId: invitedList,
    visibility: 'invited',
    invitedOrganisationIds: [outsiderOrganisation],
  });

  const program = await importProgram({
    database,
    actor: systemActor,
    source: new TextEncoder().encode(
      'external_id,name,quantity,unit\nP-1,Подшипник шариковый 6205,1000,шт\n',
    ),
    fileName: 'program.csv',
    program: { country: 'BY', title: 'Программа Беларуси (проверка)', ministry: byMinistry },
  });

  const memberships: Record<
    Exclude<Role, 'anonymous' | 'platformAdmin'>,
    Parameters<typeof createSignedInClient>[2]
  > = {
    coordinatorBy: {
      membership: { organisationId: byMinistry, role: 'admin', canBuy: false, canSupply: false },
    },
    coordinatorRu: {
      membership: { organisationId: ruMinistry, role: 'admin', canBuy: false, canSupply: false },
    },
    buyer: {
      membership: { organisationId: buyerOrganisation, role: 'admin', canBuy: true, canSupply: true },
    },
    readOnlyBuyer: {
      membership: { organisationId: buyerOrganisation, role: 'admin', canBuy: true, canSupply: true },
      scopes: ['read'],
    },
    supplier: {
      membership: { organisationId: supplierOrganisation, role: 'member', canBuy: false, canSupply: true },
    },
    outsider: {
      membership: { organisationId: outsiderOrganisation, role: 'member', canBuy: true, canSupply: true },
    },
  };
  const server = await startServer();
  const userIds = {} as Fixtures['userIds'];
  const platformAdmin = await createSignedInClient(server, database, { isPlatformAdmin: true });
  clients.set('platformAdmin', platformAdmin);
  userIds.platformAdmin = platformAdmin.userId;
  for (const [role, options] of Object.entries(memberships)) {
    const client = await createSignedInClient(server, database, options);
    clients.set(role as Role, client);
    userIds[role as keyof typeof memberships] = client.userId;
  }

  // Stored matches of the invited-only line, so that summaries which list recent matches have it to leak.
  const secretMatches = await platformAdmin.inject(`${apiPrefix}/demand-lines/${secretLine}/matches`);
  if (secretMatches.json().candidates.length === 0)
    throw new Error('The invited-only line found no candidates');
  const job = await platformAdmin.inject({
    method: 'POST',
    url: `${apiPrefix}/programs/sync/jobs`,
    payload: { left: 'BY', right: 'RU' },
  });

  let memberCount = 0;
  return {
    byMinistry,
    ruMinistry,
    buyerOrganisation,
    buyerTaxId: taxIds.get(buyerOrganisation)!,
    supplierOrganisation,
    outsiderOrganisation,
    secretProduct,
    offerableProduct,
    unionList,
    invitedList,
    unionLine,
    secretLine,
    programId: program.program!.id,
    jobId: job.json().id,
    userIds,
    freshProduct: () => product('Втулка для удаления', 10, 100),
    freshList: () => list('Список для изменения'),
    freshLine: () => line(unionList, 'Позиция для изменения'),
    freshOrganisation: () => organisation('enterprise', 'RU', 'АО «Для удаления»'),
    async freshBuyerMember() {
      memberCount += 1;
      const user = await createUser({
        database,
        actor: systemActor,
        email: `member-${memberCount}-${Math.random().toString(36).slice(2)}@coopex.test`,
        displayName: 'Member',
        password: 'a long enough password',
        memberships: [{ organisationId: buyerOrganisation, role: 'member', canBuy: true, canSupply: false }],
      });
      return user.id;
    },
    async freshBuyerToken() {
      const membership = await createRepositories(database).accounts.findMembership(
        userIds.buyer,
        buyerOrganisation,
      );
      const { apiToken } = await createApiToken({
        database,
        actor: actorForUser(
          { id: userIds.buyer, email: 'buyer@coopex.test', isPlatformAdmin: false },
          { membership },
        ),
        name: 'to revoke',
        scopes: ['read'],
        expiresInDays: 1,
      });
      return apiToken.id;
    },
  };
}
