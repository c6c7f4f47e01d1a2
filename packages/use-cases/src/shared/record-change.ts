import type { Actor } from '@coopex/domain';
import type { Repositories } from '@coopex/db';
import { currentRequestId } from './request-context';

/**
 * Appends one entry to the audit log: who (the actor), what (action on an entity of an organisation), before and
 * after. Called by every use-case that changes data, inside its transaction when it has one.
 */
export async function recordChange(
  repositories: Pick<Repositories, 'audit'>,
  actor: Actor,
  change: {
    action: string;
    entityType: string;
    entityId: string | null;
    organisationId: string | null;
    before?: unknown;
    after?: unknown;
  },
): Promise<void> {
  await repositories.audit.append({
    actorUserId: actor.kind === 'user' ? actor.userId : null,
    actorEmail: actor.kind === 'user' ? actor.email : actor.kind === 'system' ? 'system' : null,
    actorTokenId: actor.kind === 'user' ? actor.tokenId : null,
    organisationId: change.organisationId,
    action: change.action,
    entityType: change.entityType,
    entityId: change.entityId,
    before: change.before ?? null,
    after: change.after ?? null,
    requestId: currentRequestId(),
  });
}
