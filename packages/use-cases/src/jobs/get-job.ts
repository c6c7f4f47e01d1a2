import { AppError } from '@coopex/domain';
import { createRepositories, type Database } from '@coopex/db';
import type { JobView } from './job-view';

/** A background job with its progress and, once done, its result; stale when the catalogs changed since. */
export async function getJob(options: { database: Database; jobId: string }): Promise<JobView> {
  const jobs = createRepositories(options.database).jobs;
  const job = await jobs.findById(options.jobId);
  if (!job) throw new AppError('not_found', 'Job not found', { jobId: options.jobId });
  const { catalogState, ...view } = job;
  const isStale = job.status === 'done' && catalogState !== (await jobs.readCatalogState());
  return { ...view, isStale };
}
