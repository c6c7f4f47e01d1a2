import type { ClassifierSystem } from '@coopex/domain';
import { createRepositories, type ClassifierNode, type Database } from '@coopex/db';

/** Codes whose name holds every word of the query, or whose code starts with it. */
export async function searchClassifier(options: {
  database: Database;
  system: ClassifierSystem;
  query: string;
  limit: number;
}): Promise<ClassifierNode[]> {
  return createRepositories(options.database).classifiers.search(
    options.system,
    options.query,
    options.limit,
  );
}
