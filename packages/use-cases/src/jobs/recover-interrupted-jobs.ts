import { createRepositories, type Database } from '@coopex/db';

/** At start, jobs a stopped server left queued or running are marked failed, so nobody waits on them forever. */
export async function recoverInterruptedJobs(options: { database: Database }): Promise<number> {
  return createRepositories(options.database).jobs.failInterrupted();
}
