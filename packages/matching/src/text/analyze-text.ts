import { catalogAbbreviations } from './catalog-abbreviations';
import { stemWord } from './stem-word';
import { stopWords } from './stop-words';
import { normalizeText } from './normalize-text';
import { listChunks, tokenizeChunk, type TextToken, type TokenKind } from './tokenize-text';

export interface AnalyzedToken {
  /** What is indexed and compared: a stem for words, the canonical form for numbers, codes and units. */
  term: string;
  kind: TokenKind;
  /** A readable form for explanations: the word as written (lower case), not its stem. */
  display: string;
  position: number;
  /** The word was cut short with a dot («выкл.», display «выкл.»): longer words it begins may be meant. */
  isAbbreviated?: boolean;
  /** Letters standing right before a number inside a model code («ва» in «ВА7746Р», «ду» in «ду40»). */
  isCodePrefix?: boolean;
}

// Product texts repeat the same words and sizes endlessly; analysing each distinct chunk once makes indexing
// millions of names affordable. Keyed by chunk and by whether a number stands before it («мм» is a unit then).
// Chunks with digits are mostly one product's model number, met again only in its own part number: they get a
// small cache of their own, so that they never push the catalog's words out of the large one.
const wordChunkCache = createGenerationalCache(50_000);
const codeChunkCache = createGenerationalCache(2_000);
const afterNumberMark = '\u0001';
const precedingNumber: TextToken = { text: '0', kind: 'number', original: '0', position: 0 };

/**
 * Turns product text into index terms: tokenises, drops stop words and lone letters, writes out catalog
 * abbreviations, stems words by their script and adds the base of model codes without a colour or region suffix
 * («kdl19m4000s» → also «kdl19m4000»).
 */
export function analyzeText(text: string): AnalyzedToken[] {
  const analyzed: AnalyzedToken[] = [];
  collectAnalyzedChunks(text, []).forEach((chunk, position) => {
    for (const token of chunk.tokens) {
      const copy: AnalyzedToken = { term: token.term, kind: token.kind, display: token.display, position };
      if (token.isAbbreviated) copy.isAbbreviated = true;
      if (token.isCodePrefix) copy.isCodePrefix = true;
      analyzed.push(copy);
    }
  });
  return analyzed;
}

/**
 * Fills `into` with the analysis of each chunk of the text (tokens' own `position` is 0) and returns it. The
 * array is reused by the caller: no callback, no copy, for the indexing loop.
 */
export function collectAnalyzedChunks(text: string, into: ChunkAnalysis[]): ChunkAnalysis[] {
  into.length = 0;
  let isAfterNumber = false;
  const chunks = listChunks(normalizeText(text));
  for (let index = 0; index < chunks.length; index += 1) {
    const chunk = chunks[index] ?? '';
    const key: string = isAfterNumber ? afterNumberMark + chunk : chunk;
    // Long numbers and sizes are mostly unique (article numbers, lengths): they are read directly rather than
    // cached, which would only churn the cache. Short ones («12», «2.5») are few and frequent: cached.
    let entry: ChunkAnalysis | undefined =
      (chunk.length > 4 ? analyzeNumericChunk(chunk) : null) ?? undefined;
    if (entry === undefined) {
      const cache = hasDigit(chunk) ? codeChunkCache : wordChunkCache;
      entry = cache.get(key);
      if (entry === undefined) {
        entry = analyzeNumericChunk(chunk) ?? analyzeChunk(chunk, isAfterNumber);
        entry.isCached = true;
        cache.set(key, entry);
      }
    }
    into.push(entry);
    isAfterNumber = entry.isEndingWithNumber;
  }
  return into;
}

interface GenerationalCache {
  get(key: string): ChunkAnalysis | undefined;
  set(key: string, entry: ChunkAnalysis): void;
}

/**
 * At most twice `limit` entries in two generations: when the young one fills up it becomes the old one, and an
 * entry read from the old one moves back. Frequent chunks survive every turnover, unlike with clearing a map.
 */
function createGenerationalCache(limit: number): GenerationalCache {
  let young = new Map<string, ChunkAnalysis>();
  let old = new Map<string, ChunkAnalysis>();
  const set = (key: string, entry: ChunkAnalysis) => {
    if (young.size >= limit) {
      old = young;
      young = new Map();
    }
    young.set(key, entry);
  };
  return {
    get(key) {
      const entry = young.get(key);
      if (entry !== undefined) return entry;
      const oldEntry = old.get(key);
      if (oldEntry !== undefined) set(key, oldEntry);
      return oldEntry;
    },
    set,
  };
}

function hasDigit(chunk: string): boolean {
  for (let index = 0; index < chunk.length; index += 1) {
    const code = chunk.charCodeAt(index);
    if (code >= 0x30 && code <= 0x39) return true;
  }
  return false;
}

/** The analysis of one chunk, shared by every text that contains the chunk while it stays in the cache. */
export interface ChunkAnalysis {
  tokens: AnalyzedToken[];
  isEndingWithNumber: boolean;
  /** Whether the analysis is the cached one, which consumers may annotate. */
  isCached: boolean;
  /**
   * Term ids the last index to read this chunk looked up for its tokens, and that index's slot: a cached chunk
   * then costs the index a property read instead of a dictionary lookup per token.
   */
  termIdsSlot: number;
  termIds: number[] | undefined;
}

function analyzeChunk(chunk: string, isAfterNumber: boolean): ChunkAnalysis {
  const tokens: TextToken[] = isAfterNumber ? [precedingNumber] : [];
  tokenizeChunk(chunk, 0, tokens);
  if (isAfterNumber) tokens.shift();
  return {
    tokens: analyzeTokens(tokens),
    isEndingWithNumber: tokens[tokens.length - 1]?.kind === 'number',
    isCached: false,
    termIdsSlot: 0,
    termIds: undefined,
  };
}

const shortNumberPattern = /^\d{1,5}(?:\.\d+)?$/;
const longDigitsPattern = /^\d{6,}$/;
const dimensionPattern = /^\d{1,5}(?:\.\d+)?(?:x\d{1,5}(?:\.\d+)?)+$/;

/**
 * The quick path for «12», «2.50», «2105859» and «12x40.5»: the same tokens the tokenizer would give, without
 * it. Anything else returns null and goes the long way.
 */
function analyzeNumericChunk(chunk: string): ChunkAnalysis | null {
  if (chunk.length === 0) return null;
  const firstCode = chunk.charCodeAt(0);
  if (firstCode < 0x30 || firstCode > 0x39) return null;
  if (shortNumberPattern.test(chunk)) {
    const number = canonicalNumber(chunk);
    const tokens: AnalyzedToken[] = [{ term: number, kind: 'number', display: number, position: 0 }];
    return { tokens, isEndingWithNumber: true, isCached: false, termIdsSlot: 0, termIds: undefined };
  }
  if (longDigitsPattern.test(chunk)) {
    const tokens: AnalyzedToken[] = [{ term: chunk, kind: 'code', display: chunk, position: 0 }];
    return { tokens, isEndingWithNumber: false, isCached: false, termIdsSlot: 0, termIds: undefined };
  }
  if (!dimensionPattern.test(chunk)) return null;
  const numbers = chunk.split('x').map(canonicalNumber);
  const tokens: AnalyzedToken[] = numbers.map((number) => ({
    term: number,
    kind: 'number',
    display: number,
    position: 0,
  }));
  const dimension = numbers.join('x');
  tokens.push({ term: dimension, kind: 'dimension', display: dimension, position: 0 });
  return { tokens, isEndingWithNumber: false, isCached: false, termIdsSlot: 0, termIds: undefined };
}

function canonicalNumber(text: string): string {
  const [integerPart = '', fractionPart = ''] = text.split('.');
  const integer = integerPart.replace(/^0+(?=\d)/, '');
  const fraction = fractionPart.replace(/0+$/, '');
  return fraction === '' ? integer : `${integer}.${fraction}`;
}

function analyzeTokens(tokens: readonly TextToken[]): AnalyzedToken[] {
  const analyzed: AnalyzedToken[] = [];
  for (const token of tokens) {
    if (token.kind === 'word') {
      const expansion = catalogAbbreviations.get(token.text);
      if (expansion !== undefined) {
        for (const word of expansion) {
          analyzed.push({
            term: stemWord(word),
            kind: 'word',
            display: token.text,
            position: token.position,
          });
        }
        continue;
      }
      if (stopWords.has(token.text) || token.text.length < 2) continue;
      const term = stemWord(token.text);
      // The display of a cut word keeps its dot, so that the index can look for the words it begins.
      analyzed.push(
        token.isAbbreviated
          ? { term, kind: 'word', display: `${token.text}.`, position: token.position, isAbbreviated: true }
          : token.isNumberPrefix
            ? { term, kind: 'word', display: token.text, position: token.position, isCodePrefix: true }
            : { term, kind: 'word', display: token.text, position: token.position },
      );
      continue;
    }
    analyzed.push({ term: token.text, kind: token.kind, display: token.text, position: token.position });
    if (token.kind === 'code') {
      const base = baseOfCode(token.text);
      if (base !== null)
        analyzed.push({ term: base, kind: 'code', display: token.text, position: token.position });
    }
  }
  return analyzed;
}

const codeSuffixPattern = /^(.*\d)([a-zа-я]{1,3})$/;

/**
 * Model numbers carry colour or region suffixes («psw110bk», «ip47br», «kdl19m4000s»); their base lets a
 * listing without the suffix match. Only for codes long enough that the base is still specific.
 */
export function baseOfCode(code: string): string | null {
  const match = codeSuffixPattern.exec(code);
  const base = match?.[1];
  if (base === undefined || base.length < 4) return null;
  if (/^[\d.x]+$/.test(base)) return null;
  const letterCount = base.replace(/[^a-zа-я]/g, '').length;
  const digitCount = base.replace(/\D/g, '').length;
  return letterCount >= 1 && digitCount >= 2 ? base : null;
}
