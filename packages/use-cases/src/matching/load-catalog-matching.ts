import { createRepositories, type Database } from '@coopex/db';
import { createTextIndex } from '@coopex/matching';
import { CatalogMatching } from './catalog-matching';

/**
 * Builds the in-memory matcher from the database and catches up with what changed while no server ran:
 * products changed since the last sync have the stored matches of their lines refreshed.
 */
export async function loadCatalogMatching(options: { database: Database }): Promise<CatalogMatching> {
  const matching = await CatalogMatching.load({
    database: options.database,
    createTextRetriever: (expectedDocumentCount) => createTextIndex({ expectedDocumentCount }),
  });
  const matches = createRepositories(options.database).matches;
  const syncedAt = await matches.readSyncedAt();
  if (syncedAt === null) {
    const startedAt = new Date().toISOString();
    await matching.refreshAllLines();
    await matches.writeSyncedAt(startedAt);
  } else {
    await matching.syncProductsChangedSince(syncedAt);
  }
  return matching;
}
