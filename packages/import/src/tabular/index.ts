export { readTable, type ReadTableOptions, type ReadTableResult, type TableRow } from './read-table';
export { writeTable, type TableCell, type WriteTableOptions } from './write-table';
export { mapColumns, type ColumnMapping, type MappedColumn, type ParameterColumn } from './map-columns';
export {
  canonicalFields,
  columnSynonyms,
  requiredFields,
  type CanonicalField,
  type FieldSynonyms,
  type HeaderTexts,
  type RecordKind,
} from './column-synonyms';
export type { TableFormat } from './detect-file-format';
export type { TextEncoding } from './detect-text-encoding';
export type { ProgressCallback, TableSource } from './open-byte-source';
export { writeWorkbook, type WorkbookSheet } from './write-workbook';
