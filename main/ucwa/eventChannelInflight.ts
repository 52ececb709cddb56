// The event channel's P-GET in flight: its identity (answers to any other request are stale and ignored), its
// timeout, the probe sent with a retried one, and the URLs of P-GETs we abandoned while the server may still
// hold them (a 409 on a retry of one of those may be our own doing). Bookkeeping only; the channel
// (eventChannel.ts) decides what an answer means.
import type { Clock } from './clock.js';
import { asErrorLike } from './eventChannelReasons.js';
import type { UcwaLogger } from './log.js';

/** The P-GET out now. */
export interface Inflight {
  id: number;
  url: string;
  signal: AbortSignal;
  sentAt: number;
}

interface Tracked extends Inflight {
  controller: AbortController;
  /** Abandons it past timeout + margin. */
  timer: unknown;
  /** Waits until it has been out long enough for a probe's answer to count (whenOutFor). */
  confirmTimer?: unknown;
}

export class InflightPGet {
  /** Identity of the latest P-GET or application re-creation; anything older is stale. */
  private seq = 0;
  private current: Tracked | undefined;
  private readonly abandoned = new Set<string>();

  constructor(private readonly clock: Clock) {}

  /** The identity of the latest P-GET (or re-creation): an answer to an earlier one means nothing now. */
  get latest(): number {
    return this.seq;
  }

  /** Everything still on its way is stale from here on; returns the new identity (a re-creation's). */
  invalidate(): number {
    return ++this.seq;
  }

  /**
   * A new P-GET to `url`. If it is still out after `timeoutMs` it is abandoned and `onTimeout` runs with its id.
   */
  send(url: string, timeoutMs: number, onTimeout: (id: number) => void): Inflight {
    const id = ++this.seq;
    const controller = new AbortController();
    const timer = this.clock.setTimeout(() => {
      if (this.current?.id !== id) return;
      this.abandon();
      onTimeout(id);
    }, timeoutMs);
    this.current = { id, url, signal: controller.signal, controller, timer, sentAt: this.clock.now() };
    return this.current;
  }

  /** The P-GET `id` if it is still the one out. */
  get(id: number): Inflight | undefined {
    return this.current?.id === id ? this.current : undefined;
  }

  /** The P-GET `id` answered: it is no longer out and its timers stop. Undefined when it was not the one out. */
  settle(id: number): Inflight | undefined {
    const f = this.current;
    if (f?.id !== id) return undefined;
    this.current = undefined;
    this.clearTimersOf(f);
    return f;
  }

  /** Give up on the P-GET that is out (timeout, wake, stop, re-creation). The server may still hold it. */
  abandon(): void {
    const f = this.current;
    if (f === undefined) return;
    this.current = undefined;
    this.clearTimersOf(f);
    this.abandoned.add(f.url);
    f.controller.abort();
  }

  /** Whether we abandoned a P-GET to `url` (so a 409 for its retry may be ours); true once per abandoned one. */
  takeAbandoned(url: string): boolean {
    return this.abandoned.delete(url);
  }

  /** An answer came, or the application is new: no earlier P-GET can be held any more. */
  forgetAbandoned(): void {
    this.abandoned.clear();
  }

  /**
   * Send `probe` with the P-GET `id`, on its signal (abandoning the P-GET abandons its probe). Once the probe has an
   * answer and the P-GET has stayed out for `ms`, `confirmed` runs with it. A P-GET that the network kills fails within
   * moments: only one that has stayed out a little while counts as parked, so a link that drops long polls does not
   * flash "connected" on every retry. A failed probe changes nothing: the P-GET's own fate decides.
   */
  probe(
    id: number,
    probe: (signal: AbortSignal) => Promise<void>,
    ms: number,
    confirmed: (f: Inflight) => void,
    log: Partial<UcwaLogger> | undefined,
  ): void {
    const sent = this.get(id);
    if (sent === undefined) return;
    probe(sent.signal).then(
      () =>
        this.whenOutFor(id, ms, () => {
          const f = this.get(id);
          if (f !== undefined) confirmed(f);
        }),
      (e: unknown) => log?.debug?.('event channel: probe failed', { code: asErrorLike(e).code }),
    );
  }

  /** `then` once the P-GET `id` has been out for `ms` (at once if it has); never if it is not out any more. */
  private whenOutFor(id: number, ms: number, then: () => void): void {
    const f = this.current;
    if (f?.id !== id) return;
    const wait = f.sentAt + ms - this.clock.now();
    if (wait <= 0) then();
    else f.confirmTimer = this.clock.setTimeout(then, wait);
  }

  private clearTimersOf(f: Tracked): void {
    this.clock.clearTimeout(f.timer);
    if (f.confirmTimer !== undefined) this.clock.clearTimeout(f.confirmTimer);
  }
}
