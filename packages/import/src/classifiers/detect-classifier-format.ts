import { open } from 'node:fs/promises';
import { AppError } from '@coopex/domain';
import { assertReadableFile } from './assert-readable-file';
import { hsColumns } from './parse-hs-csv';

export const classifierFormats = ['tnved-json', 'tnved-fts', 'okpd2-json', 'hs-csv'] as const;
export type ClassifierFormat = (typeof classifierFormats)[number];

// Enough to hold the first object of any supported file; the formats differ already in their first bytes.
const peekBytes = 4096;
const utf8Bom = Buffer.from([0xef, 0xbb, 0xbf]);
const ftsHeader = /^\d+\|\d{8}\|\d+\|?\r?$/;
const okpd2Start = /^\{\s*"(?:\d{2}|[A-Z])"\s*:\s*\{\s*"(?:\d{2}|[A-Z])[\d.]*"\s*:\s*"/;

/**
 * Tells which classifier format a file is in by looking at its first bytes, not at its name, so a renamed or
 * re-saved file is still recognised. Throws unsupported_file_format with the reason otherwise.
 */
export async function detectClassifierFormat(path: string): Promise<ClassifierFormat> {
  await assertReadableFile(path);
  const text = await readStart(path);
  const unsupported = (reason: string): never => {
    throw new AppError('unsupported_file_format', `${path}: ${reason}`, { path });
  };
  if (text.trim() === '') return unsupported('the file is empty');

  const firstLine = text.split('\n', 1)[0] ?? '';
  if (ftsHeader.test(firstLine)) return 'tnved-fts';

  const start = text.trimStart();
  if (start.startsWith('[')) {
    if (/^\[\s*\{/.test(start) && /"chapter"\s*:/.test(start) && /"naim"\s*:/.test(start))
      return 'tnved-json';
    return unsupported('a JSON array, but not TN VED sections (objects with chapter, naim and groups)');
  }
  if (start.startsWith('{')) {
    if (okpd2Start.test(start)) return 'okpd2-json';
    return unsupported('a JSON object, but not an OKPD2 tree ({ "01": { "01.11": "name", … } })');
  }

  const header = firstLine.trim().toLowerCase().replace(/"/g, '');
  if (header === hsColumns.join(',')) return 'hs-csv';
  if (header === 'section,name') {
    return unsupported('this is an HS sections list; pass it as sectionsPath together with the HS CSV');
  }
  return unsupported(
    'not a recognised classifier file. Supported: TN VED JSON, customs TN VED tables TNVED1-3.TXT, ' +
      'OKPD2 JSON tree, HS CSV (section,hscode,description,parent,level)',
  );
}

async function readStart(path: string): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(peekBytes);
    const { bytesRead } = await handle.read(buffer, 0, peekBytes, 0);
    const start = buffer.subarray(0, bytesRead);
    const withoutBom = start.subarray(start.subarray(0, 3).equals(utf8Bom) ? 3 : 0);
    // latin1 never fails on a cut multi-byte character or on cp866; the markers looked for are plain ASCII.
    return withoutBom.toString('latin1');
  } finally {
    await handle.close();
  }
}
