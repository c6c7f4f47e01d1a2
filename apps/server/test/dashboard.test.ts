import type { Database } from '@coopex/db';
import { testBackends } from '@coopex/db/testing';
import { loadDemoData, prepareDatabase } from '@coopex/use-cases';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../src/build-server';
import { createSignedInClient, type SignedInClient } from './support/signed-in-client';
import { waitForStoredMatches } from './support/wait-for-stored-matches';

interface Product {
  parameters: Array<{
    name: string;
    value: { kind: string; value?: number; min?: number | null; max?: number | null };
  }>;
}

describe.each(testBackends())('dashboard and catalog facets on $name', (backend) => {
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
    // The first start matches every open line in the background; the dashboard counts what is stored.
    await waitForStoredMatches(api);
  });

  afterAll(async () => {
    await server?.close();
    await dispose();
  });

  it('counts the open hot-list lines by coverage, buyer country and industry', async () => {
    const response = await api.inject('/api/v1/dashboard');
    expect(response.statusCode).toBe(200);
    const summary = response.json();
    const { openLines } = summary;
    expect(openLines.total).toBeGreaterThan(100);
    expect(openLines.covered + openLines.partly + openLines.notCovered).toBe(openLines.total);
    // The demo catalogs cover most of the demo hot lists, but not everything.
    expect(openLines.covered).toBeGreaterThan(openLines.total / 2);
    expect(openLines.notCovered + openLines.partly).toBeGreaterThan(0);
    expect(summary.byCountry.map((row: { country: string }) => row.country).sort()).toEqual(['BY', 'RU']);
    const byCountryTotal = summary.byCountry.reduce(
      (sum: number, row: { covered: number; partly: number; notCovered: number }) =>
        sum + row.covered + row.partly + row.notCovered,
      0,
    );
    expect(byCountryTotal).toBe(openLines.total);
    expect(summary.byIndustry.length).toBeGreaterThan(3);
    expect(summary.latestMatches.length).toBe(10);
    expect(summary.latestMatches[0]).toMatchObject({
      lineName: expect.any(String),
      supplierName: expect.any(String),
    });
    expect(summary.catalog.products).toBeGreaterThan(500);
  });

  it("narrows the dashboard to one buyer's lines", async () => {
    const union = (await api.inject('/api/v1/dashboard')).json();
    const organisationId = (await api.inject(`/api/v1/demand-lists?limit=1`)).json().items[0]
      .organisationId as string;
    const mine = (await api.inject(`/api/v1/dashboard?organisationId=${organisationId}`)).json();
    expect(mine.openLines.total).toBeGreaterThan(0);
    expect(mine.openLines.total).toBeLessThan(union.openLines.total);
    expect(new Set(mine.latestMatches.map((match: { buyerName: string }) => match.buyerName)).size).toBe(1);
  });

  it('refuses the dashboard to anonymous callers', async () => {
    expect((await server.inject('/api/v1/dashboard')).statusCode).toBe(401);
  });

  it('filters the catalog by a parameter range the way a requirement is checked', async () => {
    const name = 'Напряжение питания';
    const url = (query: string) => `/api/v1/products?limit=500&parameter=${encodeURIComponent(name)}${query}`;
    const withParameter = (await api.inject(url(''))).json();
    expect(withParameter.total).toBeGreaterThan(5);
    const inRange = (await api.inject(url('&parameterFrom=4.5&parameterTo=5.5'))).json();
    expect(inRange.total).toBeGreaterThan(0);
    expect(inRange.total).toBeLessThan(withParameter.total);
    for (const product of inRange.items as Product[]) {
      const parameter = product.parameters.find(
        (candidate) => candidate.name.toLowerCase() === name.toLowerCase(),
      )!;
      if (parameter.value.kind === 'number') {
        expect(parameter.value.value).toBeGreaterThanOrEqual(4.5);
        expect(parameter.value.value).toBeLessThanOrEqual(5.5);
      } else {
        expect(parameter.value.kind).toBe('range');
        expect(parameter.value.min ?? -Infinity).toBeLessThanOrEqual(4.5);
        expect(parameter.value.max ?? Infinity).toBeGreaterThanOrEqual(5.5);
      }
    }
    expect((await api.inject(url('&parameterFrom=100000'))).json().total).toBe(0);
    // One end only: a product range must include that point (3.3 V parts, 5 V parts and 3..36 V parts alike).
    const atPoint = (await api.inject(url('&parameterFrom=3.3'))).json();
    expect(atPoint.total).toBeGreaterThan(0);
    expect(atPoint.total).toBeLessThanOrEqual(withParameter.total);
  });
});
