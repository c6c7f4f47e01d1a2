import { systemActor } from '@coopex/domain';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Database, SqlExecutor } from '@coopex/db';
import { testBackends } from '@coopex/db/testing';
import { expect, it } from 'vitest';
import * as useCases from '../src';

const directory = mkdtempSync(path.join(tmpdir(), 'coopex-deletions-'));
const csv = (rows: string[]) => {
  const file = path.join(directory, `${Math.random().toString(36).slice(2)}.csv`);
  writeFileSync(file, rows.join('\n'));
  return file;
};
const postgres = testBackends().find((backend) => backend.name === 'postgres');

/**
 * A deletion that cascades to stored matches while a background refresh replaces them: on PostgreSQL both lock the
 * same rows, and neither may fail (PGlite runs one transaction at a time).
 */
it.skipIf(!postgres).each(['line', 'product'] as const)(
  'deleting the %s while a background refresh replaces the line’s rows fails neither (PostgreSQL)',
  async (deleted) => {
    const { database, dispose } = await postgres!.open();
    try {
      await useCases.prepareDatabase({ database });
      await useCases.loadDemoData({ database });
      // Holds a refresh of `heldLine` inside replaceForLine's transaction, between its DELETE and its INSERT.
      let heldLine: string | null = null;
      let reached = () => {};
      let release = () => {};
      const isReached = new Promise<void>((resolve) => (reached = resolve));
      const gated = {
        ...database,
        transaction: (work) =>
          database.transaction((transaction) =>
            work({
              async query(sql: string, parameters: unknown[] = []) {
                const result = await transaction.query(sql, parameters);
                if (sql.startsWith('DELETE FROM demand_line_matches') && parameters[0] === heldLine) {
                  heldLine = null;
                  reached();
                  await new Promise<void>((resolve) => (release = resolve));
                }
                return result;
              },
            } as SqlExecutor),
          ),
      } as Database;
      const matching = await useCases.loadCatalogMatching({ database: gated });
      await matching.requestCatchUp();
      const importValve = (row: string) =>
        useCases.importProducts({
          actor: systemActor,
          database,
          matching,
          organisationId: '600115937',
          source: csv(['external_id,name,part_number,tnved', `${row},8542399010`]),
        });
      await importValve('RACE-1,Клапан редукционный зубчатый КРЗ-77,КРЗ-77');
      const { list } = await useCases.importDemandList({
        actor: systemActor,
        database,
        matching,
        organisationId: '6316053722',
        title: 'Клапаны',
        source: csv(['external_id,name,part_number', 'L1,Клапан редукционный,КРЗ-77']),
      });
      await matching.refreshes.settled();
      const id = async (sql: string, parameters: unknown[] = []) =>
        (await database.query<{ id: string }>(sql, parameters)).rows[0]!.id;
      const lineId = await id('SELECT id FROM demand_lines WHERE list_id = $1', [list!.id]);
      const productId = await id("SELECT id FROM products WHERE external_id = 'RACE-1'");
      expect(
        (await database.query('SELECT 1 FROM demand_line_matches WHERE line_id = $1', [lineId])).rows,
      ).not.toEqual([]);

      // A new valve: the background sync matches L1 again; while it replaces L1's rows, L1 or RACE-1 is deleted.
      heldLine = lineId;
      await importValve('RACE-2,Клапан редукционный КРЗ-77 исп. 3,КРЗ-77');
      await isReached;
      const deleting =
        deleted === 'line'
          ? useCases.deleteDemandLine({ database, actor: systemActor, lineId, matching })
          : useCases.deleteProduct({ database, actor: systemActor, productId, matching });
      await new Promise((resolve) => setTimeout(resolve, 200));
      release();
      const [outcome] = await Promise.allSettled([deleting]);
      await matching.refreshes.settled();
      expect(outcome).toEqual({ status: 'fulfilled', value: undefined });
      expect(matching.refreshes.status().lastFinished?.error ?? null).toBeNull();
      await matching.refreshes.stop();
    } finally {
      await dispose();
    }
  },
  120_000,
);
