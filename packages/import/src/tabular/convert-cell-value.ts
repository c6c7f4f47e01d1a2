import type { CellValue } from 'exceljs';
import { formatNumber } from './format-number';

/**
 * Turns a worksheet cell into the text a user would type for it, independent of the display format:
 * numbers without grouping or locale decimal commas, dates as ISO yyyy-mm-dd, formulas as their
 * cached result, rich text and hyperlinks as their plain text, booleans as "true"/"false".
 */
export function convertCellValue({
  value,
  numberFormat,
}: {
  value: CellValue;
  /** The cell's number format; it tells a date from a plain number when a formula returns one. */
  numberFormat?: string | undefined;
}): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return '';
    return isDateNumberFormat(numberFormat) ? formatDate(excelSerialToDate(value)) : formatNumber(value);
  }
  if (value instanceof Date) return formatDate(value);
  if ('richText' in value) return value.richText.map((run) => (run.text as string | null) ?? '').join('');
  if ('hyperlink' in value) return convertCellValue({ value: value.text as CellValue, numberFormat });
  if ('formula' in value || 'sharedFormula' in value) {
    return convertCellValue({ value: value.result as CellValue, numberFormat });
  }
  if ('error' in value) return value.error;
  return '';
}

/**
 * The rule exceljs applies to plain cells: a date format has date or time letters outside its
 * literal parts (quoted text, [colour or locale], escaped characters, padding and repeat marks).
 */
function isDateNumberFormat(numberFormat: string | undefined): boolean {
  if (numberFormat === undefined) return false;
  const withoutLiterals = numberFormat
    .replace(/\[[^\]]*\]/g, '')
    .replace(/"[^"]*"/g, '')
    .replace(/[\\_*]./g, '');
  return /[ymdhsb]/i.test(withoutLiterals);
}

/** Serial day numbers count from 1899-12-30 in the 1900 date system Excel uses by default. */
function excelSerialToDate(serial: number): Date {
  return new Date(Math.round((serial - 25569) * 86_400_000));
}

/**
 * Worksheet dates carry no time zone: exceljs maps them to UTC midnight, so the UTC fields are the
 * calendar date the user sees. A time of day, when there is one, is kept after a "T".
 */
function formatDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const iso = date.toISOString();
  const timeOfDay = iso.slice(11, 19);
  return timeOfDay === '00:00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)}T${timeOfDay}`;
}
