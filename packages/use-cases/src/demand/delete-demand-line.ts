import { AppError } from '@coopex/domain';
import { createRepositories, type Database } from '@coopex/db';

export async function deleteDemandLine(options: { database: Database; lineId: string }): Promise<void> {
  if (!(await createRepositories(options.database).demand.deleteLine(options.lineId))) {
    throw new AppError('not_found', 'Line not found', { lineId: options.lineId });
  }
}
