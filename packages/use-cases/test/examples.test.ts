import { systemActor } from '@coopex/domain';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase, type Database } from '@coopex/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  importAnalogues,
  importDemandList,
  importProducts,
  loadCatalogMatching,
  loadDemoData,
  matchDemandLine,
  prepareDatabase,
} from '../src';

const examples = fileURLToPath(new URL('../../../examples/', import.meta.url));

/** The README tells a new user to import these files after the demo; they must keep working. */
describe('the sample files of the README', () => {
  let database: Database;

  beforeAll(async () => {
    database = await openDatabase({ backend: 'pglite' });
    await prepareDatabase({ database });
    await loadDemoData({ database });
  });
  afterAll(async () => database?.close());

  it('import into the demo organisations the README names and find the analogues', async () => {
    const products = await importProducts({
      actor: systemActor,
      database,
      source: path.join(examples, 'products.csv'),
      organisationId: '600115937',
    });
    expect(products).toMatchObject({ status: 'imported', rowsImported: 3, delimiter: ';' });
    expect(
      (await importAnalogues({ actor: systemActor, database, source: path.join(examples, 'analogues.csv') }))
        .status,
    ).toBe('imported');
    const hotList = await importDemandList({
      actor: systemActor,
      database,
      source: path.join(examples, 'hot-list.csv'),
      organisationId: '6316053722',
      title: 'Горячий список: пример',
    });
    expect(hotList).toMatchObject({ status: 'imported', rowsImported: 3 });

    const matching = await loadCatalogMatching({ database });
    const lines = await database.query<{ id: string; external_id: string }>(
      'SELECT id, external_id FROM demand_lines WHERE list_id = $1 ORDER BY position',
      [hotList.list!.id],
    );
    const regulator = lines.rows.find((line) => line.external_id === 'EX-002')!;
    const { candidates } = await matchDemandLine({
      actor: systemActor,
      database,
      matching,
      lineId: regulator.id,
      limit: 3,
    });
    expect(candidates[0]?.explanation.analogue).toMatchObject({ analogue: 'КР142ЕН5А', grade: 'drop-in' });
    expect(candidates[0]?.supplier.country).toBe('BY');
  });
});
