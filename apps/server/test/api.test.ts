import { Validator } from '@seriousme/openapi-schema-validator';
import type { Database } from '@coopex/db';
import { testBackends } from '@coopex/db/testing';
import { prepareDatabase } from '@coopex/use-cases';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../src/build-server';
import { createSignedInClient, type SignedInClient } from './support/signed-in-client';

const validBelarusUnp = '100582333';
const validRussiaInn = '7707083893';

function csvUpload(text: string, fileName = 'upload.csv') {
  return { headers: { 'content-type': 'text/csv', 'x-file-name': fileName }, payload: text };
}

describe.each(testBackends())('HTTP API on $name', (backend) => {
  let database: Database;
  let dispose: () => Promise<void>;
  let server: FastifyInstance;
  let api: SignedInClient;
  let supplierId: string;
  let buyerId: string;

  beforeAll(async () => {
    ({ database, dispose } = await backend.open());
    await prepareDatabase({ database });
    server = await buildServer({ database });
    api = await createSignedInClient(server, database);
    const supplier = await api.inject({
      method: 'POST',
      url: '/api/v1/organisations',
      payload: {
        nameRu: 'ОАО «Гомельский приборный завод»',
        country: 'BY',
        taxId: validBelarusUnp,
        industries: ['microelectronics'],
      },
    });
    expect(supplier.statusCode).toBe(201);
    supplierId = supplier.json().id;
    const buyer = await api.inject({
      method: 'POST',
      url: '/api/v1/organisations',
      payload: { nameRu: 'АО «Тракторные компоненты»', country: 'RU', taxId: validRussiaInn },
    });
    buyerId = buyer.json().id;
  });

  afterAll(async () => {
    await server?.close();
    await dispose();
  });

  it('answers the health check with the database back-end', async () => {
    const response = await api.inject('/api/v1/health');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'ok', database: backend.name });
  });

  it('publishes an OpenAPI 3.1 document that validates', async () => {
    const response = await api.inject('/api/v1/openapi.json');
    const document = response.json();
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toContain('/api/v1/organisations/{id}/products/import');
    const result = await new Validator().validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('rejects an INN with a wrong check digit and says which field', async () => {
    const response = await api.inject({
      method: 'POST',
      url: '/api/v1/organisations',
      payload: { nameRu: 'ООО «Ошибка»', country: 'RU', taxId: '7707083894' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'validation_failed', details: { field: 'taxId' } });
  });

  it('does not register the same tax id twice in one country', async () => {
    const response = await api.inject({
      method: 'POST',
      url: '/api/v1/organisations',
      payload: { nameRu: 'Двойник', country: 'BY', taxId: validBelarusUnp },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('conflict');
  });

  it('answers an unknown id with not_found and never a stack trace', async () => {
    const response = await api.inject('/api/v1/products/00000000-0000-4000-8000-000000000000');
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({
      error: { code: 'not_found', message: 'Product not found', details: expect.anything() },
    });
    expect(response.body).not.toMatch(/at .*\.ts:\d+/);
  });

  it('answers malformed JSON with validation_failed', async () => {
    const response = await api.inject({
      method: 'POST',
      url: '/api/v1/organisations',
      headers: { 'content-type': 'application/json' },
      payload: '{"nameRu": ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('validation_failed');
    expect(response.body).not.toContain('node_modules');
  });

  it('creates a product with a canonical unit and warns that no classifier is loaded', async () => {
    const response = await api.inject({
      method: 'POST',
      url: `/api/v1/organisations/${supplierId}/products`,
      payload: {
        externalId: 'OU-6',
        nameRu: 'Микросхема операционного усилителя 140УД6А',
        tnved: '8542 33 900 0',
        capacityPerYear: 50000,
        capacityUnit: 'шт',
        parameters: [{ name: 'Напряжение питания', value: { kind: 'range', min: 4.5, max: 5.5, unit: 'В' } }],
      },
    });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.product).toMatchObject({ tnved: '8542339000', capacityUnit: 'pcs', country: 'BY' });
    expect(body.product.parameters[0].value.unit).toBe('V');
    expect(body.warnings).toEqual([expect.objectContaining({ field: 'tnved' })]);
  });

  it('imports a CSV whole, or not at all when one row is bad', async () => {
    const csv = [
      'Внутренний код;Наименование;Код ТН ВЭД;Мощность в год;Ед. изм.;param:Диапазон рабочих температур[°C]',
      'A-1;Подшипник 180205;8482100010;10000;шт;-60..125',
      'A-2;Подшипник 180206;8482100010;много;шт;-40..85',
      'A-3;Подшипник 180207;8482100010;5000;шт;-40..85',
    ].join('\n');
    const rejected = await api.inject({
      method: 'POST',
      url: `/api/v1/organisations/${supplierId}/products/import`,
      ...csvUpload(csv),
    });
    expect(rejected.statusCode).toBe(422);
    const error = rejected.json().error;
    expect(error.code).toBe('import_rejected');
    expect(error.details.problems).toEqual([
      { row: 3, column: 'Мощность в год', value: 'много', reason: 'not a number' },
    ]);
    const afterRejection = await api.inject(`/api/v1/products?organisationId=${supplierId}&q=180205`);
    expect(afterRejection.json().total).toBe(0);

    const partial = await api.inject({
      method: 'POST',
      url: `/api/v1/organisations/${supplierId}/products/import?skipInvalid=true`,
      ...csvUpload(csv),
    });
    expect(partial.statusCode).toBe(200);
    expect(partial.json()).toMatchObject({
      status: 'partial',
      rowsImported: 2,
      rowsRejected: 1,
      inserted: 2,
    });

    const again = await api.inject({
      method: 'POST',
      url: `/api/v1/organisations/${supplierId}/products/import?skipInvalid=true`,
      ...csvUpload(csv),
    });
    expect(again.json()).toMatchObject({ inserted: 0, updated: 2 });
    const stored = await api.inject(`/api/v1/products?organisationId=${supplierId}&q=Подшипник`);
    expect(stored.json().total).toBe(2);
  });

  it('exports a catalog that re-imports without changing anything', async () => {
    for (const format of ['csv', 'xlsx'] as const) {
      const before = (await api.inject(`/api/v1/products?organisationId=${supplierId}&limit=500`)).json()
        .items;
      const exported = await api.inject(
        `/api/v1/organisations/${supplierId}/products/export?format=${format}`,
      );
      expect(exported.statusCode).toBe(200);
      const reimport = await api.inject({
        method: 'POST',
        url: `/api/v1/organisations/${supplierId}/products/import`,
        headers: { 'content-type': 'application/octet-stream', 'x-file-name': `export.${format}` },
        payload: exported.rawPayload,
      });
      expect(reimport.statusCode).toBe(200);
      expect(reimport.json()).toMatchObject({ status: 'imported', inserted: 0, updated: before.length });
      const after = (await api.inject(`/api/v1/products?organisationId=${supplierId}&limit=500`)).json()
        .items;
      const withoutTimes = (items: Array<Record<string, unknown>>) =>
        items.map(({ updatedAt: _updatedAt, ...rest }) => rest);
      expect(withoutTimes(after)).toEqual(withoutTimes(before));
    }
  });

  it('imports a hot list and moves a line along its lifecycle but not past steps', async () => {
    const csv = [
      'external_id,name,part_number,manufacturer,country,quantity,unit,needed_by,criticality,param:Диапазон рабочих температур[°C]',
      'HL-1,Операционный усилитель,LM358DR,Texas Instruments,US,12000,шт,01.03.2027,production_stop,-60..125',
    ].join('\n');
    const imported = await api.inject({
      method: 'POST',
      url: `/api/v1/organisations/${buyerId}/demand-lists/import?title=${encodeURIComponent('Горячий список 2027')}`,
      ...csvUpload(csv),
    });
    expect(imported.statusCode).toBe(200);
    const listId = imported.json().listId;
    const lines = (await api.inject(`/api/v1/demand-lists/${listId}/lines`)).json();
    expect(lines.items[0]).toMatchObject({
      partNumber: 'LM358DR',
      originCountry: 'US',
      quantityUnit: 'pcs',
      neededBy: '2027-03-01',
      criticality: 'production_stop',
      requirements: [
        {
          name: 'Диапазон рабочих температур',
          requirement: { kind: 'range', min: -60, max: 125, unit: 'degC' },
        },
      ],
    });
    const lineId = lines.items[0].id;
    const contacted = await api.inject({
      method: 'POST',
      url: `/api/v1/demand-lines/${lineId}/status`,
      payload: { status: 'contacted' },
    });
    expect(contacted.json().status).toBe('contacted');
    const jump = await api.inject({
      method: 'POST',
      url: `/api/v1/demand-lines/${lineId}/status`,
      payload: { status: 'delivering' },
    });
    expect(jump.statusCode).toBe(409);
    expect(jump.json().error.code).toBe('invalid_status_transition');
  });

  it('looks up a classifier code with its path and rejects an unknown one', async () => {
    await database.query(
      `INSERT INTO classifier_entries (system, code, parent_code, level, name_ru) VALUES
       ('tnved', 'XVI', NULL, 'section', 'Машины'), ('tnved', '84', 'XVI', 'chapter', 'Реакторы ядерные, котлы'),
       ('tnved', '8482', '84', 'heading', 'Подшипники шариковые'), ('tnved', '848210', '8482', 'subheading', NULL),
       ('tnved', '8482100010', '848210', 'item', 'с наибольшим наружным диаметром не более 30 мм')`,
    );
    const found = await api.inject('/api/v1/classifiers/tnved/codes/8482100010');
    expect(found.statusCode).toBe(200);
    expect(found.json().path.map((node: { code: string }) => node.code)).toEqual([
      'XVI',
      '84',
      '8482',
      '848210',
      '8482100010',
    ]);
    const unknown = await api.inject('/api/v1/classifiers/tnved/codes/8482999999');
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error.code).toBe('unknown_classifier_code');
    const search = await api.inject(`/api/v1/classifiers/tnved/search?q=${encodeURIComponent('подшипники')}`);
    expect(search.json().items.map((node: { code: string }) => node.code)).toContain('8482');
  });

  it('refuses an unknown TN VED code once the classifier is loaded', async () => {
    const response = await api.inject({
      method: 'POST',
      url: `/api/v1/organisations/${supplierId}/products`,
      payload: { nameRu: 'Неизвестное изделие', tnved: '8482999999' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.problems).toEqual([
      { field: 'tnved', value: '8482999999', reason: 'unknown TN VED code' },
    ]);
  });
});
