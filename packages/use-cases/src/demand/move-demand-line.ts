import { assertDemandLineMove, type Actor, type DemandLine, type DemandLineStatus } from '@coopex/domain';
import { createRepositories, type Database } from '@coopex/db';
import { recordChange } from '../shared/record-change';
import { requireDemandLine } from './demand-access';
import type { CatalogMatching } from '../matching/catalog-matching';

/** Moves a line along its lifecycle (e.g. candidates found → contacted); a jump the lifecycle forbids is refused. */
export async function moveDemandLine(options: {
  database: Database;
  actor: Actor;
  lineId: string;
  status: DemandLineStatus;
  matching?: CatalogMatching | undefined;
}): Promise<DemandLine> {
  const repositories = createRepositories(options.database);
  const { line, list } = await requireDemandLine(repositories, options.actor, options.lineId, 'edit');
  assertDemandLineMove(line.status, options.status);
  const { id: _id, listId: _listId, createdAt: _createdAt, updatedAt: _updatedAt, ...input } = line;
  const moved = (await repositories.demand.updateLine(line.id, { ...input, status: options.status }))!;
  await recordChange(repositories, options.actor, {
    action: 'demand_line.move',
    entityType: 'demand_line',
    entityId: line.id,
    organisationId: list.organisationId,
    before: { status: line.status },
    after: { status: moved.status },
  });
  await options.matching?.refreshLine(moved.id);
  return moved;
}
