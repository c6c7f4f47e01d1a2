import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { AppError, isAppError } from '@coopex/domain';
import { convertCellValue } from './convert-cell-value';
import type { SheetRow } from './sheet-row';

/** What exceljs knows about the workbook once xl/workbook.xml is read; not in its type definitions. */
interface WorkbookReaderState {
  model?: { sheets?: Array<{ name?: string; state?: string }> };
}

/**
 * Streams the rows of the first visible worksheet with exceljs' streaming reader, which holds one
 * row at a time plus the shared strings table (needed to resolve text cells), never the whole sheet.
 */
export async function* readXlsxRows({ stream }: { stream: Readable }): AsyncGenerator<SheetRow> {
  const workbookReader = new ExcelJS.stream.xlsx.WorkbookReader(stream, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    // Styles carry the number formats that tell dates from numbers.
    styles: 'cache',
    // With 'ignore' a hyperlink cell keeps its displayed text as its value, which is what we want.
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let foundWorksheet = false;
  try {
    for await (const worksheetReader of workbookReader) {
      if (!isFirstVisibleWorksheet(workbookReader, worksheetReader)) continue;
      foundWorksheet = true;
      for await (const row of worksheetReader) {
        yield { rowNumber: row.number, cells: readCells(row) };
      }
      // Only the first worksheet is imported; the caller closes the input, so the rest is never unzipped.
      return;
    }
  } catch (error) {
    if (isAppError(error)) throw error;
    throw new AppError(
      'unsupported_file_format',
      'The file could not be read as an .xlsx workbook: it may be damaged. Open it in Excel and save it again',
      { reason: error instanceof Error ? error.message : String(error) },
    );
  }
  if (!foundWorksheet) {
    throw new AppError(
      'unsupported_file_format',
      'The workbook has no worksheet that can be read (.xlsb and .ods are not supported): save as .xlsx or CSV',
    );
  }
}

function readCells(row: ExcelJS.Row): string[] {
  const cells: string[] = [];
  row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
    cells[columnNumber - 1] = convertCellValue({ value: cell.value, numberFormat: cell.numFmt });
  });
  // eachCell skips empty cells, leaving holes in the array.
  return Array.from(cells, (text) => text ?? '');
}

/**
 * Worksheets arrive in the order their files sit in the ZIP, which need not be the order of the tabs,
 * so the tab order from the workbook decides. Hidden sheets (lookup lists, macros) are passed over.
 * When exceljs has not read the workbook part yet, the first sheet to arrive is taken.
 */
function isFirstVisibleWorksheet(workbookReader: unknown, worksheetReader: unknown): boolean {
  const sheets = (workbookReader as WorkbookReaderState).model?.sheets ?? [];
  const name = (worksheetReader as { name?: string }).name;
  const isKnownSheet = sheets.some((sheet) => sheet.name === name);
  if (!isKnownSheet) return true;
  const firstVisible =
    sheets.find((sheet) => sheet.state !== 'hidden' && sheet.state !== 'veryHidden') ?? sheets[0];
  return firstVisible?.name === name;
}
