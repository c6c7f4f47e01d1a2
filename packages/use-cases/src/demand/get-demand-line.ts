import type { Actor, DemandLine } from '@coopex/domain';
import { createRepositories, type Database } from '@coopex/db';
import { requireDemandLine } from './demand-access';

export async function getDemandLine(options: {
  database: Database;
  actor: Actor;
  lineId: string;
}): Promise<DemandLine> {
  const { line } = await requireDemandLine(
    createRepositories(options.database),
    options.actor,
    options.lineId,
    'see',
  );
  return line;
}
