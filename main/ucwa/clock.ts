// Time, injected: the protocol client, the app model, the backend and the simulator all take a Clock, so their
// timers run on a manual clock in tests (main/sim/clock.ts) and on the real one everywhere else.

export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};
