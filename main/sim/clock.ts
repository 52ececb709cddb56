// Clocks for the simulator: the real one, and a manual one tests drive with advance(). The manual clock fits every
// Clock in the tree (simulator, protocol client, app model, backend): tests of any layer use this one.
import type { Clock } from '../ucwa/clock.js';

export { realClock } from '../ucwa/clock.js';

export interface ManualClock extends Clock {
  /** Move time forward, firing due timers in order (timers due at the same time in the order they were set). */
  advance(ms: number): void;
}

export function createManualClock(start = 1_700_000_000_000): ManualClock {
  let now = start;
  let seq = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  return {
    now: () => now,
    setTimeout(fn, ms) {
      const id = ++seq;
      timers.set(id, { at: now + Math.max(0, ms), fn });
      return id;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
    advance(ms) {
      const end = now + ms;
      for (;;) {
        let next: [number, { at: number; fn: () => void }] | undefined;
        for (const entry of timers)
          if (entry[1].at <= end && (!next || entry[1].at < next[1].at)) next = entry;
        if (!next) break;
        timers.delete(next[0]);
        now = next[1].at;
        next[1].fn();
      }
      now = end;
    },
  };
}
