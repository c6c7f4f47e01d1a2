import type { Actor } from '@coopex/domain';
import { createRepositories, type Database } from '@coopex/db';
import type { CatalogMatching } from '../matching/catalog-matching';
import { recordChange } from '../shared/record-change';
import { requireDemandList } from './demand-access';

export async function deleteDemandList(options: {
  database: Database;
  actor: Actor;
  listId: string;
  matching?: CatalogMatching | undefined;
}): Promise<void> {
  const repositories = createRepositories(options.database);
  const list = await requireDemandList(repositories, options.actor, options.listId, 'edit');
  const lineIds: string[] = [];
  if (options.matching)
    for await (const line of repositories.demand.streamLines(list.id)) lineIds.push(line.id);
  await repositories.demand.deleteList(list.id);
  options.matching?.forgetLines(lineIds);
  await recordChange(repositories, options.actor, {
    action: 'demand_list.delete',
    entityType: 'demand_list',
    entityId: list.id,
    organisationId: list.organisationId,
    before: list,
  });
}
