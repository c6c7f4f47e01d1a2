import { requireSignedIn, type Actor, type DemandList } from '@coopex/domain';
import { createRepositories, type Database, type DemandListFilter, type Page } from '@coopex/db';
import { visibleListsFilter } from './demand-access';

/** The hot lists the actor may see: union-wide ones, its own, those it was invited to, its country's as coordinator. */
export async function listDemandLists(options: {
  database: Database;
  actor: Actor;
  filter: Omit<DemandListFilter, 'visibleTo'>;
}): Promise<Page<DemandList>> {
  requireSignedIn(options.actor, 'read hot lists');
  return createRepositories(options.database).demand.listLists({
    ...options.filter,
    visibleTo: visibleListsFilter(options.actor),
  });
}
