import type { Actor, DemandLine } from '@coopex/domain';
import { createRepositories, type Database, type DemandLineFilter, type Page } from '@coopex/db';
import { requireDemandList } from './demand-access';

/** The lines of one hot list in their order; an unknown list is an error, not an empty page. */
export async function listDemandLines(options: {
  database: Database;
  actor: Actor;
  listId: string;
  filter: Omit<DemandLineFilter, 'listId'>;
}): Promise<Page<DemandLine>> {
  const repositories = createRepositories(options.database);
  const list = await requireDemandList(repositories, options.actor, options.listId, 'see');
  return repositories.demand.listLines({ ...options.filter, listId: list.id });
}
