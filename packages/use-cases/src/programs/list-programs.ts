import { canSeePrograms, requireAccess, type Actor, type Program } from '@coopex/domain';
import { createRepositories, type Database } from '@coopex/db';

export async function listPrograms(options: {
  database: Database;
  actor: Actor;
  country?: string | undefined;
}): Promise<Program[]> {
  requireAccess(options.actor, canSeePrograms(options.actor), 'see import-substitution programs');
  return createRepositories(options.database).programs.list({ country: options.country });
}
