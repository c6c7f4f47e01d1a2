import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClassifierEntry } from './classifier-entry';
import { parseOkpd2Json } from './parse-okpd2-json';
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

describe.skipIf(!sharedClassifierFilesExist)(nameRealDataSuite('parseOkpd2Json on okpd2-tree.json'), () => {
  let entries: ClassifierEntry[] = [];
  const byCode = new Map<string, ClassifierEntry>();
  const ancestry = (code: string): string[] => {
    const chain = [code];
    for (let parent = byCode.get(code)?.parentCode; parent; parent = byCode.get(parent)?.parentCode) {
      chain.push(parent);
    }
    return chain;
  };

  beforeAll(async () => {
    entries = await collectEntries(parseOkpd2Json(join(sharedClassifierFolder, 'okpd2-tree.json')));
    for (const entry of entries) byCode.set(entry.code, entry);
  });

  it('yields all 20,006 codes of the 88 classes, counted per level', () => {
    expect(entries).toHaveLength(20006);
    expect(byCode.size).toBe(20006);
    expect(countBy(entries, (entry) => entry.level)).toEqual({
      class: 88,
      subclass: 258,
      group: 498,
      subgroup: 1463,
      kind: 3213,
      category: 8103,
      subcategory: 6383,
    });
  });

  it('links a dotted code to the longest existing shorter prefix', () => {
    expect(ancestry('26.11.30.000')).toEqual(['26.11.30.000', '26.11.30', '26.11.3', '26.11', '26.1', '26']);
    expect(byCode.get('26')).toMatchObject({ level: 'class', parentCode: null });
    expect(byCode.get('26.11.30.000')).toMatchObject({
      level: 'category',
      nameRu: 'Схемы интегральные электронные',
    });
  });

  it('puts a subcategory under its category, and under the kind only when the category is absent', () => {
    expect(byCode.get('01.11.11.111')).toMatchObject({
      level: 'subcategory',
      parentCode: '01.11.11.110',
      nameRu: 'Зерно озимой твердой пшеницы',
    });
    expect(byCode.get('01.11.11.110')).toMatchObject({
      parentCode: '01.11.11',
      nameRu: 'Пшеница озимая твердая',
    });
    expect(byCode.has('10.41.29.120')).toBe(false);
    expect(byCode.get('10.41.29.121')?.parentCode).toBe('10.41.29');
  });

  it('yields classes in code order 01..99 and every parent before its children', () => {
    const classes = entries.filter((entry) => entry.level === 'class').map((entry) => entry.code);
    expect(classes.slice(0, 3)).toEqual(['01', '02', '03']);
    expect(classes.at(-1)).toBe('99');
    expect(findEntriesBeforeTheirParent(entries)).toEqual([]);
  });

  it('carries Russian names only and no dates', () => {
    expect(entries.every((entry) => entry.system === 'okpd2' && entry.nameEn === null && entry.nameRu)).toBe(
      true,
    );
    expect(entries.every((entry) => entry.validFrom === null && entry.validTo === null)).toBe(true);
  });
});

describe('parseOkpd2Json on small files', () => {
  let folder: TemporaryFolder;
  beforeAll(async () => {
    folder = await createTemporaryFolder();
  });
  afterAll(() => folder.remove());

  it('links classes to a section letter when the file groups them under one', async () => {
    const path = await folder.write(
      'with-section.json',
      JSON.stringify({
        C: { C: 'Продукция обрабатывающих производств', '26': 'Оборудование', '26.1': 'Компоненты' },
      }),
    );
    expect(
      (await collectEntries(parseOkpd2Json(path))).map((entry) => [
        entry.code,
        entry.level,
        entry.parentCode,
      ]),
    ).toEqual([
      ['26', 'class', 'C'],
      ['26.1', 'subclass', '26'],
      ['C', 'section', null],
    ]);
  });

  it('rejects a key that is not an OKPD2 code', async () => {
    const path = await folder.write('bad-code.json', JSON.stringify({ '26': { '26': 'a', '26.1.1': 'b' } }));
    await expect(collectEntries(parseOkpd2Json(path))).rejects.toMatchObject({
      code: 'import_rejected',
      message: expect.stringContaining('26.1.1'),
    });
  });

  it('rejects a tree whose names are not strings as an unsupported format', async () => {
    const path = await folder.write('nested.json', JSON.stringify({ '26': { '26': { name: 'x' } } }));
    await expect(collectEntries(parseOkpd2Json(path))).rejects.toMatchObject({
      code: 'unsupported_file_format',
    });
  });
});
