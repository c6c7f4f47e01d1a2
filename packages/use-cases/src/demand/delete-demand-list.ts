import { AppError } from '@coopex/domain';
import { createRepositories, type Database } from '@coopex/db';

export async function deleteDemandList(options: { database: Database; listId: string }): Promise<void> {
  if (!(await createRepositories(options.database).demand.deleteList(options.listId))) {
    throw new AppError('not_found', 'Hot list not found', { listId: options.listId });
  }
}
