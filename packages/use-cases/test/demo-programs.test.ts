import { systemActor } from '@coopex/domain';
import { PassThrough } from 'node:stream';
import { openDatabase, type Database } from '@coopex/db';
import ExcelJS from 'exceljs';
import { loadDemoPrograms } from '@coopex/demo-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  exportSynchronizationReport,
  loadCatalogMatching,
  loadDemoData,
  prepareDatabase,
  synchronizePrograms,
  type SynchronizationReport,
} from '../src';

/**
 * The demo programs were written with the intended outcome of every item: covered by the other country, partly
 * (short capacity or one failed requirement), or made by nobody in the union; and with the items both countries
 * plan, including false friends of one TN VED heading that must not be called overlaps.
 */
describe('synchronising the demo programs of Belarus and Russia', () => {
  let database: Database;
  let report: SynchronizationReport;
  const programs = loadDemoPrograms();
  const key = (title: string, externalId: string | null) => `${title}|${externalId}`;

  beforeAll(async () => {
    database = await openDatabase({ backend: 'pglite' });
    await prepareDatabase({ database });
    await loadDemoData({ database });
    const matching = await loadCatalogMatching({ database });
    report = await synchronizePrograms({ actor: systemActor, database, matching, left: 'BY', right: 'RU' });
  });
  afterAll(async () => database?.close());

  it('finds for each item the coverage the programs were designed with', () => {
    const expected = new Map(
      programs.flatMap((program) =>
        program.expectations.map((expectation) => [
          key(program.title, expectation.externalId),
          expectation.coverage,
        ]),
      ),
    );
    const items = report.sides.flatMap((side) => side.items);
    expect(items).toHaveLength(expected.size);
    const agreeing = items.filter(
      (item) => expected.get(key(item.programTitle, item.externalId)) === item.status,
    );
    expect(agreeing.length / items.length).toBeGreaterThanOrEqual(0.9);
  });

  it('says what is short for a partly covered item', () => {
    const partly = report.sides.flatMap((side) => side.items).filter((item) => item.status === 'partly');
    expect(partly.length).toBeGreaterThan(0);
    for (const item of partly) expect(item.shortfall.length, item.name).toBeGreaterThan(0);
  });

  it('reports the items both countries plan as overlaps and never a false friend of the same heading', () => {
    const pairs = new Set(report.overlaps.map((pair) => `${pair.left.externalId}~${pair.right.externalId}`));
    const byKey = new Map(programs.map((program) => [program.key, program]));
    for (const program of programs.filter((candidate) => candidate.country === 'BY')) {
      for (const expectation of program.expectations) {
        const [otherKey, otherId] = (expectation.overlapWith ?? expectation.falseFriendOf ?? '|').split('|');
        if (!otherKey || !byKey.has(otherKey)) continue;
        const pair = `${expectation.externalId}~${otherId}`;
        if (expectation.overlapWith) expect(pairs.has(pair), `overlap ${pair}`).toBe(true);
        else expect(pairs.has(pair), `false friend ${pair}`).toBe(false);
      }
    }
  });

  it('groups items nobody in the union makes into candidate joint projects, largest value first', () => {
    expect(report.gaps.length).toBeGreaterThan(3);
    expect(report.gaps.some((group) => group.items.length > 1)).toBe(true);
    const values = report.gaps.map((group) => group.valuePerYear);
    expect([...values].sort((a, b) => b - a)).toEqual(values);
    const gapNames = report.gaps.flatMap((group) => group.items.map((item) => item.externalId));
    const covered = report.sides
      .flatMap((side) => side.items)
      .filter((item) => item.status !== 'not_covered');
    for (const item of covered) expect(gapNames).not.toContain(item.externalId);
  });

  it('writes the report as a workbook with one sheet per part', async () => {
    const chunks: Buffer[] = [];
    const sink = new PassThrough();
    sink.on('data', (chunk: Buffer) => chunks.push(chunk));
    await exportSynchronizationReport({ report, destination: sink });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Сводка',
      'Разрезы',
      'BY ← RU',
      'RU ← BY',
      'Пробелы',
      'Пересечения',
      'Не пересечения',
    ]);
    const coverage = workbook.getWorksheet('BY ← RU')!;
    expect(coverage.rowCount).toBeGreaterThan(report.sides[0].items.length);
  });
});
