import { readFile } from 'node:fs/promises';
import { AppError } from '@coopex/domain';
import { z } from 'zod';
import { assertReadableFile } from './assert-readable-file';
import type { ClassifierEntry, ClassifierLevel } from './classifier-entry';
import { normaliseName } from './normalise-name';

const documentSchema = z.record(z.string(), z.record(z.string(), z.string()));

const levelByShape: readonly (readonly [RegExp, ClassifierLevel])[] = [
  [/^[A-Z]$/, 'section'],
  [/^\d{2}$/, 'class'],
  [/^\d{2}\.\d$/, 'subclass'],
  [/^\d{2}\.\d{2}$/, 'group'],
  [/^\d{2}\.\d{2}\.\d$/, 'subgroup'],
  [/^\d{2}\.\d{2}\.\d{2}$/, 'kind'],
  [/^\d{2}\.\d{2}\.\d{2}\.\d{2}0$/, 'category'],
  [/^\d{2}\.\d{2}\.\d{2}\.\d{3}$/, 'subcategory'],
];

/**
 * Reads the OKPD2 tree `{ "26": { "26": name, "26.1": name, …, "26.11.30.000": name }, … }` and yields every code,
 * sorted so that each parent comes before its children (dotted codes sort after their prefixes).
 *
 * Parent: a subcategory (26.11.30.111) belongs to its category (26.11.30.110) when the file has it; otherwise,
 * and for every other code, the parent is the longest shorter prefix that exists (26.11.30.000 → 26.11.30 →
 * 26.11.3 → 26.11 → 26.1 → 26). A class's parent is the top-level key when that key is a section letter, else null.
 * The file carries no dates, so validFrom and validTo are null.
 */
export async function* parseOkpd2Json(path: string): AsyncGenerator<ClassifierEntry> {
  await assertReadableFile(path);
  let document: unknown;
  try {
    document = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new AppError('unsupported_file_format', `${path} is not valid JSON: ${(error as Error).message}`, {
      path,
    });
  }
  const parsed = documentSchema.safeParse(document);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError(
      'unsupported_file_format',
      `${path} is not an OKPD2 tree ({ class: { code: name } }): ` +
        `${issue?.message ?? 'unexpected structure'} at ${issue?.path.join('.') ?? 'the top level'}`,
      { path, issues: parsed.error.issues.slice(0, 5) },
    );
  }

  const names = new Map<string, string>();
  const topKeyOf = new Map<string, string>();
  for (const [topKey, codes] of Object.entries(parsed.data)) {
    for (const [code, name] of Object.entries(codes)) {
      if (levelOf(code) === undefined) {
        throw new AppError('import_rejected', `${path}: "${code}" under "${topKey}" is not an OKPD2 code`, {
          path,
          code,
        });
      }
      if (names.has(code) && names.get(code) !== name) {
        throw new AppError('import_rejected', `${path}: code ${code} appears twice with different names`, {
          path,
          code,
        });
      }
      names.set(code, name);
      topKeyOf.set(code, topKey);
    }
  }

  // Plain string order, not Object.entries order: JavaScript lists integer-like keys ("10".."99") before "01".."09".
  for (const code of [...names.keys()].sort()) {
    const level = levelOf(code) ?? 'subcategory';
    yield {
      system: 'okpd2',
      code,
      parentCode: findParent(code, level, names, topKeyOf.get(code)),
      level,
      nameRu: normaliseName(names.get(code)),
      nameEn: null,
      validFrom: null,
      validTo: null,
    };
  }
}

function levelOf(code: string): ClassifierLevel | undefined {
  return levelByShape.find(([shape]) => shape.test(code))?.[1];
}

function findParent(
  code: string,
  level: ClassifierLevel,
  names: ReadonlyMap<string, string>,
  topKey: string | undefined,
): string | null {
  if (level === 'section') return null;
  if (level === 'class') return topKey !== undefined && /^[A-Z]$/.test(topKey) ? topKey : null;
  if (level === 'subcategory') {
    const category = `${code.slice(0, -1)}0`;
    if (names.has(category)) return category;
  }
  for (let length = code.length - 1; length >= 2; length -= 1) {
    const prefix = code.slice(0, length);
    if (!prefix.endsWith('.') && names.has(prefix)) return prefix;
  }
  return null;
}
