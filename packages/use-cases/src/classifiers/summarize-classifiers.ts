import { createRepositories, type ClassifierSystemName, type Database } from '@coopex/db';

/** How many codes of each level every classifier holds: what `coopex classifiers` and the health page show. */
export async function summarizeClassifiers(options: {
  database: Database;
}): Promise<Array<{ system: ClassifierSystemName; level: string; codes: number }>> {
  return createRepositories(options.database).classifiers.countByLevel();
}
