import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClassifierEntry } from './classifier-entry';
import { parseHsCsv } from './parse-hs-csv';
import {
  collectEntries,
  countBy,
  createTemporaryFolder,
  findEntriesBeforeTheirParent,
  nameRealDataSuite,
  sharedClassifierFilesExist,
  sharedClassifierFolder,
  type TemporaryFolder,
} from './test-support';

const hsPath = join(sharedClassifierFolder, 'hs-2022.csv');
const sectionsPath = join(sharedClassifierFolder, 'hs-2022-sections.csv');
const header = 'section,hscode,description,parent,level';

describe.skipIf(!sharedClassifierFilesExist)(nameRealDataSuite('parseHsCsv on hs-2022.csv'), () => {
  let entries: ClassifierEntry[] = [];
  const byCode = new Map<string, ClassifierEntry>();

  beforeAll(async () => {
    entries = await collectEntries(parseHsCsv(hsPath, { sectionsPath }));
    for (const entry of entries) byCode.set(entry.code, entry);
  });

  it('yields 21 sections, 97 chapters, 1,229 headings and 5,613 subheadings', () => {
    expect(countBy(entries, (entry) => entry.level)).toEqual({
      section: 21,
      chapter: 97,
      heading: 1229,
      subheading: 5613,
    });
  });

  it('reads the BOM-prefixed sections file and trims names', () => {
    expect(entries[0]).toMatchObject({
      code: 'I',
      level: 'section',
      nameEn: 'live animals; animal products',
    });
    expect(byCode.get('VII')?.nameEn).toBe('Plastics and articles thereof; rubber and articles thereof');
    expect(entries.some((entry) => entry.code.startsWith('\uFEFF'))).toBe(false);
  });

  it('links chapters to sections and codes to their parents', () => {
    expect(byCode.get('01')).toMatchObject({ level: 'chapter', parentCode: 'I', nameEn: 'Animals; live' });
    expect(byCode.get('0101')).toMatchObject({ level: 'heading', parentCode: '01' });
    expect(byCode.get('854231')).toMatchObject({ level: 'subheading', parentCode: '8542', nameRu: null });
  });

  it('does not yield the TOTAL root row nor invent a section for chapter 99', () => {
    expect(byCode.has('TOTAL')).toBe(false);
    expect(byCode.get('99')).toMatchObject({ level: 'chapter', parentCode: null });
    expect(byCode.get('999999')?.parentCode).toBe('9999');
  });

  it('yields every parent before its children', () => {
    expect(findEntriesBeforeTheirParent(entries)).toEqual([]);
  });

  it('without a sections file still yields each section before its first chapter, unnamed', async () => {
    const withoutNames = await collectEntries(parseHsCsv(hsPath));
    const sections = withoutNames.filter((entry) => entry.level === 'section');
    expect(sections).toHaveLength(21);
    expect(sections.every((entry) => entry.nameEn === null)).toBe(true);
    expect(withoutNames.slice(0, 2).map((entry) => entry.code)).toEqual(['I', '01']);
  });
});

describe('parseHsCsv on small files', () => {
  let folder: TemporaryFolder;
  beforeAll(async () => {
    folder = await createTemporaryFolder();
  });
  afterAll(() => folder.remove());

  it('reads quoted descriptions with commas', async () => {
    const path = await folder.write(
      'hs.csv',
      `${header}\nI,01,Animals; live,TOTAL,2\nI,0101,"Horses, asses, mules and hinnies; live",01,4\n`,
    );
    expect(await collectEntries(parseHsCsv(path))).toMatchObject([
      { code: 'I', level: 'section' },
      { code: '01', parentCode: 'I' },
      { code: '0101', parentCode: '01', nameEn: 'Horses, asses, mules and hinnies; live' },
    ]);
  });

  it('rejects a row with an extra field, naming the line', async () => {
    const path = await folder.write(
      'extra.csv',
      `${header}\nI,01,Animals; live,TOTAL,2\nI,0101,Horses,01,4,x\n`,
    );
    await expect(collectEntries(parseHsCsv(path))).rejects.toMatchObject({
      code: 'import_rejected',
      message: expect.stringContaining('line 3'),
    });
  });

  it('rejects a code whose length does not match its level', async () => {
    const path = await folder.write(
      'short.csv',
      `${header}\nI,01,Animals; live,TOTAL,2\nI,010,Horses,01,4\n`,
    );
    await expect(collectEntries(parseHsCsv(path))).rejects.toMatchObject({ code: 'import_rejected' });
  });

  it('rejects a CSV with other columns as an unsupported format', async () => {
    const path = await folder.write('other.csv', 'code,name\n01,Animals\n');
    await expect(collectEntries(parseHsCsv(path))).rejects.toMatchObject({ code: 'unsupported_file_format' });
  });
});
