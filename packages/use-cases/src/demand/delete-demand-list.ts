import type { Actor } from '@coopex/domain';
import { createRepositories, type Database } from '@coopex/db';
import { recordChange } from '../shared/record-change';
import { requireDemandList } from './demand-access';

export async function deleteDemandList(options: {
  database: Database;
  actor: Actor;
  listId: string;
}): Promise<void> {
  const repositories = createRepositories(options.database);
  const list = await requireDemandList(repositories, options.actor, options.listId, 'edit');
  await repositories.demand.deleteList(list.id);
  await recordChange(repositories, options.actor, {
    action: 'demand_list.delete',
    entityType: 'demand_list',
    entityId: list.id,
    organisationId: list.organisationId,
    before: list,
  });
}
