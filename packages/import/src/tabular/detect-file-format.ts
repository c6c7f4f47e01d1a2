import { AppError } from '@coopex/domain';

export type TableFormat = 'csv' | 'xlsx';

const zipSignature = [0x50, 0x4b, 0x03, 0x04];
/** Compound File Binary (OLE2): old .xls, and also password-protected .xlsx, which Excel wraps in it. */
const oleSignature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const excelExtensions = /\.(xlsx|xlsm|xls|xlsb)$/i;

/**
 * Decides the format from the content, never from the name alone: users rename files, and some
 * accounting systems save web pages with an .xls name. The name only sharpens the error messages.
 */
export function detectFileFormat({
  prefix,
  fileName,
}: {
  prefix: Uint8Array;
  fileName?: string | undefined;
}): TableFormat {
  if (startsWith(prefix, zipSignature)) return 'xlsx';
  if (startsWith(prefix, oleSignature)) {
    if (fileName !== undefined && /\.xlsx$/i.test(fileName)) {
      throw new AppError(
        'unsupported_file_format',
        'The workbook is password-protected: remove the password in Excel and upload it again',
        { fileName },
      );
    }
    throw new AppError('unsupported_file_format', 'Old .xls files are not supported: save as .xlsx or CSV', {
      fileName: fileName ?? null,
    });
  }
  if (fileName !== undefined && excelExtensions.test(fileName)) {
    throw new AppError(
      'unsupported_file_format',
      'The file is named like an Excel workbook but is not one (it may be a web page saved with an Excel name): open it in Excel and save as .xlsx or CSV',
      { fileName },
    );
  }
  return 'csv';
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}
