import type { AnalyzedToken } from './analyze-text';
import { buildCharacterNgrams } from './character-ngrams';
import type { TokenKind } from './tokenize-text';

/** Evidence that a product's text fits a query, each in 0..1, used to re-rank the best text candidates. */
export interface MatchFeatures {
  /** First-stage BM25 score relative to the best candidate of the same query. */
  textScore: number;
  /** IDF-weighted share of the query's words and codes found in the product (other word forms count in part). */
  termCoverage: number;
  /** IDF-weighted share of the query's numbers and dimensions found among the product's. 0 without numbers. */
  numberAgreement: number;
  /** 1 when a model or part number of the query equals one of the product's (0.7 when one extends the other). */
  codeAgreement: number;
  /** 1 when the product's leading word, usually what kind of thing it is, is among the query's first words. */
  headWordAgreement: number;
  /** Dice similarity of the character 3-grams of the query's and the product's words. */
  gramSimilarity: number;
}

export interface ProductTerm {
  term: string;
  kind: TokenKind;
}

interface QueryWord {
  term: string;
  display: string;
  kind: TokenKind;
  weight: number;
  grams: ReadonlySet<string>;
}

/** What is compared on the query side, prepared once per query. */
export interface QueryProfile {
  words: QueryWord[];
  numbers: QueryWord[];
  codes: string[];
  headTerms: ReadonlySet<string>;
  grams: ReadonlySet<string>;
}

const headWordWindow = 3;
const similarStemMinimumLength = 4;
const partialCredit = 0.8;

/**
 * Prepares the query side of the features. `weightOf` gives a term's importance (its IDF in the index); words and
 * codes go to coverage, numbers and dimensions to number agreement.
 */
export function prepareQueryProfile(options: {
  tokens: readonly AnalyzedToken[];
  weightOf: (term: string) => number;
  isKnown: (term: string) => boolean;
}): QueryProfile {
  const words: QueryWord[] = [];
  const numbers: QueryWord[] = [];
  const codes: string[] = [];
  const seen = new Set<string>();
  const headTerms = new Set<string>();
  const grams = new Set<string>();
  const wordPositions: number[] = [];
  for (const token of options.tokens) {
    if (token.kind === 'word' && !wordPositions.includes(token.position)) wordPositions.push(token.position);
    if (token.kind === 'word' && wordPositions.indexOf(token.position) < headWordWindow)
      headTerms.add(token.term);
    if (token.kind === 'word' || token.kind === 'code')
      for (const gram of gramsOf(token.term)) grams.add(gram);
    if (token.kind === 'code') codes.push(token.term);
    if (seen.has(token.term) || token.kind === 'unit') continue;
    seen.add(token.term);
    const entry = {
      term: token.term,
      display: token.display,
      kind: token.kind,
      weight: options.weightOf(token.term),
      grams: new Set(token.kind === 'word' ? gramsOf(token.term) : []),
    };
    if (token.kind === 'number' || token.kind === 'dimension') {
      // A number no product has (a weight, a quantity in a pack) cannot tell products apart.
      if (options.isKnown(token.term)) numbers.push(entry);
    } else words.push(entry);
  }
  return { words, numbers, codes, headTerms, grams };
}

/**
 * Measures how well one product's terms (name first, in order, then part number and description) fit the query.
 * Returns the features and the query words it matched, readable for explanations.
 */
export function measureMatchFeatures(options: {
  profile: QueryProfile;
  productTerms: readonly ProductTerm[];
  /** How many of `productTerms` are the name, which leads. */
  nameTermCount: number;
  textScore: number;
}): { features: MatchFeatures; matchedTerms: string[] } {
  const { profile, productTerms } = options;
  const productTermSet = new Set<string>();
  const productWords: string[] = [];
  const productCodes: string[] = [];
  let sharedGrams = 0;
  let productGramCount = 0;
  let headTerm: string | undefined;
  for (let index = 0; index < productTerms.length; index += 1) {
    const entry = productTerms[index];
    if (entry === undefined) continue;
    productTermSet.add(entry.term);
    if (entry.kind === 'word') {
      productWords.push(entry.term);
      if (headTerm === undefined && index < options.nameTermCount) headTerm = entry.term;
    }
    if (entry.kind === 'code') productCodes.push(entry.term);
    if (index < options.nameTermCount && (entry.kind === 'word' || entry.kind === 'code')) {
      // Grams of repeated words count again: cheaper than a set per product, and repeats are rare in names.
      const grams = gramsOf(entry.term);
      productGramCount += grams.length;
      for (const gram of grams) if (profile.grams.has(gram)) sharedGrams += 1;
    }
  }

  const matchedTerms: string[] = [];
  let coveredWeight = 0;
  let totalWeight = 0;
  for (const word of profile.words) {
    totalWeight += word.weight;
    const credit = productTermSet.has(word.term)
      ? 1
      : word.kind === 'code'
        ? codeCredit(word.term, productCodes)
        : similarWordCredit(word, productWords);
    coveredWeight += credit * word.weight;
    if (credit > 0 && !matchedTerms.includes(word.display)) matchedTerms.push(word.display);
  }

  let matchedNumberWeight = 0;
  let numberWeight = 0;
  for (const number of profile.numbers) {
    numberWeight += number.weight;
    if (productTermSet.has(number.term)) {
      matchedNumberWeight += number.weight;
      if (!matchedTerms.includes(number.display)) matchedTerms.push(number.display);
    }
  }

  let codeAgreement = 0;
  for (const code of profile.codes) {
    codeAgreement = Math.max(codeAgreement, productTermSet.has(code) ? 1 : codeCredit(code, productCodes));
    if (codeAgreement === 1) break;
  }

  let headWordAgreement = 0;
  if (headTerm !== undefined) {
    for (const term of profile.headTerms) {
      if (term === headTerm) headWordAgreement = 1;
      else if (isSimilarStem(term, headTerm)) headWordAgreement = Math.max(headWordAgreement, partialCredit);
    }
  }

  const gramTotal = profile.grams.size + productGramCount;

  return {
    features: {
      textScore: options.textScore,
      termCoverage: totalWeight > 0 ? coveredWeight / totalWeight : 0,
      numberAgreement: numberWeight > 0 ? matchedNumberWeight / numberWeight : 0,
      codeAgreement,
      headWordAgreement,
      gramSimilarity: gramTotal > 0 ? Math.min((2 * sharedGrams) / gramTotal, 1) : 0,
    },
    matchedTerms,
  };
}

/** Combines the features into one score with the given weights. */
export function combineMatchFeatures(features: MatchFeatures, weights: MatchFeatures): number {
  return (
    features.textScore * weights.textScore +
    features.termCoverage * weights.termCoverage +
    features.numberAgreement * weights.numberAgreement +
    features.codeAgreement * weights.codeAgreement +
    features.headWordAgreement * weights.headWordAgreement +
    features.gramSimilarity * weights.gramSimilarity
  );
}

/** «стал» and «стальн», «полиэтил» and «полиэтиленов»: one stem extends the other. */
function isSimilarStem(left: string, right: string): boolean {
  const shorter = left.length <= right.length ? left : right;
  const longer = shorter === left ? right : left;
  return shorter.length >= similarStemMinimumLength && longer.startsWith(shorter);
}

function similarWordCredit(queryWord: QueryWord, productWords: readonly string[]): number {
  const term = queryWord.term;
  let best = 0;
  for (const word of productWords) {
    if (isSimilarStem(term, word)) return partialCredit;
    if (term.length < similarStemMinimumLength || word.length < similarStemMinimumLength) continue;
    // Misspellings and glued words: most character 3-grams shared.
    const grams = gramsOf(word);
    let shared = 0;
    for (const gram of grams) if (queryWord.grams.has(gram)) shared += 1;
    const similarity = (2 * shared) / (grams.length + queryWord.grams.size);
    if (similarity >= 0.6) best = Math.max(best, similarity * partialCredit);
  }
  return best;
}

function codeCredit(code: string, productCodes: readonly string[]): number {
  for (const productCode of productCodes) if (isSimilarStem(code, productCode)) return 0.7;
  return 0;
}

const gramCache = new Map<string, string[]>();
const gramCacheLimit = 200_000;

function gramsOf(term: string): string[] {
  const cached = gramCache.get(term);
  if (cached !== undefined) return cached;
  const grams = buildCharacterNgrams(term);
  if (gramCache.size >= gramCacheLimit) gramCache.clear();
  gramCache.set(term, grams);
  return grams;
}
