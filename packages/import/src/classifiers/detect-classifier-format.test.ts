import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectClassifierFormat } from './detect-classifier-format';
import {
  createTemporaryFolder,
  nameRealDataSuite,
  sharedClassifierFilesExist,
  sharedClassifierFolder,
  type TemporaryFolder,
} from './test-support';

describe.skipIf(!sharedClassifierFilesExist)(
  nameRealDataSuite('detectClassifierFormat on the real files'),
  () => {
    it.each([
      ['tnved-2022.json', 'tnved-json'],
      ['tnved-fts/TNVED1.TXT', 'tnved-fts'],
      ['tnved-fts/TNVED2.TXT', 'tnved-fts'],
      ['tnved-fts/TNVED3.TXT', 'tnved-fts'],
      ['okpd2-tree.json', 'okpd2-json'],
      ['hs-2022.csv', 'hs-csv'],
    ])('recognises %s as %s', async (file, format) => {
      expect(await detectClassifierFormat(join(sharedClassifierFolder, file))).toBe(format);
    });

    it('refuses the HS sections list on its own and says how to use it', async () => {
      await expect(
        detectClassifierFormat(join(sharedClassifierFolder, 'hs-2022-sections.csv')),
      ).rejects.toMatchObject({
        code: 'unsupported_file_format',
        message: expect.stringContaining('sectionsPath'),
      });
    });
  },
);

describe('detectClassifierFormat on small files', () => {
  let folder: TemporaryFolder;
  beforeAll(async () => {
    folder = await createTemporaryFolder();
  });
  afterAll(() => folder.remove());

  it('goes by content, not by the file name', async () => {
    const cases: [string, string | Buffer, string][] = [
      [
        'export.dat',
        '[\n  {\n    "chapter": "01",\n    "naim": "ЖИВЫЕ ЖИВОТНЫЕ",\n    "groups": []',
        'tnved-json',
      ],
      ['okpd2.txt', '{\n  "01": {\n    "01": "Продукция",\n    "01.1": "Культуры"', 'okpd2-json'],
      ['hs.json', '\uFEFFsection,hscode,description,parent,level\nI,01,Animals; live,TOTAL,2\n', 'hs-csv'],
      [
        'tnved.csv',
        iconv.encode('015|20220113|0000|\r\n01|ЖИВЫЕ ЖИВОТНЫЕ| |01.01.2022||\r\n', 'cp866'),
        'tnved-fts',
      ],
    ];
    for (const [name, content, format] of cases) {
      expect(await detectClassifierFormat(await folder.write(name, content)), name).toBe(format);
    }
  });

  it.each([
    ['an empty file', 'empty.json', '', 'empty'],
    ['JSON of another shape', 'items.json', '[{"id": 1, "title": "x"}]', 'not TN VED'],
    ['a JSON object that is no OKPD2 tree', 'config.json', '{"name": "coopex"}', 'not an OKPD2 tree'],
    ['a CSV with other columns', 'products.csv', 'name,price\nbolt,1\n', 'not a recognised'],
    ['an Excel workbook', 'TNVED1.xlsx', 'PK\u0003\u0004binary', 'not a recognised'],
  ])('rejects %s with unsupported_file_format', async (_label, name, content, reason) => {
    const path = await folder.write(name, content);
    await expect(detectClassifierFormat(path)).rejects.toMatchObject({
      code: 'unsupported_file_format',
      message: expect.stringContaining(reason),
      details: { path },
    });
  });

  it('reports a missing file as not found rather than as a bad format', async () => {
    await expect(
      detectClassifierFormat(join(sharedClassifierFolder, 'no-such-file.json')),
    ).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});
