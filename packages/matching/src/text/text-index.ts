import { analyzeText, collectAnalyzedChunks, type AnalyzedToken, type ChunkAnalysis } from './analyze-text';
import { buildCharacterNgrams } from './character-ngrams';
import {
  ensureFloat64Capacity,
  ensureInt32Capacity,
  ensureUint16Capacity,
  ensureUint8Capacity,
} from './growable-arrays';
import {
  combineMatchFeatures,
  measureMatchFeatures,
  prepareQueryProfile,
  type MatchFeatures,
  type ProductTerm,
} from './measure-match-features';
import { ForwardStore } from './forward-store';
import { PagedInt32Array, PagedUint16Array, PagedUint8Array } from './paged-arrays';
import { endOfPostings, PostingStore, type PostingCursor } from './posting-store';
import { TermDictionary } from './term-dictionary';
import { TopKHeap } from './top-k-heap';
import type { TokenKind } from './tokenize-text';
import { WordVocabulary } from './word-vocabulary';

/** The text of one product (or any document) as the index sees it. */
export interface TextDocument {
  name: string;
  nameEn?: string;
  description?: string;
  partNumber?: string;
}

export interface TextQuery {
  text: string;
  /** A part or model number given separately, compared with the products' part numbers and codes. */
  partNumber?: string;
}

/** Scored fields: the name words, the description, the part number and (optionally) character 3-grams of names. */
export type TextField = 'name' | 'description' | 'partNumber' | 'nameGrams';

export interface TextIndexOptions {
  /** Weight of each field in the first-stage score. */
  fieldWeights?: Partial<Record<TextField, number>>;
  /** BM25 term-frequency saturation and length normalisation. */
  bm25?: { k1?: number; b?: number };
  /** Weights of the re-ranking features; the first-stage score is one of them. */
  rerankWeights?: Partial<MatchFeatures>;
  /** Rebuild the postings when this share of the documents has been removed or replaced (0..1). */
  compactionRatio?: number;
  /**
   * Index character 3-grams of names as a field of their own (off by default). It finds a few more misspelt and
   * glued words but multiplies the postings about sixfold, which a million products cannot afford; query-word
   * variants (below) do most of its work.
   */
  hasGramField?: boolean;
  /**
   * How many documents the caller is about to add, when it knows (a catalog loaded at start): the per-document
   * tables are then allocated once at that size instead of doubling their way up. More or fewer work as well.
   */
  expectedDocumentCount?: number;
  /**
   * Weight of the variants of a query word found among the indexed words: other forms («стал» → «стальн»),
   * completions of a cut word («выкл.» → «выключател»), close spellings. 0 turns them off.
   */
  variantWeight?: number;
}

export interface TextSearchOptions {
  /** How many hits to return (10). */
  limit?: number;
  /** How many first-stage candidates the re-ranker looks at (30); 0 returns the first stage as it is. */
  candidateLimit?: number;
}

export interface TextSearchHit {
  id: number;
  /** Final score: the weighted features after re-ranking, otherwise the BM25 score. */
  score: number;
  /** First-stage BM25 score, before re-ranking. */
  textScore: number;
  /** Query words (as written, lower case) found in the document, for explanations. */
  matchedTerms: string[];
  features: MatchFeatures;
}

export interface TextIndexStatistics {
  documentCount: number;
  removedDocumentCount: number;
  termCount: number;
  postingBytes: number;
  forwardBytes: number;
}

/** The analysed documents: enough to rebuild the index without analysing the text again. */
export interface TextIndexSnapshot {
  version: 2;
  options: TextIndexOptions;
  terms: string[];
  /** Per term: 0 a word of the text fields, 3 a name gram. */
  termFields: Uint8Array;
  termKinds: Uint8Array;
  documentIds: Float64Array;
  /** Where each document's segment starts in `forward`, plus the end. */
  forwardOffsets: Int32Array;
  /** Per document: name, description and part-number term counts, then the term ids in order. */
  forward: Int32Array;
}

export interface TextIndex {
  readonly size: number;
  /** Adds a document, or replaces the one with the same id. */
  add(id: number, document: TextDocument): void;
  /** Hides a document at once; its postings go at the next compaction. Returns whether it was there. */
  remove(id: number): boolean;
  has(id: number): boolean;
  search(query: TextQuery, options?: TextSearchOptions): TextSearchHit[];
  /**
   * The first-stage score `search` would give one document for a query (0 when it shares no term), without a
   * search: whether a changed product would now be among a query's candidates. Queries are prepared once and kept
   * until the index next changes.
   */
  scoreDocument(query: TextQuery, id: number): number;
  /** The ids of the first stage's best `limit` documents, best first: no re-ranking, no explanations. */
  searchIds(query: TextQuery, limit: number): number[];
  /** Rebuilds the postings without removed documents. */
  compact(): void;
  getStatistics(): TextIndexStatistics;
  toSnapshot(): TextIndexSnapshot;
}

const defaultFieldWeights: Record<TextField, number> = {
  name: 1,
  description: 0.3,
  partNumber: 1.5,
  nameGrams: 0.25,
};

const defaultRerankWeights: MatchFeatures = {
  textScore: 1,
  termCoverage: 1,
  numberAgreement: 0.5,
  codeAgreement: 0.5,
  headWordAgreement: 0.5,
  gramSimilarity: 0.5,
};

// How much a query term of each kind counts in the first stage: units say little, numbers less than words.
const queryKindWeights: Record<TokenKind, number> = {
  word: 1,
  code: 1,
  number: 0.7,
  dimension: 1,
  unit: 0.2,
};

const fields: readonly TextField[] = ['name', 'description', 'partNumber', 'nameGrams'];
const nameField = 0;
const descriptionField = 1;
const partNumberField = 2;
const gramField = 3;
const textFields = [nameField, descriptionField, partNumberField] as const;
// Words of names, descriptions and part numbers share one term (and one posting list); grams have their own.
const wordTermKey = 0;
const gramTermKey = 3;
// A posting's frequency byte packs the term's count in each text field: name 3 bits, description 3, part number 2.
const packedFieldShifts = [0, 3, 6] as const;
const packedFieldLimits = [7, 7, 3] as const;
const forwardHeaderSize = 3;
const maximumTermsPerField = 4096;
const kinds: readonly TokenKind[] = ['word', 'number', 'dimension', 'code', 'unit'];
const gramKind = kinds.length;
const smallIdLimit = 1 << 26;
// Products of the rarest query terms scored before the pass, at most this many per result wanted (see retrieve).
const seedDocumentsPerResult = 16;
const minimumSeedDocuments = 256;
const seedPaybackRatio = 32;
// Measured: re-ranking more than the best 20–30 first-stage candidates changes no result on the dev sets.
const defaultCandidateLimit = 30;

/** A query term's BM25F contribution to a document, given the term's packed counts there (see retrieve). */
type ContributionOf = (index: number, document: number, packed: number) => number;

/** Most query texts kept prepared for scoreDocument between changes of the index. */
const preparedQueryLimit = 50_000;

interface QueryCursor {
  cursor: PostingCursor;
  termId: number;
  /** Live documents with the term: what reading its list costs. */
  documentFrequency: number;
  /** Query term weight × IDF (× the gram field's weight for grams). */
  weight: number;
  /** Per slot of the packed frequency (name, description, part number): the field's weight, 0 if it does not count. */
  slotWeights: readonly number[];
  /** Per slot: the field whose lengths normalise its count (grams: the gram field). */
  slotFields: readonly number[];
  upperBound: number;
}

/** Creates an empty in-memory BM25 index over product text with a re-ranking second stage. */
export function createTextIndex(options: TextIndexOptions = {}): TextIndex {
  return new InMemoryTextIndex(options);
}

/** Rebuilds an index from a snapshot without analysing the text again. */
export function restoreTextIndex(snapshot: TextIndexSnapshot): TextIndex {
  if (snapshot.version !== 2)
    throw new Error(`unsupported text index snapshot version ${String(snapshot.version)}`);
  const index = new InMemoryTextIndex(snapshot.options);
  index.restore(snapshot);
  return index;
}

/**
 * A word is one term whichever field it is in, with one posting per document whose frequency byte packs its count
 * in the name, the description and the part number: the first stage scores it once with BM25F (each field's count
 * weighted and normalised by that field's length, added up, then saturated), reading one list per query word
 * instead of one per word and field. Character grams of names, when on, are terms of their own. Postings live
 * in a shared typed-array store. Documents get internal numbers in the order they are added; a replaced or
 * removed document is only marked dead until compaction renumbers the live ones from the forward store (each
 * document's term ids), which is also what a snapshot holds.
 */
class InMemoryTextIndex implements TextIndex {
  private readonly options: TextIndexOptions;
  private readonly fieldWeights: number[];
  private readonly rerankWeights: MatchFeatures;
  private readonly k1: number;
  private readonly b: number;
  private readonly compactionRatio: number;
  private readonly hasGramField: boolean;
  private readonly variantWeight: number;
  private readonly expectedDocumentCount: number;

  private terms = new TermDictionary();
  // Per-term tables grow by pages (see paged-arrays.ts): there are millions of terms.
  private termKinds = new PagedUint8Array();
  private liveDocumentFrequency = new PagedInt32Array();
  private isInVocabulary = new PagedUint8Array();
  /**
   * Per text field and term, its highest count in a document's field and the shortest such field it occurs in:
   * they give a much tighter bound on its BM25F contribution than «any count» does, so MaxScore skips more
   * documents. Removals leave them as they were, which only loosens the bound.
   */
  private maximumFrequencies = textFields.map(() => new PagedUint8Array());
  private minimumFieldLengths = textFields.map(() => new PagedUint16Array(0xffff));
  private gramIdsByTerm: Array<Int32Array | undefined> = [];
  /** Words of names and descriptions, to find variants of a query word. */
  private vocabulary = new WordVocabulary();
  private postings = new PostingStore();

  private documentCount = 0;
  private liveCount = 0;
  private documentIds = new Float64Array(0);
  private isLive = new Uint8Array(0);
  private fieldLengths: Array<Uint16Array<ArrayBuffer>> = fields.map(() => new Uint16Array(0));
  private fieldLengthSums: number[] = fields.map(() => 0);
  /** Internal number + 1 by external id, for small non-negative integer ids (0 = absent); others in the map. */
  private documentBySmallId = new Int32Array(0);
  private documentById = new Map<number, number>();
  private forward = new ForwardStore();
  /** Queries prepared for scoreDocument: term ids and weights, valid until a document is added or removed. */
  private preparedQueries = new Map<string, (document: number) => number>();

  // Reused between calls so that adding a document allocates almost nothing.
  private readonly fieldTermIds: number[][] = fields.map(() => []);
  private sortBuffer = new Int32Array(256);
  private readonly chunkBuffer: ChunkAnalysis[] = [];
  private readonly forwardLists: number[][] = [[], [], []];
  private readonly segmentBuffer: number[] = [];
  private readonly encodedBuffer: number[] = [];
  private readonly windowScratch = createWindowScratch();
  /** Where this index keeps term ids on cached chunks; a new one after every rebuild, as term ids change. */
  private cacheSlot = takeCacheSlot();

  constructor(options: TextIndexOptions) {
    this.options = options;
    const weights = { ...defaultFieldWeights, ...options.fieldWeights };
    this.fieldWeights = fields.map((field) => weights[field]);
    this.rerankWeights = { ...defaultRerankWeights, ...options.rerankWeights };
    this.k1 = options.bm25?.k1 ?? 1.2;
    this.b = options.bm25?.b ?? 0.75;
    this.compactionRatio = options.compactionRatio ?? 0.3;
    this.hasGramField = options.hasGramField ?? false;
    this.variantWeight = options.variantWeight ?? 0.6;
    this.expectedDocumentCount = Math.max(Math.floor(options.expectedDocumentCount ?? 0), 0);
    this.sizeDocumentTables(this.expectedDocumentCount);
  }

  get size(): number {
    return this.liveCount;
  }

  has(id: number): boolean {
    return this.documentOf(id) !== undefined;
  }

  add(id: number, document: TextDocument): void {
    this.remove(id);
    if (this.preparedQueries.size > 0) this.preparedQueries = new Map();
    const [nameIds = [], descriptionIds = [], partNumberIds = []] = this.fieldTermIds;
    const name = document.nameEn ? `${document.name} ${document.nameEn}` : document.name;
    this.collectTermIds(name, nameIds);
    this.collectTermIds(document.description, descriptionIds);
    this.collectTermIds(document.partNumber, partNumberIds);
    this.appendDocument(id, nameIds, descriptionIds, partNumberIds);
    this.compactIfWorthwhile();
  }

  remove(id: number): boolean {
    const document = this.documentOf(id);
    if (document === undefined) return false;
    if (this.preparedQueries.size > 0) this.preparedQueries = new Map();
    if (isSmallId(id)) this.documentBySmallId[id] = 0;
    else this.documentById.delete(id);
    this.isLive[document] = 0;
    this.liveCount -= 1;
    for (let field = 0; field < fields.length; field += 1) {
      this.fieldLengthSums[field] =
        (this.fieldLengthSums[field] ?? 0) - (this.fieldLengths[field]?.[document] ?? 0);
    }
    const termIds = this.documentTermIds(document);
    const sorted = this.sortIntoBuffer(termIds);
    for (let index = 0; index < termIds.length; index += 1) {
      const termId = sorted[index] ?? 0;
      if (index > 0 && sorted[index - 1] === termId) continue;
      this.liveDocumentFrequency.set(termId, this.liveDocumentFrequency.get(termId) - 1);
    }
    return true;
  }

  search(query: TextQuery, searchOptions: TextSearchOptions = {}): TextSearchHit[] {
    const limit = searchOptions.limit ?? 10;
    const candidateLimit = Math.max(searchOptions.candidateLimit ?? defaultCandidateLimit, 0);
    if (limit <= 0 || this.liveCount === 0) return [];
    const tokens = analyzeText(wholeTextOf(query));
    const candidates = this.retrieve(this.openQueryCursors(tokens), Math.max(limit, candidateLimit));
    if (candidates.length === 0) return [];

    const profile = prepareQueryProfile({
      tokens,
      weightOf: (term) => this.importanceOf(term),
      isKnown: (term) => this.isKnownTerm(term),
    });
    const bestTextScore = candidates[0]?.score ?? 1;
    const hits: TextSearchHit[] = candidates.map((candidate) => {
      const { productTerms, nameTermCount } = this.productTermsOf(candidate.key);
      const measured = measureMatchFeatures({
        profile,
        productTerms,
        nameTermCount,
        textScore: bestTextScore > 0 ? candidate.score / bestTextScore : 0,
      });
      const score =
        candidateLimit > 0 ? combineMatchFeatures(measured.features, this.rerankWeights) : candidate.score;
      return {
        id: candidate.id,
        // Rounded so that documents with the same text tie exactly and fall back to id order.
        score: Math.round(score * 1e9) / 1e9,
        textScore: candidate.score,
        matchedTerms: measured.matchedTerms,
        features: measured.features,
      };
    });
    hits.sort((left, right) => right.score - left.score || left.id - right.id);
    return hits.slice(0, limit);
  }

  searchIds(query: TextQuery, limit: number): number[] {
    if (limit <= 0 || this.liveCount === 0) return [];
    const tokens = analyzeText(wholeTextOf(query));
    return this.retrieve(this.openQueryCursors(tokens), limit).map((candidate) => candidate.id);
  }

  scoreDocument(query: TextQuery, id: number): number {
    const document = this.documentOf(id);
    if (document === undefined) return 0;
    const text = wholeTextOf(query);
    let scoreOf = this.preparedQueries.get(text);
    if (scoreOf === undefined) {
      scoreOf = this.prepareDocumentScoring(text);
      if (this.preparedQueries.size >= preparedQueryLimit) this.preparedQueries = new Map();
      this.preparedQueries.set(text, scoreOf);
    }
    return scoreOf(document);
  }

  compact(): void {
    const snapshot = this.toSnapshot();
    this.reset();
    this.restore(snapshot);
  }

  getStatistics(): TextIndexStatistics {
    return {
      documentCount: this.liveCount,
      removedDocumentCount: this.documentCount - this.liveCount,
      termCount: this.terms.size,
      postingBytes: this.postings.allocatedBytes,
      forwardBytes: this.forward.byteLength,
    };
  }

  toSnapshot(): TextIndexSnapshot {
    // Only live documents, and only the terms they use, renumbered in order of first use: terms of removed
    // documents and name grams (derived again on restore) are left behind.
    const documentIds = new Float64Array(this.liveCount);
    const offsets = new Int32Array(this.liveCount + 1);
    let forward = new Int32Array(1024);
    const newIdByTerm = new Int32Array(this.terms.size).fill(-1);
    const terms: string[] = [];
    const termFields: number[] = [];
    const termKinds: number[] = [];
    const segment: number[] = [];
    let live = 0;
    for (let document = 0; document < this.documentCount; document += 1) {
      if (!this.isLive[document]) continue;
      documentIds[live] = this.documentIds[document] ?? 0;
      this.forward.read(document, segment);
      let target = offsets[live] ?? 0;
      forward = ensureInt32Capacity(forward, target + segment.length);
      for (let position = 0; position < forwardHeaderSize; position += 1) {
        forward[target++] = segment[position] ?? 0;
      }
      for (let position = forwardHeaderSize; position < segment.length; position += 1) {
        const termId = segment[position] ?? 0;
        let newId = newIdByTerm[termId] ?? -1;
        if (newId < 0) {
          newId = terms.length;
          newIdByTerm[termId] = newId;
          terms.push(this.terms.textOf(termId));
          termFields.push(this.terms.fieldOf(termId));
          termKinds.push(this.termKinds.get(termId));
        }
        forward[target++] = newId;
      }
      offsets[live + 1] = target;
      live += 1;
    }
    return {
      version: 2,
      options: this.options,
      terms,
      termFields: Uint8Array.from(termFields),
      termKinds: Uint8Array.from(termKinds),
      documentIds,
      forwardOffsets: offsets,
      forward: forward.slice(0, offsets[live] ?? 0),
    };
  }

  /** @internal replays a snapshot into this empty index */
  restore(snapshot: TextIndexSnapshot): void {
    const documentCount = Math.max(this.expectedDocumentCount, snapshot.documentIds.length);
    if (this.documentIds.length < documentCount) this.sizeDocumentTables(documentCount);
    snapshot.terms.forEach((term, termId) => {
      const key = snapshot.termFields[termId] ?? wordTermKey;
      const createdId = this.createTerm(key, term, snapshot.termKinds[termId] ?? 0);
      if (createdId !== termId) throw new Error('text index snapshot has repeated terms');
    });
    for (let document = 0; document < snapshot.documentIds.length; document += 1) {
      const start = snapshot.forwardOffsets[document] ?? 0;
      const segment = snapshot.forward.subarray(start, snapshot.forwardOffsets[document + 1]);
      const nameEnd = forwardHeaderSize + (segment[0] ?? 0);
      const descriptionEnd = nameEnd + (segment[1] ?? 0);
      this.appendDocument(
        snapshot.documentIds[document] ?? 0,
        Array.from(segment.subarray(forwardHeaderSize, nameEnd)),
        Array.from(segment.subarray(nameEnd, descriptionEnd)),
        Array.from(segment.subarray(descriptionEnd)),
      );
    }
  }

  private reset(): void {
    this.cacheSlot = takeCacheSlot();
    // Compaction renumbers terms and documents: prepared queries would score the wrong ones.
    this.preparedQueries = new Map();
    this.terms = new TermDictionary();
    this.termKinds = new PagedUint8Array();
    this.liveDocumentFrequency = new PagedInt32Array();
    this.isInVocabulary = new PagedUint8Array();
    this.maximumFrequencies = textFields.map(() => new PagedUint8Array());
    this.minimumFieldLengths = textFields.map(() => new PagedUint16Array(0xffff));
    this.gramIdsByTerm = [];
    this.vocabulary = new WordVocabulary();
    this.postings = new PostingStore();
    this.documentCount = 0;
    this.liveCount = 0;
    this.fieldLengthSums = fields.map(() => 0);
    this.documentById = new Map();
    this.sizeDocumentTables(0);
  }

  /** Empty per-document tables with room for `count` documents (and small ids below `count`). */
  private sizeDocumentTables(count: number): void {
    this.documentIds = new Float64Array(count);
    this.isLive = new Uint8Array(count);
    this.fieldLengths = fields.map((_, field) =>
      field === gramField && !this.hasGramField ? new Uint16Array(0) : new Uint16Array(count),
    );
    this.documentBySmallId = new Int32Array(Math.min(count, smallIdLimit));
    this.forward = new ForwardStore(count);
  }

  private compactIfWorthwhile(): void {
    const removed = this.documentCount - this.liveCount;
    if (removed > 1000 && removed > this.documentCount * this.compactionRatio) this.compact();
  }

  /** The term ids of a field's text: a word has the same id in every text field. */
  private collectTermIds(text: string | undefined, termIds: number[]): void {
    termIds.length = 0;
    if (!text) return;
    const dictionary = this.terms;
    const chunks = collectAnalyzedChunks(text, this.chunkBuffer);
    for (let chunkIndex = 0; chunkIndex < chunks.length; chunkIndex += 1) {
      const chunk = chunks[chunkIndex] as ChunkAnalysis;
      let chunkTermIds = chunk.termIdsSlot === this.cacheSlot ? chunk.termIds : undefined;
      if (chunkTermIds === undefined) {
        const tokens = chunk.tokens;
        // Sized once: an array grown by push reserves room for 17 entries, and thousands of these are cached.
        chunkTermIds = new Array<number>(tokens.length);
        for (let tokenIndex = 0; tokenIndex < tokens.length; tokenIndex += 1) {
          const token = tokens[tokenIndex] as AnalyzedToken;
          const termId = dictionary.find(wordTermKey, token.term);
          chunkTermIds[tokenIndex] =
            termId >= 0 ? termId : this.createTerm(wordTermKey, token.term, kinds.indexOf(token.kind));
        }
        // Remembered on the shared chunk: the next text with this chunk skips the dictionary. Another index
        // reading the chunk takes the place over, which costs only speed.
        if (chunk.isCached) {
          chunk.termIdsSlot = this.cacheSlot;
          chunk.termIds = chunkTermIds;
        }
      }
      for (let tokenIndex = 0; tokenIndex < chunkTermIds.length; tokenIndex += 1) {
        if (termIds.length >= maximumTermsPerField) return;
        termIds.push(chunkTermIds[tokenIndex] ?? 0);
      }
    }
  }

  private documentOf(id: number): number | undefined {
    if (!isSmallId(id)) return this.documentById.get(id);
    const stored = this.documentBySmallId[id] ?? 0;
    return stored === 0 ? undefined : stored - 1;
  }

  private createTerm(key: number, term: string, kindCode: number): number {
    const termId = this.terms.add(key, term);
    this.termKinds.ensure(termId + 1);
    this.termKinds.set(termId, kindCode);
    this.liveDocumentFrequency.ensure(termId + 1);
    this.isInVocabulary.ensure(termId + 1);
    for (const frequencies of this.maximumFrequencies) frequencies.ensure(termId + 1);
    for (const lengths of this.minimumFieldLengths) lengths.ensure(termId + 1);
    return termId;
  }

  private termIdOf(key: number, term: string): number | undefined {
    const termId = this.terms.find(key, term);
    return termId < 0 ? undefined : termId;
  }

  /** Gram term ids of a name term, computed once per term. */
  private gramIdsOf(termId: number): Int32Array {
    const cached = this.gramIdsByTerm[termId];
    if (cached !== undefined) return cached;
    const kind = kinds[this.termKinds.get(termId)];
    const hasGrams = kind === 'word' || kind === 'code';
    const gramIds = hasGrams
      ? Int32Array.from(
          buildCharacterNgrams(this.terms.textOf(termId)),
          (gram) => this.termIdOf(gramTermKey, gram) ?? this.createTerm(gramTermKey, gram, gramKind),
        )
      : new Int32Array(0);
    this.gramIdsByTerm[termId] = gramIds;
    return gramIds;
  }

  private appendDocument(
    id: number,
    nameIds: number[],
    descriptionIds: number[],
    partNumberIds: number[],
  ): void {
    const document = this.documentCount;
    this.documentCount += 1;
    this.liveCount += 1;
    if (isSmallId(id)) {
      this.documentBySmallId = ensureInt32Capacity(this.documentBySmallId, id + 1);
      this.documentBySmallId[id] = document + 1;
    } else this.documentById.set(id, document);
    this.documentIds = ensureFloat64Capacity(this.documentIds, document + 1);
    this.documentIds[document] = id;
    this.isLive = ensureUint8Capacity(this.isLive, document + 1);
    this.isLive[document] = 1;

    const forwardLists = this.forwardLists;
    forwardLists[0] = nameIds;
    forwardLists[1] = descriptionIds;
    forwardLists[2] = partNumberIds;
    this.forward.append(forwardLists);

    this.indexTextFields(document, forwardLists);
    if (this.hasGramField) this.indexGrams(document, this.gramIdsOfName(nameIds));
  }

  private gramIdsOfName(nameIds: readonly number[]): number[] {
    const gramIds: number[] = [];
    for (let index = 0; index < nameIds.length; index += 1) {
      for (const gramId of this.gramIdsOf(nameIds[index] ?? 0)) gramIds.push(gramId);
    }
    return gramIds;
  }

  /** Sets a document's length in a field and returns it. */
  private recordFieldLength(document: number, field: number, termCount: number): number {
    const lengths = ensureUint16Capacity(this.fieldLengths[field] ?? new Uint16Array(0), document + 1);
    this.fieldLengths[field] = lengths;
    const length = Math.min(termCount, 0xffff);
    lengths[document] = length;
    this.fieldLengthSums[field] = (this.fieldLengthSums[field] ?? 0) + length;
    return length;
  }

  /**
   * One posting per term of the document, whichever of the name, description and part number it is in, with its
   * count in each packed into the frequency byte: the first stage scores a term once over all fields (BM25F).
   */
  private indexTextFields(document: number, lists: ReadonlyArray<readonly number[]>): void {
    const encoded = this.encodedBuffer;
    encoded.length = 0;
    const lengths = [0, 0, 0];
    for (const field of textFields) {
      const termIds = lists[field] ?? [];
      lengths[field] = this.recordFieldLength(document, field, termIds.length);
      // Term id and field in one number, so that one sort brings a term's occurrences in every field together
      // (an Int32Array sort: room for 2^29 terms, far past a catalog's millions).
      for (let index = 0; index < termIds.length; index += 1)
        encoded.push(((termIds[index] ?? 0) << 2) | field);
    }
    const sorted = this.sortIntoBuffer(encoded);
    const count = encoded.length;
    const counts = [0, 0, 0];
    for (let index = 0; index < count;) {
      const termId = (sorted[index] ?? 0) >> 2;
      counts[0] = 0;
      counts[1] = 0;
      counts[2] = 0;
      while (index < count && (sorted[index] ?? 0) >> 2 === termId) {
        const field = (sorted[index] ?? 0) & 3;
        counts[field] = (counts[field] ?? 0) + 1;
        index += 1;
      }
      let packed = 0;
      for (const field of textFields) {
        const frequency = Math.min(counts[field] ?? 0, packedFieldLimits[field]);
        if (frequency === 0) continue;
        packed |= frequency << packedFieldShifts[field];
        const maximum = this.maximumFrequencies[field] as PagedUint8Array;
        if (frequency > maximum.get(termId)) maximum.set(termId, frequency);
        const minimum = this.minimumFieldLengths[field] as PagedUint16Array;
        if ((lengths[field] ?? 0) < minimum.get(termId)) minimum.set(termId, lengths[field] ?? 0);
      }
      this.postings.append(termId, document, packed);
      this.liveDocumentFrequency.set(termId, this.liveDocumentFrequency.get(termId) + 1);
      // Words of names and descriptions are where variants of a query word are looked for.
      const isNameOrDescriptionWord = (counts[nameField] ?? 0) + (counts[descriptionField] ?? 0) > 0;
      if (
        isNameOrDescriptionWord &&
        this.isInVocabulary.get(termId) === 0 &&
        this.termKinds.get(termId) === 0
      ) {
        this.isInVocabulary.set(termId, 1);
        this.vocabulary.register(this.terms.textOf(termId));
      }
    }
  }

  /** Name grams, a field of their own: the count goes in the frequency byte's name slot. */
  private indexGrams(document: number, gramIds: readonly number[]): void {
    const length = this.recordFieldLength(document, gramField, gramIds.length);
    const sorted = this.sortIntoBuffer(gramIds);
    const count = gramIds.length;
    for (let index = 0; index < count;) {
      const termId = sorted[index] ?? 0;
      let runEnd = index + 1;
      while (runEnd < count && sorted[runEnd] === termId) runEnd += 1;
      const frequency = Math.min(runEnd - index, packedFieldLimits[nameField]);
      index = runEnd;
      this.postings.append(termId, document, frequency);
      this.liveDocumentFrequency.set(termId, this.liveDocumentFrequency.get(termId) + 1);
      const maximum = this.maximumFrequencies[nameField] as PagedUint8Array;
      if (frequency > maximum.get(termId)) maximum.set(termId, frequency);
      const minimum = this.minimumFieldLengths[nameField] as PagedUint16Array;
      if (length < minimum.get(termId)) minimum.set(termId, length);
    }
  }

  /**
   * Copies the term ids into the sort buffer in increasing order: repeats then stand together, counted without a
   * map. The first `termIds.length` entries are the result.
   */
  private sortIntoBuffer(termIds: readonly number[]): Int32Array {
    const count = termIds.length;
    this.sortBuffer = ensureInt32Capacity(this.sortBuffer, count);
    const sorted = this.sortBuffer;
    if (count > 64) {
      for (let index = 0; index < count; index += 1) sorted[index] = termIds[index] ?? 0;
      sorted.subarray(0, count).sort();
      return sorted;
    }
    // Insertion sort: a field holds a handful of terms, for which it beats the built-in sort and its view object.
    for (let index = 0; index < count; index += 1) {
      const termId = termIds[index] ?? 0;
      let position = index;
      while (position > 0 && (sorted[position - 1] ?? 0) > termId) {
        sorted[position] = sorted[position - 1] ?? 0;
        position -= 1;
      }
      sorted[position] = termId;
    }
    return sorted;
  }

  /** All term ids of a document: name, description, part number and, with the gram field, name grams. */
  private documentTermIds(document: number): number[] {
    const segment = this.forward.read(document, this.segmentBuffer);
    const termIds = segment.slice(forwardHeaderSize);
    if (this.hasGramField) {
      const nameCount = segment[0] ?? 0;
      for (const gramId of this.gramIdsOfName(termIds.slice(0, nameCount))) termIds.push(gramId);
    }
    return termIds;
  }

  private productTermsOf(document: number): { productTerms: ProductTerm[]; nameTermCount: number } {
    const segment = this.forward.read(document, this.segmentBuffer);
    const productTerms: ProductTerm[] = [];
    for (let position = forwardHeaderSize; position < segment.length; position += 1) {
      // Made afresh: a few hundred per query cost less than keeping an object for each of millions of terms.
      const termId = segment[position] ?? 0;
      productTerms.push({
        term: this.terms.textOf(termId),
        kind: kinds[this.termKinds.get(termId)] ?? 'word',
      });
    }
    return { productTerms, nameTermCount: segment[0] ?? 0 };
  }

  private inverseDocumentFrequency(termId: number): number {
    const documentFrequency = this.liveDocumentFrequency.get(termId);
    return Math.log(1 + (this.liveCount - documentFrequency + 0.5) / (documentFrequency + 0.5));
  }

  private documentFrequencyOf(term: string): number {
    const termId = this.termIdOf(wordTermKey, term);
    return termId === undefined ? 0 : this.liveDocumentFrequency.get(termId);
  }

  /** Importance of a query term for the re-ranker: its IDF, or that of an unseen term. */
  private importanceOf(term: string): number {
    const termId = this.termIdOf(wordTermKey, term);
    return termId === undefined
      ? Math.log(1 + (this.liveCount + 0.5) / 0.5)
      : this.inverseDocumentFrequency(termId);
  }

  private isKnownTerm(term: string): boolean {
    return this.documentFrequencyOf(term) > 0;
  }

  private averageLengthOf(field: number): number {
    return Math.max((this.fieldLengthSums[field] ?? 0) / Math.max(this.liveCount, 1), 1);
  }

  private openQueryCursors(tokens: readonly AnalyzedToken[]): QueryCursor[] {
    // A term met twice counts once, at its best; grams of several words add up.
    const wordWeights = new Map<string, number>();
    const gramWeights = new Map<string, number>();
    const addWord = (term: string, weight: number) => {
      const existing = wordWeights.get(term);
      if (existing === undefined || existing < weight) wordWeights.set(term, weight);
    };
    // A code some product has, whole («ba7746p»), says who makes it; the letters before its number («ва») then
    // only name a series thousands of products share, and reading their list would cost far more than it tells.
    const knownCodePositions = new Set<number>();
    for (const token of tokens)
      if (token.kind === 'code' && this.documentFrequencyOf(token.term) > 0)
        knownCodePositions.add(token.position);
    for (const token of tokens) {
      if (token.isCodePrefix && knownCodePositions.has(token.position)) continue;
      const kindWeight = queryKindWeights[token.kind];
      addWord(token.term, kindWeight);
      if (this.hasGramField && (token.kind === 'word' || token.kind === 'code')) {
        const grams = buildCharacterNgrams(token.term);
        for (const gram of grams)
          gramWeights.set(gram, (gramWeights.get(gram) ?? 0) + kindWeight / grams.length);
      }
      if (token.kind === 'word' && this.variantWeight > 0) {
        const variants = this.vocabulary.findVariants({
          word: token.term,
          abbreviation: token.isAbbreviated ? token.display.slice(0, -1) : undefined,
          frequencyOf: (word) => this.documentFrequencyOf(word),
        });
        for (const variant of variants)
          addWord(variant.word, kindWeight * this.variantWeight * variant.similarity);
      }
    }
    const cursors: QueryCursor[] = [];
    const textSlotWeights = textFields.map((field) => Math.max(this.fieldWeights[field] ?? 0, 0));
    for (const [term, weight] of wordWeights) {
      const cursor = this.openQueryCursor(
        this.termIdOf(wordTermKey, term),
        weight,
        textSlotWeights,
        textFields,
      );
      if (cursor) cursors.push(cursor);
    }
    const gramWeight = this.fieldWeights[gramField] ?? 0;
    if (gramWeight > 0) {
      for (const [gram, weight] of gramWeights) {
        const termId = this.termIdOf(gramTermKey, gram);
        const cursor = this.openQueryCursor(
          termId,
          weight * gramWeight,
          [1, 0, 0],
          [gramField, gramField, gramField],
        );
        if (cursor) cursors.push(cursor);
      }
    }
    return cursors;
  }

  /**
   * A query term's cursor with its weight and the highest score it can give a document: each field's count and
   * length at their most favourable (the term's highest count, the shortest field it occurs in). Undefined for a
   * term no live document has, or whose fields all weigh nothing.
   */
  private openQueryCursor(
    termId: number | undefined,
    weight: number,
    slotWeights: readonly number[],
    slotFields: readonly number[],
  ): QueryCursor | undefined {
    if (termId === undefined || this.liveDocumentFrequency.get(termId) === 0) return undefined;
    let bestPseudoFrequency = 0;
    for (let slot = 0; slot < 3; slot += 1) {
      const frequency = this.maximumFrequencies[slot]?.get(termId) ?? 0;
      const slotWeight = slotWeights[slot] ?? 0;
      if (frequency === 0 || slotWeight === 0) continue;
      const shortestLength = this.minimumFieldLengths[slot]?.get(termId) ?? 0;
      const field = slotFields[slot] ?? nameField;
      bestPseudoFrequency +=
        (slotWeight * frequency) / (1 - this.b + (this.b * shortestLength) / this.averageLengthOf(field));
    }
    if (bestPseudoFrequency === 0) return undefined;
    const termWeight = weight * this.inverseDocumentFrequency(termId);
    return {
      cursor: this.postings.openCursor(termId),
      termId,
      documentFrequency: this.liveDocumentFrequency.get(termId),
      weight: termWeight,
      slotWeights,
      slotFields,
      upperBound: (termWeight * (this.k1 + 1) * bestPseudoFrequency) / (bestPseudoFrequency + this.k1),
    };
  }

  /**
   * The BM25F contribution of each query cursor (by its index) to a document: the counts in each field, weighted
   * and normalised by that field's length, added up before saturating.
   */
  private createContributionOf(queryCursors: readonly QueryCursor[]): ContributionOf {
    return contributionFunctionOf(this.contributionPartsOf(queryCursors));
  }

  /** What each query cursor's BM25F contribution is made of (see ContributionParts). */
  private contributionPartsOf(queryCursors: readonly QueryCursor[]): ContributionParts {
    const slotWeightsOf = (slot: number) =>
      Float64Array.from(queryCursors, (queryCursor) => queryCursor.slotWeights[slot] ?? 0);
    const slotLengthsOf = (slot: number) =>
      queryCursors.map(
        (queryCursor) => this.fieldLengths[queryCursor.slotFields[slot] ?? nameField] as Uint16Array,
      );
    const slotScalesOf = (slot: number) =>
      Float64Array.from(
        queryCursors,
        (queryCursor) => this.b / this.averageLengthOf(queryCursor.slotFields[slot] ?? nameField),
      );
    return {
      weights: Float64Array.from(queryCursors, (queryCursor) => queryCursor.weight * (this.k1 + 1)),
      nameWeights: slotWeightsOf(0),
      descriptionWeights: slotWeightsOf(1),
      partNumberWeights: slotWeightsOf(2),
      nameLengths: slotLengthsOf(0),
      descriptionLengths: slotLengthsOf(1),
      partNumberLengths: slotLengthsOf(2),
      nameScales: slotScalesOf(0),
      descriptionScales: slotScalesOf(1),
      partNumberScales: slotScalesOf(2),
      oneMinusB: 1 - this.b,
      k1: this.k1,
    };
  }

  /**
   * Adds one list's postings in a window (copied into the scratch buffers, `end` of them) to the window's sums,
   * marking the documents reached. The arithmetic is contributionFunctionOf's, written out for one list: a
   * function per list called here measured 5 % slower. Tests compare pruned searches, whose probes use the other
   * copy, with exhaustive ones, which use only this one, score for score.
   */
  private addWindowContributions(
    scratch: WindowScratch,
    index: number,
    windowStart: number,
    end: number,
    parts: ContributionParts,
  ): void {
    const { sums, reachedWords, windowDocuments, windowFrequencies } = scratch;
    const weight = parts.weights[index] as number;
    const nameWeight = parts.nameWeights[index] as number;
    const descriptionWeight = parts.descriptionWeights[index] as number;
    const partNumberWeight = parts.partNumberWeights[index] as number;
    const nameScale = parts.nameScales[index] as number;
    const descriptionScale = parts.descriptionScales[index] as number;
    const partNumberScale = parts.partNumberScales[index] as number;
    const nameLengths = parts.nameLengths[index] as Uint16Array;
    const descriptionLengths = parts.descriptionLengths[index] as Uint16Array;
    const partNumberLengths = parts.partNumberLengths[index] as Uint16Array;
    const { oneMinusB, k1 } = parts;
    for (let position = 0; position < end; position += 1) {
      const document = windowDocuments[position] as number;
      const packed = windowFrequencies[position] as number;
      let pseudoFrequency = 0;
      const nameCount = packed & 7;
      if (nameCount !== 0) {
        pseudoFrequency +=
          (nameWeight * nameCount) / (oneMinusB + nameScale * (nameLengths[document] as number));
      }
      const descriptionCount = (packed >> 3) & 7;
      if (descriptionCount !== 0) {
        pseudoFrequency +=
          (descriptionWeight * descriptionCount) /
          (oneMinusB + descriptionScale * (descriptionLengths[document] as number));
      }
      const partNumberCount = packed >> 6;
      if (partNumberCount !== 0) {
        pseudoFrequency +=
          (partNumberWeight * partNumberCount) /
          (oneMinusB + partNumberScale * (partNumberLengths[document] as number));
      }
      const contribution = pseudoFrequency === 0 ? 0 : (weight * pseudoFrequency) / (pseudoFrequency + k1);
      const offset = document - windowStart;
      // Sums start at 0 (the pass sets each back as it takes it), and 0 + x is x to the bit.
      sums[offset] = (sums[offset] as number) + contribution;
      reachedWords[offset >>> 5] = (reachedWords[offset >>> 5] as number) | (1 << (offset & 31));
    }
  }

  /**
   * A function giving a document's first-stage score for the query text, as `retrieve` computes it: from the
   * document's stored term ids (as seeds are scored), or with grams, which are not stored, by probing the lists.
   */
  private prepareDocumentScoring(text: string): (document: number) => number {
    const queryCursors = this.openQueryCursors(analyzeText(text));
    queryCursors.sort((left, right) => left.upperBound - right.upperBound);
    const contributionOf = this.createContributionOf(queryCursors);
    if (this.hasGramField) {
      return (document) => {
        if (this.isLive[document] !== 1) return 0;
        let score = 0;
        queryCursors.forEach((queryCursor, index) => {
          const cursor = this.postings.openCursor(queryCursor.termId);
          cursor.advance(document);
          if (cursor.document === document) score += contributionOf(index, document, cursor.frequency);
        });
        return score > 0 ? roundFirstStageScore(score) : 0;
      };
    }
    const termIds = Int32Array.from(queryCursors, (queryCursor) => queryCursor.termId);
    const counts = new Int32Array(queryCursors.length * 3);
    return (document) => {
      if (this.isLive[document] !== 1) return 0;
      const score = this.scoreFromForwardStore(document, termIds, counts, contributionOf);
      return score > 0 ? roundFirstStageScore(score) : 0;
    };
  }

  /**
   * First stage: BM25F over the text fields (plus BM25 of name grams), the best `count` documents by MaxScore. Lists are ordered by their best
   * possible contribution; those that together cannot lift a document above the current k-th score are only
   * probed for documents found through the others. OR semantics: a document needs only one query term.
   */
  private retrieve(
    queryCursors: QueryCursor[],
    count: number,
  ): Array<{ score: number; id: number; key: number }> {
    if (queryCursors.length === 0) return [];
    queryCursors.sort((left, right) => left.upperBound - right.upperBound);
    const bounds = new Float64Array(queryCursors.length);
    let cumulative = 0;
    queryCursors.forEach((queryCursor, index) => {
      cumulative += queryCursor.upperBound;
      bounds[index] = cumulative;
    });
    const cursorCount = queryCursors.length;
    // Flat per-cursor arrays: this loop runs for thousands of documents per query.
    const cursors = queryCursors.map((queryCursor) => queryCursor.cursor);
    const contributionParts = this.contributionPartsOf(queryCursors);
    const contributionOf = contributionFunctionOf(contributionParts);
    const isLive = this.isLive;
    const documentIds = this.documentIds;
    const heap = new TopKHeap(count);
    let firstEssential = 0;
    // Lists past this one are exhausted: the rarest terms (model numbers) sort last and run out first, and the scan
    // for the next candidate need not look at them again.
    let essentialEnd = cursorCount;
    const seeds = this.scoreSeedDocuments(queryCursors, heap, count, contributionOf);
    let nextSeed = 0;
    // Pruning compares unrounded partial sums with a rounded threshold: a little slack keeps it exact.
    let threshold = heap.threshold - pruningSlack;

    // The pass goes window by window (as Lucene's MaxScore bulk scorer does): each essential list adds its
    // postings in the window to a score per document, one list at a time in a tight loop, instead of finding the
    // smallest current document across the lists for every candidate. The documents reached are then taken in
    // order and the other lists probed for those that could still enter. Sums are added in the same order as a
    // document-at-a-time pass (essential lists by increasing bound, then the others downwards), so scores match.
    const scratch = this.windowScratch;
    const { sums, reachedWords, windowDocuments, windowFrequencies } = scratch;
    const { isSeed, candidateOffsets, candidateScores } = scratch;
    for (;;) {
      while (firstEssential < essentialEnd && (bounds[firstEssential] ?? 0) < threshold) firstEssential += 1;
      while (
        essentialEnd > firstEssential &&
        (cursors[essentialEnd - 1] as PostingCursor).document === endOfPostings
      )
        essentialEnd -= 1;
      if (firstEssential >= essentialEnd) break;
      let windowStart = endOfPostings;
      for (let index = firstEssential; index < essentialEnd; index += 1) {
        const document = (cursors[index] as PostingCursor).document;
        if (document < windowStart) windowStart = document;
      }
      const windowEnd = windowStart + retrievalWindowSize;
      for (let index = firstEssential; index < essentialEnd; index += 1) {
        const end = (cursors[index] as PostingCursor).collectBefore(
          windowEnd,
          windowDocuments,
          windowFrequencies,
          0,
        );
        if (end > 0) this.addWindowContributions(scratch, index, windowStart, end, contributionParts);
      }
      while (nextSeed < seeds.length && (seeds[nextSeed] as number) < windowStart) nextSeed += 1;
      const firstSeedOfWindow = nextSeed;
      while (nextSeed < seeds.length && (seeds[nextSeed] as number) < windowEnd) {
        isSeed[(seeds[nextSeed] as number) - windowStart] = 1;
        nextSeed += 1;
      }
      // The documents reached, in order, that the other lists could still lift above the threshold.
      const lowestBound = firstEssential > 0 ? (bounds[firstEssential - 1] as number) : 0;
      let candidateCount = 0;
      for (let word = 0; word < reachedWordCount; word += 1) {
        let bits = reachedWords[word] as number;
        if (bits === 0) continue;
        reachedWords[word] = 0;
        while (bits !== 0) {
          const lowest = bits & -bits;
          bits ^= lowest;
          const offset = (word << 5) + 31 - Math.clz32(lowest);
          const score = sums[offset] as number;
          sums[offset] = 0;
          // A seed is in the heap already, with its whole score.
          if (isLive[windowStart + offset] !== 1 || isSeed[offset] === 1 || score + lowestBound < threshold)
            continue;
          candidateOffsets[candidateCount] = offset;
          candidateScores[candidateCount] = score;
          candidateCount += 1;
        }
      }
      // Each other list, largest bound first, probed for the candidates that can still enter with it.
      for (let index = firstEssential - 1; index >= 0 && candidateCount > 0; index -= 1) {
        const cursor = cursors[index] as PostingCursor;
        const bound = bounds[index] as number;
        let kept = 0;
        for (let position = 0; position < candidateCount; position += 1) {
          let score = candidateScores[position] as number;
          if (score + bound < threshold) continue;
          const offset = candidateOffsets[position] as number;
          const candidate = windowStart + offset;
          cursor.advance(candidate);
          if (cursor.document === candidate) score += contributionOf(index, candidate, cursor.frequency);
          candidateOffsets[kept] = offset;
          candidateScores[kept] = score;
          kept += 1;
        }
        candidateCount = kept;
      }
      for (let position = 0; position < candidateCount; position += 1) {
        const score = candidateScores[position] as number;
        // Found only through fields weighted 0: not a match.
        if (score < threshold || score <= 0) continue;
        const candidate = windowStart + (candidateOffsets[position] as number);
        heap.push(roundFirstStageScore(score), documentIds[candidate] ?? 0, candidate);
        threshold = heap.threshold - pruningSlack;
      }
      for (let seed = firstSeedOfWindow; seed < nextSeed; seed += 1)
        isSeed[(seeds[seed] as number) - windowStart] = 0;
    }
    return heap.toSortedArray();
  }

  /**
   * Scores in full, from the forward store, the products of the rarest query terms (a model number, its number)
   * and puts them in the heap before the pass. The pass meets products in the order they were added, so the heap
   * would fill first with whatever common-word products come early, and the threshold would stay low for much of
   * it, keeping the common words' long lists essential; seeded, it starts near its final value. The top `count`
   * is the same: seeds are real products with their exact scores. Returns the seeds in increasing order, for the
   * pass to skip.
   */
  private scoreSeedDocuments(
    queryCursors: readonly QueryCursor[],
    heap: TopKHeap,
    count: number,
    contributionOf: ContributionOf,
  ): Int32Array {
    const budget = Math.max(count * seedDocumentsPerResult, minimumSeedDocuments);
    // Cursors are in increasing order of their bound: the rarest terms come last.
    let firstSeedList = queryCursors.length;
    let seedTotal = 0;
    while (firstSeedList > 0) {
      const frequency = (queryCursors[firstSeedList - 1] as QueryCursor).documentFrequency;
      if (seedTotal + frequency > budget) break;
      seedTotal += frequency;
      firstSeedList -= 1;
    }
    // Scoring a seed from the forward store costs about as much as reading a few dozen postings: seeds pay only
    // when the other lists are much longer (a large catalog). Gram terms are not in the forward store: a query
    // with them goes without seeds.
    let otherTotal = 0;
    for (let index = 0; index < firstSeedList; index += 1)
      otherTotal += (queryCursors[index] as QueryCursor).documentFrequency;
    if (seedTotal === 0 || otherTotal < seedTotal * seedPaybackRatio || this.hasGramField)
      return new Int32Array(0);
    let seeds = new Int32Array(seedTotal);
    let seedCount = 0;
    for (let index = firstSeedList; index < queryCursors.length; index += 1) {
      const cursor = this.postings.openCursor((queryCursors[index] as QueryCursor).termId);
      for (; cursor.document !== endOfPostings; cursor.next()) {
        if (this.isLive[cursor.document] === 1 && seedCount < seeds.length)
          seeds[seedCount++] = cursor.document;
      }
    }
    seeds = seeds.subarray(0, seedCount).sort();
    const termIds = Int32Array.from(queryCursors, (queryCursor) => queryCursor.termId);
    const counts = new Int32Array(queryCursors.length * 3);
    let unique = 0;
    for (let index = 0; index < seedCount; index += 1) {
      const document = seeds[index] as number;
      if (unique > 0 && seeds[unique - 1] === document) continue;
      seeds[unique++] = document;
      const score = this.scoreFromForwardStore(document, termIds, counts, contributionOf);
      if (score > 0) heap.push(roundFirstStageScore(score), this.documentIds[document] ?? 0, document);
    }
    return seeds.subarray(0, unique);
  }

  /**
   * A document's first-stage score from its stored term ids: each query term's count in each field (name,
   * description, part number), packed as a posting packs it so that the score is the one the pass would give.
   * `counts` is scratch room for three counts per query term.
   */
  private scoreFromForwardStore(
    document: number,
    termIds: Int32Array,
    counts: Int32Array,
    contributionOf: ContributionOf,
  ): number {
    // Each query term's count in each field, from the product's stored term ids (name, description, part number).
    const segment = this.forward.read(document, this.segmentBuffer);
    counts.fill(0);
    const nameEnd = forwardHeaderSize + (segment[0] ?? 0);
    const descriptionEnd = nameEnd + (segment[1] ?? 0);
    for (let position = forwardHeaderSize; position < segment.length; position += 1) {
      const termId = segment[position] as number;
      const field =
        position < nameEnd ? nameField : position < descriptionEnd ? descriptionField : partNumberField;
      for (let cursorIndex = 0; cursorIndex < termIds.length; cursorIndex += 1) {
        if (termIds[cursorIndex] === termId)
          counts[cursorIndex * 3 + field] = (counts[cursorIndex * 3 + field] ?? 0) + 1;
      }
    }
    let score = 0;
    for (let cursorIndex = 0; cursorIndex < termIds.length; cursorIndex += 1) {
      // Packed as the posting packs it, so that the score is the one the pass would give.
      const packed =
        Math.min(counts[cursorIndex * 3] ?? 0, packedFieldLimits[nameField]) |
        (Math.min(counts[cursorIndex * 3 + 1] ?? 0, packedFieldLimits[descriptionField]) <<
          packedFieldShifts[descriptionField]) |
        (Math.min(counts[cursorIndex * 3 + 2] ?? 0, packedFieldLimits[partNumberField]) <<
          packedFieldShifts[partNumberField]);
      if (packed !== 0) score += contributionOf(cursorIndex, document, packed);
    }
    return score;
  }
}

/** What a query searches for: its text, and its part number when given apart. */
function wholeTextOf(query: TextQuery): string {
  return query.partNumber ? `${query.text} ${query.partNumber}` : query.text;
}

/**
 * A document's score is a sum whose order depends on which lists were essential when it was met, so the same
 * text can score a few units in the last place apart. Rounded, equal texts tie exactly and fall back to id order
 * whatever the order of the pass.
 */
function roundFirstStageScore(score: number): number {
  return Math.round(score * 1e9) / 1e9;
}
const pruningSlack = 1e-8;

/** Documents a retrieval window spans (a multiple of 32: reached documents are kept as bits). */
const retrievalWindowSize = 4096;
const reachedWordCount = retrievalWindowSize / 32;

/** Per retrieval window: each document's sum so far, which were reached (as bits, to visit in order), seeds. */
interface WindowScratch {
  sums: Float64Array;
  reachedWords: Int32Array;
  isSeed: Uint8Array;
  /** One list's postings in the window. */
  windowDocuments: Int32Array;
  windowFrequencies: Uint8Array;
  /** The documents reached that may still enter (offsets in the window), and their sums so far. */
  candidateOffsets: Int32Array;
  candidateScores: Float64Array;
}

function createWindowScratch(): WindowScratch {
  return {
    sums: new Float64Array(retrievalWindowSize),
    reachedWords: new Int32Array(reachedWordCount),
    isSeed: new Uint8Array(retrievalWindowSize),
    windowDocuments: new Int32Array(retrievalWindowSize),
    windowFrequencies: new Uint8Array(retrievalWindowSize),
    candidateOffsets: new Int32Array(retrievalWindowSize),
    candidateScores: new Float64Array(retrievalWindowSize),
  };
}

/**
 * Per query cursor (by index): weight × IDF × (k1 + 1), and per slot of the packed frequency (name, description,
 * part number) the field's weight, its lengths and b / its average length.
 */
interface ContributionParts {
  weights: Float64Array;
  nameWeights: Float64Array;
  descriptionWeights: Float64Array;
  partNumberWeights: Float64Array;
  nameLengths: Uint16Array[];
  descriptionLengths: Uint16Array[];
  partNumberLengths: Uint16Array[];
  nameScales: Float64Array;
  descriptionScales: Float64Array;
  partNumberScales: Float64Array;
  oneMinusB: number;
  k1: number;
}

/**
 * The BM25F contribution of each query cursor (by its index) to a document: the counts in each field, weighted
 * and normalised by that field's length, added up before saturating.
 */
function contributionFunctionOf(parts: ContributionParts): ContributionOf {
  const { weights, nameWeights, descriptionWeights, partNumberWeights } = parts;
  const { nameLengths, descriptionLengths, partNumberLengths } = parts;
  const { nameScales, descriptionScales, partNumberScales, oneMinusB, k1 } = parts;
  // Written out rather than in a loop over fields: this runs for every probed candidate.
  return (index: number, document: number, packed: number): number => {
    let pseudoFrequency = 0;
    const nameCount = packed & 7;
    if (nameCount !== 0) {
      pseudoFrequency +=
        ((nameWeights[index] as number) * nameCount) /
        (oneMinusB +
          (nameScales[index] as number) * ((nameLengths[index] as Uint16Array)[document] as number));
    }
    const descriptionCount = (packed >> 3) & 7;
    if (descriptionCount !== 0) {
      pseudoFrequency +=
        ((descriptionWeights[index] as number) * descriptionCount) /
        (oneMinusB +
          (descriptionScales[index] as number) *
            ((descriptionLengths[index] as Uint16Array)[document] as number));
    }
    const partNumberCount = packed >> 6;
    if (partNumberCount !== 0) {
      pseudoFrequency +=
        ((partNumberWeights[index] as number) * partNumberCount) /
        (oneMinusB +
          (partNumberScales[index] as number) *
            ((partNumberLengths[index] as Uint16Array)[document] as number));
    }
    // A count only in fields weighted 0 adds nothing (and with k1 = 0 would divide 0 by 0).
    return pseudoFrequency === 0
      ? 0
      : ((weights[index] as number) * pseudoFrequency) / (pseudoFrequency + k1);
  };
}

let nextCacheSlot = 0;

/** Each index (and each rebuild of one) gets its own mark for the term ids it leaves on shared chunk analyses. */
function takeCacheSlot(): number {
  nextCacheSlot += 1;
  return nextCacheSlot;
}

// Database ids are mostly small non-negative integers: an array indexed by id is faster and smaller than a map.
function isSmallId(id: number): boolean {
  return Number.isInteger(id) && id >= 0 && id < smallIdLimit;
}
