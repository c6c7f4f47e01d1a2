import type { Database } from '@coopex/db';

/** What every route module receives from the server builder. */
export interface RouteDependencies {
  database: Database;
  maxUploadBytes: number;
}
