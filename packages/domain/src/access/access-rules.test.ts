import { describe, expect, it } from 'vitest';
import type { AppError } from '../errors';
import {
  canEditCatalog,
  canEditDemand,
  canManageOrganisation,
  canSeeConfidentialProductFields,
  canSeeDemandList,
  canSeePrograms,
  requireAccess,
} from './access-rules';
import { anonymousActor, systemActor, type Actor, type ActiveMembership } from './actor';
import { capacityBandOf, publishedCapacity } from './capacity-band';

function user(membership: Partial<ActiveMembership> & { organisationId: string }): Actor {
  return {
    kind: 'user',
    userId: 'u',
    email: 'u@coopex.test',
    isPlatformAdmin: false,
    membership: {
      organisationKind: 'enterprise',
      country: 'BY',
      role: 'member',
      canBuy: false,
      canSupply: false,
      ...membership,
    },
    scopes: null,
    tokenId: null,
  };
}

const supplierMember = user({ organisationId: 'supplier', country: 'RU', canSupply: true });
const buyerOnly = user({ organisationId: 'supplier', country: 'RU', canBuy: true });
const coordinatorRu = user({ organisationId: 'ministry-ru', organisationKind: 'ministry', country: 'RU' });
const coordinatorBy = user({ organisationId: 'ministry-by', organisationKind: 'ministry', country: 'BY' });
const buyer = user({ organisationId: 'buyer', canBuy: true });

describe('access rules', () => {
  it('lets members change their own catalog only with supplier rights, and never another organisation’s', () => {
    expect(canEditCatalog(supplierMember, 'supplier')).toBe(true);
    expect(canEditCatalog(buyerOnly, 'supplier')).toBe(false);
    expect(canEditCatalog(supplierMember, 'buyer')).toBe(false);
    expect(canEditCatalog(systemActor, 'buyer')).toBe(true);
    expect(canEditDemand(buyer, 'buyer')).toBe(true);
    expect(canEditDemand(buyer, 'supplier')).toBe(false);
  });

  it('shows price and exact capacity to the supplier, its country’s coordinators and buyers it offered to', () => {
    const product = {
      organisationId: 'supplier',
      supplierCountry: 'RU',
      offeredToOrganisationIds: ['buyer'],
    };
    expect(canSeeConfidentialProductFields(supplierMember, product)).toBe(true);
    expect(canSeeConfidentialProductFields(coordinatorRu, product)).toBe(true);
    expect(canSeeConfidentialProductFields(coordinatorBy, product)).toBe(false);
    expect(canSeeConfidentialProductFields(buyer, product)).toBe(true);
    expect(canSeeConfidentialProductFields(buyer, { ...product, offeredToOrganisationIds: [] })).toBe(false);
    expect(canSeeConfidentialProductFields(anonymousActor, product)).toBe(false);
  });

  it('shows an invited-only hot list to its owner, the invited, and its country’s coordinators only', () => {
    const list = {
      organisationId: 'buyer',
      ownerCountry: 'BY',
      visibility: 'invited' as const,
      invitedOrganisationIds: ['supplier'],
    };
    expect(canSeeDemandList(buyer, list)).toBe(true);
    expect(canSeeDemandList(supplierMember, list)).toBe(true);
    expect(canSeeDemandList(coordinatorBy, list)).toBe(true);
    expect(canSeeDemandList(coordinatorRu, list)).toBe(false);
    expect(canSeeDemandList(user({ organisationId: 'other' }), list)).toBe(false);
    expect(canSeeDemandList(anonymousActor, { ...list, visibility: 'union' })).toBe(false);
  });

  it('keeps programs to coordinators and organisation management to its admins', () => {
    expect(canSeePrograms(coordinatorBy)).toBe(true);
    expect(canSeePrograms(buyer)).toBe(false);
    expect(canManageOrganisation(user({ organisationId: 'buyer', role: 'admin' }), 'buyer')).toBe(true);
    expect(canManageOrganisation(buyer, 'buyer')).toBe(false);
  });

  it('tells an anonymous caller to sign in and a signed-in one that it is not allowed', () => {
    expect(() => requireAccess(anonymousActor, false, 'x')).toThrowError(
      expect.objectContaining({ code: 'authentication_required' }) as AppError,
    );
    expect(() => requireAccess(buyer, false, 'x')).toThrowError(
      expect.objectContaining({ code: 'forbidden' }) as AppError,
    );
    expect(() => requireAccess(buyer, true, 'x')).not.toThrow();
  });
});

describe('capacity bands', () => {
  it('publishes the 1–2–5 band that holds the exact figure', () => {
    expect(capacityBandOf(3456)).toEqual({ from: 2000, to: 5000 });
    expect(capacityBandOf(7_777_777)).toEqual({ from: 5_000_000, to: 10_000_000 });
    expect(capacityBandOf(1000)).toEqual({ from: 1000, to: 2000 });
    expect(capacityBandOf(0.4)).toEqual({ from: 0, to: 1 });
    expect(capacityBandOf(null)).toBeNull();
  });

  it('gives matching only the lower bound, never more than the exact figure', () => {
    for (const capacity of [1, 9, 10, 19.9, 20, 4999, 5000, 123_456]) {
      const published = publishedCapacity(capacity)!;
      expect(published).toBeLessThanOrEqual(capacity);
      expect(published * 2.5).toBeGreaterThan(capacity);
    }
  });
});
