import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClassifierEntry } from './classifier-entry';
import { parseTnvedFtsFile } from './parse-tnved-fts-file';
import { parseTnvedJson } from './parse-tnved-json';
import {
  collectEntries,
  countBy,
  createTemporaryFolder,
  nameRealDataSuite,
  sharedClassifierFilesExist,
  sharedClassifierFolder,
  type TemporaryFolder,
} from './test-support';

const ftsFolder = join(sharedClassifierFolder, 'tnved-fts');
const versionsOf = (entries: readonly ClassifierEntry[], code: string) =>
  entries.filter((entry) => entry.code === code).map((entry) => [entry.validFrom, entry.validTo]);
const codesInForce = (entries: readonly ClassifierEntry[]) =>
  [...new Set(entries.filter((entry) => entry.validTo === null).map((entry) => entry.code))].sort();

describe.skipIf(!sharedClassifierFilesExist)(nameRealDataSuite('parseTnvedFtsFile on TNVED1-3.TXT'), () => {
  let sections: ClassifierEntry[] = [];
  let chapters: ClassifierEntry[] = [];
  let headings: ClassifierEntry[] = [];
  let json: ClassifierEntry[] = [];

  beforeAll(async () => {
    [sections, chapters, headings, json] = await Promise.all([
      collectEntries(parseTnvedFtsFile(join(ftsFolder, 'TNVED1.TXT'))),
      collectEntries(parseTnvedFtsFile(join(ftsFolder, 'TNVED2.TXT'))),
      collectEntries(parseTnvedFtsFile(join(ftsFolder, 'TNVED3.TXT'))),
      collectEntries(parseTnvedJson(join(sharedClassifierFolder, 'tnved-2022.json'))),
    ]);
  });

  it('yields every version row: 149 of 22 sections, 722 of 97 chapters, 6,591 of 981 headings', () => {
    expect(countBy(sections, (entry) => entry.level)).toEqual({ section: 149 });
    expect(countBy(chapters, (entry) => entry.level)).toEqual({ chapter: 722 });
    expect(countBy(headings, (entry) => entry.level)).toEqual({ heading: 6591 });
    expect(new Set(sections.map((entry) => entry.code)).size).toBe(22);
    expect(new Set(chapters.map((entry) => entry.code)).size).toBe(97);
    expect(new Set(headings.map((entry) => entry.code)).size).toBe(981);
  });

  it('never yields two versions of one code with the same validFrom', () => {
    for (const entries of [sections, chapters, headings]) {
      const keys = entries.map((entry) => `${entry.code}@${entry.validFrom}`);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('decodes cp866, including the byte 0x85 (Х) that other tools take for a line break', () => {
    expect(sections[0]).toMatchObject({
      code: 'I',
      nameRu: 'ЖИВЫЕ ЖИВОТНЫЕ; ПРОДУКТЫ ЖИВОТНОГО ПРОИСХОЖДЕНИЯ',
    });
    expect(headings[0]).toMatchObject({ code: '0101', nameRu: 'ЛОШАДИ, ОСЛЫ, МУЛЫ И ЛОШАКИ ЖИВЫЕ' });
  });

  it('converts validity dates and leaves validTo empty for the version in force', () => {
    expect(sections[0]).toMatchObject({ validFrom: '2002-01-01', validTo: '2006-12-31' });
    expect(versionsOf(headings, '0101')).toEqual([
      ['2002-01-01', '2006-12-31'],
      ['2007-01-01', '2009-12-31'],
      ['2010-01-01', '2011-12-31'],
      ['2012-01-01', '2012-08-22'],
      ['2012-08-23', '2016-12-31'],
      ['2017-01-01', '2021-12-31'],
      ['2022-01-01', null],
    ]);
    expect(versionsOf(chapters, '84')).toContainEqual(['2013-05-26', '2014-12-31']);
    expect(versionsOf(chapters, '99')).toEqual([['2018-07-01', '2021-12-31']]);
  });

  it('keeps each version name as that version gave it', () => {
    const headingOn = (from: string) =>
      headings.find((entry) => entry.code === '8542' && entry.validFrom === from)?.nameRu;
    expect(headingOn('2002-01-01')).toBe('СХЕМЫ ЭЛЕКТРОННЫЕ ИНТЕГРАЛЬНЫЕ И МИКРОСБОРКИ');
    expect(headingOn('2022-01-01')).toBe('СХЕМЫ ЭЛЕКТРОННЫЕ ИНТЕГРАЛЬНЫЕ');
  });

  it('maps section numbers to the Roman numerals the JSON parser uses', () => {
    expect(new Set(sections.map((entry) => entry.code))).toContain('XXII');
    expect(chapters.find((entry) => entry.code === '01')?.parentCode).toBe('I');
    expect(chapters.find((entry) => entry.code === '99')?.parentCode).toBe('XXII');
    expect(headings.find((entry) => entry.code === '8542')?.parentCode).toBe('85');
  });

  it('has in force exactly the sections, chapters and headings of the 2022 JSON', () => {
    const jsonCodes = (level: ClassifierEntry['level']) =>
      json
        .filter((entry) => entry.level === level)
        .map((entry) => entry.code)
        .sort();
    expect(codesInForce(sections)).toEqual(jsonCodes('section'));
    expect(codesInForce(chapters)).toEqual(jsonCodes('chapter'));
    expect(codesInForce(headings)).toEqual(jsonCodes('heading'));
  });
});

describe('parseTnvedFtsFile on small files', () => {
  let folder: TemporaryFolder;
  beforeAll(async () => {
    folder = await createTemporaryFolder();
  });
  afterAll(() => folder.remove());

  const cp866 = (lines: string[]) => iconv.encode(lines.join('\r\n') + '\r\n', 'cp866');

  it('recognises the headings table from its columns even under another file name', async () => {
    const path = await folder.write(
      'headings.txt',
      cp866([
        '003|20220811|0000|',
        '85|42|СХЕМЫ ЭЛЕКТРОННЫЕ ИНТЕГРАЛЬНЫЕ|01.01.2022||',
        '',
        '84|71|МАШИНЫ|01.01.2017|31.12.2021|',
      ]),
    );
    expect(await collectEntries(parseTnvedFtsFile(path))).toEqual([
      {
        system: 'tnved',
        code: '8542',
        parentCode: '85',
        level: 'heading',
        nameRu: 'СХЕМЫ ЭЛЕКТРОННЫЕ ИНТЕГРАЛЬНЫЕ',
        nameEn: null,
        validFrom: '2022-01-01',
        validTo: null,
      },
      {
        system: 'tnved',
        code: '8471',
        parentCode: '84',
        level: 'heading',
        nameRu: 'МАШИНЫ',
        nameEn: null,
        validFrom: '2017-01-01',
        validTo: '2021-12-31',
      },
    ]);
  });

  it('recognises the sections table and trims padded names', async () => {
    const path = await folder.write(
      'sections.txt',
      cp866(['001|20220113|0000|', '21|ПРОИЗВЕДЕНИЯ ИСКУССТВА  | |01.01.2022||']),
    );
    expect(await collectEntries(parseTnvedFtsFile(path))).toMatchObject([
      { code: 'XXI', level: 'section', parentCode: null, nameRu: 'ПРОИЗВЕДЕНИЯ ИСКУССТВА' },
    ]);
  });

  it('rejects a malformed line with its line number and yields nothing after it', async () => {
    const path = await folder.write(
      'TNVED2.TXT',
      cp866(['002|20220811|0000|', '01|01|ЖИВЫЕ ЖИВОТНЫЕ| |01.01.2022||', '01|02|МЯСО|01.01.2022||']),
    );
    const seen: string[] = [];
    const reading = (async () => {
      for await (const entry of parseTnvedFtsFile(path)) seen.push(entry.code);
    })();
    await expect(reading).rejects.toMatchObject({
      code: 'import_rejected',
      message: expect.stringContaining('line 3'),
      details: { path, line: 3 },
    });
    expect(seen).toEqual(['01']);
  });

  it('rejects an impossible date instead of shifting it to another day', async () => {
    const path = await folder.write(
      'bad-date.txt',
      cp866(['001|20220811|0000|', '01|01|ЛОШАДИ|31.02.2022||']),
    );
    await expect(collectEntries(parseTnvedFtsFile(path))).rejects.toMatchObject({
      code: 'import_rejected',
      message: expect.stringContaining('dd.mm.yyyy'),
    });
  });

  it('rejects a version without a start date rather than storing an unkeyed version', async () => {
    const path = await folder.write('no-start.txt', cp866(['001|20220811|0000|', '01|01|ЛОШАДИ|||']));
    await expect(collectEntries(parseTnvedFtsFile(path))).rejects.toMatchObject({ code: 'import_rejected' });
  });

  it('rejects a file without the reference-table header as an unsupported format', async () => {
    const path = await folder.write('no-header.txt', cp866(['01|01|ЛОШАДИ|01.01.2022||']));
    await expect(collectEntries(parseTnvedFtsFile(path))).rejects.toMatchObject({
      code: 'unsupported_file_format',
    });
  });

  it('rejects an empty file instead of yielding an empty table', async () => {
    const path = await folder.write('TNVED3.TXT', '');
    await expect(collectEntries(parseTnvedFtsFile(path))).rejects.toMatchObject({
      code: 'unsupported_file_format',
    });
  });

  it('rejects a file named TNVED1 whose rows are headings instead of guessing', async () => {
    const path = await folder.write('TNVED1.TXT', cp866(['001|20220811|0000|', '01|01|ЛОШАДИ|01.01.2022||']));
    await expect(collectEntries(parseTnvedFtsFile(path))).rejects.toMatchObject({
      code: 'unsupported_file_format',
    });
  });

  it('reports a missing file as not found', async () => {
    await expect(
      collectEntries(parseTnvedFtsFile(join(sharedClassifierFolder, 'missing.TXT'))),
    ).rejects.toMatchObject({ code: 'not_found' });
  });
});
