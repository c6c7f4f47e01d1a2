import type { RowProblem } from '@coopex/import';

/** What every file import answers: the same for the CLI table, the API body and the web preview. */
export interface ImportReport {
  status: 'imported' | 'rejected' | 'partial';
  fileName: string | null;
  format: 'csv' | 'xlsx';
  encoding: string | null;
  delimiter: string | null;
  columns: Array<{ header: string; field: string | null }>;
  ignoredHeaders: string[];
  rowsRead: number;
  rowsImported: number;
  inserted: number;
  updated: number;
  rowsRejected: number;
  /** The first problems found (at most `problemListLimit`), each with row, column, value and reason. */
  problems: RowProblem[];
  problemCount: number;
  warnings: RowProblem[];
  warningCount: number;
}

export const problemListLimit = 1000;
