import type { Actor, DemandList } from '@coopex/domain';
import { createRepositories, type Database } from '@coopex/db';
import { requireDemandList } from './demand-access';

export async function getDemandList(options: {
  database: Database;
  actor: Actor;
  listId: string;
}): Promise<DemandList> {
  return requireDemandList(createRepositories(options.database), options.actor, options.listId, 'see');
}
