// Collects keys (hrefs) that need fetching and fetches them in bursts: everything marked within one tick goes in one
// batch, batches run one at a time (the next waits for the previous), and keys that failed are retried later.
import type { Clock } from '../ucwa/clock.js';

export class Coalescer {
  private pending = new Set<string>();
  private timer: unknown;
  /** The scheduled timer is a retry backoff (not the short coalescing delay). */
  private retrying = false;
  private running: Promise<void> = Promise.resolve();
  private retryDelayMs: number;

  constructor(
    private readonly clock: Clock,
    /** Fetch and apply; resolves to the keys that must be tried again. */
    private readonly work: (keys: string[]) => Promise<string[]>,
    private readonly options: { delayMs?: number; retryMs?: number; maxRetryMs?: number } = {},
  ) {
    this.retryDelayMs = options.retryMs ?? 1000;
  }

  mark(key: string, delayMs = this.options.delayMs ?? 0): void {
    this.pending.add(key);
    if (this.retrying) {
      // New work must not wait behind a long retry backoff: flush soon, the keys being retried included.
      this.clock.clearTimeout(this.timer);
      this.timer = undefined;
      this.retrying = false;
    }
    this.schedule(delayMs);
  }

  /** Keys waiting for a flush (the soak test checks it drains). */
  size(): number {
    return this.pending.size;
  }

  /**
   * Resolves once everything marked so far has been fetched. Retries waiting on a timer are run at once, a bounded
   * number of times (a server that keeps failing must not turn this into a busy loop).
   */
  async idle(maxRounds = 20): Promise<void> {
    let seen: Promise<void> | undefined;
    for (let round = 0; round < maxRounds && (seen !== this.running || this.timer !== undefined); round++) {
      if (this.timer !== undefined && seen === this.running) this.flushNow();
      seen = this.running;
      await seen;
    }
  }

  /** Run a task on the same lane as the fetches: nothing else of ours runs while it does. */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    const result = this.running.then(task);
    this.running = result.then(
      () => {},
      () => {},
    );
    return result;
  }

  clear(): void {
    this.pending.clear();
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
    this.retrying = false;
  }

  private schedule(delayMs: number): void {
    if (this.timer !== undefined) return;
    this.timer = this.clock.setTimeout(() => this.flushNow(), delayMs);
  }

  private flushNow(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
    this.retrying = false;
    this.running = this.running.then(async () => {
      if (this.pending.size === 0) return;
      const keys = [...this.pending];
      this.pending.clear();
      let retry: string[];
      try {
        retry = await this.work(keys);
      } catch {
        retry = keys;
      }
      if (retry.length === 0) {
        this.retryDelayMs = this.options.retryMs ?? 1000;
        return;
      }
      for (const k of retry) this.pending.add(k);
      const delay = this.retryDelayMs;
      this.retryDelayMs = Math.min(this.retryDelayMs * 2, this.options.maxRetryMs ?? 30_000);
      if (this.timer === undefined) {
        this.schedule(delay);
        this.retrying = true;
      }
    });
  }
}
