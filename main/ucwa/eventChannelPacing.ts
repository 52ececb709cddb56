// How long the event channel waits before it asks again, and when it has asked enough: full-jitter backoff within
// the outage budget, a pause between P-GETs a server answers at once and empty, a growing wait between application
// re-creations the server forgets, and how long answers it cannot use are put up with; and the one timer that waits.
// Against a server that misbehaves, the channel stays quiet: P-GETs answered at once without events are spaced out
// (quietMs, doubling), an application re-created whose P-GET never answered waits before the next re-creation
// (recreateMs, doubling), and answers it cannot use end in `failed` once they have gone on for unusableMs (a link it
// must not follow, at once). The channel (eventChannel.ts) owns the states.
import type { Clock } from './clock.js';
import type { ErrorLike } from './eventChannelReasons.js';
import { isUnusable } from './eventChannelReasons.js';
import type { BackoffPolicy } from './eventChannelTypes.js';

export class Pacing {
  /** Retries since the last answer (shown in the channel's state). */
  attempt = 0;
  /** When the current outage began (undefined: none). */
  outageStart: number | undefined;
  /** When the answers the channel cannot use began (undefined: the last answer was usable). */
  unusableSince: number | undefined;
  /** Early answers without events in a row (a server that does not hold P-GETs). */
  private emptyInARow = 0;
  /** Applications re-created since the last usable answer (a server that forgets every new one). */
  private unconfirmedRecreations = 0;

  constructor(
    private readonly policy: BackoffPolicy,
    private readonly clock: Clock,
    private readonly random: () => number,
  ) {}

  /** A usable answer: the outage is over; `early && empty` counts towards the pause between P-GETs. */
  answered(early: boolean, empty: boolean): void {
    this.emptyInARow = early && empty ? this.emptyInARow + 1 : 0;
    this.unusableSince = undefined;
    this.unconfirmedRecreations = 0;
    this.restart();
  }

  /** A new application to poll (ours or the client's): a fresh outage count. */
  restart(): void {
    this.attempt = 0;
    this.outageStart = undefined;
  }

  /** We re-created the application; until its P-GET answers, the next re-creation waits longer. */
  recreated(): void {
    this.unconfirmedRecreations++;
    this.restart();
  }

  /** The wait before the next P-GET after answers that came back early and empty: none for the first one. */
  quietDelay(): number {
    if (this.emptyInARow < 2) return 0;
    return Math.min(this.policy.capMs, this.policy.quietMs * 2 ** (this.emptyInARow - 2));
  }

  /** The next retry's delay (full jitter, doubling ceiling); counts the attempt. */
  nextDelay(): number {
    this.attempt++;
    const ceiling = Math.min(this.policy.capMs, this.policy.baseMs * 2 ** (this.attempt - 1));
    return Math.round(this.random() * ceiling);
  }

  /** The delay of the next retry within the outage budget; undefined once the budget is spent. */
  backoffDelay(): number | undefined {
    const now = this.clock.now();
    this.outageStart ??= now;
    const elapsed = now - this.outageStart;
    if (elapsed >= this.policy.budgetMs) return undefined;
    return Math.min(this.nextDelay(), this.policy.budgetMs - elapsed);
  }

  /**
   * The wait before re-creating the application: none the first time; after one whose P-GET never answered,
   * recreateMs doubling up to capMs, half of it jitter.
   */
  recreateDelay(): number {
    const n = this.unconfirmedRecreations;
    if (n === 0) return 0;
    const ceiling = Math.min(this.policy.capMs, this.policy.recreateMs * 2 ** (n - 1));
    return Math.round(ceiling / 2 + (this.random() * ceiling) / 2);
  }

  /** Answers that cannot be used have now gone on for unusableMs (with none usable between): time to stop. */
  unusableTooLong(e: ErrorLike): boolean {
    if (!isUnusable(e)) return false;
    const now = this.clock.now();
    this.unusableSince ??= now;
    return now - this.unusableSince >= this.policy.unusableMs;
  }
}

/** The channel's one retry timer: a new one replaces nothing (the channel cancels first); `cancel` is idempotent. */
export class RetryTimer {
  private timer: unknown;

  constructor(private readonly clock: Clock) {}

  /** `then` after `ms`, only if `still()` holds then (a stop or a wake moved the channel on). */
  set(ms: number, still: () => boolean, then: () => void): void {
    this.timer = this.clock.setTimeout(() => {
      this.timer = undefined;
      if (still()) then();
    }, ms);
  }

  cancel(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }
}
