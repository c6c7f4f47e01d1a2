import { loadConfiguration, type Configuration } from '@coopex/config';
import { openDatabase, type Database } from '@coopex/db';
import { prepareDatabase } from '@coopex/use-cases';

/** Opens the configured database, brings it to the current schema and closes it when the command is done. */
export async function withDatabase<T>(
  work: (context: { database: Database; configuration: Configuration }) => Promise<T>,
): Promise<T> {
  const configuration = loadConfiguration();
  const database = await openDatabase(configuration.database);
  try {
    await prepareDatabase({ database });
    return await work({ database, configuration });
  } finally {
    await database.close();
  }
}

export function describeDatabase(configuration: Configuration): string {
  return configuration.database.backend === 'pglite'
    ? `embedded PGlite in ${configuration.database.dataDirectory}`
    : `PostgreSQL at ${redactPassword(configuration.database.connectionString)}`;
}

function redactPassword(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return 'the configured server';
  }
}
