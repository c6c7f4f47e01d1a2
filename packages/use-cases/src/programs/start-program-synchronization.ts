import { AppError, canSeePrograms, requireAccess, type Actor } from '@coopex/domain';
import { createRepositories, type Database } from '@coopex/db';
import type { JobRunner } from '../jobs/job-runner';
import type { JobView } from '../jobs/job-view';
import type { CatalogMatching } from '../matching/catalog-matching';
import { synchronizePrograms } from './synchronize-programs';

export const programSynchronizationJob = 'program-synchronization';

/**
 * Starts the synchronisation of two programs (or countries) as a background job, or returns the job that already
 * holds it for the catalogs as they are now: a report is computed again only when products, analogues or program
 * items changed since.
 */
export async function startProgramSynchronization(options: {
  database: Database;
  actor: Actor;
  matching: CatalogMatching;
  runner: JobRunner;
  left: string;
  right: string;
}): Promise<JobView> {
  requireAccess(options.actor, canSeePrograms(options.actor), 'synchronise import-substitution programs');
  const repositories = createRepositories(options.database);
  const parameters = { left: options.left.toUpperCase(), right: options.right.toUpperCase() };
  const catalogState = await repositories.jobs.readCatalogState();
  const latest = await repositories.jobs.findLatest(programSynchronizationJob, parameters);
  const isReusable = latest && (latest.status !== 'done' || latest.catalogState === catalogState);
  if (latest && isReusable) {
    const { catalogState: _state, ...view } = latest;
    return { ...view, isStale: false };
  }
  const job = await repositories.jobs.insert(programSynchronizationJob, parameters);
  options.runner.enqueue(async () => {
    const jobs = createRepositories(options.database).jobs;
    try {
      await jobs.markRunning(job.id, await jobs.readCatalogState());
      let lastReported = 0;
      const result = await synchronizePrograms({
        database: options.database,
        actor: options.actor,
        matching: options.matching,
        left: options.left,
        right: options.right,
        onProgress: async (done, total) => {
          // A write per percent is enough for a progress bar.
          if (done === total || done / total - lastReported >= 0.01) {
            lastReported = done / total;
            await jobs.reportProgress(job.id, Math.round(lastReported * 1000) / 1000);
          }
        },
      });
      await jobs.finish(job.id, { result });
    } catch (error) {
      await jobs.finish(job.id, {
        error:
          error instanceof AppError
            ? { code: error.code, message: error.message, details: error.details }
            : { code: 'internal_error', message: 'The synchronisation failed', details: null },
      });
    }
  });
  const { catalogState: _state, ...view } = job;
  return { ...view, isStale: false };
}
