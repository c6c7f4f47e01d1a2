import { createRepositories, type Database } from '@coopex/db';
import { hashSecret } from '../shared/secrets';

/** Ends a browser session; an unknown or expired one is already ended. */
export async function signOut(options: {
  database: Database;
  sessionToken: string | undefined;
}): Promise<void> {
  if (!options.sessionToken) return;
  await createRepositories(options.database).accounts.deleteSession(hashSecret(options.sessionToken));
}
