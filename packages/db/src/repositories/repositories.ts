import type { SqlExecutor } from '../database';
import { createAccountsRepository } from './accounts.repository';
import { createAuditRepository } from './audit.repository';
import { createSharingRepository } from './sharing.repository';
import { createAnaloguesRepository } from './analogues.repository';
import { createClassifiersRepository } from './classifiers.repository';
import { createDashboardRepository } from './dashboard.repository';
import { createDemandRepository } from './demand.repository';
import { createImportRunsRepository } from './import-runs.repository';
import { createJobsRepository } from './jobs.repository';
import { createMatchesRepository } from './matches.repository';
import { createOrganisationsRepository } from './organisations.repository';
import { createProductsRepository } from './products.repository';
import { createProgramsRepository } from './programs.repository';
import { createReferenceDataRepository } from './reference-data.repository';

/** Every repository bound to one executor: the database itself, or a transaction. */
export function createRepositories(executor: SqlExecutor) {
  return {
    organisations: createOrganisationsRepository(executor),
    products: createProductsRepository(executor),
    demand: createDemandRepository(executor),
    classifiers: createClassifiersRepository(executor),
    referenceData: createReferenceDataRepository(executor),
    importRuns: createImportRunsRepository(executor),
    analogues: createAnaloguesRepository(executor),
    matches: createMatchesRepository(executor),
    programs: createProgramsRepository(executor),
    jobs: createJobsRepository(executor),
    accounts: createAccountsRepository(executor),
    audit: createAuditRepository(executor),
    sharing: createSharingRepository(executor),
    dashboard: createDashboardRepository(executor),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
