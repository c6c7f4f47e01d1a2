import { readFile } from 'node:fs/promises';
import { AppError } from '@coopex/domain';
import { z } from 'zod';
import { assertReadableFile } from './assert-readable-file';
import type { ClassifierEntry } from './classifier-entry';
import { describeTnvedLines } from './describe-tnved-lines';
import { normaliseName } from './normalise-name';
import { toIsoDate } from './to-iso-date';
import { toSectionCode } from './to-section-code';

const itemSchema = z.object({ code: z.string(), naim: z.string(), date: z.string().nullish() });
const headingSchema = z.object({
  code: z.string(),
  naim: z.string(),
  date: z.string().nullish(),
  subs: z.array(itemSchema).nullish(),
});
const chapterSchema = z.object({
  code: z.string(),
  naim: z.string(),
  date: z.string().nullish(),
  goods: z.array(headingSchema).nullish(),
});
// In this file `chapter` is the section number ('01'..'22'); the FIFA 2018 section 22 has `groups: null`.
const sectionSchema = z.object({
  chapter: z.string(),
  naim: z.string().nullish(),
  date: z.string().nullish(),
  groups: z.array(chapterSchema).nullish(),
});
const documentSchema = z.array(sectionSchema);

type Heading = z.infer<typeof headingSchema>;

/**
 * Reads the TN VED EAEU JSON (sections → groups → goods → subs) and yields sections, chapters, headings, the
 * six-digit subheadings implied by the item codes, and ten-digit items, each parent before its children.
 * Section numbers become Roman numerals ('01' → 'I') to match the customs tables and HS.
 */
export async function* parseTnvedJson(path: string): AsyncGenerator<ClassifierEntry> {
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
      `${path} is not a TN VED JSON file (an array of sections with chapter, naim, groups): ` +
        `${issue?.message ?? 'unexpected structure'} at ${issue?.path.join('.') ?? 'the top level'}`,
      { path, issues: parsed.error.issues.slice(0, 5) },
    );
  }

  for (const [sectionIndex, section] of parsed.data.entries()) {
    const sectionCode = toSectionCode(section.chapter);
    if (sectionCode === undefined) reject(path, `[${sectionIndex}]`, `section number "${section.chapter}"`);
    yield tnvedEntry(
      { code: sectionCode, parentCode: null, level: 'section', name: section.naim, date: section.date },
      path,
      `[${sectionIndex}]`,
    );

    for (const [chapterIndex, chapter] of (section.groups ?? []).entries()) {
      const chapterWhere = `[${sectionIndex}].groups[${chapterIndex}]`;
      if (!/^\d{2}$/.test(chapter.code)) reject(path, chapterWhere, `chapter code "${chapter.code}"`);
      yield tnvedEntry(
        {
          code: chapter.code,
          parentCode: sectionCode,
          level: 'chapter',
          name: chapter.naim,
          date: chapter.date,
        },
        path,
        chapterWhere,
      );

      for (const [headingIndex, heading] of (chapter.goods ?? []).entries()) {
        const headingWhere = `${chapterWhere}.goods[${headingIndex}]`;
        if (!/^\d{4}$/.test(heading.code) || !heading.code.startsWith(chapter.code)) {
          reject(path, headingWhere, `heading code "${heading.code}" in chapter ${chapter.code}`);
        }
        yield* headingEntries(heading, chapter.code, path, headingWhere);
      }
    }
  }
}

function* headingEntries(
  heading: Heading,
  chapterCode: string,
  path: string,
  where: string,
): Generator<ClassifierEntry> {
  const headingName = normaliseName(heading.naim);
  yield tnvedEntry(
    { code: heading.code, parentCode: chapterCode, level: 'heading', name: headingName, date: heading.date },
    path,
    where,
  );

  const items = heading.subs ?? [];
  for (const [index, item] of items.entries()) {
    if (!/^\d{10}$/.test(item.code) || !item.code.startsWith(heading.code)) {
      reject(path, `${where}.subs[${index}]`, `item code "${item.code}" in heading ${heading.code}`);
    }
  }
  const described = describeTnvedLines(
    headingName,
    items.map((item) => ({ code: item.code, name: item.naim })),
  );

  const itemsBySubheading = new Map<string, number[]>();
  for (const [index, item] of items.entries()) {
    const subheading = item.code.slice(0, 6);
    const indexes = itemsBySubheading.get(subheading);
    if (indexes) indexes.push(index);
    else itemsBySubheading.set(subheading, [index]);
  }

  for (const [subheading, indexes] of itemsBySubheading) {
    const onlyItem = indexes.length === 1 ? items[indexes[0] ?? 0] : undefined;
    // Only an undivided subheading (its one item ends in 0000) has its own line in the file. For a divided one
    // the subheading line («- - прочие:») is missing and any item's name would name a child, not the subheading.
    const ownLine = onlyItem?.code.endsWith('0000') ? described[indexes[0] ?? 0] : undefined;
    const earliestItemDate = indexes
      .map((index) => toIsoDate(items[index]?.date))
      .filter((date): date is string => typeof date === 'string')
      .sort()[0];
    yield {
      system: 'tnved',
      code: subheading,
      parentCode: heading.code,
      level: 'subheading',
      nameRu: ownLine?.name ?? null,
      nameEn: null,
      fullNameRu: ownLine?.fullName ?? null,
      validFrom: earliestItemDate ?? null,
      validTo: null,
    };
    for (const index of indexes) {
      const item = items[index];
      const description = described[index];
      if (item === undefined || description === undefined) continue;
      const record = { code: item.code, parentCode: subheading, level: 'item' as const, date: item.date };
      yield {
        ...tnvedEntry({ ...record, name: description.name }, path, `${where}.subs[${index}]`),
        fullNameRu: description.fullName,
      };
    }
  }
}

interface TnvedRecord {
  code: string;
  parentCode: string | null;
  level: ClassifierEntry['level'];
  name: string | null | undefined;
  date: string | null | undefined;
}

function tnvedEntry(record: TnvedRecord, path: string, where: string): ClassifierEntry {
  const validFrom = toIsoDate(record.date);
  if (validFrom === undefined) reject(path, where, `date "${record.date ?? ''}"`);
  const { code, parentCode, level } = record;
  return {
    system: 'tnved',
    code,
    parentCode,
    level,
    nameRu: normaliseName(record.name),
    nameEn: null,
    validFrom,
    validTo: null,
  };
}

function reject(path: string, where: string, what: string): never {
  throw new AppError('import_rejected', `${path} at ${where}: invalid ${what}`, { path, where });
}
