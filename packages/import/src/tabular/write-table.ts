import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import { AppError } from '@coopex/domain';
import type { TableFormat } from './detect-file-format';
import { formatNumber } from './format-number';
import { neutralizeFormula } from './spreadsheet-formulas';

export type TableCell = string | number | null;

export interface WriteTableOptions {
  /** A file path (created or replaced) or a stream, which is ended when the table is complete. */
  destination: string | Writable;
  format: TableFormat;
  headers: string[];
  /** Rows in header order; a row may be shorter than the header, never longer. */
  rows: AsyncIterable<readonly TableCell[]> | Iterable<readonly TableCell[]>;
  /** XLSX only; made valid for Excel (at most 31 characters, none of []:*?/\). */
  sheetName?: string;
}

/** How many rows go into the workbook before the writer lets the ZIP compressor and the destination catch up. */
const rowsBetweenPauses = 1000;

/**
 * Streams a table to CSV or XLSX, holding one row at a time. CSV is UTF-8 with a byte order mark (without
 * it Excel reads Cyrillic as Windows-1251), comma-separated, quoted only where needed. XLSX has a bold,
 * frozen header row; numbers are stored as numbers and everything else as text, so codes such as
 * "0101210000" or "01.11" keep their leading zeros. readTable reads either file back to the same text.
 *
 * On failure the destination is destroyed and a file path is removed, so no half-written export remains.
 */
export async function writeTable({
  destination,
  format,
  headers,
  rows,
  sheetName,
}: WriteTableOptions): Promise<{ rowCount: number }> {
  assertUniqueHeaders(headers);
  const output = typeof destination === 'string' ? createWriteStream(destination) : destination;
  // The stream may fail before a writer listens to it (a missing folder); remember that failure.
  const outputFailed = new Promise<never>((_resolve, reject) => output.once('error', reject));
  outputFailed.catch(() => undefined);
  const counter = { rowCount: 0 };
  const cells = checkedRows({ rows, headers, counter });
  try {
    const writing =
      format === 'csv'
        ? writeCsv({ output, headers, cells })
        : writeXlsx({ output, headers, cells, sheetName });
    await Promise.race([writing, outputFailed]);
    return { rowCount: counter.rowCount };
  } catch (error) {
    output.destroy();
    if (typeof destination === 'string') await rm(destination, { force: true });
    throw error;
  }
}

function assertUniqueHeaders(headers: string[]): void {
  const seen = new Set<string>();
  for (const header of headers) {
    // readTable keys values by header text, so a repeated header could not be read back.
    if (seen.has(header))
      throw new AppError('internal_error', `Export header "${header}" appears twice`, { header });
    seen.add(header);
  }
}

async function* checkedRows({
  rows,
  headers,
  counter,
}: {
  rows: AsyncIterable<readonly TableCell[]> | Iterable<readonly TableCell[]>;
  headers: string[];
  counter: { rowCount: number };
}): AsyncGenerator<readonly TableCell[]> {
  for await (const row of rows) {
    if (row.length > headers.length) {
      throw new AppError(
        'internal_error',
        `Export row ${counter.rowCount + 1} has ${row.length} cells for ${headers.length} columns`,
        { row: counter.rowCount + 1 },
      );
    }
    counter.rowCount += 1;
    yield row;
  }
}

function csvText(cell: TableCell): string {
  if (cell === null) return '';
  return typeof cell === 'number' ? formatNumber(cell) : neutralizeFormula(cell);
}

async function writeCsv({
  output,
  headers,
  cells,
}: {
  output: Writable;
  headers: string[];
  cells: AsyncIterable<readonly TableCell[]>;
}): Promise<void> {
  const records = async function* (): AsyncGenerator<string[]> {
    yield headers;
    for await (const row of cells) yield row.map(csvText);
  };
  const stringifier = stringify({
    bom: true,
    delimiter: ',',
    // RFC 4180 line ends; a line break inside a cell is still quoted.
    record_delimiter: 'windows',
    quote_record_delimiter: true,
  });
  await pipeline(Readable.from(records()), stringifier, output);
}

function xlsxValue(cell: TableCell): string | number | null {
  if (typeof cell === 'number' && !Number.isFinite(cell)) return String(cell);
  return cell;
}

async function writeXlsx({
  output,
  headers,
  cells,
  sheetName,
}: {
  output: Writable;
  headers: string[];
  cells: AsyncIterable<readonly TableCell[]>;
  sheetName: string | undefined;
}): Promise<void> {
  // Shared strings would keep every distinct text in memory until the end; inline strings stream.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: false,
  });
  const worksheet = workbook.addWorksheet(toValidSheetName(sheetName), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  worksheet.columns = headers.map((header) => ({ width: columnWidth(header) }));
  const headerRow = worksheet.addRow(headers);
  headerRow.font = { bold: true };
  headerRow.commit();
  let written = 0;
  for await (const row of cells) {
    worksheet.addRow(row.map(xlsxValue)).commit();
    written += 1;
    if (written % rowsBetweenPauses === 0) {
      await new Promise((resolve) => setImmediate(resolve));
      if (output.writableNeedDrain) await once(output, 'drain');
    }
  }
  worksheet.commit();
  await workbook.commit();
}

/** Wide enough for the header text (its longest line), within limits that keep the sheet usable. */
function columnWidth(header: string): number {
  const longestLine = Math.max(...header.split('\n').map((line) => line.length));
  return Math.min(60, Math.max(10, longestLine + 2));
}

function toValidSheetName(name: string | undefined): string {
  const cleaned = (name ?? '')
    .replace(/[[\]:*?/\\]/g, ' ')
    .replace(/^'+|'+$/g, '')
    .trim()
    .slice(0, 31)
    .trim();
  return cleaned === '' ? 'Sheet1' : cleaned;
}
