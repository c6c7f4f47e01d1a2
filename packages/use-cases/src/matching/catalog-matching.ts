import { createHash } from 'node:crypto';
import { publishedCapacity, type DemandLine, type Product } from '@coopex/domain';
import { createRepositories, openDemandLineStatuses, type Database, type StoredMatch } from '@coopex/db';
import {
  applyCatalogChanges,
  Matcher,
  OpenLineIndex,
  type CatalogItem,
  type MatchCandidate,
  type MatchOptions,
  type MatchQuery,
  type TextRetriever,
} from '@coopex/matching';
import { isDeadlock } from '../shared/is-deadlock';
import { MatchRefreshQueue, type RefreshControl } from './match-refresh-queue';

/** How many candidates are stored per line; the API can ask for fewer. */
export const storedMatchLimit = 20;

/** Changed products are applied to the matcher this many at a time (see applyCatalogChanges). */
const syncChunkSize = 5000;
/** Lines primed between two turns of the event loop: a few tens of milliseconds at a million products. */
const primingSliceSize = 20;

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
   * Per line stored by this process: a digest of what was stored, so a re-match that finds the same leaves the
   * rows (and their computed_at) alone. This process is the only writer of stored matches.
   */
  private readonly storedDigests = new Map<string, string>();
  private readonly lineRefreshes = new Map<string, Promise<MatchCandidate[]>>();
  /** Lines deleted while a refresh of theirs was running: it must neither store rows nor index them again. */
  private readonly deletedWhileRefreshing = new Set<string>();
  /**
   * Products removed while a catalog sync was reading changed products: one it read before the removal must not come
   * back. Forgotten when no sync is reading any more (a later one reads the database after the removal).
   */
  private readonly removedWhileReading = new Set<string>();
  private syncsReading = 0;

  /** Catalog syncs and line refreshes the server runs in the background, one at a time. */
  readonly refreshes: MatchRefreshQueue = new MatchRefreshQueue(this);

  private constructor(
    private readonly database: Database,
    readonly matcher: Matcher,
    private readonly openLines: OpenLineIndex,
    /** When loading began: the index holds every product changed before it. */
    private readonly loadedAt: string,
  ) {}

  static async load(options: {
    database: Database;
    /** `expectedDocumentCount`: how many products the index will hold, so its tables are sized once. */
    createTextRetriever: (expectedDocumentCount?: number) => TextRetriever;
  }): Promise<CatalogMatching> {
    const repositories = createRepositories(options.database);
    const loadedAt = new Date().toISOString();
    const matcher = new Matcher(options.createTextRetriever(await repositories.products.count()));
    const openLines = new OpenLineIndex(options.createTextRetriever());
    for (const analogue of await repositories.analogues.listAll()) matcher.addAnalogue(analogue);
    for await (const product of repositories.products.streamForMatching({}))
      matcher.upsert(toCatalogItem(product));
    for await (const line of repositories.demand.streamOpenLines())
      openLines.upsert(line.id, toMatchQuery(line));
    return new CatalogMatching(options.database, matcher, openLines, loadedAt);
  }

  get productCount(): number {
    return this.matcher.size;
  }

  /** Open lines the matcher weighs catalog changes against. */
  get openLineCount(): number {
    return this.openLines.size;
  }

  match(query: MatchQuery, options: MatchOptions): MatchCandidate[] {
    return this.matcher.match(query, options);
  }

  /**
   * Matches one line again and stores its candidates; a line no longer open keeps none. Refreshes of one line run
   * one after the other: a read can refresh a stale line while a background refresh reaches it too.
   */
  async refreshLine(lineId: string): Promise<MatchCandidate[]> {
    const previous = this.lineRefreshes.get(lineId) ?? Promise.resolve();
    const refresh = previous.catch(() => undefined).then(() => this.matchAndStoreLine(lineId));
    this.lineRefreshes.set(lineId, refresh);
    try {
      return await refresh;
    } finally {
      if (this.lineRefreshes.get(lineId) === refresh) {
        this.lineRefreshes.delete(lineId);
        this.deletedWhileRefreshing.delete(lineId);
      }
    }
  }

  private async matchAndStoreLine(lineId: string): Promise<MatchCandidate[]> {
    const repositories = createRepositories(this.database);
    const line = await repositories.demand.findLineWithBuyer(lineId);
    if (!line || this.deletedWhileRefreshing.has(lineId)) {
      this.dropLine(lineId);
      return [];
    }
    const query = toMatchQuery(line);
    const { candidates, textCutoff } = this.matcher.matchWithTextCutoff(query, { limit: storedMatchLimit });
    if ((openDemandLineStatuses as readonly string[]).includes(line.status)) {
      // The cutoff tells a later catalog sync which products could alter this line (applyCatalogChanges); lines
      // matched before a restart have none and are matched again when a changed product could serve them.
      this.openLines.upsert(line.id, query);
      this.openLines.setTextCutoff(line.id, textCutoff);
    } else this.openLines.remove(line.id);
    const matches = candidates.map((candidate) => ({
      productId: candidate.key,
      score: candidate.score,
      explanation: candidate.explanation,
      failed: candidate.failed,
      summary: candidate.summary,
    }));
    // The line's own edit time too: its stored rows count as stale while computed before the line last changed.
    const digest = createHash('sha256')
      .update(JSON.stringify([line.updatedAt, matches]))
      .digest('base64');
    if (this.storedDigests.get(line.id) !== digest) {
      await this.storeMatches(line.id, matches);
      this.storedDigests.set(line.id, digest);
    }
    // Deleted meanwhile: the write above kept no rows for it (see replaceForLine); the index forgets it again.
    if (this.deletedWhileRefreshing.has(lineId)) {
      this.dropLine(lineId);
      return [];
    }
    return candidates;
  }

  /**
   * One transaction: a reader never sees the line without rows between the delete and the insert. Deleting an
   * organisation locks its products in its own order and can still deadlock with it: one more try then.
   */
  private async storeMatches(
    lineId: string,
    matches: Array<Omit<StoredMatch, 'computedAt' | 'rank'>>,
  ): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await this.database.transaction(async (transaction) =>
          createRepositories(transaction).matches.replaceForLine(lineId, matches),
        );
        return;
      } catch (error) {
        if (attempt >= 2 || !isDeadlock(error)) throw error;
      }
    }
  }

  /** Matches the given lines again (see MatchRefreshQueue.requestLinesRefresh). */
  async refreshLines(lineIds: readonly string[], control: RefreshControl = {}): Promise<number> {
    return (await this.refreshEach(lineIds, lineIds.length, control)).refreshed;
  }

  async refreshList(listId: string, control: RefreshControl = {}): Promise<number> {
    const lines = createRepositories(this.database).demand.streamLines(listId);
    return (await this.refreshEach(idsOf(lines), null, control)).refreshed;
  }

  /**
   * Matches lines again one after the other, reporting progress against `total` (null: not known), until done or
   * stopped.
   */
  private async refreshEach(
    lineIds: Iterable<string> | AsyncIterable<string>,
    total: number | null,
    control: RefreshControl,
  ): Promise<{ refreshed: number; isStopped: boolean }> {
    let refreshed = 0;
    for await (const lineId of lineIds) {
      if (control.signal?.aborted) return { refreshed, isStopped: true };
      await this.refreshLine(lineId);
      refreshed += 1;
      control.onProgress?.(refreshed, total === null ? null : Math.max(total, refreshed));
    }
    return { refreshed, isStopped: false };
  }

  /**
   * Asks for every open line to be matched again in the background (the analogue cross-reference changed, or the
   * first start). The request is kept in the database until a refresh has finished, so a stop does not lose it.
   */
  async requestAllLinesRefresh(): Promise<void> {
    await createRepositories(this.database).matches.writeAllLinesRefreshRequestedAt(new Date().toISOString());
    this.refreshes.requestAllLinesRefresh();
  }

  /** Stores fresh matches for every open line (see requestAllLinesRefresh). */
  async refreshAllLines(control: RefreshControl = {}): Promise<number> {
    const startedAt = new Date().toISOString();
    const repositories = createRepositories(this.database);
    const lines = idsOf(repositories.demand.streamOpenLines());
    const { refreshed, isStopped } = await this.refreshEach(lines, this.openLines.size, control);
    // Stopped: the request stays, and the next start asks for it again.
    if (!isStopped) await repositories.matches.clearAllLinesRefreshRequest(startedAt);
    return refreshed;
  }

  /**
   * Catches up in the background with what a stopped server left undone: products changed since the last sync
   * (imports and edits by the CLI too), a refresh of every line asked for and not finished, hot-list lines whose
   * stored candidates are missing or older than the line; on the first start, every open line. Called once after
   * loading.
   */
  async requestCatchUp(): Promise<void> {
    const matches = createRepositories(this.database).matches;
    const syncedAt = await matches.readSyncedAt();
    if (syncedAt === null) {
      // Every product is in the index already; the lines are matched against it next.
      await matches.writeSyncedAt(this.loadedAt);
      await this.requestAllLinesRefresh();
      return;
    }
    this.refreshes.requestCatalogSync(syncedAt);
    if ((await matches.readAllLinesRefreshRequestedAt()) !== null) {
      this.refreshes.requestAllLinesRefresh();
      return;
    }
    for (const listId of await matches.findListsWithStaleOpenLines())
      this.refreshes.requestListRefresh(listId);
  }

  /**
   * Brings products changed since a moment (an import, an edit, a run of the CLI while no server ran) into the
   * index, then refreshes the stored matches of the lines they were proposed to or could now alter: lines their
   * text, part number or code could serve, where the product, before or after its change, is or would be among
   * the candidates. `examined` counts the lines weighed, `lines` those matched again.
   */
  async syncProductsChangedSince(
    since: string | null,
    control: RefreshControl = {},
  ): Promise<{ products: number; lines: number; examined: number }> {
    const repositories = createRepositories(this.database);
    const startedAt = new Date().toISOString();
    const affectedLines = new Set<string>();
    const examinedLines = new Set<string>();
    let chunk: CatalogItem[] = [];
    let products = 0;
    const applyChunk = async () => {
      // Lines they were proposed to are matched again whatever they became: one query a chunk, not one a product.
      for (const lineId of await repositories.matches.findLinesOfProducts(chunk.map((item) => item.key)))
        affectedLines.add(lineId);
      const { alterable, examined } = applyCatalogChanges({
        matcher: this.matcher,
        openLines: this.openLines,
        // Removed since it was read (a deletion while this sync waited on the database): it stays out.
        items: chunk.filter((item) => !this.removedWhileReading.has(item.key)),
      });
      for (const lineId of alterable) affectedLines.add(lineId);
      for (const lineId of examined) examinedLines.add(lineId);
      chunk = [];
    };
    this.syncsReading += 1;
    try {
      for await (const product of repositories.products.streamForMatching({
        updatedSince: since ?? undefined,
      })) {
        chunk.push(toCatalogItem(product));
        if (chunk.length >= syncChunkSize) await applyChunk();
        products += 1;
      }
      await applyChunk();
    } finally {
      this.syncsReading -= 1;
      if (this.syncsReading === 0) this.removedWhileReading.clear();
    }
    const { refreshed, isStopped } = await this.refreshEach(affectedLines, affectedLines.size, control);
    // Stopped: the sync moment stays where it was, so the next start goes over these products again.
    if (isStopped) return { products, lines: refreshed, examined: examinedLines.size };
    // Not past a change still being written or waiting: a restart would skip it.
    const earliestUnsynced = control.earliestUnsyncedChange?.();
    await repositories.matches.writeSyncedAt(
      earliestUnsynced !== undefined && earliestUnsynced < startedAt ? earliestUnsynced : startedAt,
    );
    return { products, lines: affectedLines.size, examined: examinedLines.size };
  }

  /**
   * Gives each open line this process has not matched its text cutoff, a slice at a time between other work (the
   * matcher only, no database): after a restart, catalog syncs then weigh lines instead of matching again every
   * line a changed product reaches. Returns how many lines it primed; stops early when `isStopped` says so.
   */
  async primeTextCutoffs(options: { isStopped?: () => boolean } = {}): Promise<number> {
    let primed = 0;
    for (const lineId of this.openLines.keysWithoutTextCutoff()) {
      if (options.isStopped?.()) break;
      const query = this.openLines.queryOf(lineId);
      // A refresh may have given it one, or closed the line, since the list was taken.
      if (!query || this.openLines.textCutoffOf(lineId) !== undefined) continue;
      this.openLines.setTextCutoff(lineId, this.matcher.textCutoffFor(query));
      primed += 1;
      if (primed % primingSliceSize === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    return primed;
  }

  /** Call after deleting demand lines: they leave the open-line index and no later sync weighs them. */
  forgetLines(lineIds: readonly string[]): void {
    for (const lineId of lineIds) {
      this.dropLine(lineId);
      if (this.lineRefreshes.has(lineId)) this.deletedWhileRefreshing.add(lineId);
    }
  }

  /** A line no longer weighed: out of the open-line index, its stored digest forgotten. */
  private dropLine(lineId: string): void {
    this.openLines.remove(lineId);
    this.storedDigests.delete(lineId);
  }

  /**
   * Call after deleting products (one, or an organisation's catalog): they leave the index at once, and the lines
   * they were proposed to, or could have been, are matched again without them in the background.
   */
  forgetProducts(productIds: readonly string[], linesTheyWereProposedTo: readonly string[]): void {
    if (this.syncsReading > 0) for (const productId of productIds) this.removedWhileReading.add(productId);
    // Lines they were candidates of without being stored in change too: the next candidates move up.
    const { alterable } = applyCatalogChanges({
      matcher: this.matcher,
      openLines: this.openLines,
      removedKeys: productIds,
    });
    this.refreshes.requestLinesRefresh([...linesTheyWereProposedTo, ...alterable]);
  }

  async reloadAnalogues(): Promise<void> {
    this.matcher.replaceAnalogues(await createRepositories(this.database).analogues.listAll());
  }
}

/** The ids of streamed lines. */
async function* idsOf(lines: AsyncIterable<{ id: string }>): AsyncGenerator<string> {
  for await (const line of lines) yield line.id;
}
