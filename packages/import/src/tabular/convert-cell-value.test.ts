import { describe, expect, it } from 'vitest';
import { convertCellValue } from './convert-cell-value';

describe('convertCellValue', () => {
  it('writes numbers without locale formatting or floating-point noise', () => {
    expect(convertCellValue({ value: 1234567.5, numberFormat: '# ##0,00' })).toBe('1234567.5');
    expect(convertCellValue({ value: 0.1 + 0.2 })).toBe('0.3');
    expect(convertCellValue({ value: Number.NaN })).toBe('');
  });

  it('writes dates as ISO dates and keeps a time of day only when there is one', () => {
    expect(convertCellValue({ value: new Date(Date.UTC(2025, 0, 31)) })).toBe('2025-01-31');
    expect(convertCellValue({ value: new Date(Date.UTC(2025, 0, 31, 14, 30)) })).toBe('2025-01-31T14:30:00');
  });

  it('reads a day number under a date format as a date, but not under a format with quoted letters', () => {
    expect(convertCellValue({ value: 45838, numberFormat: 'dd.mm.yyyy' })).toBe('2025-06-30');
    expect(convertCellValue({ value: 45838, numberFormat: '[$-419]D MMMM YYYY' })).toBe('2025-06-30');
    expect(convertCellValue({ value: 12, numberFormat: '0" days"' })).toBe('12');
    expect(convertCellValue({ value: 12, numberFormat: '#,##0.00[$ ₽-419]' })).toBe('12');
    expect(convertCellValue({ value: 12, numberFormat: 'General' })).toBe('12');
  });

  it('takes the cached result of a formula, never the formula text', () => {
    expect(convertCellValue({ value: { formula: 'A1*2', result: 4.5 } })).toBe('4.5');
    expect(convertCellValue({ value: { sharedFormula: 'A1', result: 'текст' } })).toBe('текст');
    expect(convertCellValue({ value: { formula: 'A1' } })).toBe('');
    expect(convertCellValue({ value: { formula: '1/0', result: { error: '#DIV/0!' } } })).toBe('#DIV/0!');
  });

  it('joins rich text and shows the text of a hyperlink, not its address', () => {
    expect(
      convertCellValue({ value: { richText: [{ text: 'Болт ' }, { text: 'М8', font: { bold: true } }] } }),
    ).toBe('Болт М8');
    expect(convertCellValue({ value: { text: 'сайт', hyperlink: 'https://example.org' } })).toBe('сайт');
  });

  it('writes booleans and errors as text and empty cells as empty text', () => {
    expect(convertCellValue({ value: true })).toBe('true');
    expect(convertCellValue({ value: false })).toBe('false');
    expect(convertCellValue({ value: { error: '#N/A' } })).toBe('#N/A');
    expect(convertCellValue({ value: null })).toBe('');
    expect(convertCellValue({ value: undefined })).toBe('');
  });
});
