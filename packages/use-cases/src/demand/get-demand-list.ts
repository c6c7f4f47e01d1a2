import { AppError, type DemandList } from '@coopex/domain';
import { createRepositories, type Database } from '@coopex/db';

export async function getDemandList(options: { database: Database; listId: string }): Promise<DemandList> {
  const list = await createRepositories(options.database).demand.findListById(options.listId);
  if (!list) throw new AppError('not_found', 'Hot list not found', { listId: options.listId });
  return list;
}
