import type { SqlExecutor } from '../database';

export interface ImportRunRecord {
  kind: string;
  organisationId: string | null;
  fileName: string | null;
  status: 'imported' | 'rejected' | 'partial';
  rowsRead: number;
  rowsImported: number;
  rowsRejected: number;
  startedAt: Date;
}

export function createImportRunsRepository(executor: SqlExecutor) {
  return {
    async record(run: ImportRunRecord): Promise<string> {
      const result = await executor.query<{ id: string }>(
        `INSERT INTO import_runs (kind, organisation_id, file_name, status, rows_read, rows_imported, rows_rejected, started_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [
          run.kind,
          run.organisationId,
          run.fileName,
          run.status,
          run.rowsRead,
          run.rowsImported,
          run.rowsRejected,
          run.startedAt.toISOString(),
        ],
      );
      return result.rows[0]!.id;
    },
  };
}
