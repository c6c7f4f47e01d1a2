import { systemActor } from '@coopex/domain';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase, type Database } from '@coopex/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOrganisation,
  deleteDemandList,
  deleteOrganisation,
  importDemandList,
  importProducts,
  loadCatalogMatching,
  loadDemoData,
  prepareDatabase,
  type CatalogMatching,
} from '../src';

const supplierTaxId = '600115937';
const buyerTaxId = '6316053722';

/**
 * A catalog change re-matches only the open lines it can alter: with 60 gear pumps in the catalog, a line asking
 * for one has its 40 text candidates full, so a pump of another kind cannot get among them.
 */
describe('syncing stored matches after a catalog change', () => {
  let database: Database;
  let matching: CatalogMatching;
  let pumpLineId: string;
  const directory = mkdtempSync(path.join(tmpdir(), 'coopex-sync-'));

  async function importCatalog(
    name: string,
    rows: string[],
    organisationId = supplierTaxId,
  ): Promise<string> {
    const file = path.join(directory, name);
    writeFileSync(file, ['external_id,name,part_number,tnved', ...rows].join('\n'));
    const startedAt = new Date().toISOString();
    const result = await importProducts({
      actor: systemActor,
      database,
      source: file,
      organisationId,
    });
    expect(result, JSON.stringify(result).slice(0, 600)).toMatchObject({ status: 'imported' });
    return startedAt;
  }

  async function storedMatchesOf(lineId: string): Promise<string[]> {
    // When each was computed too: a line matched again gets new rows even if the same products come back.
    const rows = await database.query<{ product_id: string; score: number; computed_at: Date }>(
      'SELECT product_id, score, computed_at FROM demand_line_matches WHERE line_id = $1 ORDER BY product_id',
      [lineId],
    );
    return rows.rows.map(
      (row) => `${row.product_id}:${row.score}:${new Date(row.computed_at).toISOString()}`,
    );
  }

  beforeAll(async () => {
    database = await openDatabase({ backend: 'pglite' });
    await prepareDatabase({ database });
    await loadDemoData({ database });
    await importCatalog(
      'pumps.csv',
      Array.from(
        { length: 60 },
        (_, index) =>
          `SYNC-PUMP-${index},Насос шестеренный масляный НШ${100 + index},НШ${100 + index},8542399010`,
      ),
    );
    const hotList = path.join(directory, 'hot-list.csv');
    writeFileSync(hotList, ['external_id,name', 'SYNC-1,Насос шестеренный масляный'].join('\n'));
    const imported = await importDemandList({
      actor: systemActor,
      database,
      source: hotList,
      organisationId: buyerTaxId,
      title: 'Насосы',
    });
    const lines = await database.query<{ id: string }>('SELECT id FROM demand_lines WHERE list_id = $1', [
      imported.list!.id,
    ]);
    pumpLineId = lines.rows[0]!.id;
    // A fresh database: every open line is matched once at load, which gives each its cutoff.
    matching = await loadCatalogMatching({ database });
    await matching.requestCatchUp();
    await matching.refreshes.settled();
  });
  afterAll(async () => database?.close());

  it('does not match a line again for a product that cannot get among its candidates', async () => {
    const before = await storedMatchesOf(pumpLineId);
    expect(before).toHaveLength(20);
    const since = await importCatalog('vacuum.csv', [
      'SYNC-VACUUM,Насос вакуумный пластинчатый,ВН-1,8542399010',
    ]);
    const synced = await matching.syncProductsChangedSince(since);
    expect(synced.products).toBe(1);
    // The pump line was weighed (the product shares a word with it) but not matched again.
    expect(synced.examined).toBeGreaterThan(0);
    const pumpLinesMatched = await database.query<{ count: number }>(
      'SELECT count(*) AS count FROM demand_line_matches m JOIN products p ON p.id = m.product_id ' +
        "WHERE m.line_id = $1 AND p.external_id = 'SYNC-VACUUM'",
      [pumpLineId],
    );
    expect(pumpLinesMatched.rows[0]?.count).toBe(0);
    expect(await storedMatchesOf(pumpLineId)).toEqual(before);
    expect(synced.lines).toBeLessThan(synced.examined);
  });

  it('leaves stored rows alone when matching a line again finds the same', async () => {
    await matching.refreshLine(pumpLineId);
    const before = await storedMatchesOf(pumpLineId);
    const candidates = await matching.refreshLine(pumpLineId);
    expect(candidates).toHaveLength(20);
    expect(await storedMatchesOf(pumpLineId)).toEqual(before);
  });

  it('matches the line again for a product that outranks its candidates, and stores it first', async () => {
    const before = await storedMatchesOf(pumpLineId);
    const since = await importCatalog('exact.csv', ['SYNC-EXACT,Насос шестеренный масляный,,8542399010']);
    const synced = await matching.syncProductsChangedSince(since);
    expect(synced.lines).toBeGreaterThanOrEqual(1);
    expect(await storedMatchesOf(pumpLineId)).not.toEqual(before);
    const first = await database.query<{ external_id: string }>(
      'SELECT p.external_id FROM demand_line_matches m JOIN products p ON p.id = m.product_id ' +
        'WHERE m.line_id = $1 ORDER BY m.score DESC, p.id LIMIT 1',
      [pumpLineId],
    );
    expect(first.rows[0]?.external_id).toBe('SYNC-EXACT');
  });

  it('matches a line again when a product it was proposed to changes, whatever the change', async () => {
    const since = await importCatalog('renamed.csv', [
      'SYNC-PUMP-0,Насос шестеренный масляный НШ100 исп. 2,НШ100,8542399010',
    ]);
    const synced = await matching.syncProductsChangedSince(since);
    expect(synced.lines).toBeGreaterThanOrEqual(1);
  });

  it('after a restart, weighs lines again once their cutoffs are primed', async () => {
    const restarted = await loadCatalogMatching({ database });
    const before = await storedMatchesOf(pumpLineId);
    expect(await restarted.primeTextCutoffs()).toBeGreaterThan(0);
    expect(await restarted.primeTextCutoffs()).toBe(0);
    const since = await importCatalog('vacuum-2.csv', [
      'SYNC-VACUUM-2,Насос вакуумный пластинчатый двухступенчатый,ВН-2,8542399010',
    ]);
    const synced = await restarted.syncProductsChangedSince(since);
    expect(synced.lines).toBeLessThan(synced.examined);
    expect(await storedMatchesOf(pumpLineId)).toEqual(before);
  });

  it('answers a catalog import before matching its lines again, then stores them in the background', async () => {
    const file = path.join(directory, 'background.csv');
    writeFileSync(
      file,
      ['external_id,name,part_number,tnved', 'SYNC-BACKGROUND,Насос шестеренный масляный,,8542399010'].join(
        '\n',
      ),
    );
    const before = await storedMatchesOf(pumpLineId);
    await importProducts({
      actor: systemActor,
      database,
      source: file,
      organisationId: supplierTaxId,
      matching,
    });
    // The import has answered; its sync waits its turn and the line still shows what it stored.
    expect(matching.refreshes.status()).toMatchObject({ isUpToDate: false, waiting: ['catalog-changes'] });
    expect(await storedMatchesOf(pumpLineId)).toEqual(before);
    await matching.refreshes.settled();
    expect(matching.refreshes.status()).toMatchObject({
      isUpToDate: true,
      lastFinished: { kind: 'catalog-changes', error: null },
    });
    const stored = await database.query<{ external_id: string }>(
      'SELECT p.external_id FROM demand_line_matches m JOIN products p ON p.id = m.product_id WHERE m.line_id = $1',
      [pumpLineId],
    );
    expect(stored.rows.map((row) => row.external_id)).toContain('SYNC-BACKGROUND');
  });

  it('stops weighing the lines of a deleted hot list', async () => {
    const hotList = path.join(directory, 'doomed.csv');
    writeFileSync(
      hotList,
      ['external_id,name', 'DOOMED-1,Насос шестеренный', 'DOOMED-2,Насос масляный'].join('\n'),
    );
    const imported = await importDemandList({
      actor: systemActor,
      database,
      source: hotList,
      organisationId: buyerTaxId,
      title: 'Удаляемый список',
      matching,
    });
    await matching.refreshes.settled();
    const before = matching.openLineCount;
    await deleteDemandList({ actor: systemActor, database, listId: imported.list!.id, matching });
    expect(matching.openLineCount).toBe(before - 2);
  });

  it('forgets a removed organisation: its products leave the stored matches, which are filled again', async () => {
    const organisation = await createOrganisation({
      database,
      actor: systemActor,
      input: {
        kind: 'enterprise',
        nameRu: 'Завод насосов',
        nameEn: null,
        country: 'BY',
        taxId: '190542056',
        ogrn: null,
        industries: [],
      },
    });
    const since = await importCatalog(
      'leaving.csv',
      ['LEAVING-1,Насос шестеренный масляный,,8542399010'],
      '190542056',
    );
    await matching.syncProductsChangedSince(since);
    const proposed = async () =>
      (
        await database.query<{ external_id: string }>(
          'SELECT p.external_id FROM demand_line_matches m JOIN products p ON p.id = m.product_id WHERE m.line_id = $1',
          [pumpLineId],
        )
      ).rows.map((row) => row.external_id);
    expect(await proposed()).toContain('LEAVING-1');
    const [leaving] = (
      await database.query<{ id: string }>("SELECT id FROM products WHERE external_id = 'LEAVING-1'")
    ).rows;
    await deleteOrganisation({ actor: systemActor, database, organisationId: organisation.id, matching });
    // The lines it was proposed to are matched again in the background.
    await matching.refreshes.settled();
    const after = await proposed();
    expect(after).not.toContain('LEAVING-1');
    expect(after).toHaveLength(20);
    const keys = matching.match({ name: 'Насос шестеренный масляный' }, { limit: 100 }).map((c) => c.key);
    expect(keys).not.toContain(leaving!.id);
  });
});
