import type { DemandRequirement } from '@coopex/domain';
import type { MatchCandidate } from '../matcher/match-explanation';

export type CoverageStatus = 'covered' | 'partly' | 'not_covered';

export interface CoverageProducer {
  productKey: string;
  organisationId: string;
  country: string;
  name: string;
  score: number;
  /** Yearly capacity in the item's unit, when the product states it. */
  capacityPerYear: number | null;
  failed: string[];
}

export interface ItemCoverage {
  status: CoverageStatus;
  /** Credible producers, best first: those without failures, then those with. */
  producers: CoverageProducer[];
  /** Share of the yearly quantity the producers without failures can make together (1 when no quantity is set). */
  capacityShare: number | null;
  /** What keeps a partly covered item from being covered, in words. */
  shortfall: string[];
}

/** Below this a candidate is a guess, not a producer. */
const credibleScore = 0.5;
/** Share of the item's words (weighted by rarity) a product's text must cover to be taken for the same product. */
const credibleCoverage = 0.3;

/**
 * Decides whether the other country's producers cover a program item: covered when a product meets the hard
 * requirements and the producers' capacity covers the volume; partly when something is short (capacity, a
 * requirement); not covered when nobody credible makes it. A product of another TN VED heading is never credible.
 */
export function assessCoverage(options: {
  quantityPerYear: number | null;
  quantityUnit: string | null;
  candidates: readonly MatchCandidate[];
  /** The item's name and requirements: a failed requirement the item is named after means another product. */
  itemName?: string | undefined;
  requirements?: readonly DemandRequirement[] | undefined;
}): ItemCoverage {
  const namingRequirements = new Set(
    (options.requirements ?? [])
      .filter(
        (requirement) =>
          requirement.requirement.kind === 'values' &&
          requirement.requirement.values.some((value) => isNamedIn(value, options.itemName ?? '')),
      )
      .map((requirement) => requirement.name),
  );
  const credible = options.candidates.filter(
    (candidate) =>
      isCredible(candidate) &&
      !(candidate.explanation.parameters?.verdicts ?? []).some(
        (verdict) => verdict.isMet === false && namingRequirements.has(verdict.requirement),
      ),
  );
  const producers: CoverageProducer[] = credible.map((candidate) => ({
    productKey: candidate.key,
    organisationId: candidate.organisationId,
    country: candidate.country,
    name: candidate.name,
    score: candidate.score,
    // Already in the item's unit: the matcher converts capacity to the unit of the requested quantity.
    capacityPerYear: candidate.explanation.capacity?.offeredPerYear ?? null,
    failed: candidate.failed,
  }));
  producers.sort((a, b) => Number(a.failed.length > 0) - Number(b.failed.length > 0) || b.score - a.score);
  if (producers.length === 0) return { status: 'not_covered', producers, capacityShare: null, shortfall: [] };

  const clean = producers.filter((producer) => producer.failed.length === 0);
  if (clean.length === 0) {
    const reasons = [...new Set(producers.flatMap((producer) => producer.failed))].slice(0, 5);
    return { status: 'partly', producers, capacityShare: null, shortfall: reasons };
  }
  if (!options.quantityPerYear) return { status: 'covered', producers, capacityShare: 1, shortfall: [] };
  const stated = clean.filter((producer) => producer.capacityPerYear !== null);
  if (stated.length === 0) {
    return {
      status: 'partly',
      producers,
      capacityShare: null,
      shortfall: ['no producer states its yearly capacity'],
    };
  }
  const capacity = stated.reduce((sum, producer) => sum + producer.capacityPerYear!, 0);
  const capacityShare = Math.min(1, capacity / options.quantityPerYear);
  return capacityShare >= 1
    ? { status: 'covered', producers, capacityShare: 1, shortfall: [] }
    : {
        status: 'partly',
        producers,
        capacityShare: Math.round(capacityShare * 1000) / 1000,
        shortfall: [
          `published capacity covers at least ${Math.round(capacityShare * 100)}% of ${options.quantityPerYear} ${options.quantityUnit ?? 'pcs'} per year`,
        ],
      };
}

/**
 * A producer is credible when the product is alike before any failed requirement counts and of the same kind (no
 * other TN VED heading), and either states every parameter the item requires (met or not: then we know), or, for an
 * item without requirements, is identified by part number or analogue or covers enough of the item's words.
 * A product silent on what the program requires is not counted: the best hit of a query nobody answers is still
 * first, so neither its rank nor its score next to the others says it makes the item.
 */
function isCredible(candidate: MatchCandidate): boolean {
  if (candidate.relevance < credibleScore) return false;
  const { classification, text, partNumber, analogue, parameters } = candidate.explanation;
  const isSameKind = classification === null || classification.score >= 0.6;
  if (!isSameKind) return false;
  if (parameters && parameters.verdicts.length > 0)
    return parameters.verdicts.every((verdict) => verdict.isMet !== null);
  const isIdentified = partNumber !== null || (analogue !== null && analogue.score > 0);
  return isIdentified || (text?.coverage ?? text?.score ?? 0) >= credibleCoverage;
}

/** «Гепарин натрия» is named in «Гепарин натрия, фармацевтическая субстанция»: its first word is enough. */
function isNamedIn(value: string, name: string): boolean {
  const firstWord =
    value
      .toLowerCase()
      .replace(/ё/g, 'е')
      .split(/[\s,]+/)[0] ?? '';
  return firstWord.length >= 4 && name.toLowerCase().replace(/ё/g, 'е').includes(firstWord);
}
