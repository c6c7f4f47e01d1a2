import { describe, expect, it } from 'vitest';
import type { MatchCandidate, MatchExplanation } from '../matcher/match-explanation';
import { assessCoverage } from './assess-coverage';
import { findOverlaps } from './find-overlaps';
import { groupGaps } from './group-gaps';

function candidate(overrides: {
  key: string;
  score?: number;
  failed?: string[];
  offeredPerYear?: number;
  classificationScore?: number | null;
  textScore?: number;
  coverage?: number;
}): MatchCandidate {
  const explanation: MatchExplanation = {
    text: { score: overrides.textScore ?? 0.9, coverage: overrides.coverage ?? 0.9, matchedTerms: [] },
    classification:
      overrides.classificationScore === null
        ? null
        : {
            score: overrides.classificationScore ?? 1,
            system: 'tnved',
            level: 'item',
            requested: '8482',
            offered: '8482',
          },
    partNumber: null,
    analogue: null,
    parameters: null,
    capacity:
      overrides.offeredPerYear === undefined
        ? null
        : {
            score: 1,
            share: 1,
            offeredPerYear: overrides.offeredPerYear,
            requestedPerYear: 1000,
            unit: 'pcs',
          },
    leadTime: null,
    country: { score: 1, country: 'BY', isCounterpart: true },
  };
  return {
    key: overrides.key,
    organisationId: `org-${overrides.key}`,
    country: 'BY',
    name: overrides.key,
    partNumber: null,
    score: overrides.score ?? 0.8,
    relevance: (overrides.score ?? 0.8) * 2 ** (overrides.failed?.length ?? 0),
    explanation,
    failed: overrides.failed ?? [],
    summary: '',
  };
}

describe('assessCoverage', () => {
  it('calls an item covered when clean producers together make the yearly quantity', () => {
    const coverage = assessCoverage({
      quantityPerYear: 1000,
      quantityUnit: 'pcs',
      candidates: [
        candidate({ key: 'a', offeredPerYear: 600 }),
        candidate({ key: 'b', offeredPerYear: 500 }),
      ],
    });
    expect(coverage).toMatchObject({ status: 'covered', capacityShare: 1 });
    expect(coverage.producers.map((producer) => producer.productKey)).toEqual(['a', 'b']);
  });

  it('calls it partly covered and says how much when capacity falls short', () => {
    const coverage = assessCoverage({
      quantityPerYear: 1000,
      quantityUnit: 'pcs',
      candidates: [candidate({ key: 'a', offeredPerYear: 400 })],
    });
    expect(coverage).toMatchObject({ status: 'partly', capacityShare: 0.4 });
    expect(coverage.shortfall[0]).toContain('40%');
  });

  it('calls it partly covered and names the requirement when every producer fails one', () => {
    const coverage = assessCoverage({
      quantityPerYear: 1000,
      quantityUnit: 'pcs',
      candidates: [
        candidate({
          key: 'a',
          failed: ['temperature: -40..85 does not cover -60..125'],
          offeredPerYear: 5000,
        }),
      ],
    });
    expect(coverage.status).toBe('partly');
    expect(coverage.shortfall).toEqual(['temperature: -40..85 does not cover -60..125']);
  });

  it('does not count a product of another heading or a weak guess as a producer', () => {
    const coverage = assessCoverage({
      quantityPerYear: 1000,
      quantityUnit: 'pcs',
      candidates: [
        candidate({ key: 'other-heading', classificationScore: 0.3, offeredPerYear: 5000 }),
        candidate({ key: 'weak', score: 0.3, offeredPerYear: 5000 }),
        candidate({ key: 'unlike-text', coverage: 0.2, offeredPerYear: 5000 }),
      ],
    });
    expect(coverage.status).toBe('not_covered');
  });
});

describe('findOverlaps', () => {
  it('finds the same product planned by both countries, across wording and languages', () => {
    const { overlaps, falseFriends } = findOverlaps({
      left: [{ name: 'Подшипники роликовые конические для грузовых автомобилей', tnved: '8482200009' }],
      right: [
        { name: 'Роликовые конические подшипники грузовых автомобилей', tnved: '8482200009' },
        { name: 'Шарикоподшипники радиальные для электродвигателей', tnved: '8482109008' },
      ],
    });
    expect(overlaps.map((pair) => pair.right.name)).toEqual([
      'Роликовые конические подшипники грузовых автомобилей',
    ]);
    expect(falseFriends.map((pair) => pair.right.name)).toEqual([
      'Шарикоподшипники радиальные для электродвигателей',
    ]);
  });

  it('does not call items of different headings overlaps however alike their names', () => {
    const { overlaps } = findOverlaps({
      left: [{ name: 'Насосы шестеренные', tnved: '8413604000' }],
      right: [{ name: 'Насосы шестеренные', tnved: '8414590000' }],
    });
    expect(overlaps).toEqual([]);
  });

  it('matches across languages through the English names', () => {
    const { overlaps } = findOverlaps({
      left: [
        { name: 'Микроконтроллеры 32-разрядные', nameEn: '32-bit microcontrollers', tnved: '8542319010' },
      ],
      right: [
        { name: 'Микросхемы микроконтроллеров', nameEn: 'Microcontrollers, 32-bit', tnved: '8542319090' },
      ],
    });
    expect(overlaps).toHaveLength(1);
  });
});

describe('groupGaps', () => {
  it('groups alike items of one kind into a joint project, largest value first', () => {
    const groups = groupGaps([
      { name: 'ПЛИС FPGA 100 тыс. логических элементов', tnved: '8542319090', valuePerYear: 100 },
      { name: 'Датчик давления', tnved: '9026204000', valuePerYear: 10 },
      { name: 'ПЛИС FPGA 500 тыс. логических элементов', tnved: '8542319090', valuePerYear: 300 },
    ]);
    expect(groups[0]).toMatchObject({ productKind: 'tnved:8542', valuePerYear: 400 });
    expect(groups[0]?.items).toHaveLength(2);
    expect(groups).toHaveLength(2);
  });
});
