import type { Program } from '@coopex/domain';
import { createRepositories, type Database } from '@coopex/db';

export async function listPrograms(options: {
  database: Database;
  country?: string | undefined;
}): Promise<Program[]> {
  return createRepositories(options.database).programs.list({ country: options.country });
}
