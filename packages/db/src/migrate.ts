import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from './database';

export const migrationsDirectory = fileURLToPath(new URL('../migrations/', import.meta.url));

export interface MigrationReport {
  applied: string[];
  alreadyApplied: string[];
}

/** Any constant shared by every Coopex process; it keys the transaction-level advisory lock. */
const migrationLockKey = 727_001;

/**
 * Applies the committed SQL migrations in name order, each in its own transaction.
 * A transaction-level advisory lock keeps two processes starting at once on one server from racing;
 * it is held per transaction because a pooled connection cannot own a session lock reliably.
 */
export async function migrateDatabase(database: Database): Promise<MigrationReport> {
  const files = (await readdir(migrationsDirectory)).filter((file) => file.endsWith('.sql')).sort();
  await database.transaction(async (transaction) => {
    await transaction.query('SELECT pg_advisory_xact_lock($1)', [migrationLockKey]);
    await transaction.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
  });
  const report: MigrationReport = { applied: [], alreadyApplied: [] };
  for (const file of files) {
    const version = file.replace(/\.sql$/, '');
    const sql = await readFile(path.join(migrationsDirectory, file), 'utf8');
    const isApplied = await database.transaction(async (transaction) => {
      await transaction.query('SELECT pg_advisory_xact_lock($1)', [migrationLockKey]);
      const existing = await transaction.query('SELECT 1 FROM schema_migrations WHERE version = $1', [
        version,
      ]);
      if (existing.rows.length > 0) return false;
      await transaction.executeScript(sql);
      await transaction.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version]);
      return true;
    });
    (isApplied ? report.applied : report.alreadyApplied).push(version);
  }
  return report;
}
