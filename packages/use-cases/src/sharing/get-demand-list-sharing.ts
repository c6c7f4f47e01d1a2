import type { Actor } from '@coopex/domain';
import { createRepositories, type Database } from '@coopex/db';
import { requireDemandList } from '../demand/demand-access';

/** Whom a hot list is shown to, for the people who decide it: those who may change the list. */
export async function getDemandListSharing(options: {
  database: Database;
  actor: Actor;
  listId: string;
}): Promise<{ visibility: 'union' | 'invited'; invitedOrganisationIds: string[] }> {
  const repositories = createRepositories(options.database);
  const list = await requireDemandList(repositories, options.actor, options.listId, 'edit');
  return {
    visibility: list.visibility,
    invitedOrganisationIds: await repositories.sharing.listInvitedOrganisations(list.id),
  };
}
