import { systemActor } from '@coopex/domain';
import { readFileSync } from 'node:fs';
import { createRepositories, openDatabase, type Database } from '@coopex/db';
import { demoDataDirectory, loadDemoHotLists, loadDemoOrganisations } from '@coopex/demo-data';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  loadCatalogMatching,
  loadDemoData,
  matchDemandLine,
  prepareDatabase,
  type CandidateView,
  type CatalogMatching,
} from '../src';

interface Expectation {
  list: string;
  externalId: string;
  outcome: 'covered' | 'falls_short' | 'no_supplier';
  supplier: string | null;
  partNumber: string | null;
}

/**
 * The demo hot lists were written with the answer for every line: who covers it, whose offer falls short, and which
 * lines nobody in the union makes. The matcher must agree with that design.
 */
describe('matching the demo hot lists', () => {
  let database: Database;
  let matching: CatalogMatching;
  const results: Array<{ expectation: Expectation; candidates: CandidateView[]; expectedRank: number }> = [];

  beforeAll(async () => {
    database = await openDatabase({ backend: 'pglite' });
    await prepareDatabase({ database });
    await loadDemoData({ database });
    matching = await loadCatalogMatching({ database });
    const repositories = createRepositories(database);
    const expectations = JSON.parse(
      readFileSync(path.join(demoDataDirectory, 'hot-list-expectations.json'), 'utf8'),
    ) as Expectation[];
    const organisationIds = new Map<string, string>();
    for (const organisation of loadDemoOrganisations()) {
      const [stored] = await repositories.organisations.findByTaxId(organisation.taxId, organisation.country);
      organisationIds.set(organisation.key, stored!.id);
    }
    const lists = (await repositories.demand.listLists({ limit: 100, offset: 0 })).items;
    for (const hotList of loadDemoHotLists()) {
      const listId = lists.find((list) => list.title === hotList.title)!.id;
      const lines = (await repositories.demand.listLines({ listId, limit: 500, offset: 0 })).items;
      for (const expectation of expectations.filter((candidate) => candidate.list === hotList.key)) {
        const line = lines.find((candidate) => candidate.externalId === expectation.externalId)!;
        const { candidates } = await matchDemandLine({
          actor: systemActor,
          database,
          matching,
          lineId: line.id,
          limit: 10,
        });
        const expectedRank = candidates.findIndex(
          (candidate) =>
            candidate.supplier.id === organisationIds.get(expectation.supplier ?? '') &&
            candidate.partNumber === expectation.partNumber,
        );
        results.push({ expectation, candidates, expectedRank });
      }
    }
  });

  afterAll(async () => database?.close());

  const share = (outcome: Expectation['outcome'], test: (result: (typeof results)[number]) => boolean) => {
    const group = results.filter((result) => result.expectation.outcome === outcome);
    return group.filter(test).length / group.length;
  };

  it('puts the designed supplier of a covered line in the top three, mostly first, without failures', () => {
    expect(results.filter((result) => result.expectation.outcome === 'covered').length).toBeGreaterThan(80);
    expect(
      share('covered', (result) => result.expectedRank >= 0 && result.expectedRank < 3),
    ).toBeGreaterThanOrEqual(0.95);
    expect(share('covered', (result) => result.expectedRank === 0)).toBeGreaterThanOrEqual(0.85);
    expect(
      share(
        'covered',
        (result) => result.expectedRank >= 0 && result.candidates[result.expectedRank]!.failed.length === 0,
      ),
    ).toBeGreaterThanOrEqual(0.9);
  });

  it('shows what is short for an offer that falls short instead of dropping it', () => {
    expect(
      share('falls_short', (result) => {
        const offer = result.candidates[result.expectedRank];
        return (
          offer !== undefined &&
          (offer.failed.length > 0 ||
            (offer.explanation.capacity?.share ?? 1) < 1 ||
            offer.summary.includes('draft'))
        );
      }),
    ).toBeGreaterThanOrEqual(0.7);
  });

  it('does not present a confident, clean candidate for a line nobody makes', () => {
    for (const result of results.filter((candidate) => candidate.expectation.outcome === 'no_supplier')) {
      const top = result.candidates[0];
      if (top && top.failed.length === 0) expect(top.score, result.expectation.externalId).toBeLessThan(0.7);
    }
  });
});
