import type { Database } from '@coopex/db';
import type { CatalogMatching, JobRunner, Mailer } from '@coopex/use-cases';

/** What every route module receives from the server builder. */
export interface RouteDependencies {
  database: Database;
  matching: CatalogMatching;
  jobs: JobRunner;
  maxUploadBytes: number;
  mailer: Mailer;
  security: {
    /** Where users open Coopex; mail links start with it. */
    publicUrl: string;
    isCookieSecure: boolean;
  };
}
