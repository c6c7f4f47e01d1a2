import { systemActor } from '@coopex/domain';
import path from 'node:path';
import type { Database } from '@coopex/db';
import { testBackends } from '@coopex/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importClassifier, lookUpClassifierCode, prepareDatabase, summarizeClassifiers } from '../src';
import { isSharedDataPresent, sharedDataDirectory, sharedDataMissingNote } from './shared-data';

const classifiers = path.join(sharedDataDirectory, 'classifiers');

describe.skipIf(!isSharedDataPresent).each(testBackends())(
  `loading the official classifier files on $name${sharedDataMissingNote}`,
  (backend) => {
    let database: Database;
    let dispose: () => Promise<void>;

    beforeAll(async () => {
      ({ database, dispose } = await backend.open());
      await prepareDatabase({ database });
    });
    afterAll(async () => dispose());

    const codesAt = async (system: string, level: string) =>
      (await summarizeClassifiers({ database })).find((row) => row.system === system && row.level === level)
        ?.codes;

    it('loads the TN VED 2022 tree: 22 sections, 96 chapters, 957 headings, 12,715 ten-digit codes', async () => {
      const result = await importClassifier({
        actor: systemActor,
        database,
        path: path.join(classifiers, 'tnved-2022.json'),
      });
      expect(result.system).toBe('tnved');
      expect(await codesAt('tnved', 'section')).toBe(22);
      expect(await codesAt('tnved', 'chapter')).toBe(96);
      expect(await codesAt('tnved', 'heading')).toBe(957);
      expect(await codesAt('tnved', 'item')).toBe(12_715);
      const lookup = await lookUpClassifierCode({ database, system: 'tnved', code: '8482 10 900 8' });
      expect(lookup.path.map((node) => node.level)).toEqual([
        'section',
        'chapter',
        'heading',
        'subheading',
        'item',
      ]);
    });

    it('does not duplicate codes when the same file is loaded twice', async () => {
      await importClassifier({
        actor: systemActor,
        database,
        path: path.join(classifiers, 'tnved-2022.json'),
      });
      expect(await codesAt('tnved', 'item')).toBe(12_715);
    });

    it('loads the customs reference tables with their validity dates', async () => {
      for (const file of ['TNVED1.TXT', 'TNVED2.TXT', 'TNVED3.TXT']) {
        await importClassifier({
          actor: systemActor,
          database,
          path: path.join(classifiers, 'tnved-fts', file),
        });
      }
      const now = await lookUpClassifierCode({ database, system: 'tnved', code: '0101' });
      const heading = now.path[now.path.length - 1]!;
      expect(heading.validFrom).not.toBeNull();
      const history = await database.query<{ versions: number }>(
        "SELECT count(*) AS versions FROM classifier_entries WHERE system = 'tnved' AND code = '0101'",
      );
      expect(history.rows[0]!.versions).toBeGreaterThan(1);
      const in2005 = await lookUpClassifierCode({
        database,
        system: 'tnved',
        code: '0101',
        onDate: '2005-06-01',
      });
      expect(in2005.path[in2005.path.length - 1]!.validTo).toBe('2006-12-31');
    });

    it('loads OKPD2 and HS', async () => {
      const okpd2 = await importClassifier({
        actor: systemActor,
        database,
        path: path.join(classifiers, 'okpd2-tree.json'),
      });
      expect(okpd2.entries).toBe(20_006);
      const hs = await importClassifier({
        actor: systemActor,
        database,
        path: path.join(classifiers, 'hs-2022.csv'),
      });
      expect(hs.system).toBe('hs');
      expect(await codesAt('hs', 'subheading')).toBe(5_613);
      const bearing = await lookUpClassifierCode({ database, system: 'okpd2', code: '28.15.10' });
      expect(bearing.path[0]!.code).toBe('28');
    });
  },
);
