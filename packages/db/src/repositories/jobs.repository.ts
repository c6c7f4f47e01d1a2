import type { SqlExecutor } from '../database';
import { toIsoTimestamp } from './row-mapping';

export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

export interface JobRecord {
  id: string;
  kind: string;
  parameters: Record<string, unknown>;
  status: JobStatus;
  progress: number;
  result: unknown;
  error: unknown;
  catalogState: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

interface JobRow {
  id: string;
  kind: string;
  parameters: Record<string, unknown>;
  status: JobStatus;
  progress: number;
  result: unknown;
  error: unknown;
  catalog_state: string | null;
  created_at: Date | string;
  started_at: Date | string | null;
  finished_at: Date | string | null;
}

function toJob(row: JobRow): JobRecord {
  return {
    id: row.id,
    kind: row.kind,
    parameters: row.parameters,
    status: row.status,
    progress: Number(row.progress),
    result: row.result,
    error: row.error,
    catalogState: row.catalog_state,
    createdAt: toIsoTimestamp(row.created_at),
    startedAt: row.started_at === null ? null : toIsoTimestamp(row.started_at),
    finishedAt: row.finished_at === null ? null : toIsoTimestamp(row.finished_at),
  };
}

export function createJobsRepository(executor: SqlExecutor) {
  return {
    async insert(kind: string, parameters: Record<string, unknown>): Promise<JobRecord> {
      const result = await executor.query<JobRow>(
        'INSERT INTO jobs (kind, parameters) VALUES ($1, $2::jsonb) RETURNING *',
        [kind, JSON.stringify(parameters)],
      );
      return toJob(result.rows[0]!);
    },

    async findById(id: string): Promise<JobRecord | undefined> {
      const result = await executor.query<JobRow>('SELECT * FROM jobs WHERE id = $1', [id]);
      return result.rows[0] ? toJob(result.rows[0]) : undefined;
    },

    /** The newest job of a kind with these parameters that has not failed. */
    async findLatest(kind: string, parameters: Record<string, unknown>): Promise<JobRecord | undefined> {
      const result = await executor.query<JobRow>(
        `SELECT * FROM jobs WHERE kind = $1 AND parameters = $2::jsonb AND status <> 'failed'
         ORDER BY created_at DESC LIMIT 1`,
        [kind, JSON.stringify(parameters)],
      );
      return result.rows[0] ? toJob(result.rows[0]) : undefined;
    },

    async markRunning(id: string, catalogState: string): Promise<void> {
      await executor.query(
        "UPDATE jobs SET status = 'running', started_at = now(), catalog_state = $2 WHERE id = $1",
        [id, catalogState],
      );
    },

    async reportProgress(id: string, progress: number): Promise<void> {
      await executor.query('UPDATE jobs SET progress = $2 WHERE id = $1', [id, progress]);
    },

    async finish(id: string, outcome: { result: unknown } | { error: unknown }): Promise<void> {
      const isDone = 'result' in outcome;
      await executor.query(
        `UPDATE jobs SET status = $2, progress = CASE WHEN $2 = 'done' THEN 1 ELSE progress END,
           result = $3::jsonb, error = $4::jsonb, finished_at = now() WHERE id = $1`,
        [
          id,
          isDone ? 'done' : 'failed',
          isDone ? JSON.stringify(outcome.result) : null,
          isDone ? null : JSON.stringify(outcome.error),
        ],
      );
    },

    /** Jobs a stopped server left queued or running are failed at start, so nobody waits on them forever. */
    async failInterrupted(): Promise<number> {
      const result = await executor.query(
        `UPDATE jobs SET status = 'failed', error = '{"code":"internal_error","message":"interrupted by a restart"}',
           finished_at = now() WHERE status IN ('queued', 'running')`,
      );
      return result.rowCount;
    },

    /** What the catalogs look like now: products and analogues changed or removed move it on. */
    async readCatalogState(): Promise<string> {
      const result = await executor.query<{ state: string }>(
        `SELECT concat_ws('/', (SELECT count(*) FROM products), (SELECT max(updated_at) FROM products),
           (SELECT count(*) FROM analogues), (SELECT max(created_at) FROM analogues),
           (SELECT count(*) FROM program_items), (SELECT max(updated_at) FROM program_items)) AS state`,
      );
      return result.rows[0]!.state;
    },
  };
}
