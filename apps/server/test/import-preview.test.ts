import type { Database } from '@coopex/db';
import { testBackends } from '@coopex/db/testing';
import { prepareDatabase } from '@coopex/use-cases';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../src/build-server';
import { createSignedInClient, type SignedInClient } from './support/signed-in-client';

function csvUpload(text: string, fileName = 'hot-list.csv') {
  return { headers: { 'content-type': 'text/csv', 'x-file-name': fileName }, payload: text };
}

const header = 'external_id,Наименование,Артикул,Кол-во в год,Ед. изм.,needed_by,Примечание склада';
const goodRow = 'HL-1,Операционный усилитель,LM358DR,12000,шт,01.03.2027,полка 4';
const badRow = 'HL-2,Таймер,NE555P,много,шт,01.03.2027,';

describe.each(testBackends())('import preview (dry run) on $name', (backend) => {
  let database: Database;
  let dispose: () => Promise<void>;
  let server: FastifyInstance;
  let api: SignedInClient;
  let buyerId: string;

  beforeAll(async () => {
    ({ database, dispose } = await backend.open());
    await prepareDatabase({ database });
    server = await buildServer({ database });
    api = await createSignedInClient(server, database);
    const buyer = await api.inject({
      method: 'POST',
      url: '/api/v1/organisations',
      payload: { nameRu: 'АО «Тракторные компоненты»', country: 'RU', taxId: '7707083893' },
    });
    buyerId = buyer.json().id;
  });

  afterAll(async () => {
    await server?.close();
    await dispose();
  });

  const listCount = async () =>
    (await api.inject(`/api/v1/demand-lists?organisationId=${buyerId}`)).json().total as number;

  it('previews a hot list with a bad row: the column mapping and the row problems, and writes nothing', async () => {
    const response = await api.inject({
      method: 'POST',
      url: `/api/v1/organisations/${buyerId}/demand-lists/import?dryRun=true&title=Preview`,
      ...csvUpload([header, goodRow, badRow].join('\n')),
    });
    expect(response.statusCode).toBe(200);
    const report = response.json();
    expect(report).toMatchObject({ status: 'rejected', isDryRun: true, listId: null, rowsRead: 2 });
    expect(report.columns).toContainEqual({ header: 'Артикул', field: 'part_number' });
    expect(report.ignoredHeaders).toContain('Примечание склада');
    expect(report.problems).toEqual([
      expect.objectContaining({ row: 3, column: 'Кол-во в год', value: 'много' }),
    ]);
    expect(await listCount()).toBe(0);
  });

  it('previews a clean hot list as importable without creating the list, then imports it', async () => {
    const csv = [header, goodRow].join('\n');
    const preview = await api.inject({
      method: 'POST',
      url: `/api/v1/organisations/${buyerId}/demand-lists/import?dryRun=true&title=Clean`,
      ...csvUpload(csv),
    });
    expect(preview.json()).toMatchObject({ status: 'imported', isDryRun: true, rowsImported: 1 });
    expect(await listCount()).toBe(0);

    const imported = await api.inject({
      method: 'POST',
      url: `/api/v1/organisations/${buyerId}/demand-lists/import?title=Clean`,
      ...csvUpload(csv),
    });
    expect(imported.statusCode).toBe(200);
    expect(imported.json()).toMatchObject({ status: 'imported', isDryRun: false, inserted: 1 });
    expect(await listCount()).toBe(1);
  });

  it('still rejects a bad file whole without the dry-run flag', async () => {
    const response = await api.inject({
      method: 'POST',
      url: `/api/v1/organisations/${buyerId}/demand-lists/import?title=Rejected`,
      ...csvUpload([header, badRow].join('\n')),
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.code).toBe('import_rejected');
  });
});
