import { isAppError } from '@coopex/domain';

/**
 * What a refresh of stored matches is for: products changed (an import, an edit), every open line (the analogue
 * cross-reference changed, or the first start), the lines of one hot list just imported, or given lines (those
 * deleted products were proposed to or could have been).
 */
export type MatchRefreshKind = 'catalog-changes' | 'all-lines' | 'hot-list' | 'lines';

/** Lets a long refresh report how far it got and stop early when the server closes. */
export interface RefreshControl {
  signal?: AbortSignal | undefined;
  onProgress?: ((linesDone: number, linesTotal: number | null) => void) | undefined;
  /**
   * The earliest moment of a catalog change not yet synced (still being written, waiting or failed): a sync must not
   * store a later moment as its own, or a restart would skip that change.
   */
  earliestUnsyncedChange?: (() => string | undefined) | undefined;
}

/** The work the queue runs (CatalogMatching's). */
export interface MatchRefreshWork {
  syncProductsChangedSince(since: string, control: RefreshControl): Promise<{ lines: number }>;
  refreshAllLines(control: RefreshControl): Promise<number>;
  refreshList(listId: string, control: RefreshControl): Promise<number>;
  refreshLines(lineIds: readonly string[], control: RefreshControl): Promise<number>;
}

export interface MatchRefreshOutcome {
  kind: MatchRefreshKind;
  startedAt: string;
  finishedAt: string;
  /** Lines matched again (stored rows are only written where the result changed). */
  lineCount: number;
  isStopped: boolean;
  error: { code: string; message: string } | null;
}

export interface MatchRefreshStatus {
  /** Nothing running or waiting: stored matches reflect every change this server has been told of. */
  isUpToDate: boolean;
  /** `linesTotal` is null while a catalog change is still being weighed (the lines are not known yet). */
  running: { kind: MatchRefreshKind; startedAt: string; linesDone: number; linesTotal: number | null } | null;
  waiting: MatchRefreshKind[];
  lastFinished: MatchRefreshOutcome | null;
}

type Request =
  | { kind: 'catalog-changes'; since: string }
  | { kind: 'all-lines' }
  | { kind: 'hot-list'; listId: string }
  | { kind: 'lines'; lineIds: string[] };

/**
 * Refreshes stored matches in the background, one refresh at a time, so a catalog import or an analogue
 * cross-reference returns as soon as its rows are written: at 100,000 open lines weighing and matching again
 * after a 1,000-product import takes about a minute. Requests of one kind waiting together merge: catalog
 * changes since the earliest moment asked, every open line once (which covers any hot list waiting).
 */
export class MatchRefreshQueue {
  private catalogChangesSince: string | undefined;
  /** A failed catalog sync's moment, merged into the next request so its products are not lost. */
  private failedSince: string | undefined;
  private isAllLinesWaiting = false;
  private readonly waitingLists = new Set<string>();
  private readonly waitingLines = new Set<string>();
  private running: MatchRefreshStatus['running'] = null;
  private lastFinished: MatchRefreshOutcome | null = null;
  private draining: Promise<void> | null = null;
  private readonly stopper = new AbortController();
  private readonly listeners = new Set<(outcome: MatchRefreshOutcome, cause: unknown) => void>();
  /** Catalog changes being written (an import's transaction), by a number of their own: their moments. */
  private readonly changesInProgress = new Map<number, string>();
  private nextChangeNumber = 0;

  constructor(private readonly work: MatchRefreshWork) {}

  /**
   * Call before a long catalog change (an import's transaction) begins, and `finish` when it has ended, committed
   * or not: it asks for the sync if anything changed. Until then no sync stores a sync moment past the change's
   * start: its rows carry that start as their change time but are not visible to a sync running meanwhile.
   */
  startCatalogChange(): { finish: (outcome: { hasChanged: boolean }) => void } {
    const since = new Date().toISOString();
    const number = this.nextChangeNumber;
    this.nextChangeNumber += 1;
    this.changesInProgress.set(number, since);
    return {
      finish: ({ hasChanged }) => {
        if (!this.changesInProgress.delete(number) || !hasChanged) return;
        this.requestCatalogSync(since);
      },
    };
  }

  /**
   * Runs a catalog change (a product written, an import) between startCatalogChange and its finish. `hasChanged`
   * says from its result whether anything was written; a failure counts as a change, as part of it may be.
   */
  async duringCatalogChange<T>(
    write: () => Promise<T>,
    hasChanged: (result: T) => boolean = () => true,
  ): Promise<T> {
    const change = this.startCatalogChange();
    let written: { result: T } | undefined;
    try {
      written = { result: await write() };
      return written.result;
    } finally {
      change.finish({ hasChanged: written === undefined || hasChanged(written.result) });
    }
  }

  /** Products changed since this moment (taken before their transaction began). */
  requestCatalogSync(since: string): void {
    this.catalogChangesSince = earlier(earlier(this.catalogChangesSince, since), this.failedSince);
    this.failedSince = undefined;
    this.drain();
  }

  requestAllLinesRefresh(): void {
    this.isAllLinesWaiting = true;
    this.drain();
  }

  requestListRefresh(listId: string): void {
    this.waitingLists.add(listId);
    this.drain();
  }

  requestLinesRefresh(lineIds: Iterable<string>): void {
    for (const lineId of lineIds) this.waitingLines.add(lineId);
    if (this.waitingLines.size > 0) this.drain();
  }

  /** Called with every finished refresh and, when it failed, what it threw: the server logs them. */
  onFinished(listener: (outcome: MatchRefreshOutcome, cause: unknown) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  status(): MatchRefreshStatus {
    const waiting: MatchRefreshKind[] = [];
    if (this.catalogChangesSince !== undefined) waiting.push('catalog-changes');
    if (this.isAllLinesWaiting) waiting.push('all-lines');
    for (let index = 0; index < this.waitingLists.size; index += 1) waiting.push('hot-list');
    if (this.waitingLines.size > 0) waiting.push('lines');
    return {
      // A failed catalog sync leaves products out until the next change retries them.
      isUpToDate: this.running === null && waiting.length === 0 && this.failedSince === undefined,
      running: this.running && { ...this.running },
      waiting,
      lastFinished: this.lastFinished,
    };
  }

  /** Resolves when nothing runs or waits: for tests, the CLI and a graceful stop. */
  async settled(): Promise<void> {
    while (this.draining) await this.draining;
  }

  /**
   * Stops after the line being matched and drops what waits. The next start finds it again (see
   * CatalogMatching.requestCatchUp): a stopped catalog sync has not moved the stored sync moment, a refresh of every
   * line stays asked for until one finishes, and hot-list lines with missing or stale candidates are matched.
   */
  async stop(): Promise<void> {
    this.stopper.abort();
    await this.settled();
  }

  private drain(): void {
    if (this.draining || this.stopper.signal.aborted) return;
    this.draining = (async () => {
      // Let the request that asked answer first; requests arriving meanwhile merge into one run.
      await new Promise((resolve) => setImmediate(resolve));
      for (let next = this.takeNext(); next; next = this.takeNext()) await this.run(next);
    })().finally(() => {
      this.draining = null;
      // A request that came while the loop was ending would otherwise wait for the next one.
      if (this.hasWaiting()) this.drain();
    });
  }

  private hasWaiting(): boolean {
    return (
      this.catalogChangesSince !== undefined ||
      this.isAllLinesWaiting ||
      this.waitingLists.size > 0 ||
      this.waitingLines.size > 0
    );
  }

  private takeNext(): Request | null {
    if (this.stopper.signal.aborted) return null;
    // Catalog changes first: until they are in the index, every other refresh would match against the old one.
    if (this.catalogChangesSince !== undefined) {
      const since = this.catalogChangesSince;
      this.catalogChangesSince = undefined;
      return { kind: 'catalog-changes', since };
    }
    if (this.isAllLinesWaiting) {
      this.isAllLinesWaiting = false;
      this.waitingLists.clear();
      this.waitingLines.clear();
      return { kind: 'all-lines' };
    }
    const [listId] = this.waitingLists;
    if (listId !== undefined) {
      this.waitingLists.delete(listId);
      return { kind: 'hot-list', listId };
    }
    if (this.waitingLines.size === 0) return null;
    const lineIds = [...this.waitingLines];
    this.waitingLines.clear();
    return { kind: 'lines', lineIds };
  }

  private async run(request: Request): Promise<void> {
    const startedAt = new Date().toISOString();
    const running = { kind: request.kind, startedAt, linesDone: 0, linesTotal: null as number | null };
    this.running = running;
    const control: RefreshControl = {
      signal: this.stopper.signal,
      earliestUnsyncedChange: () => {
        let earliest = earlier(this.catalogChangesSince, this.failedSince);
        for (const since of this.changesInProgress.values()) earliest = earlier(earliest, since);
        return earliest;
      },
      onProgress: (linesDone, linesTotal) => {
        running.linesDone = linesDone;
        running.linesTotal = linesTotal;
      },
    };
    let lineCount = 0;
    let error: MatchRefreshOutcome['error'] = null;
    let cause: unknown = null;
    try {
      if (request.kind === 'catalog-changes')
        lineCount = (await this.work.syncProductsChangedSince(request.since, control)).lines;
      else if (request.kind === 'all-lines') lineCount = await this.work.refreshAllLines(control);
      else if (request.kind === 'hot-list') lineCount = await this.work.refreshList(request.listId, control);
      else lineCount = await this.work.refreshLines(request.lineIds, control);
    } catch (caught: unknown) {
      if (request.kind === 'catalog-changes') this.failedSince = earlier(this.failedSince, request.since);
      cause = caught;
      // Users see a stable code; the log has the cause.
      error = isAppError(caught)
        ? { code: caught.code, message: caught.message }
        : { code: 'internal_error', message: 'Refreshing stored matches failed' };
    }
    this.running = null;
    const outcome: MatchRefreshOutcome = {
      kind: request.kind,
      startedAt,
      finishedAt: new Date().toISOString(),
      lineCount,
      isStopped: this.stopper.signal.aborted,
      error,
    };
    this.lastFinished = outcome;
    for (const listener of this.listeners) listener(outcome, cause);
  }
}

function earlier(left: string | undefined, right: string | undefined): string | undefined {
  if (left === undefined) return right;
  if (right === undefined) return left;
  return left < right ? left : right;
}
