/**
 * Runs background work one piece at a time in this process: a synchronisation of two countries' programs keeps both
 * cores busy matching, so running two at once would only make both slower.
 */
export class JobRunner {
  private queue: Promise<void> = Promise.resolve();
  private pending = 0;

  get size(): number {
    return this.pending;
  }

  /** Queues work; failures are the work's own to record, the queue goes on. */
  enqueue(work: () => Promise<void>): void {
    this.pending += 1;
    this.queue = this.queue
      .then(work)
      .catch(() => undefined)
      .finally(() => {
        this.pending -= 1;
      });
  }

  /** Resolves when everything queued so far has run: for tests and for a graceful stop. */
  async idle(): Promise<void> {
    let seen: Promise<void> | undefined;
    while (seen !== this.queue) {
      seen = this.queue;
      await seen;
    }
  }
}
