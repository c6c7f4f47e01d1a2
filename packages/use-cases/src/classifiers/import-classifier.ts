import { isPlatformAdmin, requireAccess, type Actor } from '@coopex/domain';
import { createRepositories, type ClassifierEntryRecord, type Database } from '@coopex/db';
import { parseClassifierFile, type ClassifierFormat } from '@coopex/import';

const batchSize = 2000;

/**
 * Loads an official classifier file (TN VED JSON tree or customs reference tables, OKPD2 tree, HS CSV) in one
 * transaction. Loading the same file again refreshes names and dates without duplicating codes.
 */
export async function importClassifier(options: {
  database: Database;
  actor: Actor;
  path: string;
  format?: ClassifierFormat | undefined;
  onProgress?: ((entriesLoaded: number) => void) | undefined;
}): Promise<{ system: string; entries: number; byLevel: Record<string, number> }> {
  requireAccess(options.actor, isPlatformAdmin(options.actor), 'load classifiers');
  const byLevel: Record<string, number> = {};
  let entries = 0;
  let system = '';
  await options.database.transaction(async (transaction) => {
    const repositories = createRepositories(transaction);
    let batch: ClassifierEntryRecord[] = [];
    for await (const entry of parseClassifierFile(options.path, options.format)) {
      system = entry.system;
      batch.push(entry);
      entries += 1;
      byLevel[entry.level] = (byLevel[entry.level] ?? 0) + 1;
      if (batch.length >= batchSize) {
        await repositories.classifiers.upsertEntries(batch);
        batch = [];
        options.onProgress?.(entries);
      }
    }
    await repositories.classifiers.upsertEntries(batch);
    options.onProgress?.(entries);
  });
  return { system, entries, byLevel };
}
