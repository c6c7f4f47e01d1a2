import { AppError, canEditDemand, requireAccess, type Actor } from '@coopex/domain';
import { createRepositories, type Database } from '@coopex/db';

/** Whom a hot list is shown to, for the people who decide it: the owner's admins and buyers. */
export async function getDemandListSharing(options: {
  database: Database;
  actor: Actor;
  listId: string;
}): Promise<{ visibility: 'union' | 'invited'; invitedOrganisationIds: string[] }> {
  const repositories = createRepositories(options.database);
  const list = await repositories.demand.findListById(options.listId);
  if (!list) {
    requireAccess(options.actor, options.actor.kind !== 'anonymous', 'read hot lists');
    throw new AppError('not_found', 'Hot list not found', { listId: options.listId });
  }
  requireAccess(
    options.actor,
    canEditDemand(options.actor, list.organisationId),
    'see whom this hot list is shared with',
  );
  return {
    visibility: list.visibility,
    invitedOrganisationIds: await repositories.sharing.listInvitedOrganisations(list.id),
  };
}
