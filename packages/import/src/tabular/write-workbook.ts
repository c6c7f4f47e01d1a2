import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';

export interface WorkbookSheet {
  name: string;
  /** Lines above the table: a title and what the sheet shows. */
  caption?: string[];
  headers: string[];
  rows: Array<Array<string | number | null>>;
  /** Column widths in characters; derived from the content when absent. */
  widths?: number[];
}

/**
 * A workbook for people rather than for re-import: several sheets, a caption, a bold frozen header, widths that fit
 * the content, numbers as numbers. Reports are thousands of rows, so the workbook is built in memory.
 */
export async function writeWorkbook(options: {
  destination: string | Writable;
  sheets: WorkbookSheet[];
}): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Coopex';
  for (const sheet of options.sheets) {
    // Excel allows 31 characters and no []:*?/\ in a sheet name.
    const worksheet = workbook.addWorksheet(sheet.name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31));
    for (const line of sheet.caption ?? [])
      worksheet.addRow([line]).font = { bold: worksheet.rowCount === 0 };
    if (sheet.caption?.length) {
      worksheet.getRow(1).font = { bold: true, size: 13 };
      worksheet.addRow([]);
    }
    const headerRow = worksheet.addRow(sheet.headers);
    headerRow.font = { bold: true };
    headerRow.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
    worksheet.views = [{ state: 'frozen', ySplit: headerRow.number }];
    for (const row of sheet.rows) worksheet.addRow(row.map((cell) => (cell === null ? '' : cell)));
    sheet.headers.forEach((header, index) => {
      const longest = Math.max(
        header.length,
        ...sheet.rows.slice(0, 500).map((row) => String(row[index] ?? '').length),
      );
      worksheet.getColumn(index + 1).width = sheet.widths?.[index] ?? Math.min(60, Math.max(8, longest + 2));
    });
  }
  if (typeof options.destination === 'string') await workbook.xlsx.writeFile(options.destination);
  else {
    await workbook.xlsx.write(options.destination);
    options.destination.end();
  }
}
