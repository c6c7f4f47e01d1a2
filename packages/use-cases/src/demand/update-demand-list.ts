import { AppError, demandListInputSchema, type DemandList, type DemandListInput } from '@coopex/domain';
import { createRepositories, type Database } from '@coopex/db';

export async function updateDemandList(options: {
  database: Database;
  listId: string;
  input: DemandListInput;
}): Promise<DemandList> {
  const list = await createRepositories(options.database).demand.updateList(
    options.listId,
    demandListInputSchema.parse(options.input),
  );
  if (!list) throw new AppError('not_found', 'Hot list not found', { listId: options.listId });
  return list;
}
