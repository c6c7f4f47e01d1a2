import { systemActor } from '@coopex/domain';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRepositories, type Database } from '@coopex/db';
import { testBackends } from '@coopex/db/testing';
import { afterEach, describe, expect, it } from 'vitest';
import {
  deleteDemandList,
  deleteDemandLine,
  deleteProduct,
  importDemandList,
  importProducts,
  loadCatalogMatching,
  loadDemoData,
  prepareDatabase,
  toMatchQuery,
  type CatalogMatching,
} from '../src';

const supplierTaxId = '600115937';
const buyerTaxId = '6316053722';
const directory = mkdtempSync(path.join(tmpdir(), 'coopex-races-'));

function csv(rows: string[]): string {
  const file = path.join(directory, `${Math.random().toString(36).slice(2)}.csv`);
  writeFileSync(file, rows.join('\n'));
  return file;
}

/**
 * A database whose query matching `hold`, once armed, answers and then waits until released: a request handler
 * runs in between, as it can while a background refresh waits on the database.
 */
function holdingDatabase(database: Database, hold: (sql: string, parameters: unknown[]) => boolean) {
  let isArmed = false;
  let release = () => {};
  let reached: (parameters: unknown[]) => void = () => {};
  const held = new Promise<unknown[]>((resolve) => {
    reached = resolve;
  });
  const holding: Database = {
    ...database,
    async query(sql, parameters = []) {
      const result = await database.query(sql, parameters);
      if (isArmed && hold(sql, parameters)) {
        isArmed = false;
        reached(parameters);
        await new Promise<void>((resolve) => {
          release = resolve;
        });
      }
      return result;
    },
  } as Database;
  return {
    database: holding,
    arm: () => {
      isArmed = true;
      return held;
    },
    release: () => release(),
  };
}

describe.each(testBackends())(
  'requests that change what a background refresh is working on, on $name',
  (backend) => {
    const opened: Array<() => Promise<void>> = [];
    afterEach(async () => {
      while (opened.length > 0) await opened.pop()?.();
    });

    async function openDemo(): Promise<Database> {
      const { database, dispose } = await backend.open();
      opened.push(dispose);
      await prepareDatabase({ database });
      await loadDemoData({ database });
      return database;
    }

    async function startMatching(database: Database): Promise<CatalogMatching> {
      const matching = await loadCatalogMatching({ database });
      opened.push(() => matching.refreshes.stop());
      await matching.requestCatchUp();
      await matching.refreshes.settled();
      return matching;
    }

    async function storedProductsOf(database: Database, lineId: string): Promise<string[]> {
      const result = await database.query<{ external_id: string }>(
        'SELECT p.external_id FROM demand_line_matches m JOIN products p ON p.id = m.product_id WHERE m.line_id = $1',
        [lineId],
      );
      return result.rows.map((row) => row.external_id);
    }

    async function importValves(database: Database, matching: CatalogMatching, rows: string[]) {
      return importProducts({
        actor: systemActor,
        database,
        matching,
        organisationId: supplierTaxId,
        source: csv(['external_id,name,part_number,tnved', ...rows]),
      });
    }

    async function importValveList(database: Database, matching: CatalogMatching, lines: string[]) {
      const imported = await importDemandList({
        actor: systemActor,
        database,
        matching,
        organisationId: buyerTaxId,
        title: 'Клапаны',
        source: csv(['external_id,name,part_number', ...lines]),
      });
      const ids = await database.query<{ id: string }>(
        'SELECT id FROM demand_lines WHERE list_id = $1 ORDER BY position',
        [imported.list!.id],
      );
      return { listId: imported.list!.id, lineIds: ids.rows.map((row) => row.id) };
    }

    it('does not bring back a product deleted while a catalog sync that read it waits', async () => {
      const database = await openDemo();
      const gate = holdingDatabase(database, (sql) =>
        sql.includes('FROM demand_line_matches WHERE product_id'),
      );
      const matching = await startMatching(gate.database);
      await importValves(database, matching, [
        'RACE-1,Клапан редукционный зубчатый КРЗ-77,КРЗ-77,8542399010',
      ]);
      await matching.refreshes.settled();
      const { lineIds } = await importValveList(database, matching, ['L1,Клапан редукционный,КРЗ-77']);
      await matching.refreshes.settled();
      const [productId] = (
        await database.query<{ id: string }>("SELECT id FROM products WHERE external_id = 'RACE-1'")
      ).rows.map((row) => row.id);

      const held = gate.arm();
      await importValves(database, matching, [
        'RACE-1,Клапан редукционный зубчатый КРЗ-77 исп. 2,КРЗ-77,8542399010',
      ]);
      // The sync has read RACE-1 and asks which lines it was proposed to; meanwhile the supplier deletes it.
      await held;
      await deleteProduct({ database, actor: systemActor, productId: productId!, matching });
      gate.release();
      await matching.refreshes.settled();

      const line = await createRepositories(database).demand.findLineWithBuyer(lineIds[0]!);
      const keys = matching.match(toMatchQuery(line!), { limit: 20 }).map((candidate) => candidate.key);
      expect(keys).not.toContain(productId);
      // Later changes still reach the line.
      await importValves(database, matching, [
        'RACE-2,Клапан редукционный зубчатый КРЗ-77,КРЗ-77,8542399010',
      ]);
      await matching.refreshes.settled();
      expect(matching.refreshes.status().lastFinished?.error).toBeNull();
      expect(await storedProductsOf(database, lineIds[0]!)).toContain('RACE-2');
    });

    it('matches the rest of a hot list when one of its lines is deleted while the list is matched', async () => {
      const database = await openDemo();
      const gate = holdingDatabase(
        database,
        (sql, parameters) => sql.includes('AS buyer_country') && parameters.length === 1,
      );
      const matching = await startMatching(gate.database);
      const held = gate.arm();
      const { lineIds } = await importValveList(database, matching, [
        'M1,Клапан редукционный,КРЗ-77',
        'M2,Клапан зубчатый,КРЗ-77',
      ]);
      // The refresh has read the first line; the buyer deletes it.
      const [deletedLineId] = (await held) as string[];
      await deleteDemandLine({ database, actor: systemActor, lineId: deletedLineId!, matching });
      gate.release();
      await matching.refreshes.settled();

      expect(matching.refreshes.status()).toMatchObject({ isUpToDate: true, lastFinished: { error: null } });
      const remaining = lineIds.filter((lineId) => lineId !== deletedLineId);
      expect(remaining).toHaveLength(1);
      expect(await storedProductsOf(database, remaining[0]!)).not.toEqual([]);
      // The deleted line is not weighed by later syncs (not back in the open-line index).
      const openLinesBefore = matching.openLineCount;
      await deleteDemandList({
        database,
        actor: systemActor,
        listId: (await createRepositories(database).demand.findLineWithBuyer(remaining[0]!))!.listId,
        matching,
      });
      expect(matching.openLineCount).toBe(openLinesBefore - 1);
    });

    it('matches at the next start the lines a hot-list import changed just before a stop', async () => {
      const database = await openDemo();
      const matching = await startMatching(database);
      const { lineIds } = await importValveList(database, matching, ['L1,Клапан редукционный,КРЗ-77']);
      await matching.refreshes.settled();
      // Imported again with L1 asking for something else; the server stops before the list's refresh runs.
      await importValveList(database, matching, ['L1,Подшипник шариковый радиальный,']);
      await matching.refreshes.stop();

      await startMatching(database);
      const stale = await database.query(
        `SELECT 1 FROM demand_line_matches m JOIN demand_lines d ON d.id = m.line_id
       WHERE d.id = $1 AND m.computed_at < d.updated_at`,
        [lineIds[0]],
      );
      expect(stale.rows).toEqual([]);
    });
  },
);

const postgres = testBackends().find((backend) => backend.name === 'postgres');

// Two connections at once: PGlite runs one transaction at a time, so the overlap below cannot happen there.
describe.skipIf(!postgres)('the sync moment with imports overlapping on PostgreSQL', () => {
  it('does not pass an import still being written, so a restart still syncs its products', async () => {
    const { database, dispose } = await postgres!.open();
    try {
      await prepareDatabase({ database });
      await loadDemoData({ database });
      const list = await importDemandList({
        actor: systemActor,
        database,
        organisationId: buyerTaxId,
        title: 'Клапаны',
        source: csv(['external_id,name,part_number', 'V1,Клапан редукционный зубчатый,КРЗ-77']),
      });
      const storedOfList = async () =>
        (
          await database.query<{ external_id: string }>(
            `SELECT p.external_id FROM demand_line_matches m JOIN products p ON p.id = m.product_id
             JOIN demand_lines d ON d.id = m.line_id WHERE d.list_id = $1`,
            [list.list!.id],
          )
        ).rows.map((row) => row.external_id);
      const start = async () => {
        const matching = await loadCatalogMatching({ database });
        await matching.requestCatchUp();
        await matching.refreshes.settled();
        return matching;
      };
      const first = await start();
      expect((await storedOfList()).length).toBeGreaterThan(0);
      const importInto = (target: Database, row: string) =>
        importProducts({
          actor: systemActor,
          database: target,
          matching: first,
          organisationId: supplierTaxId,
          source: csv(['external_id,name,part_number,tnved', `${row},8542399010`]),
        });

      // Supplier A's import has written its rows (changed at its transaction's start) and not committed yet…
      let written = () => {};
      let commit = () => {};
      const isWritten = new Promise<void>((resolve) => {
        written = resolve;
      });
      const mayCommit = new Promise<void>((resolve) => {
        commit = resolve;
      });
      const slow: Database = {
        ...database,
        transaction: (work) =>
          database.transaction(async (transaction) => {
            const result = await work(transaction);
            written();
            await mayCommit;
            return result;
          }),
      };
      const importing = importInto(slow, 'VALVE,Клапан редукционный зубчатый КРЗ-77,КРЗ-77');
      await isWritten;
      // … while supplier B's import is synced in the background and finishes first.
      await importInto(database, 'OTHER,Редуктор планетарный,');
      await first.refreshes.settled();
      commit();
      expect(await importing).toMatchObject({ status: 'imported' });
      // A's import has answered; the server stops before A's sync runs.
      await first.refreshes.stop();

      const restarted = await start();
      expect(restarted.refreshes.status()).toMatchObject({ isUpToDate: true, lastFinished: { error: null } });
      expect(await storedOfList()).toContain('VALVE');
      await restarted.refreshes.stop();
    } finally {
      await dispose();
    }
  }, 120_000);
});
