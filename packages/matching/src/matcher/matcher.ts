import {
  convertQuantity,
  areCompatibleUnits,
  sharedCodePrefixLevel,
  type ProductParameter,
} from '@coopex/domain';
import {
  AnalogueGraph,
  type AnalogueEntry,
  type AnalogueGrade,
  type FoundAnalogue,
} from '../analogues/analogue-graph';
import {
  compareNormalizedPartNumbers,
  preparePartNumber,
  type PartNumberAgreement,
  type PreparedPartNumber,
} from '../part-numbers/compare-part-numbers';
import type { CatalogItem, MatchOptions, MatchQuery } from './catalog-item';
import { checkParameters } from './check-parameters';
import { extractTextParameters } from './extract-text-parameters';
import { IdBuckets } from './id-buckets';
import { partNumbersOfItem } from './part-numbers-of-item';
import type { MatchCandidate, MatchExplanation } from './match-explanation';

/**
 * What the matcher keeps of a product after indexing it. Its other-language name and description stay too (the
 * strings come from the catalog row anyway): a catalog sync looks up the lines its old version reached.
 */
type StoredItem = Omit<CatalogItem, 'manufacturer'>;

/** The text retrieval the matcher builds on: ranked, OR semantics, incremental. */
export interface TextRetriever {
  add(id: number, fields: { name: string; nameEn?: string; description?: string; partNumber?: string }): void;
  remove(id: number): void;
  search(
    query: { text: string },
    options: { limit: number; candidateLimit?: number },
  ): Array<{
    id: number;
    score: number;
    textScore?: number;
    matchedTerms: string[];
    features?: { termCoverage: number };
  }>;
  /** The ids of the first stage's best documents, without re-ranking (see TextIndex.searchIds). */
  searchIds?(query: { text: string }, limit: number): number[];
  /** The first-stage score `search` would give one document (see TextIndex.scoreDocument). */
  scoreDocument?(query: { text: string }, id: number): number;
}

/**
 * The last of a query's text candidates, by first-stage score and then id: a product enters the text candidates
 * only by ranking above it. Null when there was room for more.
 */
export interface TextCutoff {
  score: number;
  id: number;
}

const weights = {
  identity: 0.3,
  text: 0.3,
  classification: 0.15,
  parameters: 0.15,
  capacity: 0.05,
  leadTime: 0.03,
  country: 0.02,
} as const;

const partNumberScores: Record<PartNumberAgreement, number> = { exact: 1, prefix: 0.9, family: 0.8 };
const analogueScores: Record<AnalogueGrade, number> = {
  'drop-in': 0.95,
  'pin-compatible': 0.8,
  functional: 0.6,
};
const gradeStrength: Record<AnalogueGrade, number> = { 'drop-in': 3, 'pin-compatible': 2, functional: 1 };
const tnvedLevelScores: Record<string, number> = { item: 1, subheading: 0.8, heading: 0.6, chapter: 0.3 };
/** Each failed hard requirement halves the score, so a product that fails sinks below those that do not. */
const failurePenalty = 0.5;
const textCandidateLimit = 40;
const uncodedScore = 0.4;
/** What a text hit that matched only numbers, none of the query's words, keeps of its score. */
const numbersOnlyTextWeight = 0.25;
/** How far below a line's stored text cutoff a product's score may be and still count as able to enter. */
const cutoffDriftMargin = 1e-3;
/** A code bucket larger than this says too little to list all its products as candidates. */
const codeBucketLimit = 300;

const counterpartCountry: Record<string, string> = { BY: 'RU', RU: 'BY' };

/**
 * Finds, for a demand line, the products that can replace what can no longer be imported, and says why.
 * Framework-free and in memory: products are added, changed and removed one by one, so the index follows the
 * catalog without a rebuild.
 */
export class Matcher {
  private readonly items: Array<StoredItem | undefined> = [];
  private readonly textParameters: Array<ProductParameter[] | undefined> = [];
  /** Each product's part numbers, normalised once when it is added: scoring compares them for every query. */
  private readonly partNumbers: Array<Array<PreparedPartNumber & { raw: string }> | undefined> = [];
  private readonly idByKey = new Map<string, number>();
  private readonly freeIds: number[] = [];
  private readonly byPartNumber = new IdBuckets();
  private readonly byPartFamily = new IdBuckets();
  private readonly byTnved = new IdBuckets();
  private readonly byTnvedSubheading = new IdBuckets();
  /** Organisation ids repeat across a catalog; one string each keeps a million products smaller. */
  private readonly organisationIds = new Map<string, string>();
  private analogueGraph = new AnalogueGraph();
  private weighings = new WeakMap<MatchQuery, QueryWeighing>();

  constructor(private readonly text: TextRetriever) {}

  get size(): number {
    return this.idByKey.size;
  }

  get analogues(): AnalogueGraph {
    return this.analogueGraph;
  }

  /** Replaces the whole cross-reference: adding the same entries again would double the graph's links. */
  replaceAnalogues(entries: readonly AnalogueEntry[]): void {
    const graph = new AnalogueGraph();
    for (const entry of entries) graph.add(entry);
    this.analogueGraph = graph;
  }

  addAnalogue(entry: AnalogueEntry): void {
    this.analogueGraph.add(entry);
    // Prepared weighings list the analogues of their part numbers.
    this.weighings = new WeakMap();
  }

  upsert(item: CatalogItem): void {
    const existing = this.idByKey.get(item.key);
    if (existing !== undefined) this.removeById(existing);
    const id = this.freeIds.pop() ?? this.items.length;
    let organisationId = this.organisationIds.get(item.organisationId);
    if (organisationId === undefined) {
      organisationId = item.organisationId;
      this.organisationIds.set(organisationId, organisationId);
    }
    this.items[id] = {
      key: item.key,
      organisationId,
      country: item.country,
      name: item.name,
      nameEn: item.nameEn,
      description: item.description,
      partNumber: item.partNumber,
      tnved: item.tnved,
      okpd2: item.okpd2,
      parameters: item.parameters,
      capacityPerYear: item.capacityPerYear,
      capacityUnit: item.capacityUnit,
      leadTimeDays: item.leadTimeDays,
      isActive: item.isActive,
    };
    this.idByKey.set(item.key, id);
    // An inactive product can be proposed to nobody: kept (it may come back), but out of the text index and the
    // buckets, so it takes no text candidate's place and counts in no code's size.
    if (!item.isActive) return;
    const textParameters = extractTextParameters(
      `${item.name} ${item.nameEn ?? ''} ${item.description ?? ''}`,
    );
    this.textParameters[id] = textParameters.length > 0 ? textParameters : undefined;
    this.text.add(id, {
      name: item.name,
      nameEn: item.nameEn ?? undefined,
      description: item.description ?? undefined,
      partNumber: item.partNumber ?? undefined,
    });
    const parts = partNumbersOfItem(item).map(preparePartNumber);
    this.partNumbers[id] = parts;
    for (const part of parts) {
      this.byPartNumber.add(part.normalized, id);
      this.byPartFamily.add(part.family, id);
    }
    if (item.tnved) {
      this.byTnved.add(item.tnved, id);
      this.byTnvedSubheading.add(item.tnved.slice(0, 6), id);
    }
  }

  remove(key: string): void {
    const id = this.idByKey.get(key);
    if (id !== undefined) this.removeById(id);
  }

  has(key: string): boolean {
    return this.idByKey.has(key);
  }

  /** A product as the matcher keeps it (without its manufacturer). */
  catalogItemOf(key: string): CatalogItem | undefined {
    const id = this.idByKey.get(key);
    const item = id === undefined ? undefined : this.items[id];
    return item ? { ...item, manufacturer: null } : undefined;
  }

  match(query: MatchQuery, options: MatchOptions): MatchCandidate[] {
    return this.matchWithTextCutoff(query, options).candidates;
  }

  /**
   * Matches, and says where the text candidates stopped: kept with a line's stored matches, it tells which
   * changed products could alter them (see couldEnterCandidates).
   */
  matchWithTextCutoff(
    query: MatchQuery,
    options: MatchOptions,
  ): { candidates: MatchCandidate[]; textCutoff: TextCutoff | null } {
    const candidates = new Map<number, TextEvidence>();
    const textHits = this.searchText(query);
    const textCutoff = textCutoffOf(textHits);
    const bestText = textHits[0]?.score ?? 0;
    for (const hit of textHits) {
      // A hit on numbers alone ("0", "6", "1200") shares no word with the query: weak evidence of the same product.
      const numbersOnlyFactor = hit.features?.termCoverage === 0 ? numbersOnlyTextWeight : 1;
      candidates.set(hit.id, {
        textScore: bestText > 0 ? (hit.score / bestText) * numbersOnlyFactor : 0,
        coverage: hit.features?.termCoverage ?? null,
        matchedTerms: hit.matchedTerms,
      });
    }
    const requested = query.partNumber ? preparePartNumber(query.partNumber) : null;
    const analogues: PreparedAnalogue[] = requested
      ? this.analogues
          .findAnalogues(requested.raw)
          .map((found) => ({ ...found, prepared: preparePartNumber(found.partNumber) }))
      : [];
    const wantedParts = requested ? [requested, ...analogues.map((found) => found.prepared)] : [];
    for (const part of wantedParts) {
      for (const id of this.byPartNumber.get(part.normalized) ?? []) addCandidate(candidates, id);
      for (const id of this.byPartFamily.get(part.family) ?? []) addCandidate(candidates, id);
    }
    const tnvedBucket = query.tnved ? this.tnvedBucketOf(query.tnved) : null;
    if (tnvedBucket?.isListed) {
      const bucket = tnvedBucket.isCodeLevel
        ? this.byTnved.get(tnvedBucket.key)
        : this.byTnvedSubheading.get(tnvedBucket.key);
      for (const id of bucket) addCandidate(candidates, id);
    }

    const countries = options.countries && options.countries.length > 0 ? new Set(options.countries) : null;
    const today = options.today ?? new Date().toISOString().slice(0, 10);
    const results: MatchCandidate[] = [];
    for (const [id, textHit] of candidates) {
      const item = this.items[id];
      if (!item || !item.isActive) continue;
      if (countries && !countries.has(item.country)) continue;
      const context: ScoringContext = {
        parts: this.partNumbers[id] ?? [],
        textParameters: this.textParameters[id] ?? [],
        requested,
        analogues,
      };
      results.push(this.score(item, context, query, textHit, today));
    }
    results.sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return { candidates: results.slice(0, options.limit), textCutoff };
  }

  /**
   * Whether the product would now be among the query's candidates: by its part number or an analogue's, its
   * TN VED code (as `match` takes a small code's products), or its text ranking above the cutoff of the query's
   * last match. A product that would not leaves the match as it was, save for the drift of word statistics
   * every catalog change brings: its line need not be matched again. True when the text retriever cannot say.
   */
  couldEnterCandidates(query: MatchQuery, key: string, textCutoff: TextCutoff | null): boolean {
    const id = this.idByKey.get(key);
    const item = id === undefined ? undefined : this.items[id];
    if (id === undefined || !item || !item.isActive) return false;
    const { text, wantedParts } = this.weighingOf(query);
    if (wantedParts.length > 0) {
      for (const part of this.partNumbers[id] ?? []) {
        if (
          wantedParts.some((wanted) => wanted.normalized === part.normalized || wanted.family === part.family)
        )
          return true;
      }
    }
    if (query.tnved && item.tnved) {
      const bucket = this.tnvedBucketOf(query.tnved);
      const itemKey = bucket.isCodeLevel ? item.tnved : item.tnved.slice(0, 6);
      if (bucket.isListed && itemKey === bucket.key) return true;
    }
    if (!this.text.scoreDocument) return true;
    const textScore = this.text.scoreDocument({ text }, id);
    if (textScore <= 0) return false;
    if (!textCutoff) return true;
    // The cutoff product scored now: since the line's match other products have moved the words' statistics, for
    // it as for the newcomer. Gone, it says nothing: the line's candidates have changed anyway.
    const cutoffScore = textCutoff.id === id ? textScore : this.text.scoreDocument({ text }, textCutoff.id);
    if (cutoffScore <= 0) return true;
    // The text stage keeps the higher score, and on equal scores the smaller id; the cutoff product itself is among
    // them, and what else changed about it may lift it into a line's top 20. A little below still counts: the
    // statistics may also have reordered near-equal candidates, leaving a lower one last.
    if (textScore === cutoffScore) return id <= textCutoff.id;
    return textScore > cutoffScore * (1 - cutoffDriftMargin);
  }

  private score(
    item: StoredItem,
    context: ScoringContext,
    query: MatchQuery,
    textHit: TextEvidence,
    today: string,
  ): MatchCandidate {
    const { parts, textParameters, requested, analogues } = context;
    const failed: string[] = [];
    const explanation: MatchExplanation = {
      text:
        textHit.textScore > 0
          ? {
              score: round(textHit.textScore),
              coverage: textHit.coverage === null ? null : round(textHit.coverage),
              matchedTerms: textHit.matchedTerms,
            }
          : null,
      classification: classify(query, item),
      partNumber: null,
      analogue: null,
      parameters: null,
      capacity: null,
      leadTime: null,
      country: countryCriterion(query.buyerCountry, item.country),
    };

    if (requested) {
      for (const part of parts) {
        const agreement = compareNormalizedPartNumbers(requested, part);
        if (
          agreement &&
          (!explanation.partNumber || partNumberScores[agreement] > explanation.partNumber.score)
        ) {
          explanation.partNumber = {
            score: partNumberScores[agreement],
            agreement,
            requested: requested.raw,
            offered: part.raw,
          };
        }
      }
      if (!explanation.partNumber) explanation.analogue = findAnalogueMatch(query, parts, analogues, failed);
    }

    if (query.requirements && query.requirements.length > 0) {
      const verdicts = checkParameters({
        requirements: query.requirements,
        parameters: item.parameters,
        textParameters,
      });
      for (const verdict of verdicts) if (verdict.isMet === false) failed.push(verdict.reason);
      const met = verdicts.filter((verdict) => verdict.isMet === true).length;
      const unknown = verdicts.filter((verdict) => verdict.isMet === null).length;
      explanation.parameters = { score: round((met + unknown * 0.3) / verdicts.length), verdicts };
    }

    explanation.capacity = capacityCriterion(query, item);
    explanation.leadTime = leadTimeCriterion(query, item, today);
    if (explanation.leadTime && explanation.leadTime.score === 0) {
      failed.push(
        `lead time: ${explanation.leadTime.leadTimeDays} days, ready by ${explanation.leadTime.readyBy}, needed by ${explanation.leadTime.neededBy}`,
      );
    }

    const identity = Math.max(explanation.partNumber?.score ?? 0, explanation.analogue?.score ?? 0);
    const weighted: Array<[number, number]> = [
      [weights.text, explanation.text?.score ?? 0],
      [weights.country, explanation.country.score],
    ];
    if (query.partNumber) weighted.push([weights.identity, identity]);
    if (query.tnved || query.okpd2) {
      // A different code is evidence against; no code at all is unknown, worth less than agreement.
      const isComparable = (query.tnved && item.tnved) || (query.okpd2 && item.okpd2);
      weighted.push([
        weights.classification,
        explanation.classification?.score ?? (isComparable ? 0 : uncodedScore),
      ]);
    }
    if (explanation.parameters) weighted.push([weights.parameters, explanation.parameters.score]);
    if (explanation.capacity) weighted.push([weights.capacity, explanation.capacity.score]);
    if (explanation.leadTime) weighted.push([weights.leadTime, explanation.leadTime.score]);
    const weightSum = weighted.reduce((sum, [weight]) => sum + weight, 0);
    const relevance = weighted.reduce((sum, [weight, value]) => sum + weight * value, 0) / weightSum;
    const score = round(relevance * failurePenalty ** failed.length);

    return {
      key: item.key,
      organisationId: item.organisationId,
      country: item.country,
      name: item.name,
      partNumber: item.partNumber,
      score,
      relevance: round(relevance),
      explanation,
      failed,
      summary: summarize(explanation, failed),
    };
  }

  /**
   * How `match` treats a query with this TN VED code: whether it lists the code's own products or its subheading's,
   * and whether that bucket is small enough to list; and how a query using the code's subheading fares. A catalog
   * change that alters either alters the candidates of every such line, whoever the product is.
   */
  tnvedListingOf(code: string): { forCode: string; forSubheading: string } {
    const forCode = this.tnvedBucketOf(code);
    const subheadingSize = this.byTnvedSubheading.sizeOf(code.slice(0, 6));
    return {
      forCode: `${forCode.isCodeLevel ? 'code' : 'subheading'} ${forCode.isListed}`,
      forSubheading: `subheading ${subheadingSize > 0 && subheadingSize <= codeBucketLimit}`,
    };
  }

  /**
   * The bucket `match` takes a query's TN VED code's products from: the code's own when some product has it, else
   * its subheading's (first six digits); listed only when small, since a large bucket says too little (its size is
   * known without listing it).
   */
  private tnvedBucketOf(code: string): { isCodeLevel: boolean; key: string; isListed: boolean } {
    const isCodeLevel = this.byTnved.sizeOf(code) > 0;
    const key = isCodeLevel ? code : code.slice(0, 6);
    const size = isCodeLevel ? this.byTnved.sizeOf(key) : this.byTnvedSubheading.sizeOf(key);
    return { isCodeLevel, key, isListed: size > 0 && size <= codeBucketLimit };
  }

  /** Where the query's text candidates stop now, without matching it: the text stage alone. */
  textCutoffFor(query: MatchQuery): TextCutoff | null {
    return textCutoffOf(this.searchText(query));
  }

  /**
   * What couldEnterCandidates compares, prepared once per query object: a sync weighs each open line against
   * many products. Kept while the query object lives and the cross-reference is the same.
   */
  private weighingOf(query: MatchQuery): QueryWeighing {
    const cached = this.weighings.get(query);
    // replaceAnalogues swaps the graph; addAnalogue empties the cache.
    if (cached && cached.analogueGraph === this.analogueGraph) return cached;
    const requested = query.partNumber ? preparePartNumber(query.partNumber) : null;
    const weighing: QueryWeighing = {
      analogueGraph: this.analogueGraph,
      text: queryTextOf(query),
      wantedParts: requested
        ? [
            requested,
            ...this.analogueGraph
              .findAnalogues(requested.raw)
              .map((found) => preparePartNumber(found.partNumber)),
          ]
        : [],
    };
    this.weighings.set(query, weighing);
    return weighing;
  }

  /** The text candidates of a query: what `match` starts from. */
  private searchText(query: MatchQuery): ReturnType<TextRetriever['search']> {
    return this.text.search(
      { text: queryTextOf(query) },
      { limit: textCandidateLimit, candidateLimit: textCandidateLimit },
    );
  }

  private removeById(id: number): void {
    const item = this.items[id];
    if (!item) return;
    this.text.remove(id);
    for (const part of this.partNumbers[id] ?? []) {
      this.byPartNumber.delete(part.normalized, id);
      this.byPartFamily.delete(part.family, id);
    }
    this.partNumbers[id] = undefined;
    if (item.tnved) {
      this.byTnved.delete(item.tnved, id);
      this.byTnvedSubheading.delete(item.tnved.slice(0, 6), id);
    }
    this.items[id] = undefined;
    this.textParameters[id] = undefined;
    this.idByKey.delete(item.key);
    this.freeIds.push(id);
  }
}

/** What couldEnterCandidates compares, prepared once per query (see weighingOf). */
interface QueryWeighing {
  analogueGraph: AnalogueGraph;
  text: string;
  wantedParts: PreparedPart[];
}

function queryTextOf(query: MatchQuery): string {
  return [query.name, query.nameEn, query.description, query.partNumber].filter(Boolean).join(' ');
}

/** The text candidate a newcomer must outrank, when the list of text candidates was full. */
function textCutoffOf(hits: ReadonlyArray<{ id: number; textScore?: number }>): TextCutoff | null {
  if (hits.length < textCandidateLimit) return null;
  let cutoff: TextCutoff | null = null;
  for (const hit of hits) {
    if (hit.textScore === undefined) return null;
    if (
      cutoff === null ||
      hit.textScore < cutoff.score ||
      (hit.textScore === cutoff.score && hit.id > cutoff.id)
    )
      cutoff = { score: hit.textScore, id: hit.id };
  }
  return cutoff;
}

/** What text retrieval says of a candidate: its score next to the best hit, and how much of the query it covers. */
interface TextEvidence {
  textScore: number;
  coverage: number | null;
  matchedTerms: string[];
}

function addCandidate(candidates: Map<number, TextEvidence>, id: number): void {
  if (!candidates.has(id)) candidates.set(id, { textScore: 0, coverage: null, matchedTerms: [] });
}

function classify(query: MatchQuery, item: StoredItem): MatchExplanation['classification'] {
  let best: MatchExplanation['classification'] = null;
  if (query.tnved && item.tnved) {
    const level = sharedCodePrefixLevel('tnved', query.tnved, item.tnved);
    const score = level ? (tnvedLevelScores[level] ?? 0) : 0;
    if (level && score > 0)
      best = { score, system: 'tnved', level, requested: query.tnved, offered: item.tnved };
  }
  if (query.okpd2 && item.okpd2) {
    const depth = sharedCodePrefixLevel('okpd2', query.okpd2, item.okpd2);
    if (depth) {
      const score = query.okpd2 === item.okpd2 ? 1 : round(Math.min(0.9, depth / 7));
      if (!best || score > best.score) {
        best = {
          score,
          system: 'okpd2',
          level: `${depth} of 7 levels`,
          requested: query.okpd2,
          offered: item.okpd2,
        };
      }
    }
  }
  return best;
}

type PreparedPart = PreparedPartNumber & { raw: string };
type PreparedAnalogue = FoundAnalogue & { prepared: PreparedPart };

interface ScoringContext {
  parts: PreparedPart[];
  textParameters: ProductParameter[];
  requested: PreparedPart | null;
  analogues: PreparedAnalogue[];
}

function findAnalogueMatch(
  query: MatchQuery,
  parts: PreparedPart[],
  analogues: PreparedAnalogue[],
  failed: string[],
): MatchExplanation['analogue'] {
  for (const analogue of analogues) {
    const offered = parts.find((part) => compareNormalizedPartNumbers(analogue.prepared, part) !== null)?.raw;
    if (offered === undefined) continue;
    const minimum = query.minimumAnalogueGrade;
    const isTooWeak = minimum ? gradeStrength[analogue.grade] < gradeStrength[minimum] : false;
    if (isTooWeak)
      failed.push(`analogue grade: ${analogue.grade} analogue of ${query.partNumber}, ${minimum} required`);
    return {
      score: isTooWeak ? 0 : analogueScores[analogue.grade],
      requested: query.partNumber!,
      analogue: analogue.partNumber,
      offered,
      manufacturer: analogue.manufacturer,
      grade: analogue.grade,
      source: analogue.path[analogue.path.length - 1]?.source ?? null,
    };
  }
  return null;
}

function capacityCriterion(query: MatchQuery, item: StoredItem): MatchExplanation['capacity'] {
  if (!query.quantityPerYear || item.capacityPerYear === null) return null;
  const queryUnit = query.quantityUnit ?? 'pcs';
  const itemUnit = item.capacityUnit ?? 'pcs';
  if (!areCompatibleUnits(queryUnit, itemUnit)) return null;
  const offered = convertQuantity(item.capacityPerYear, itemUnit, queryUnit);
  const share = Math.min(1, offered / query.quantityPerYear);
  return {
    score: round(share),
    share: round(share),
    offeredPerYear: round(offered),
    requestedPerYear: query.quantityPerYear,
    unit: queryUnit,
  };
}

function leadTimeCriterion(query: MatchQuery, item: StoredItem, today: string): MatchExplanation['leadTime'] {
  if (!query.neededBy || item.leadTimeDays === null) return null;
  const ready = new Date(`${today}T00:00:00Z`);
  ready.setUTCDate(ready.getUTCDate() + item.leadTimeDays);
  const readyBy = ready.toISOString().slice(0, 10);
  return {
    score: readyBy <= query.neededBy ? 1 : 0,
    leadTimeDays: item.leadTimeDays,
    readyBy,
    neededBy: query.neededBy,
  };
}

function countryCriterion(
  buyerCountry: string | null | undefined,
  country: string,
): MatchExplanation['country'] {
  const counterpart = buyerCountry ? counterpartCountry[buyerCountry] : undefined;
  const isCounterpart = counterpart === country;
  return { score: isCounterpart ? 1 : counterpart ? 0.5 : 1, country, isCounterpart };
}

function summarize(explanation: MatchExplanation, failed: string[]): string {
  const reasons: string[] = [];
  if (explanation.partNumber) reasons.push(`part number (${explanation.partNumber.agreement})`);
  if (explanation.analogue && explanation.analogue.score > 0) {
    const { grade, analogue, offered } = explanation.analogue;
    reasons.push(
      offered === analogue
        ? `${grade} analogue ${analogue}`
        : `${offered}, of the family of ${grade} analogue ${analogue}`,
    );
  }
  if (explanation.text && explanation.text.score >= 0.5) reasons.push('text');
  if (explanation.classification)
    reasons.push(
      `${explanation.classification.system === 'tnved' ? 'TN VED' : 'OKPD2'} ${explanation.classification.level}`,
    );
  if (explanation.parameters && explanation.parameters.verdicts.every((verdict) => verdict.isMet))
    reasons.push('all parameters');
  if (explanation.capacity) {
    reasons.push(
      explanation.capacity.share >= 1
        ? 'capacity covers the quantity'
        : `published capacity covers at least ${Math.round(explanation.capacity.share * 100)}%`,
    );
  }
  const matches = reasons.length > 0 ? `matches on ${reasons.join(', ')}` : 'weak match';
  return failed.length > 0 ? `${matches}; fails: ${failed.join('; ')}` : matches;
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
