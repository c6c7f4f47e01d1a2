import { createHash } from 'node:crypto';
import { publishedCapacity, type DemandLine, type Product } from '@coopex/domain';
import { createRepositories, openDemandLineStatuses, type Database } from '@coopex/db';
import {
  Matcher,
  OpenLineIndex,
  type CatalogItem,
  type MatchCandidate,
  type MatchOptions,
  type MatchQuery,
  type TextCutoff,
  type TextRetriever,
} from '@coopex/matching';

/** How many candidates are stored per line; the API can ask for fewer. */
export const storedMatchLimit = 20;

/**
 * Changed products are weighed against the lines they could serve this many at a time: the text index's prepared
 * queries last while no product is added, so each chunk is checked before and after all of its products go in.
 */
const syncChunkSize = 5000;

export function toCatalogItem(product: Product & { supplierCountry: string }): CatalogItem {
  return {
    key: product.id,
    organisationId: product.organisationId,
    country: product.supplierCountry,
    name: product.nameRu,
    nameEn: product.nameEn,
    description: product.description,
    manufacturer: product.manufacturer,
    partNumber: product.partNumber,
    tnved: product.tnved,
    okpd2: product.okpd2,
    parameters: product.parameters,
    // Matching sees the published capacity band only, so no score or explanation reveals the exact figure.
    capacityPerYear: publishedCapacity(product.capacityPerYear),
    capacityUnit: product.capacityUnit,
    leadTimeDays: product.leadTimeDays,
    isActive: product.status === 'active',
  };
}

export function toMatchQuery(line: DemandLine & { buyerCountry?: string | null }): MatchQuery {
  return {
    name: line.name,
    nameEn: line.nameEn,
    description: line.description,
    partNumber: line.partNumber,
    manufacturer: line.manufacturer,
    tnved: line.tnved,
    okpd2: line.okpd2,
    requirements: line.requirements,
    quantityPerYear: line.quantityPerYear,
    quantityUnit: line.quantityUnit,
    neededBy: line.neededBy,
    minimumAnalogueGrade: line.minimumAnalogueGrade,
    buyerCountry: line.buyerCountry ?? null,
  };
}

/**
 * The matcher of one running Coopex: the whole catalog and the open lines in memory, built from the database at
 * start and kept in step with it. The database stays the system of record; stored matches are refreshed for the
 * lines a changed product could serve, never by a full rebuild.
 */
export class CatalogMatching {
  /**
   * Per open line matched by this process: where its text candidates stopped. A changed product that cannot
   * get past it, nor in by part number or code, leaves the line's stored matches as they are. Lines matched
   * before a restart have none and are matched again when a product could serve them.
   */
  private readonly textCutoffs = new Map<string, TextCutoff | null>();
  /**
   * Per line stored by this process: a digest of what was stored, so a re-match that finds the same leaves the
   * rows (and their computed_at) alone. This process is the only writer of stored matches.
   */
  private readonly storedDigests = new Map<string, string>();

  private constructor(
    private readonly database: Database,
    readonly matcher: Matcher,
    private readonly openLines: OpenLineIndex,
  ) {}

  static async load(options: {
    database: Database;
    /** `expectedDocumentCount`: how many products the index will hold, so its tables are sized once. */
    createTextRetriever: (expectedDocumentCount?: number) => TextRetriever;
  }): Promise<CatalogMatching> {
    const repositories = createRepositories(options.database);
    const matcher = new Matcher(options.createTextRetriever(await repositories.products.count()));
    const openLines = new OpenLineIndex(options.createTextRetriever());
    for (const analogue of await repositories.analogues.listAll()) matcher.addAnalogue(analogue);
    for await (const product of repositories.products.streamForMatching({}))
      matcher.upsert(toCatalogItem(product));
    for await (const line of repositories.demand.streamOpenLines())
      openLines.upsert(line.id, toMatchQuery(line));
    return new CatalogMatching(options.database, matcher, openLines);
  }

  get productCount(): number {
    return this.matcher.size;
  }

  match(query: MatchQuery, options: MatchOptions): MatchCandidate[] {
    return this.matcher.match(query, options);
  }

  /** Matches one line again and stores its candidates; a line no longer open keeps none. */
  async refreshLine(lineId: string): Promise<MatchCandidate[]> {
    const repositories = createRepositories(this.database);
    const line = await repositories.demand.findLineWithBuyer(lineId);
    if (!line) {
      this.openLines.remove(lineId);
      this.textCutoffs.delete(lineId);
      this.storedDigests.delete(lineId);
      return [];
    }
    const query = toMatchQuery(line);
    const { candidates, textCutoff } = this.matcher.matchWithTextCutoff(query, { limit: storedMatchLimit });
    if ((openDemandLineStatuses as readonly string[]).includes(line.status)) {
      this.openLines.upsert(line.id, query);
      this.textCutoffs.set(line.id, textCutoff);
    } else {
      this.openLines.remove(line.id);
      this.textCutoffs.delete(line.id);
    }
    const matches = candidates.map((candidate) => ({
      productId: candidate.key,
      score: candidate.score,
      explanation: candidate.explanation,
      failed: candidate.failed,
      summary: candidate.summary,
    }));
    const digest = createHash('sha256').update(JSON.stringify(matches)).digest('base64');
    if (this.storedDigests.get(line.id) !== digest) {
      await repositories.matches.replaceForLine(line.id, matches);
      this.storedDigests.set(line.id, digest);
    }
    return candidates;
  }

  async refreshList(listId: string): Promise<number> {
    let refreshed = 0;
    for await (const line of createRepositories(this.database).demand.streamLines(listId)) {
      await this.refreshLine(line.id);
      refreshed += 1;
    }
    return refreshed;
  }

  /** Stores fresh matches for every open line: after the demo load, or on request. */
  async refreshAllLines(): Promise<number> {
    let refreshed = 0;
    for await (const line of createRepositories(this.database).demand.streamOpenLines()) {
      await this.refreshLine(line.id);
      refreshed += 1;
    }
    return refreshed;
  }

  /**
   * Brings products changed since a moment (an import, an edit, a run of the CLI while no server ran) into the
   * index, then refreshes the stored matches of the lines they were proposed to or could now alter: lines their
   * text, part number or code could serve, where the product, before or after its change, is or would be among
   * the candidates. `examined` counts the lines weighed, `lines` those matched again.
   */
  async syncProductsChangedSince(
    since: string | null,
  ): Promise<{ products: number; lines: number; examined: number }> {
    const repositories = createRepositories(this.database);
    const startedAt = new Date().toISOString();
    const affectedLines = new Set<string>();
    const examinedLines = new Set<string>();
    let chunk: Array<{ item: CatalogItem; lineIds: string[] }> = [];
    let products = 0;
    const weighChunk = () => {
      // Before: a product that was among a line's candidates may leave them. Then all go in, and after: whether
      // each would be among them now. No product is added while a side is weighed.
      for (const { item, lineIds } of chunk) {
        if (this.matcher.has(item.key)) this.collectLinesItCouldAlter(item.key, lineIds, affectedLines);
      }
      for (const { item } of chunk) this.matcher.upsert(item);
      for (const { item, lineIds } of chunk) {
        this.collectLinesItCouldAlter(item.key, lineIds, affectedLines);
        for (const lineId of lineIds) examinedLines.add(lineId);
      }
      chunk = [];
    };
    for await (const product of repositories.products.streamForMatching({
      updatedSince: since ?? undefined,
    })) {
      const item = toCatalogItem(product);
      // Lines it was proposed to are matched again whatever it became.
      for (const lineId of await repositories.matches.findLinesOfProduct(product.id))
        affectedLines.add(lineId);
      chunk.push({ item, lineIds: this.openLines.linesFor(item, this.matcher.analogues) });
      if (chunk.length >= syncChunkSize) weighChunk();
      products += 1;
    }
    weighChunk();
    for (const lineId of affectedLines) await this.refreshLine(lineId);
    await repositories.matches.writeSyncedAt(startedAt);
    return { products, lines: affectedLines.size, examined: examinedLines.size };
  }

  private collectLinesItCouldAlter(productKey: string, lineIds: readonly string[], into: Set<string>): void {
    for (const lineId of lineIds) {
      if (into.has(lineId)) continue;
      const query = this.openLines.queryOf(lineId);
      const textCutoff = this.textCutoffs.get(lineId);
      // A line this process has not matched yet has no cutoff to go by.
      if (
        !query ||
        textCutoff === undefined ||
        this.matcher.couldEnterCandidates(query, productKey, textCutoff)
      )
        into.add(lineId);
    }
  }

  /** Call after deleting a product: the lines it was proposed to are matched again without it. */
  async forgetProduct(productId: string, linesItWasProposedTo: string[]): Promise<void> {
    this.matcher.remove(productId);
    for (const lineId of linesItWasProposedTo) await this.refreshLine(lineId);
  }

  async reloadAnalogues(): Promise<void> {
    this.matcher.replaceAnalogues(await createRepositories(this.database).analogues.listAll());
  }
}
