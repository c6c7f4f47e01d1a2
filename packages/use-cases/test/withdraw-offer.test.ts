import { actorForUser, systemActor } from '@coopex/domain';
import { testBackends } from '@coopex/db/testing';
import { expect, it } from 'vitest';
import * as useCases from '../src';

/** An offer is the supplier's own: it may take it back whoever the buyer shows the list to now. */
it('lets a supplier withdraw its offer after the buyer stops sharing the list with it', async () => {
  const { database, dispose } = await testBackends()[0]!.open();
  try {
    await useCases.prepareDatabase({ database });
    const enterprise = async (country: 'BY' | 'RU', taxId: string, rights: object) => {
      const input = {
        kind: 'enterprise' as const,
        nameRu: taxId,
        nameEn: null,
        country,
        taxId,
        ogrn: null,
        industries: [],
      };
      const { id } = await useCases.createOrganisation({ database, actor: systemActor, input });
      const membership = {
        organisationId: id,
        role: 'member' as const,
        canBuy: false,
        canSupply: false,
        ...rights,
      };
      const user = await useCases.createUser({
        database,
        actor: systemActor,
        email: `${taxId}@x.test`,
        displayName: taxId,
        password: 'correct horse battery',
        memberships: [membership],
      });
      return {
        id,
        actor: actorForUser(user, { membership: { ...membership, organisationKind: 'enterprise', country } }),
      };
    };
    const buyer = await enterprise('BY', '100582333', { canBuy: true });
    const supplier = await enterprise('RU', '7707083893', { canSupply: true });
    const nulls = {
      externalId: null,
      nameEn: null,
      description: null,
      manufacturer: null,
      partNumber: null,
      tnved: null,
      okpd2: null,
    };
    const { product } = await useCases.createProduct({
      database,
      actor: systemActor,
      organisationId: supplier.id,
      input: {
        ...nulls,
        nameRu: 'Клапан обратный',
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
    });
    const list = await useCases.createDemandList({
      database,
      actor: systemActor,
      organisationId: buyer.id,
      input: { title: 'Клапаны', description: null, visibility: 'union' },
    });
    const { line } = await useCases.createDemandLine({
      database,
      actor: systemActor,
      listId: list.id,
      input: {
        ...nulls,
        name: 'Клапан обратный DN50',
        originCountry: null,
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
    });
    const offer = { database, lineId: line.id, productId: product.id };
    await useCases.offerProduct({ ...offer, actor: supplier.actor, note: null });
    // The buyer narrows the list to invited organisations; the supplier is not among them.
    await useCases.shareDemandList({
      database,
      actor: buyer.actor,
      listId: list.id,
      visibility: 'invited',
      invitedOrganisationIds: [],
    });
    // The buyer still sees the price through the offer, so the supplier must still be able to take it back.
    expect((await useCases.listOffers({ ...offer, actor: buyer.actor }))[0]?.product).toMatchObject({
      price: 4321.5,
    });
    await expect(useCases.withdrawOffer({ ...offer, actor: supplier.actor })).resolves.toBeUndefined();
    expect(await useCases.listOffers({ ...offer, actor: buyer.actor })).toEqual([]);
  } finally {
    await dispose();
  }
}, 60_000);
