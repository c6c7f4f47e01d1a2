import { demandListInputSchema, type Actor, type DemandList, type DemandListInput } from '@coopex/domain';
import { createRepositories, type Database } from '@coopex/db';
import { recordChange } from '../shared/record-change';
import { requireDemandList } from './demand-access';

export async function updateDemandList(options: {
  database: Database;
  actor: Actor;
  listId: string;
  input: DemandListInput;
}): Promise<DemandList> {
  const repositories = createRepositories(options.database);
  const before = await requireDemandList(repositories, options.actor, options.listId, 'edit');
  const list = (await repositories.demand.updateList(before.id, demandListInputSchema.parse(options.input)))!;
  await recordChange(repositories, options.actor, {
    action: 'demand_list.update',
    entityType: 'demand_list',
    entityId: list.id,
    organisationId: list.organisationId,
    before,
    after: list,
  });
  return list;
}
