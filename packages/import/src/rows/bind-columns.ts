import { findUnit } from '@coopex/domain';
import { mapColumns, type CanonicalField, type RecordKind } from '../tabular';
import type { RowProblem } from './row-problem';

/** A file column bound to the field it fills, with a parameter column's unit resolved to its code. */
export type BoundColumn =
  | { header: string; kind: 'field'; field: CanonicalField }
  | { header: string; kind: 'parameter'; name: string; unitCode: string | undefined }
  | { header: string; kind: 'ignored' };

/**
 * Recognises the header row. Problems here (no name column, a field twice, an unknown unit in a parameter
 * header) concern the whole file and are reported as row 1.
 */
export function bindColumns(options: { headers: string[]; kind: RecordKind }): {
  columns: BoundColumn[];
  ignoredHeaders: string[];
  problems: RowProblem[];
} {
  const mapping = mapColumns({ headers: options.headers, kind: options.kind });
  const problems: RowProblem[] = [];
  const columns: BoundColumn[] = mapping.columns.map((column) => {
    if (column.field === null) return { header: column.header, kind: 'ignored' };
    if (typeof column.field === 'string')
      return { header: column.header, kind: 'field', field: column.field };
    const rawUnit = column.field.unit;
    const unit = rawUnit ? findUnit(rawUnit) : undefined;
    if (rawUnit && !unit) {
      problems.push({
        row: 1,
        column: column.header,
        value: rawUnit,
        reason: 'unknown unit of measure in the header',
      });
    }
    return { header: column.header, kind: 'parameter', name: column.field.parameter, unitCode: unit?.code };
  });
  for (const missing of mapping.missingRequired) {
    problems.push({ row: 1, column: missing, value: null, reason: `the file has no "${missing}" column` });
  }
  for (const duplicate of mapping.duplicateFields) {
    problems.push({
      row: 1,
      column: duplicate,
      value: null,
      reason: 'more than one column fills this field',
    });
  }
  return { columns, ignoredHeaders: mapping.unknownHeaders, problems };
}
