import type { UnionCountryCode } from '../countries';
import type { OrganisationKind } from '../organisation';

export const membershipRoles = ['admin', 'member'] as const;
/** An organisation's admin manages its users; a member works with the rights it was given. */
export type MembershipRole = (typeof membershipRoles)[number];

export const tokenScopes = ['read', 'write'] as const;
/** What an API token may do: read only, or read and change. */
export type TokenScope = (typeof tokenScopes)[number];

/** The organisation a user is acting for right now. A ministry's members are its country's coordinators. */
export interface ActiveMembership {
  organisationId: string;
  organisationKind: OrganisationKind;
  country: UnionCountryCode;
  role: MembershipRole;
  canBuy: boolean;
  canSupply: boolean;
}

/**
 * Who is asking. `system` is the operator at the machine (the local CLI, the demo loader): it may do anything.
 * A user acts for one organisation at a time; an API token narrows what it may do with scopes.
 */
export type Actor =
  | { kind: 'system' }
  | { kind: 'anonymous' }
  | {
      kind: 'user';
      userId: string;
      email: string;
      isPlatformAdmin: boolean;
      membership: ActiveMembership | null;
      /** Null for a browser session (everything the user may do); the token's scopes otherwise. */
      scopes: readonly TokenScope[] | null;
      /** The API token in use, for the audit log. */
      tokenId: string | null;
    };

export type UserActor = Extract<Actor, { kind: 'user' }>;

export const systemActor: Actor = { kind: 'system' };
export const anonymousActor: Actor = { kind: 'anonymous' };

/** A user acting for one membership (or none), through a browser session (no scopes) or an API token. */
export function actorForUser(
  user: { id: string; email: string; isPlatformAdmin: boolean },
  options: {
    membership?: ActiveMembership | null;
    scopes?: readonly TokenScope[] | null;
    tokenId?: string | null;
  } = {},
): UserActor {
  return {
    kind: 'user',
    userId: user.id,
    email: user.email,
    isPlatformAdmin: user.isPlatformAdmin,
    membership: options.membership ?? null,
    scopes: options.scopes ?? null,
    tokenId: options.tokenId ?? null,
  };
}
