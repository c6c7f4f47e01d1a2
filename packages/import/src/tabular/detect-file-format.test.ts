import { describe, expect, it } from 'vitest';
import { AppError } from '@coopex/domain';
import { detectFileFormat } from './detect-file-format';

const zipBytes = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);
const oleBytes = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00]);

describe('detectFileFormat', () => {
  it('recognises .xlsx by its ZIP signature even when the name says .csv', () => {
    expect(detectFileFormat({ prefix: zipBytes, fileName: 'export.csv' })).toBe('xlsx');
  });

  it('treats anything else as CSV, whatever the extension', () => {
    expect(detectFileFormat({ prefix: Buffer.from('a;b\n1;2\n'), fileName: 'list.txt' })).toBe('csv');
    expect(detectFileFormat({ prefix: Buffer.from('a;b\n') })).toBe('csv');
  });

  it('rejects old binary .xls files and does not try to parse them as CSV', () => {
    expect(() => detectFileFormat({ prefix: oleBytes, fileName: 'old.xls' })).toThrow(
      'Old .xls files are not supported: save as .xlsx or CSV',
    );
    try {
      detectFileFormat({ prefix: oleBytes });
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('unsupported_file_format');
    }
  });

  it('explains a password-protected .xlsx instead of calling it an old .xls', () => {
    expect(() => detectFileFormat({ prefix: oleBytes, fileName: 'secret.xlsx' })).toThrow(
      /password-protected/,
    );
  });

  it('rejects a text file named like a workbook rather than parsing a web page as CSV', () => {
    expect(() => detectFileFormat({ prefix: Buffer.from('<html><table>'), fileName: 'report.xls' })).toThrow(
      /named like an Excel workbook/,
    );
  });
});
