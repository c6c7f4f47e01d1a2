import { AppError, canSeePrograms, requireAccess, type Actor } from '@coopex/domain';
import { createRepositories, type Database } from '@coopex/db';
import type { JobView } from './job-view';

/** A background job with its progress and, once done, its result; stale when the catalogs changed since. */
export async function getJob(options: { database: Database; actor: Actor; jobId: string }): Promise<JobView> {
  // The only background jobs are program synchronisations: they are the coordinators'.
  requireAccess(options.actor, canSeePrograms(options.actor), 'read background jobs');
  const jobs = createRepositories(options.database).jobs;
  const job = await jobs.findById(options.jobId);
  if (!job) throw new AppError('not_found', 'Job not found', { jobId: options.jobId });
  const { catalogState, ...view } = job;
  const isStale = job.status === 'done' && catalogState !== (await jobs.readCatalogState());
  return { ...view, isStale };
}
