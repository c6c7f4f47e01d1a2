import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClassifierEntry } from './classifier-entry';
import { parseTnvedJson } from './parse-tnved-json';
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

describe.skipIf(!sharedClassifierFilesExist)(nameRealDataSuite('parseTnvedJson on tnved-2022.json'), () => {
  let entries: ClassifierEntry[] = [];
  const byCode = new Map<string, ClassifierEntry>();

  beforeAll(async () => {
    entries = await collectEntries(parseTnvedJson(join(sharedClassifierFolder, 'tnved-2022.json')));
    for (const entry of entries) byCode.set(entry.code, entry);
  });

  it('yields 22 sections, 96 chapters, 957 headings, 5,341 subheadings and 12,715 items', () => {
    expect(countBy(entries, (entry) => entry.level)).toEqual({
      section: 22,
      chapter: 96,
      heading: 957,
      subheading: 5341,
      item: 12715,
    });
    expect(byCode.size).toBe(entries.length);
  });

  it('codes sections with Roman numerals and links chapters to them', () => {
    expect(byCode.get('I')).toMatchObject({
      level: 'section',
      parentCode: null,
      nameRu: 'ЖИВЫЕ ЖИВОТНЫЕ; ПРОДУКТЫ ЖИВОТНОГО ПРОИСХОЖДЕНИЯ',
      validFrom: '2022-01-01',
    });
    expect(byCode.get('XXII')).toMatchObject({ level: 'section', nameRu: 'FIFA2018' });
    expect(byCode.get('01')).toMatchObject({ level: 'chapter', parentCode: 'I', nameRu: 'ЖИВЫЕ ЖИВОТНЫЕ' });
    expect(byCode.get('85')).toMatchObject({ level: 'chapter', parentCode: 'XVI' });
    expect(byCode.has('01')).toBe(true);
    expect(entries.some((entry) => entry.level === 'section' && /^\d+$/.test(entry.code))).toBe(false);
  });

  it('yields every parent before its children and never points to a missing parent', () => {
    expect(findEntriesBeforeTheirParent(entries)).toEqual([]);
  });

  it('puts items under their six-digit subheading, and subheadings under the heading', () => {
    expect(byCode.get('0101')).toMatchObject({ level: 'heading', parentCode: '01' });
    expect(byCode.get('010121')).toMatchObject({ level: 'subheading', parentCode: '0101' });
    expect(byCode.get('0101210000')).toMatchObject({ level: 'item', parentCode: '010121' });
    expect(byCode.get('8542319010')).toMatchObject({ level: 'item', parentCode: '854231' });
  });

  it('builds readable full names for items from the heading and the dash fragment', () => {
    expect(byCode.get('0101210000')).toMatchObject({
      nameRu: 'чистопородные племенные животные',
      fullNameRu: 'ЛОШАДИ, ОСЛЫ, МУЛЫ И ЛОШАКИ ЖИВЫЕ; чистопородные племенные животные',
    });
    expect(byCode.get('8542319010')).toMatchObject({
      nameRu: 'схемы интегральные монолитные',
      fullNameRu: 'СХЕМЫ ЭЛЕКТРОННЫЕ ИНТЕГРАЛЬНЫЕ; схемы интегральные монолитные',
    });
    expect(byCode.get('0101300000')?.fullNameRu).toBe('ЛОШАДИ, ОСЛЫ, МУЛЫ И ЛОШАКИ ЖИВЫЕ; ослы');
  });

  it('does not borrow a preceding sibling item as parent of a deeper item', () => {
    // 0101291000 «- - - убойные» sits under the missing «- - прочие:», not under the pure-bred item before it.
    expect(byCode.get('0101291000')?.fullNameRu).toBe('ЛОШАДИ, ОСЛЫ, МУЛЫ И ЛОШАКИ ЖИВЫЕ; убойные');
    expect(byCode.get('8542319010')?.fullNameRu).not.toContain('примечании 12');
  });

  it('has no 8542319000: the 2022 edition splits it into 8542319010 and 8542319090', () => {
    expect(byCode.has('8542319000')).toBe(false);
    expect(byCode.get('8542319090')?.nameRu).toBe('прочие');
  });

  it('names a subheading only when its single item is the subheading itself', () => {
    expect(byCode.get('010121')).toMatchObject({
      nameRu: 'чистопородные племенные животные',
      fullNameRu: 'ЛОШАДИ, ОСЛЫ, МУЛЫ И ЛОШАКИ ЖИВЫЕ; чистопородные племенные животные',
    });
    // Its items «убойные» and «прочие» are children; neither names 010129 itself.
    expect(byCode.get('010129')).toMatchObject({ nameRu: null, fullNameRu: null });
  });

  it('keeps no dashes or non-breaking spaces in names', () => {
    const items = entries.filter((entry) => entry.level === 'item');
    expect(items.filter((entry) => /^-|\u00a0/.test(entry.nameRu ?? '')).map((entry) => entry.code)).toEqual(
      [],
    );
    expect(
      items.every((entry) => entry.fullNameRu?.startsWith(byCode.get(entry.code.slice(0, 4))?.nameRu ?? '?')),
    ).toBe(true);
  });

  it('takes validFrom from the date of each record', () => {
    expect(byCode.get('1207999601')?.validFrom).toBe('2022-06-24');
    expect(byCode.get('4401110001')?.validFrom).toBe('2022-06-16');
    expect(
      entries.every((entry) => entry.validTo === null && /^\d{4}-\d{2}-\d{2}$/.test(entry.validFrom ?? '')),
    ).toBe(true);
  });
});

describe('parseTnvedJson on small files', () => {
  let folder: TemporaryFolder;
  beforeAll(async () => {
    folder = await createTemporaryFolder();
  });
  afterAll(() => folder.remove());

  const section = (subs: unknown[]) => [
    {
      chapter: '16',
      naim: 'МАШИНЫ',
      date: '2022-01-01T00:00:00Z',
      groups: [
        {
          code: '84',
          naim: 'РЕАКТОРЫ ЯДЕРНЫЕ',
          date: '2022-01-01T00:00:00Z',
          goods: [{ code: '8401', naim: 'РЕАКТОРЫ', date: '2022-01-01T00:00:00Z', subs }],
        },
      ],
    },
  ];

  it('reads a minimal file into section XVI, chapter, heading, subheading and item', async () => {
    const path = await folder.write(
      'minimal.json',
      JSON.stringify(
        section([{ code: '8401100000', naim: '- реакторы ядерные', date: '2022-01-01T00:00:00Z' }]),
      ),
    );
    const entries = await collectEntries(parseTnvedJson(path));
    expect(entries.map((entry) => [entry.level, entry.code, entry.parentCode])).toEqual([
      ['section', 'XVI', null],
      ['chapter', '84', 'XVI'],
      ['heading', '8401', '84'],
      ['subheading', '840110', '8401'],
      ['item', '8401100000', '840110'],
    ]);
  });

  it('rejects an item whose code does not belong to its heading, naming where it is', async () => {
    const path = await folder.write(
      'foreign-item.json',
      JSON.stringify(section([{ code: '8402100000', naim: '- котлы', date: '2022-01-01T00:00:00Z' }])),
    );
    await expect(collectEntries(parseTnvedJson(path))).rejects.toMatchObject({
      code: 'import_rejected',
      message: expect.stringContaining('subs[0]'),
    });
  });

  it('rejects an impossible date instead of storing it', async () => {
    const path = await folder.write(
      'bad-date.json',
      JSON.stringify(section([{ code: '8401100000', naim: '- реакторы', date: '2022-02-30' }])),
    );
    await expect(collectEntries(parseTnvedJson(path))).rejects.toMatchObject({ code: 'import_rejected' });
  });

  it('rejects JSON of another shape as an unsupported format', async () => {
    const path = await folder.write('other.json', JSON.stringify([{ id: 1 }]));
    await expect(collectEntries(parseTnvedJson(path))).rejects.toMatchObject({
      code: 'unsupported_file_format',
    });
  });

  it('rejects text that is not JSON as an unsupported format', async () => {
    const path = await folder.write('broken.json', '[{"chapter": "01",');
    await expect(collectEntries(parseTnvedJson(path))).rejects.toMatchObject({
      code: 'unsupported_file_format',
    });
  });
});
