import type { Actor } from '@coopex/domain';
import { AppError } from '@coopex/domain';
import type { Database, SqlExecutor } from '@coopex/db';
import {
  bindColumns,
  readTable,
  type BoundColumn,
  type ProgressCallback,
  type RecordKind,
  type RowProblem,
  type SourceRow,
  type TableSource,
} from '@coopex/import';
import { problemListLimit, type ImportReport } from './import-report';

export interface ConvertedRow<Input> {
  row: SourceRow;
  input: Input | null;
  problems: RowProblem[];
}

/** What a kind of import (products, hot-list lines) plugs into the shared machinery. */
export interface TableImportKind<Input> {
  kind: RecordKind;
  convert(row: SourceRow, columns: BoundColumn[]): ConvertedRow<Input>;
  /**
   * Checks a batch against the database (suppliers, classifier codes, repeated external ids) and, when `isWriting`,
   * stores its valid rows. Returns per-row problems and warnings and what was written.
   */
  processBatch(options: {
    transaction: SqlExecutor;
    rows: Array<ConvertedRow<Input> & { input: Input }>;
    isWriting: boolean;
  }): Promise<{
    problems: Map<SourceRow, RowProblem[]>;
    warnings: RowProblem[];
    inserted: number;
    updated: number;
  }>;
}

export interface TableImportOptions {
  database: Database;
  /** Who imports: checked by each import against the organisations its rows touch. */
  actor: Actor;
  source: TableSource;
  fileName?: string | undefined;
  skipInvalid?: boolean | undefined;
  onProgress?: ProgressCallback | undefined;
  /** Called for every row left out, so a caller can write the rejects file that --skip-invalid promises. */
  onRejectedRow?: ((row: SourceRow, problems: RowProblem[]) => void | Promise<void>) | undefined;
  /**
   * Check the file exactly as an import would (the rows are written inside the transaction, so checks across
   * batches behave the same), then roll back: the report says what would happen and nothing is kept.
   */
  isDryRun?: boolean | undefined;
}

const batchSize = 1000;

/** Raised inside the transaction to roll it back once a file turns out to have bad rows. */
class RejectedImport extends Error {}

/** Raised inside the transaction to roll back a dry run once every row has been checked. */
class DryRunFinished extends Error {}

/**
 * Streams a file through validation into the database in one transaction: every row or none, unless the caller
 * asked to skip invalid rows. Problems are collected for every row, so one run reports all of them.
 */
export async function runTableImport<Input>(
  options: TableImportOptions,
  importKind: TableImportKind<Input>,
): Promise<ImportReport> {
  const table = await readTable({
    source: options.source,
    fileName: options.fileName,
    onProgress: options.onProgress,
  });
  const binding = bindColumns({ headers: table.headers, kind: importKind.kind });
  const report: ImportReport = {
    status: 'imported',
    fileName: options.fileName ?? null,
    format: table.format,
    encoding: table.encoding ?? null,
    delimiter: table.delimiter ?? null,
    columns: binding.columns.map((column) => ({
      header: column.header,
      field:
        column.kind === 'field' ? column.field : column.kind === 'parameter' ? `param:${column.name}` : null,
    })),
    ignoredHeaders: binding.ignoredHeaders,
    rowsRead: 0,
    rowsImported: 0,
    inserted: 0,
    updated: 0,
    rowsRejected: 0,
    problems: [],
    problemCount: 0,
    warnings: [],
    warningCount: 0,
  };
  const addProblems = (problems: RowProblem[]) => {
    report.problemCount += problems.length;
    for (const problem of problems)
      if (report.problems.length < problemListLimit) report.problems.push(problem);
  };
  if (binding.problems.length > 0) {
    // Stop reading: the generator's cleanup closes the file.
    await table.rows.return(undefined);
    addProblems(binding.problems);
    return { ...report, status: 'rejected' };
  }

  // Checks made against the database name canonical fields; the user looks for the header of the file.
  const headerOfField = new Map<string, string>();
  for (const column of binding.columns) {
    if (column.kind === 'field') headerOfField.set(column.field, column.header);
  }
  const reject = async (row: SourceRow, problems: RowProblem[]) => {
    report.rowsRejected += 1;
    addProblems(
      problems.map((problem) => ({
        ...problem,
        column: headerOfField.get(problem.column) ?? problem.column,
      })),
    );
    await options.onRejectedRow?.(row, problems);
  };

  try {
    await options.database.transaction(async (transaction) => {
      let batch: Array<ConvertedRow<Input> & { input: Input }> = [];
      const flush = async () => {
        if (batch.length === 0) return;
        const isWriting = options.skipInvalid === true || report.rowsRejected === 0;
        const result = await importKind.processBatch({ transaction, rows: batch, isWriting });
        report.warningCount += result.warnings.length;
        for (const warning of result.warnings) {
          if (report.warnings.length < problemListLimit) {
            report.warnings.push({ ...warning, column: headerOfField.get(warning.column) ?? warning.column });
          }
        }
        for (const converted of batch) {
          const problems = result.problems.get(converted.row);
          if (problems && problems.length > 0) await reject(converted.row, problems);
          else report.rowsImported += 1;
        }
        report.inserted += result.inserted;
        report.updated += result.updated;
        batch = [];
      };
      for await (const row of table.rows) {
        report.rowsRead += 1;
        const converted = importKind.convert(row, binding.columns);
        if (converted.input === null || converted.problems.length > 0) {
          await reject(row, converted.problems);
          continue;
        }
        batch.push(converted as ConvertedRow<Input> & { input: Input });
        if (batch.length >= batchSize) await flush();
      }
      await flush();
      if (report.rowsRejected > 0 && !options.skipInvalid) throw new RejectedImport();
      if (options.isDryRun) throw new DryRunFinished();
    });
  } catch (error) {
    if (error instanceof RejectedImport) {
      return { ...report, status: 'rejected', rowsImported: 0, inserted: 0, updated: 0 };
    }
    if (!(error instanceof DryRunFinished)) throw error;
  }
  if (report.rowsRead === 0) {
    throw new AppError('validation_failed', 'The file has a header row but no data rows', {
      fileName: report.fileName,
    });
  }
  return { ...report, status: report.rowsRejected > 0 ? 'partial' : 'imported' };
}
