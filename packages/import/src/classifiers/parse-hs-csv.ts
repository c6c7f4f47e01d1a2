import { AppError } from '@coopex/domain';
import { assertReadableFile } from './assert-readable-file';
import type { ClassifierEntry, ClassifierLevel } from './classifier-entry';
import { normaliseName } from './normalise-name';
import { readCsvRecords } from './read-csv-records';

export interface ParseHsCsvOptions {
  /** `section,name` file with the English section names; without it sections are emitted with nameEn null */
  sectionsPath?: string;
}

export const hsColumns = ['section', 'hscode', 'description', 'parent', 'level'] as const;
const sectionColumns = ['section', 'name'] as const;
const levelByDigits: Record<string, ClassifierLevel> = { '2': 'chapter', '4': 'heading', '6': 'subheading' };
// Chapter 99 ("not specified according to kind") is filed under the pseudo-section TOTAL, and one level-5 row
// TOTAL is the root of the whole tree; neither is a real section.
const notASection = 'TOTAL';

/**
 * Reads the Harmonized System CSV (section,hscode,description,parent,level with level 2/4/6) and yields sections,
 * chapters, headings and subheadings with English names. Every section a chapter refers to is yielded before that
 * chapter: from the sections file when one is given, otherwise as a code without a name.
 * The file carries no dates, so validFrom and validTo are null.
 */
export async function* parseHsCsv(
  path: string,
  options: ParseHsCsvOptions = {},
): AsyncGenerator<ClassifierEntry> {
  await assertReadableFile(path);
  const emittedSections = new Set<string>();
  if (options.sectionsPath !== undefined) {
    for await (const section of readHsSections(options.sectionsPath)) {
      emittedSections.add(section.code);
      yield section;
    }
  }

  let headerSeen = false;
  for await (const { fields, line } of readCsvRecords(path)) {
    if (!headerSeen) {
      assertHeader(fields, hsColumns, path);
      headerSeen = true;
      continue;
    }
    const reject = (reason: string): never => {
      throw new AppError('import_rejected', `${path} line ${line}: ${reason}`, { path, line });
    };
    const [section = '', code = '', description = '', parent = '', levelDigits = ''] = fields.map((field) =>
      field.trim(),
    );
    if (code === notASection) continue;
    const level = levelByDigits[levelDigits] ?? reject(`level "${levelDigits}" is not 2, 4 or 6`);
    if (!new RegExp(`^\\d{${levelDigits}}$`).test(code))
      reject(`code "${code}" does not have ${levelDigits} digits`);

    let parentCode: string | null;
    if (level === 'chapter') {
      parentCode = section === notASection || section === '' ? null : section;
      if (parentCode !== null && !emittedSections.has(parentCode)) {
        if (!/^[IVX]+$/.test(parentCode)) reject(`section "${parentCode}" is not a Roman numeral`);
        emittedSections.add(parentCode);
        yield hsEntry(parentCode, null, 'section', null);
      }
    } else {
      if (!code.startsWith(parent) || parent.length !== code.length - 2) {
        reject(`parent "${parent}" of ${code} is not its code without the last two digits`);
      }
      parentCode = parent;
    }
    yield hsEntry(code, parentCode, level, normaliseName(description));
  }
  if (!headerSeen) throw new AppError('unsupported_file_format', `${path} is empty`, { path });
}

async function* readHsSections(path: string): AsyncGenerator<ClassifierEntry> {
  await assertReadableFile(path);
  let headerSeen = false;
  for await (const { fields, line } of readCsvRecords(path)) {
    if (!headerSeen) {
      assertHeader(fields, sectionColumns, path);
      headerSeen = true;
      continue;
    }
    const [code = '', name = ''] = fields.map((field) => field.trim());
    if (!/^[IVX]+$/.test(code)) {
      throw new AppError(
        'import_rejected',
        `${path} line ${line}: section "${code}" is not a Roman numeral`,
        {
          path,
          line,
        },
      );
    }
    yield hsEntry(code, null, 'section', normaliseName(name));
  }
}

function assertHeader(fields: readonly string[], expected: readonly string[], path: string): void {
  const found = fields.map((field) => field.trim().toLowerCase());
  if (found.join(',') !== expected.join(',')) {
    throw new AppError(
      'unsupported_file_format',
      `${path}: expected the columns ${expected.join(',')}, found ${found.join(',')}`,
      { path },
    );
  }
}

function hsEntry(
  code: string,
  parentCode: string | null,
  level: ClassifierLevel,
  nameEn: string | null,
): ClassifierEntry {
  return { system: 'hs', code, parentCode, level, nameRu: null, nameEn, validFrom: null, validTo: null };
}
