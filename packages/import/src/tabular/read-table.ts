import iconv from 'iconv-lite';
import { AppError } from '@coopex/domain';
import { detectDelimiter } from './detect-delimiter';
import { detectFileFormat, type TableFormat } from './detect-file-format';
import { detectTextEncoding, isAsciiOnly, type TextEncoding } from './detect-text-encoding';
import { openByteSource, type ByteSource, type ProgressCallback, type TableSource } from './open-byte-source';
import { readCsvRows } from './read-csv-rows';
import { readXlsxRows } from './read-xlsx-rows';
import type { SheetRow } from './sheet-row';

export interface TableRow {
  /**
   * The row number a user sees in the file: the header is row 1 (when it is on the first line), data starts
   * at 2. In CSV it is the line the record starts on, so a cell spanning lines does not shift later rows.
   */
  rowNumber: number;
  /** Cell text keyed by the original (trimmed) header text; a missing cell is "". Text is not trimmed. */
  values: Record<string, string>;
  /**
   * Non-empty cells to the right of the last header column, present only when there are some.
   * A row-level problem rather than an error, so one stray cell does not stop a 50,000-row import:
   * the importer reports it with the row number next to the other problems of that row.
   */
  extraCells?: string[];
}

export interface ReadTableOptions {
  /** A file path, the bytes of an upload, or a stream of them. */
  source: TableSource;
  /** Used only to word errors better (an .xls name, a password-protected .xlsx); the content decides the format. */
  fileName?: string;
  /** When given, the content must be of this format, or the read fails instead of guessing. */
  format?: TableFormat;
  /** Called as bytes are read; totalBytes is known for paths and buffers, not for streams. */
  onProgress?: ProgressCallback;
}

export interface ReadTableResult {
  format: TableFormat;
  /** CSV only. */
  encoding?: TextEncoding;
  /** CSV only. */
  delimiter?: string;
  headers: string[];
  /**
   * Data rows in file order, fully empty rows left out. The input stays open until the rows are read to
   * the end, a loop over them stops early, or `rows.return()` is called (say, after a header problem).
   */
  rows: AsyncGenerator<TableRow>;
}

const sniffBytes = 64 * 1024;
/** An ASCII-only start is read further, hoping for Cyrillic that tells the encoding. */
const extendedSniffBytes = 1024 * 1024;

/**
 * Opens a CSV or .xlsx table for streaming: decides the format, the text encoding and the delimiter,
 * reads the header row (the first non-empty row) and returns the data rows as an async generator, so
 * a file of any size passes through with memory bounded by one row plus the read-ahead buffer.
 */
export async function readTable({
  source,
  fileName,
  format,
  onProgress,
}: ReadTableOptions): Promise<ReadTableResult> {
  const byteSource = await openByteSource({ source, onProgress });
  let sheetRows: AsyncGenerator<SheetRow> | undefined;
  try {
    await byteSource.readAhead(sniffBytes);
    if (byteSource.prefix().length === 0) throw noHeaderRowError();
    const detectedFormat = detectFileFormat({ prefix: byteSource.prefix(), fileName });
    if (format !== undefined && format !== detectedFormat) {
      throw new AppError(
        'unsupported_file_format',
        `The file is ${describeFormat(detectedFormat)}, not ${describeFormat(format)} as expected`,
        { expected: format, detected: detectedFormat },
      );
    }
    if (detectedFormat === 'xlsx') {
      sheetRows = readXlsxRows({ stream: byteSource.toStream() });
      const headers = await readHeaders(sheetRows);
      return { format: 'xlsx', headers, rows: tableRows({ sheetRows, headers, byteSource }) };
    }
    if (!byteSource.isFullyRead() && isAsciiOnly(byteSource.prefix()))
      await byteSource.readAhead(extendedSniffBytes);
    const { encoding } = detectTextEncoding({ sample: byteSource.prefix() });
    const delimiter = detectDelimiter({
      text: iconv.decode(byteSource.prefix(), encoding === 'utf-8' ? 'utf8' : 'win1251'),
    });
    sheetRows = readCsvRows({ stream: byteSource.toStream(), encoding, delimiter });
    const headers = await readHeaders(sheetRows);
    return {
      format: 'csv',
      encoding,
      delimiter,
      headers,
      rows: tableRows({ sheetRows, headers, byteSource }),
    };
  } catch (error) {
    await sheetRows?.return(undefined);
    byteSource.close();
    throw error;
  }
}

function describeFormat(format: TableFormat): string {
  return format === 'xlsx' ? 'an .xlsx workbook' : 'a CSV text file';
}

function noHeaderRowError(): AppError {
  return new AppError(
    'validation_failed',
    'The file has no header row: the first non-empty row must name the columns',
    {
      row: null,
    },
  );
}

function isEmptyRow(cells: string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/**
 * Takes the first non-empty row as the header. Header texts are trimmed; empty cells after the last
 * name are dropped (formatting often reaches further right than the data). An empty header cell
 * between names gets a visible stand-in name, so its values stay reachable and get reported.
 */
async function readHeaders(sheetRows: AsyncGenerator<SheetRow>): Promise<string[]> {
  for (let next = await sheetRows.next(); next.done !== true; next = await sheetRows.next()) {
    const { cells, rowNumber } = next.value;
    if (isEmptyRow(cells)) continue;
    const trimmed = cells.map((cell) => cell.trim());
    while (trimmed.at(-1) === '') trimmed.pop();
    const headers = trimmed.map((header, index) => (header === '' ? `(column ${index + 1})` : header));
    const seen = new Set<string>();
    for (const header of headers) {
      if (seen.has(header)) {
        // Values are keyed by header text, so two equal names would silently lose one column.
        throw new AppError(
          'validation_failed',
          `Row ${rowNumber}: the column "${header}" appears twice in the header row; rename or remove one of them`,
          { row: rowNumber, header },
        );
      }
      seen.add(header);
    }
    return headers;
  }
  throw noHeaderRowError();
}

/**
 * The data rows, closing the input however iteration ends. A generator's return() skips its finally
 * block when iteration never started, so return() is wrapped to close the input in that case too.
 */
function tableRows(options: {
  sheetRows: AsyncGenerator<SheetRow>;
  headers: string[];
  byteSource: ByteSource;
}): AsyncGenerator<TableRow> {
  const rows = shapeRows(options);
  const returnRows = rows.return.bind(rows);
  rows.return = async (value) => {
    const result = await returnRows(value);
    await options.sheetRows.return(undefined);
    options.byteSource.close();
    return result;
  };
  return rows;
}

async function* shapeRows({
  sheetRows,
  headers,
  byteSource,
}: {
  sheetRows: AsyncGenerator<SheetRow>;
  headers: string[];
  byteSource: ByteSource;
}): AsyncGenerator<TableRow> {
  try {
    for await (const { rowNumber, cells } of sheetRows) {
      if (isEmptyRow(cells)) continue;
      // Object.fromEntries defines own properties, so a header like "__proto__" stays an ordinary key.
      const values = Object.fromEntries(headers.map((header, index) => [header, cells[index] ?? '']));
      const extraCells = cells.slice(headers.length).filter((cell) => cell.trim() !== '');
      yield extraCells.length > 0 ? { rowNumber, values, extraCells } : { rowNumber, values };
    }
  } finally {
    await sheetRows.return(undefined);
    byteSource.close();
  }
}
