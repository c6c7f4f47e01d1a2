import { AppError, type Actor } from '@coopex/domain';
import { createRepositories, type Database } from '@coopex/db';
import { requireDemandList } from '../demand/demand-access';
import { recordChange } from '../shared/record-change';

/** The owner of a hot list chooses who sees it: the whole union, or only the organisations it invites. */
export async function shareDemandList(options: {
  database: Database;
  actor: Actor;
  listId: string;
  visibility: 'union' | 'invited';
  invitedOrganisationIds: string[];
}): Promise<{ visibility: 'union' | 'invited'; invitedOrganisationIds: string[] }> {
  return options.database.transaction(async (transaction) => {
    const repositories = createRepositories(transaction);
    const list = await requireDemandList(repositories, options.actor, options.listId, 'edit');
    const before = {
      visibility: list.visibility,
      invitedOrganisationIds: await repositories.sharing.listInvitedOrganisations(list.id),
    };
    for (const organisationId of options.invitedOrganisationIds) {
      if (!(await repositories.organisations.findById(organisationId))) {
        throw new AppError('validation_failed', 'Unknown organisation', [
          { field: 'invitedOrganisationIds', value: organisationId, reason: 'no such organisation' },
        ]);
      }
    }
    await repositories.demand.updateList(list.id, { ...list, visibility: options.visibility });
    await repositories.sharing.replaceInvitedOrganisations(list.id, options.invitedOrganisationIds);
    const after = {
      visibility: options.visibility,
      invitedOrganisationIds: [...new Set(options.invitedOrganisationIds)].sort(),
    };
    await recordChange(repositories, options.actor, {
      action: 'demand_list.share',
      entityType: 'demand_list',
      entityId: list.id,
      organisationId: list.organisationId,
      before,
      after,
    });
    return after;
  });
}
