import { AppError, type DemandLine } from '@coopex/domain';
import { createRepositories, type Database } from '@coopex/db';

export async function getDemandLine(options: { database: Database; lineId: string }): Promise<DemandLine> {
  const line = await createRepositories(options.database).demand.findLineById(options.lineId);
  if (!line) throw new AppError('not_found', 'Line not found', { lineId: options.lineId });
  return line;
}
