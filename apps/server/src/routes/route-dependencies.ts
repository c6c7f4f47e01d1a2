import type { Database } from '@coopex/db';
import type { CatalogMatching, JobRunner } from '@coopex/use-cases';

/** What every route module receives from the server builder. */
export interface RouteDependencies {
  database: Database;
  matching: CatalogMatching;
  jobs: JobRunner;
  maxUploadBytes: number;
}
