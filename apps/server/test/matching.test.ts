import type { Database } from '@coopex/db';
import { testBackends } from '@coopex/db/testing';
import { prepareDatabase } from '@coopex/use-cases';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../src/build-server';
import { createSignedInClient, type SignedInClient } from './support/signed-in-client';
import { waitForStoredMatches } from './support/wait-for-stored-matches';

function upload(text: string) {
  return { headers: { 'content-type': 'text/csv' }, payload: text };
}

interface Candidate {
  externalId: string;
  score: number;
  failed: string[];
  summary: string;
  supplier: { country: string };
  explanation: Record<string, { score: number } & Record<string, unknown>>;
}

describe.each(testBackends())('matching through the API on $name', (backend) => {
  let database: Database;
  let dispose: () => Promise<void>;
  let server: FastifyInstance;
  let api: SignedInClient;
  let lineIds: Map<string, string>;
  let supplierId: string;

  beforeAll(async () => {
    ({ database, dispose } = await backend.open());
    await prepareDatabase({ database });
    server = await buildServer({ database });
    api = await createSignedInClient(server, database);
    const organisation = async (payload: Record<string, unknown>) =>
      (await api.inject({ method: 'POST', url: '/api/v1/organisations', payload })).json().id as string;
    supplierId = await organisation({
      nameRu: 'ОАО «Интегральные схемы»',
      country: 'BY',
      taxId: '100582333',
    });
    const buyerId = await organisation({
      nameRu: 'АО «Уральские тракторы»',
      country: 'RU',
      taxId: '7707083893',
    });

    const analogues = [
      'foreign_part,foreign_manufacturer,domestic_part,domestic_manufacturer,grade,source',
      'NE555,Texas Instruments,КР1006ВИ1,Интеграл,drop-in,справочник',
      'STM32F103C8T6,STMicroelectronics,1986ВЕ92У,Миландр,functional,справочник',
    ].join('\n');
    expect(
      (await api.inject({ method: 'POST', url: '/api/v1/analogues/import', ...upload(analogues) }))
        .statusCode,
    ).toBe(200);

    const catalog = [
      'external_id,name,part_number,tnved,capacity,capacity_unit,param:Диапазон рабочих температур[°C]',
      'P-TIMER,Микросхема таймера КР1006ВИ1,КР1006ВИ1,8542399000,500000,шт,-45..85',
      'P-OPAMP-WIDE,Сдвоенный операционный усилитель КР1040УД1,КР1040УД1,8542339000,100000,шт,-60..125',
      'P-OPAMP-NARROW,Операционный усилитель LM358N,LM358N,8542339000,200000,шт,-40..85',
      'P-SENSOR,Датчик температуры LM35DZ,LM35DZ,8542399000,10000,шт,0..100',
      'P-MCU,Микроконтроллер 1986ВЕ92У,1986ВЕ92У,8542319010,30000,шт,-60..125',
    ].join('\n');
    const imported = await api.inject({
      method: 'POST',
      url: `/api/v1/organisations/${supplierId}/products/import`,
      ...upload(catalog),
    });
    expect(imported.statusCode).toBe(200);

    const hotList = [
      'external_id,name,part_number,manufacturer,country,quantity,unit,analogue_grade,param:Рабочая температура[°C]',
      'L-TIMER,Таймер,NE555P,Texas Instruments,US,100000,шт,,',
      'L-OPAMP,Операционный усилитель сдвоенный,LM358DR,Texas Instruments,US,150000,шт,,-60..125',
      'L-MCU,Микроконтроллер,STM32F103C8T6,STMicroelectronics,CH,20000,шт,drop-in,',
    ].join('\n');
    const list = await api.inject({
      method: 'POST',
      url: `/api/v1/organisations/${buyerId}/demand-lists/import?title=test`,
      ...upload(hotList),
    });
    const lines = (await api.inject(`/api/v1/demand-lists/${list.json().listId}/lines`)).json()
      .items as Array<{
      id: string;
      externalId: string;
    }>;
    lineIds = new Map(lines.map((line) => [line.externalId, line.id]));
  });

  afterAll(async () => {
    await server?.close();
    await dispose();
  });

  const candidatesOf = async (externalId: string, query = '') => {
    const response = await api.inject(`/api/v1/demand-lines/${lineIds.get(externalId)}/matches${query}`);
    expect(response.statusCode).toBe(200);
    return response.json().candidates as Candidate[];
  };

  it('finds the supplier of the domestic analogue and names the analogue, its grade and the counterpart country', async () => {
    const [first] = await candidatesOf('L-TIMER');
    expect(first?.externalId).toBe('P-TIMER');
    expect(first?.explanation.analogue).toMatchObject({ analogue: 'КР1006ВИ1', grade: 'drop-in' });
    expect(first?.supplier.country).toBe('BY');
    expect(first?.explanation.country).toMatchObject({ isCounterpart: true });
  });

  it('puts the product whose temperature range covers the requirement first and shows the failed one', async () => {
    const candidates = await candidatesOf('L-OPAMP');
    const wide = candidates.find((candidate) => candidate.externalId === 'P-OPAMP-WIDE');
    const narrow = candidates.find((candidate) => candidate.externalId === 'P-OPAMP-NARROW');
    expect(narrow?.explanation.partNumber).toMatchObject({ agreement: 'family' });
    expect(narrow?.failed).toHaveLength(1);
    expect(narrow?.summary).toContain('fails:');
    expect(wide?.failed).toEqual([]);
    expect(candidates.indexOf(wide!)).toBeLessThan(candidates.indexOf(narrow!));
    // LM35 (a temperature sensor) looks like LM358 but is another family: never a part-number match.
    const sensor = candidates.find((candidate) => candidate.externalId === 'P-SENSOR');
    if (sensor) {
      expect(sensor.explanation.partNumber).toBeNull();
      expect(sensor.score).toBeLessThan(narrow!.score);
    }
  });

  it('reports a functional analogue as a failure when the buyer requires a drop-in replacement', async () => {
    const candidates = await candidatesOf('L-MCU');
    const mcu = candidates.find((candidate) => candidate.externalId === 'P-MCU');
    expect(mcu?.failed).toEqual([expect.stringContaining('drop-in required')]);
  });

  it('filters candidates by supplier country', async () => {
    expect(await candidatesOf('L-TIMER', '?countries=RU')).toEqual([]);
    expect((await candidatesOf('L-TIMER', '?countries=BY')).length).toBeGreaterThan(0);
  });

  it('updates stored matches when a catalog changes, without a rebuild', async () => {
    const before = await candidatesOf('L-TIMER');
    expect(before.map((candidate) => candidate.externalId)).not.toContain('P-TIMER-2');
    const added = await api.inject({
      method: 'POST',
      url: `/api/v1/organisations/${supplierId}/products`,
      payload: {
        externalId: 'P-TIMER-2',
        nameRu: 'Таймер интегральный КР1006ВИ1А',
        partNumber: 'КР1006ВИ1А',
      },
    });
    expect(added.statusCode).toBe(201);
    // The answer comes once the product is written; its lines are matched again in the background.
    const status = await waitForStoredMatches(api);
    expect(status.lastFinished).toMatchObject({ kind: 'catalog-changes', error: null, isStopped: false });
    expect(status.lastFinished.lineCount).toBeGreaterThanOrEqual(1);
    const stored = await database.query<{ count: number }>(
      `SELECT count(*) AS count FROM demand_line_matches m JOIN products p ON p.id = m.product_id
       WHERE m.line_id = $1 AND p.external_id = 'P-TIMER-2'`,
      [lineIds.get('L-TIMER')],
    );
    expect(stored.rows[0]?.count).toBe(1);
  });

  it('answers an ad-hoc query', async () => {
    const response = await api.inject({
      method: 'POST',
      url: '/api/v1/match?limit=3',
      payload: { name: 'Микроконтроллер', partNumber: 'STM32F103C8T6', buyerCountry: 'RU' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().candidates[0].externalId).toBe('P-MCU');
  });

  it('rejects an analogue file with an unknown grade and writes nothing', async () => {
    const bad = [
      'foreign_part,domestic_part,grade',
      'LM317,КР142ЕН12А,drop-in',
      'LM7805,КР142ЕН5А,почти',
    ].join('\n');
    const response = await api.inject({ method: 'POST', url: '/api/v1/analogues/import', ...upload(bad) });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.details.problems).toEqual([
      { row: 3, column: 'grade', value: 'почти', reason: expect.stringContaining('drop-in') },
    ]);
    const stored = await database.query<{ count: number }>(
      "SELECT count(*) AS count FROM analogues WHERE foreign_part = 'LM317'",
    );
    expect(stored.rows[0]?.count).toBe(0);
  });
});
