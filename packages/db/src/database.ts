import { mkdirSync } from 'node:fs';
import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import { pg_trgm as trigramExtension } from '@electric-sql/pglite/contrib/pg_trgm';
import pg from 'pg';

/** What a repository needs: parameterised queries. A transaction hands the same shape to its work. */
export interface SqlExecutor {
  query<Row = Record<string, unknown>>(text: string, parameters?: unknown[]): Promise<QueryResult<Row>>;
  /** Runs a script of several statements without parameters (migrations). */
  executeScript(sql: string): Promise<void>;
}

export interface QueryResult<Row> {
  rows: Row[];
  rowCount: number;
}

export interface Database extends SqlExecutor {
  readonly backend: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (transaction: SqlExecutor) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export type DatabaseOptions =
  { backend: 'pglite'; dataDirectory?: string } | { backend: 'postgres'; connectionString: string };

/** Types are parsed the same way on both back-ends, so repositories see identical rows. */
const OID_INT8 = 20;
const OID_NUMERIC = 1700;
const OID_DATE = 1082;

function parseNumeric(value: string): number {
  return Number(value);
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  return options.backend === 'pglite'
    ? openPglite(options.dataDirectory)
    : openPostgres(options.connectionString);
}

async function openPglite(dataDirectory: string | undefined): Promise<Database> {
  if (dataDirectory) mkdirSync(dataDirectory, { recursive: true });
  const client = new PGlite({
    ...(dataDirectory ? { dataDir: dataDirectory } : {}),
    // Trigram indexes serve catalog text search (migration 0006).
    extensions: { pg_trgm: trigramExtension },
    parsers: {
      [pgliteTypes.INT8]: parseNumeric,
      [pgliteTypes.NUMERIC]: parseNumeric,
      [pgliteTypes.DATE]: (value: string) => value,
    },
  });
  await client.waitReady;
  const toResult = <Row>(result: { rows: Row[]; affectedRows?: number }): QueryResult<Row> => ({
    rows: result.rows,
    rowCount: result.affectedRows ?? result.rows.length,
  });
  return {
    backend: 'pglite',
    async query<Row>(text: string, parameters?: unknown[]) {
      return toResult(await client.query<Row>(text, parameters));
    },
    async transaction<T>(work: (transaction: SqlExecutor) => Promise<T>) {
      return client.transaction(async (transaction) =>
        work({
          async query<Row>(text: string, parameters?: unknown[]) {
            return toResult(await transaction.query<Row>(text, parameters));
          },
          async executeScript(sql: string) {
            await transaction.exec(sql);
          },
        }),
      );
    },
    async executeScript(sql: string) {
      await client.exec(sql);
    },
    async close() {
      await client.close();
    },
  };
}

const postgresTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === OID_INT8 || oid === OID_NUMERIC) return parseNumeric;
    if (oid === OID_DATE) return (value: string) => value;
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

async function openPostgres(connectionString: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString, types: postgresTypes, max: 10 });
  // An idle connection closed by the server (a restart, an administrator) is dropped by the pool and replaced on the
  // next query; without a listener its error event would bring the whole process down.
  pool.on('error', () => undefined);
  // Fail at start-up with a clear message rather than on the first request.
  const probe = await pool.connect();
  probe.release();
  const toResult = <Row>(result: pg.QueryResult): QueryResult<Row> => ({
    rows: result.rows as Row[],
    rowCount: result.rowCount ?? result.rows.length,
  });
  return {
    backend: 'postgres',
    async query<Row>(text: string, parameters?: unknown[]) {
      return toResult<Row>(await pool.query(text, parameters));
    },
    async transaction<T>(work: (transaction: SqlExecutor) => Promise<T>) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work({
          async query<Row>(text: string, parameters?: unknown[]) {
            return toResult<Row>(await client.query(text, parameters));
          },
          async executeScript(sql: string) {
            await client.query(sql);
          },
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async executeScript(sql: string) {
      await pool.query(sql);
    },
    async close() {
      await pool.end();
    },
  };
}
