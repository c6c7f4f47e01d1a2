import type { DemandList } from '@coopex/domain';
import { createRepositories, type Database, type DemandListFilter, type Page } from '@coopex/db';

export async function listDemandLists(options: {
  database: Database;
  filter: DemandListFilter;
}): Promise<Page<DemandList>> {
  return createRepositories(options.database).demand.listLists(options.filter);
}
