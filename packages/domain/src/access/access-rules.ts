import { AppError } from '../errors';
import type { Actor, UserActor } from './actor';

/**
 * Who may see and change what. Pure functions of the actor and the facts about the object, so the same rules
 * serve the API, the CLI and the tests; use-cases call them before touching data.
 */

export function isSignedIn(actor: Actor): boolean {
  return actor.kind !== 'anonymous';
}

export function isPlatformAdmin(actor: Actor): boolean {
  return actor.kind === 'system' || (actor.kind === 'user' && actor.isPlatformAdmin);
}

/** A member of a ministry acts as the coordinator of its country. */
export function isCoordinator(actor: Actor): boolean {
  return actor.kind === 'user' && actor.membership?.organisationKind === 'ministry';
}

export function isCoordinatorOf(actor: Actor, country: string): boolean {
  return isCoordinator(actor) && actor.kind === 'user' && actor.membership?.country === country;
}

/** The organisation the actor acts for, if any. */
export function actingOrganisationId(actor: Actor): string | null {
  return actor.kind === 'user' ? (actor.membership?.organisationId ?? null) : null;
}

function isMemberOf(actor: Actor, organisationId: string): actor is UserActor {
  return actor.kind === 'user' && actor.membership?.organisationId === organisationId;
}

/** Admins manage their organisation's profile, users, invitations and audit log. */
export function canManageOrganisation(actor: Actor, organisationId: string): boolean {
  return isPlatformAdmin(actor) || (isMemberOf(actor, organisationId) && actor.membership?.role === 'admin');
}

/** An enterprise changes only its own catalog: its admins and members with supplier rights. */
export function canEditCatalog(actor: Actor, organisationId: string): boolean {
  if (isPlatformAdmin(actor)) return true;
  if (!isMemberOf(actor, organisationId)) return false;
  return actor.membership?.role === 'admin' || actor.membership?.canSupply === true;
}

/** An enterprise changes only its own hot lists: its admins and members with buyer rights. */
export function canEditDemand(actor: Actor, organisationId: string): boolean {
  if (isPlatformAdmin(actor)) return true;
  if (!isMemberOf(actor, organisationId)) return false;
  return actor.membership?.role === 'admin' || actor.membership?.canBuy === true;
}

export interface DemandListAccessFacts {
  organisationId: string;
  ownerCountry: string;
  visibility: 'union' | 'invited';
  invitedOrganisationIds: readonly string[];
}

/** A hot list is seen union-wide or by invited organisations, as its owner chose; always by its owner and its coordinators. */
export function canSeeDemandList(actor: Actor, list: DemandListAccessFacts): boolean {
  if (!isSignedIn(actor)) return false;
  if (isPlatformAdmin(actor) || isMemberOf(actor, list.organisationId)) return true;
  if (isCoordinatorOf(actor, list.ownerCountry)) return true;
  if (list.visibility === 'union') return true;
  const organisationId = actingOrganisationId(actor);
  return organisationId !== null && list.invitedOrganisationIds.includes(organisationId);
}

export interface ProductAccessFacts {
  organisationId: string;
  supplierCountry: string;
  /** Organisations whose hot-list lines this product was offered to. */
  offeredToOrganisationIds: readonly string[];
}

/** The fields of a product only some may see. */
export const confidentialProductFields = ['price', 'currency', 'capacityPerYear'] as const;
export type ConfidentialProductField = (typeof confidentialProductFields)[number];

/**
 * Price and exact capacity: the product's own organisation, the coordinators of its country, and the buyers
 * whose line it was offered to.
 */
export function canSeeConfidentialProductFields(actor: Actor, product: ProductAccessFacts): boolean {
  if (isPlatformAdmin(actor) || isMemberOf(actor, product.organisationId)) return true;
  if (isCoordinatorOf(actor, product.supplierCountry)) return true;
  const organisationId = actingOrganisationId(actor);
  return organisationId !== null && product.offeredToOrganisationIds.includes(organisationId);
}

/** An organisation's log is its admins'; the whole log (no organisation) is the platform admins'. */
export function canReadAuditLog(actor: Actor, organisationId: string | null): boolean {
  return organisationId === null ? isPlatformAdmin(actor) : canManageOrganisation(actor, organisationId);
}

/** Import-substitution programs are the coordinators' work: both countries' coordinators see all of them. */
export function canSeePrograms(actor: Actor): boolean {
  return isPlatformAdmin(actor) || isCoordinator(actor);
}

export function canManageProgramsOf(actor: Actor, country: string): boolean {
  return isPlatformAdmin(actor) || isCoordinatorOf(actor, country);
}

/** Shared reference data (classifiers, the analogue cross-reference) is kept by platform admins and coordinators. */
export function canManageReferenceData(actor: Actor): boolean {
  return isPlatformAdmin(actor) || isCoordinator(actor);
}

/** Throws the error a denial deserves: sign in first, or not allowed. */
export function requireAccess(actor: Actor, isAllowed: boolean, action: string, details?: unknown): void {
  if (isAllowed) return;
  if (!isSignedIn(actor)) throw new AppError('authentication_required', 'Sign in first', { action });
  throw new AppError('forbidden', `Not allowed: ${action}`, { action, ...(details as object | undefined) });
}

export function requireSignedIn(actor: Actor, action: string): void {
  requireAccess(actor, isSignedIn(actor), action);
}
