// The fetch coalescer: a burst in one batch, one batch at a time, failed keys retried with growing delays, and new
// work never stuck behind a long retry delay.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Coalescer } from '../../../main/app/coalescer.js';
import { realClock } from '../../../main/ucwa/clock.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('coalescer', () => {
  it('fetches a burst in one batch and runs batches one at a time', async () => {
    const batches: string[][] = [];
    let inFlight = 0;
    let maxInFlight = 0;
    const c = new Coalescer(realClock, async (keys) => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      batches.push(keys);
      await new Promise((r) => setTimeout(r, 100));
      inFlight--;
      return [];
    });
    c.mark('a');
    c.mark('b');
    c.mark('a');
    await vi.advanceTimersByTimeAsync(1);
    c.mark('c');
    await vi.advanceTimersByTimeAsync(500);
    expect(batches).toEqual([['a', 'b'], ['c']]);
    expect(maxInFlight).toBe(1);
  });

  it('retries failed keys later with growing delays; new work flushes at once, retries included', async () => {
    const batches: Array<{ at: number; keys: string[] }> = [];
    let fail = true;
    const c = new Coalescer(
      realClock,
      async (keys) => {
        batches.push({ at: Date.now(), keys });
        return fail ? keys.filter((k) => k === 'x') : [];
      },
      { retryMs: 1000 },
    );
    const t0 = Date.now();
    c.mark('x');
    await vi.advanceTimersByTimeAsync(0);
    await vi.advanceTimersByTimeAsync(1000); // first retry after 1 s
    await vi.advanceTimersByTimeAsync(1999); // second would be after 2 s: not yet
    expect(batches.map((b) => b.at - t0)).toEqual([0, 1000]);
    c.mark('y'); // new work does not wait for the 2 s retry
    await vi.advanceTimersByTimeAsync(0);
    expect(batches.at(-1)?.keys.sort()).toEqual(['x', 'y']);
    fail = false;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(c.size()).toBe(0);
  });
});
