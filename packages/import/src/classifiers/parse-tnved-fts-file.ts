import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream';
import { AppError } from '@coopex/domain';
import iconv from 'iconv-lite';
import { assertReadableFile } from './assert-readable-file';
import type { ClassifierEntry } from './classifier-entry';
import { normaliseName } from './normalise-name';
import { toIsoDate } from './to-iso-date';
import { toSectionCode } from './to-section-code';

export type TnvedFtsTable = 'sections' | 'chapters' | 'headings';

/** `NNN|YYYYMMDD|0000|`: record count or edition, issue date, a reserved field. */
const headerLine = /^\d+\|\d{8}\|\d+\|?$/;
const tableByFileNumber: Record<string, TnvedFtsTable> = {
  '1': 'sections',
  '2': 'chapters',
  '3': 'headings',
};

/**
 * Reads one of the customs reference tables TNVED1.TXT (sections), TNVED2.TXT (chapters) or TNVED3.TXT
 * (headings): cp866 text, `|`-separated, a header line, then one row per version of a code:
 * - TNVED1: section|name|notes|validFrom|validTo|
 * - TNVED2: section|chapter|name|notes|validFrom|validTo|
 * - TNVED3: chapter|heading|name|validFrom|validTo|   (heading code = chapter + the two digits)
 * Dates are dd.mm.yyyy; an empty validTo means the version is in force. Every version is yielded, so a code
 * appears once per validity period. Section numbers become Roman numerals ('01' → 'I'), as in parseTnvedJson.
 * The table is recognised from the columns of the first row (TNVED1 and TNVED3 both have five; the second column
 * is a name in one and two digits in the other); a file name TNVED1..3 that contradicts the content is rejected.
 */
export async function* parseTnvedFtsFile(path: string): AsyncGenerator<ClassifierEntry> {
  await assertReadableFile(path);
  // pipeline() forwards a read error to the decoder, and readline passes it on to the loop below.
  const source = createReadStream(path);
  const decoded = pipeline(source, iconv.decodeStream('cp866'), () => undefined);
  const lines = createInterface({ input: decoded, crlfDelay: Infinity });
  let table: TnvedFtsTable | undefined;
  let lineNumber = 0;
  try {
    for await (const line of lines) {
      lineNumber += 1;
      if (lineNumber === 1) {
        if (!headerLine.test(line.trim())) {
          throw new AppError(
            'unsupported_file_format',
            `${path} is not a customs TN VED reference table: the first line should look like "015|20220113|0000|"`,
            { path },
          );
        }
        continue;
      }
      if (line.trim() === '') continue;
      const fields = line.split('|');
      // Every row ends with '|', which leaves one empty field after the split.
      if (fields[fields.length - 1] === '') fields.pop();
      table ??= recogniseTable(fields, path);
      yield toEntry(table, fields, path, lineNumber);
    }
    if (lineNumber === 0) throw new AppError('unsupported_file_format', `${path} is empty`, { path });
  } finally {
    // Stopping early (a consumer's break, a rejected row) must not leave the file open.
    lines.close();
    source.destroy();
  }
}

function recogniseTable(fields: readonly string[], path: string): TnvedFtsTable {
  let fromContent: TnvedFtsTable | undefined;
  if (fields.length === 6) fromContent = 'chapters';
  else if (fields.length === 5)
    fromContent = /^\d{2}$/.test(fields[1]?.trim() ?? '') ? 'headings' : 'sections';
  if (fromContent === undefined) {
    throw new AppError(
      'unsupported_file_format',
      `${path}: the first row has ${fields.length} columns; TN VED tables have 5 (TNVED1, TNVED3) or 6 (TNVED2)`,
      { path },
    );
  }
  const fileNumber = /TNVED([123])\b/i.exec(basename(path))?.[1];
  const fromName = fileNumber === undefined ? undefined : tableByFileNumber[fileNumber];
  if (fromName !== undefined && fromName !== fromContent) {
    throw new AppError(
      'unsupported_file_format',
      `${path} is named like the ${fromName} table but its rows look like the ${fromContent} table`,
      { path },
    );
  }
  return fromContent;
}

const expectedColumns: Record<TnvedFtsTable, number> = { sections: 5, chapters: 6, headings: 5 };

function toEntry(
  table: TnvedFtsTable,
  fields: readonly string[],
  path: string,
  line: number,
): ClassifierEntry {
  const reject = (reason: string): never => {
    throw new AppError('import_rejected', `${path} line ${line}: ${reason}`, { path, line });
  };
  if (fields.length !== expectedColumns[table]) {
    reject(`expected ${expectedColumns[table]} columns for the ${table} table, found ${fields.length}`);
  }
  const field = (index: number): string => fields[index]?.trim() ?? '';
  const dateAt = (index: number): string | null => {
    const date = toIsoDate(field(index));
    return date === undefined ? reject(`"${field(index)}" is not a dd.mm.yyyy date`) : date;
  };
  const sectionAt = (index: number): string =>
    toSectionCode(field(index)) ?? reject(`"${field(index)}" is not a section number`);
  const twoDigitsAt = (index: number, what: string): string =>
    /^\d{2}$/.test(field(index)) ? field(index) : reject(`${what} "${field(index)}" is not two digits`);

  const common = { system: 'tnved' as const, nameEn: null };
  const validity = (fromIndex: number) => {
    const validFrom = dateAt(fromIndex) ?? reject('the validity start date is empty');
    return { validFrom, validTo: dateAt(fromIndex + 1) };
  };
  switch (table) {
    case 'sections':
      return {
        ...common,
        code: sectionAt(0),
        parentCode: null,
        level: 'section',
        nameRu: normaliseName(field(1)),
        ...validity(3),
      };
    case 'chapters':
      return {
        ...common,
        code: twoDigitsAt(1, 'chapter'),
        parentCode: sectionAt(0),
        level: 'chapter',
        nameRu: normaliseName(field(2)),
        ...validity(4),
      };
    case 'headings': {
      const chapter = twoDigitsAt(0, 'chapter');
      return {
        ...common,
        code: chapter + twoDigitsAt(1, 'heading'),
        parentCode: chapter,
        level: 'heading',
        nameRu: normaliseName(field(2)),
        ...validity(3),
      };
    }
  }
}
