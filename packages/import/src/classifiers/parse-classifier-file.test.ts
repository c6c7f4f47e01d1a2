import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClassifierFormat } from './detect-classifier-format';
import { parseClassifierFile } from './parse-classifier-file';
import {
  collectEntries,
  countBy,
  createTemporaryFolder,
  nameRealDataSuite,
  sharedClassifierFilesExist,
  sharedClassifierFolder,
  type TemporaryFolder,
} from './test-support';

describe.skipIf(!sharedClassifierFilesExist)(
  nameRealDataSuite('parseClassifierFile on the real files'),
  () => {
    it('picks up the sibling sections file for an HS CSV', async () => {
      const entries = await collectEntries(parseClassifierFile(join(sharedClassifierFolder, 'hs-2022.csv')));
      expect(entries[0]).toMatchObject({
        code: 'I',
        level: 'section',
        nameEn: 'live animals; animal products',
      });
      expect(countBy(entries, (entry) => entry.level)).toEqual({
        section: 21,
        chapter: 97,
        heading: 1229,
        subheading: 5613,
      });
    });

    it('dispatches the TN VED JSON to the TN VED parser', async () => {
      const entries = await collectEntries(
        parseClassifierFile(join(sharedClassifierFolder, 'tnved-2022.json')),
      );
      expect(entries.filter((entry) => entry.level === 'item')).toHaveLength(12715);
    });
  },
);

describe('parseClassifierFile on small files', () => {
  let folder: TemporaryFolder;
  beforeAll(async () => {
    folder = await createTemporaryFolder();
  });
  afterAll(() => folder.remove());

  it('detects each format and yields its system', async () => {
    const files: [string, string | Buffer, string][] = [
      ['a.json', JSON.stringify({ '26': { '26': 'Оборудование' } }), 'okpd2'],
      ['b.csv', 'section,hscode,description,parent,level\nI,01,Animals; live,TOTAL,2\n', 'hs'],
      ['c.txt', iconv.encode('001|20220811|0000|\r\n85|42|СХЕМЫ|01.01.2022||\r\n', 'cp866'), 'tnved'],
      ['d.json', JSON.stringify([{ chapter: '01', naim: 'ЖИВЫЕ', date: null, groups: [] }]), 'tnved'],
    ];
    for (const [name, content, system] of files) {
      const entries = await collectEntries(parseClassifierFile(await folder.write(name, content)));
      expect(entries.length, name).toBeGreaterThan(0);
      expect(new Set(entries.map((entry) => entry.system)), name).toEqual(new Set([system]));
    }
  });

  it('uses the format it is given instead of detecting one', async () => {
    const path = await folder.write(
      'okpd2-as-tnved.json',
      JSON.stringify({ '26': { '26': 'Оборудование' } }),
    );
    await expect(collectEntries(parseClassifierFile(path, 'tnved-json'))).rejects.toMatchObject({
      code: 'unsupported_file_format',
    });
  });

  it('rejects an unknown format name from an untyped caller', async () => {
    const path = await folder.write('any.json', '{}');
    await expect(
      collectEntries(parseClassifierFile(path, 'xlsx' as unknown as ClassifierFormat)),
    ).rejects.toMatchObject({ code: 'unsupported_file_format', message: expect.stringContaining('"xlsx"') });
  });

  it('rejects an unrecognised file before yielding anything', async () => {
    const path = await folder.write('notes.txt', 'just some notes\n');
    await expect(collectEntries(parseClassifierFile(path))).rejects.toMatchObject({
      code: 'unsupported_file_format',
    });
  });
});
