import { systemActor } from '@coopex/domain';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRepositories, openDatabase, type Database } from '@coopex/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  importDemandList,
  loadCatalogMatching,
  loadDemoData,
  prepareDatabase,
  type CatalogMatching,
} from '../src';

const buyerTaxId = '6316053722';

/** Refreshes run in the background; a server stopped before they ran leaves them to the next start. */
describe('catching up with refreshes a stopped server left undone', () => {
  let database: Database;
  const directory = mkdtempSync(path.join(tmpdir(), 'coopex-catch-up-'));

  async function startServerMatching(): Promise<CatalogMatching> {
    const matching = await loadCatalogMatching({ database });
    await matching.requestCatchUp();
    return matching;
  }

  async function importHotList(matching: CatalogMatching, title: string): Promise<string> {
    const file = path.join(directory, `${title}.csv`);
    writeFileSync(
      file,
      ['external_id,name', 'CATCH-1,Насос шестеренный', 'CATCH-2,Подшипник шариковый'].join('\n'),
    );
    const imported = await importDemandList({
      actor: systemActor,
      database,
      source: file,
      organisationId: buyerTaxId,
      title,
      matching,
    });
    return imported.list!.id;
  }

  async function storedRowsOfList(listId: string): Promise<number[]> {
    const result = await database.query<{ count: number }>(
      `SELECT (SELECT count(*) FROM demand_line_matches m WHERE m.line_id = d.id)::int AS count
       FROM demand_lines d WHERE d.list_id = $1 ORDER BY d.position`,
      [listId],
    );
    return result.rows.map((row) => Number(row.count));
  }

  beforeAll(async () => {
    database = await openDatabase({ backend: 'pglite' });
    await prepareDatabase({ database });
    await loadDemoData({ database });
    const first = await startServerMatching();
    await first.refreshes.settled();
    await first.refreshes.stop();
  });
  afterAll(async () => database?.close());

  it('asks again at the next start for a refresh of every line that a stop dropped', async () => {
    const stopping = await loadCatalogMatching({ database });
    // An analogue import asks for every line; the server stops before the refresh runs.
    await stopping.requestAllLinesRefresh();
    await stopping.refreshes.stop();
    const matches = createRepositories(database).matches;
    expect(await matches.readAllLinesRefreshRequestedAt()).not.toBeNull();

    const restarted = await startServerMatching();
    expect(restarted.refreshes.status().waiting).toContain('all-lines');
    await restarted.refreshes.settled();
    expect(restarted.refreshes.status().lastFinished).toMatchObject({ kind: 'all-lines', error: null });
    expect(await matches.readAllLinesRefreshRequestedAt()).toBeNull();
    await restarted.refreshes.stop();
  });

  it('matches at the next start the lines of a hot list imported while its refresh could not run', async () => {
    const stopped = await loadCatalogMatching({ database });
    await stopped.refreshes.stop();
    const listId = await importHotList(stopped, 'Список без кандидатов');
    expect(await storedRowsOfList(listId)).toEqual([0, 0]);

    const restarted = await startServerMatching();
    expect(restarted.refreshes.status().waiting).toContain('hot-list');
    await restarted.refreshes.settled();
    const rows = await storedRowsOfList(listId);
    expect(rows.every((count) => count > 0)).toBe(true);
    await restarted.refreshes.stop();
  });

  it('does not refresh every line at a start when nothing asked for it', async () => {
    const restarted = await startServerMatching();
    expect(restarted.refreshes.status().waiting).toEqual(['catalog-changes']);
    await restarted.refreshes.stop();
  });
});
