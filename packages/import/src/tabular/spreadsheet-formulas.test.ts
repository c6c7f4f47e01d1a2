import { describe, expect, it } from 'vitest';
import { neutralizeFormula, restoreNeutralizedFormula } from './spreadsheet-formulas';

describe('formula neutralisation in CSV exports', () => {
  it('prefixes text a spreadsheet would run as a formula', () => {
    for (const text of ['=HYPERLINK("http://x","y")', '@SUM(A1)', '+cmd|calc', '-cmd|calc', '\tx']) {
      expect(neutralizeFormula(text)).toBe(`'${text}`);
    }
  });

  it('leaves numbers, ranges and ordinary text alone', () => {
    for (const text of ['-40…+85', '+5', '-0.5', 'Подшипник 6205', "'quoted"]) {
      expect(neutralizeFormula(text)).toBe(text);
    }
  });

  it('restores what it neutralised, so exports re-import unchanged', () => {
    for (const text of ['=1+1', '@x', '-cmd', 'plain', '-40…+85']) {
      expect(restoreNeutralizedFormula(neutralizeFormula(text))).toBe(text);
    }
  });
});
