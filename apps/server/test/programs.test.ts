import type { Database } from '@coopex/db';
import { testBackends } from '@coopex/db/testing';
import { loadDemoData, prepareDatabase } from '@coopex/use-cases';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../src/build-server';
import { createSignedInClient, type SignedInClient } from './support/signed-in-client';

describe.each(testBackends())('programs through the API on $name', (backend) => {
  let database: Database;
  let dispose: () => Promise<void>;
  let server: FastifyInstance;
  let api: SignedInClient;

  beforeAll(async () => {
    ({ database, dispose } = await backend.open());
    await prepareDatabase({ database });
    await loadDemoData({ database });
    server = await buildServer({ database });
    api = await createSignedInClient(server, database);
  });
  afterAll(async () => {
    await server?.close();
    await dispose();
  });

  it('imports a program file and lists it with its items', async () => {
    const csv = [
      'external_id,name,tnved,quantity,unit,value,currency,target_year,responsible',
      'T-1,Подшипники роликовые конические,8482200009,1000,шт,150000,BYN,2027,',
    ].join('\n');
    const imported = await api.inject({
      method: 'POST',
      url: `/api/v1/programs/import?country=BY&title=${encodeURIComponent('Проверочная программа')}&periodFrom=2026&periodTo=2027`,
      headers: { 'content-type': 'text/csv' },
      payload: csv,
    });
    expect(imported.statusCode).toBe(200);
    const programId = imported.json().programId;
    const program = await api.inject(`/api/v1/programs/${programId}`);
    expect(program.json()).toMatchObject({
      program: { country: 'BY', periodFrom: 2026, itemCount: 1 },
      items: [{ externalId: 'T-1', valuePerYear: 150000, targetYear: 2027, quantityUnit: 'pcs' }],
    });
  });

  it('rejects a program row with an impossible target year and writes nothing', async () => {
    const csv = ['external_id,name,target_year', 'T-9,Изделие,двадцать седьмой'].join('\n');
    const response = await api.inject({
      method: 'POST',
      url: `/api/v1/programs/import?country=RU&title=${encodeURIComponent('Неверная программа')}`,
      headers: { 'content-type': 'text/csv' },
      payload: csv,
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.details.problems[0]).toMatchObject({ row: 2, column: 'target_year' });
    const programs = (await api.inject('/api/v1/programs?country=RU')).json().items as Array<{
      title: string;
    }>;
    expect(programs.map((program) => program.title)).not.toContain('Неверная программа');
  });

  it('synchronises two countries’ programs as JSON and as a workbook', async () => {
    const json = await api.inject('/api/v1/programs/sync?left=BY&right=RU');
    expect(json.statusCode).toBe(200);
    const report = json.json();
    expect(report.sides.map((side: { country: string }) => side.country)).toEqual(['BY', 'RU']);
    expect(report.overlaps.length).toBeGreaterThan(0);
    const workbook = await api.inject('/api/v1/programs/sync/workbook?left=BY&right=RU');
    expect(workbook.statusCode).toBe(200);
    expect(workbook.headers['content-type']).toContain('spreadsheetml');
    expect(workbook.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('runs the synchronisation as a background job, reuses it while catalogs stand still, and marks it stale after', async () => {
    const start = () =>
      api.inject({
        method: 'POST',
        url: '/api/v1/programs/sync/jobs',
        payload: { left: 'BY', right: 'RU' },
      });
    const first = await start();
    expect(first.statusCode).toBe(202);
    const jobId = first.json().id;
    let job = first.json();
    for (let attempt = 0; attempt < 200 && job.status !== 'done' && job.status !== 'failed'; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      job = (await api.inject(`/api/v1/jobs/${jobId}`)).json();
    }
    expect(job).toMatchObject({ status: 'done', progress: 1, isStale: false });
    expect(job.result.sides).toHaveLength(2);
    expect((await start()).json().id).toBe(jobId);

    const supplier = (await api.inject('/api/v1/organisations?country=RU&kind=enterprise&limit=1')).json()
      .items[0];
    await api.inject({
      method: 'POST',
      url: `/api/v1/organisations/${supplier.id}/products`,
      payload: { nameRu: 'Новое изделие для проверки устаревания отчета' },
    });
    expect((await api.inject(`/api/v1/jobs/${jobId}`)).json().isStale).toBe(true);
    expect((await start()).json().id).not.toBe(jobId);
  });

  it('refuses to synchronise a country with itself', async () => {
    const response = await api.inject('/api/v1/programs/sync?left=BY&right=BY');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('validation_failed');
  });
});
