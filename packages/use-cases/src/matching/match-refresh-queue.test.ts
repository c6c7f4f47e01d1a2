import { describe, expect, it } from 'vitest';
import { MatchRefreshQueue, type MatchRefreshWork, type RefreshControl } from './match-refresh-queue';

/** Work that records what it was asked and waits for the test to let each call finish. */
function recordingWork() {
  const calls: string[] = [];
  const controls: RefreshControl[] = [];
  let release: (() => void) | undefined;
  let failNext = false;
  const step = async (call: string, control: RefreshControl, lines: number) => {
    calls.push(call);
    controls.push(control);
    await new Promise<void>((resolve) => {
      release = resolve;
    });
    if (failNext) {
      failNext = false;
      throw new Error('connection reset');
    }
    return lines;
  };
  const work: MatchRefreshWork = {
    syncProductsChangedSince: async (since, control) => ({
      lines: await step(`catalog ${since}`, control, 3),
    }),
    refreshAllLines: async (control) => step('all', control, 10),
    refreshList: async (listId, control) => step(`list ${listId}`, control, 2),
    refreshLines: async (lineIds, control) => step(`lines ${lineIds.join(',')}`, control, lineIds.length),
  };
  return {
    work,
    calls,
    controls,
    failNextCall: () => {
      failNext = true;
    },
    /** Lets the running call finish and waits until the next one has started (or the queue is idle). */
    async finishRunning(queue: MatchRefreshQueue) {
      const started = calls.length;
      const finishing = release;
      release = undefined;
      finishing?.();
      for (let turn = 0; turn < 20 && calls.length === started && !queue.status().isUpToDate; turn += 1)
        await new Promise((resolve) => setImmediate(resolve));
    },
    async started(queue: MatchRefreshQueue) {
      for (let turn = 0; turn < 20 && release === undefined && !queue.status().isUpToDate; turn += 1)
        await new Promise((resolve) => setImmediate(resolve));
    },
  };
}

describe('the queue of stored-match refreshes', () => {
  it('merges catalog changes that wait together into one sync from the earliest moment', async () => {
    const recorder = recordingWork();
    const queue = new MatchRefreshQueue(recorder.work);
    queue.requestCatalogSync('2026-01-02T00:00:00.000Z');
    queue.requestCatalogSync('2026-01-01T00:00:00.000Z');
    queue.requestCatalogSync('2026-01-03T00:00:00.000Z');
    expect(queue.status()).toMatchObject({ isUpToDate: false, running: null, waiting: ['catalog-changes'] });
    await recorder.started(queue);
    await recorder.finishRunning(queue);
    await queue.settled();
    expect(recorder.calls).toEqual(['catalog 2026-01-01T00:00:00.000Z']);
    expect(queue.status()).toMatchObject({
      isUpToDate: true,
      waiting: [],
      lastFinished: { kind: 'catalog-changes', lineCount: 3, error: null, isStopped: false },
    });
  });

  it('brings catalog changes into the index before refreshing any line, and lets all lines cover a waiting list', async () => {
    const recorder = recordingWork();
    const queue = new MatchRefreshQueue(recorder.work);
    queue.requestListRefresh('list-1');
    await recorder.started(queue);
    // While list-1 runs: another list, every line, and a catalog change arrive.
    queue.requestListRefresh('list-2');
    queue.requestAllLinesRefresh();
    queue.requestCatalogSync('2026-01-01T00:00:00.000Z');
    expect(queue.status().running).toMatchObject({ kind: 'hot-list' });
    expect(queue.status().waiting).toEqual(['catalog-changes', 'all-lines', 'hot-list']);
    for (let call = 0; call < 3; call += 1) await recorder.finishRunning(queue);
    await queue.settled();
    expect(recorder.calls).toEqual(['list list-1', 'catalog 2026-01-01T00:00:00.000Z', 'all']);
  });

  it('merges given lines waiting together into one refresh, after hot lists, and lets all lines cover them', async () => {
    const recorder = recordingWork();
    const queue = new MatchRefreshQueue(recorder.work);
    queue.requestListRefresh('list-1');
    await recorder.started(queue);
    queue.requestLinesRefresh(['a', 'b']);
    queue.requestLinesRefresh(['b', 'c']);
    queue.requestLinesRefresh([]);
    queue.requestListRefresh('list-2');
    expect(queue.status().waiting).toEqual(['hot-list', 'lines']);
    for (let call = 0; call < 3; call += 1) await recorder.finishRunning(queue);
    await queue.settled();
    expect(recorder.calls).toEqual(['list list-1', 'list list-2', 'lines a,b,c']);

    queue.requestLinesRefresh(['d']);
    queue.requestAllLinesRefresh();
    await recorder.started(queue);
    await recorder.finishRunning(queue);
    await queue.settled();
    expect(recorder.calls.slice(3)).toEqual(['all']);
  });

  it('shows the progress of the refresh running', async () => {
    const recorder = recordingWork();
    const queue = new MatchRefreshQueue(recorder.work);
    queue.requestAllLinesRefresh();
    await recorder.started(queue);
    expect(queue.status().running).toMatchObject({ kind: 'all-lines', linesDone: 0, linesTotal: null });
    recorder.controls[0]?.onProgress?.(40, 100);
    expect(queue.status().running).toMatchObject({ linesDone: 40, linesTotal: 100 });
    await recorder.finishRunning(queue);
    await queue.settled();
    expect(queue.status().running).toBeNull();
  });

  it('does not lose the products of a failed sync: the next request goes back to its moment', async () => {
    const recorder = recordingWork();
    const queue = new MatchRefreshQueue(recorder.work);
    const failures: unknown[] = [];
    queue.onFinished((outcome, cause) => {
      if (outcome.error) failures.push(cause);
    });
    recorder.failNextCall();
    queue.requestCatalogSync('2026-01-01T00:00:00.000Z');
    await recorder.started(queue);
    await recorder.finishRunning(queue);
    await queue.settled();
    const failed = queue.status();
    // Not up to date although nothing runs: the products are not in the index yet.
    expect(failed).toMatchObject({ isUpToDate: false, running: null, waiting: [] });
    // Users see a stable code, never the cause; the listener (the server's log) gets the cause.
    expect(failed.lastFinished?.error).toEqual({
      code: 'internal_error',
      message: 'Refreshing stored matches failed',
    });
    expect(String(failures[0])).toContain('connection reset');

    queue.requestCatalogSync('2026-03-01T00:00:00.000Z');
    await recorder.started(queue);
    await recorder.finishRunning(queue);
    await queue.settled();
    expect(recorder.calls[1]).toBe('catalog 2026-01-01T00:00:00.000Z');
    expect(queue.status().isUpToDate).toBe(true);
  });

  it('runs a request made as the last refresh finishes', async () => {
    const recorder = recordingWork();
    const queue = new MatchRefreshQueue(recorder.work);
    queue.requestListRefresh('list-1');
    await recorder.started(queue);
    const stopListening = queue.onFinished(() => {
      stopListening();
      queue.requestListRefresh('list-2');
    });
    await recorder.finishRunning(queue);
    await recorder.started(queue);
    await recorder.finishRunning(queue);
    await queue.settled();
    expect(recorder.calls).toEqual(['list list-1', 'list list-2']);
  });

  it('tells a sync the earliest change still being written, and syncs it once finished, only if it changed', async () => {
    const recorder = recordingWork();
    const queue = new MatchRefreshQueue(recorder.work);
    const writing = queue.startCatalogChange();
    const preview = queue.startCatalogChange();
    queue.requestCatalogSync('2099-01-01T00:00:00.000Z');
    await recorder.started(queue);
    const earliest = recorder.controls[0]?.earliestUnsyncedChange?.();
    expect(earliest).toBeDefined();
    expect(earliest! < '2099-01-01T00:00:00.000Z').toBe(true);
    preview.finish({ hasChanged: false });
    writing.finish({ hasChanged: true });
    expect(queue.status().waiting).toEqual(['catalog-changes']);
    // Finished twice: nothing more is asked.
    writing.finish({ hasChanged: true });
    await recorder.finishRunning(queue);
    await recorder.finishRunning(queue);
    await queue.settled();
    expect(recorder.calls).toEqual(['catalog 2099-01-01T00:00:00.000Z', `catalog ${earliest}`]);
    expect(recorder.controls[1]?.earliestUnsyncedChange?.()).toBeUndefined();
  });

  it('asks for a sync after a catalog change that wrote something or failed, and not after one that wrote nothing', async () => {
    const recorder = recordingWork();
    const queue = new MatchRefreshQueue(recorder.work);
    await queue.duringCatalogChange(
      async () => 'preview',
      (result) => result !== 'preview',
    );
    expect(queue.status().waiting).toEqual([]);
    await expect(
      queue.duringCatalogChange(async () => {
        throw new Error('failed after a committed batch');
      }),
    ).rejects.toThrow('committed batch');
    expect(queue.status().waiting).toEqual(['catalog-changes']);
    await recorder.started(queue);
    await recorder.finishRunning(queue);
    await queue.settled();
    expect(recorder.calls).toHaveLength(1);
  });

  it('stops the running refresh when asked, drops what waits and starts nothing after', async () => {
    const recorder = recordingWork();
    const queue = new MatchRefreshQueue(recorder.work);
    queue.requestAllLinesRefresh();
    queue.requestCatalogSync('2026-01-01T00:00:00.000Z');
    await recorder.started(queue);
    queue.requestListRefresh('list-1');
    const stopping = queue.stop();
    expect(recorder.controls[0]?.signal?.aborted).toBe(true);
    await recorder.finishRunning(queue);
    await stopping;
    queue.requestAllLinesRefresh();
    await queue.settled();
    expect(recorder.calls).toEqual(['catalog 2026-01-01T00:00:00.000Z']);
    expect(queue.status().lastFinished).toMatchObject({ isStopped: true });
  });
});
