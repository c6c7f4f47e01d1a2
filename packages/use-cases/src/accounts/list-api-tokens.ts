import { AppError, requireSignedIn, type Actor } from '@coopex/domain';
import { createRepositories, type ApiTokenRecord, type Database } from '@coopex/db';

/** The user's own tokens, with their prefixes only. */
export async function listApiTokens(options: {
  database: Database;
  actor: Actor;
}): Promise<ApiTokenRecord[]> {
  requireSignedIn(options.actor, 'list API tokens');
  if (options.actor.kind !== 'user') throw new AppError('forbidden', 'Only users have API tokens', null);
  return createRepositories(options.database).accounts.listApiTokensOfUser(options.actor.userId);
}
