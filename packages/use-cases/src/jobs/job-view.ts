import type { JobRecord } from '@coopex/db';

/** A job as users see it: its state, and whether the catalogs changed after it was computed. */
export type JobView = Omit<JobRecord, 'catalogState'> & { isStale: boolean };
