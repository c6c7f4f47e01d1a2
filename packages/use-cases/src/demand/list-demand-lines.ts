import { AppError, type DemandLine } from '@coopex/domain';
import { createRepositories, type Database, type DemandLineFilter, type Page } from '@coopex/db';

/** The lines of one hot list in their order; an unknown list is an error, not an empty page. */
export async function listDemandLines(options: {
  database: Database;
  listId: string;
  filter: Omit<DemandLineFilter, 'listId'>;
}): Promise<Page<DemandLine>> {
  const repositories = createRepositories(options.database);
  if (!(await repositories.demand.findListById(options.listId))) {
    throw new AppError('not_found', 'Hot list not found', { listId: options.listId });
  }
  return repositories.demand.listLines({ ...options.filter, listId: options.listId });
}
