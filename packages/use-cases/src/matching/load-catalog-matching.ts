import type { Database } from '@coopex/db';
import { createTextIndex } from '@coopex/matching';
import { CatalogMatching } from './catalog-matching';

/**
 * Builds the in-memory matcher from the database. A server then calls `requestCatchUp` to refresh, in the
 * background, the stored matches of what changed while no server ran; the CLI only reads and does not.
 */
export async function loadCatalogMatching(options: { database: Database }): Promise<CatalogMatching> {
  return CatalogMatching.load({
    database: options.database,
    createTextRetriever: (expectedDocumentCount) => createTextIndex({ expectedDocumentCount }),
  });
}
