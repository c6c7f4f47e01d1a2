import type { Actor } from '@coopex/domain';
import { createRepositories, type Database } from '@coopex/db';
import type { CatalogMatching } from '../matching/catalog-matching';
import { recordChange } from '../shared/record-change';
import { requireDemandLine } from './demand-access';

export async function deleteDemandLine(options: {
  database: Database;
  actor: Actor;
  lineId: string;
  matching?: CatalogMatching | undefined;
}): Promise<void> {
  const repositories = createRepositories(options.database);
  const { line, list } = await requireDemandLine(repositories, options.actor, options.lineId, 'edit');
  await repositories.demand.deleteLine(line.id);
  options.matching?.forgetLines([line.id]);
  await recordChange(repositories, options.actor, {
    action: 'demand_line.delete',
    entityType: 'demand_line',
    entityId: line.id,
    organisationId: list.organisationId,
    before: line,
  });
}
