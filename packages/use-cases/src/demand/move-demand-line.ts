import { AppError, assertDemandLineMove, type DemandLine, type DemandLineStatus } from '@coopex/domain';
import { createRepositories, type Database } from '@coopex/db';
import type { CatalogMatching } from '../matching/catalog-matching';

/** Moves a line along its lifecycle (e.g. candidates found → contacted); a jump the lifecycle forbids is refused. */
export async function moveDemandLine(options: {
  database: Database;
  lineId: string;
  status: DemandLineStatus;
  matching?: CatalogMatching | undefined;
}): Promise<DemandLine> {
  const repositories = createRepositories(options.database);
  const line = await repositories.demand.findLineById(options.lineId);
  if (!line) throw new AppError('not_found', 'Line not found', { lineId: options.lineId });
  assertDemandLineMove(line.status, options.status);
  const { id: _id, listId: _listId, createdAt: _createdAt, updatedAt: _updatedAt, ...input } = line;
  const moved = (await repositories.demand.updateLine(line.id, { ...input, status: options.status }))!;
  await options.matching?.refreshLine(moved.id);
  return moved;
}
