// One application's event channel (EventChannelDetails.md): events are queued, merged per resource while waiting,
// and handed out in numbered packages. GET events?ack=N means "I have everything before N": packages below N are
// dropped, package N is (re)delivered, or the request parks until events arrive or `timeout` passes. An ack outside
// [oldest retained, next new] gets only a `resync` link; a second P-GET releases the parked one with
// 409 PGetReplaced; after a long absence the next answer carries `resume` instead of `next`.
import type { SimEvent } from './render.js';
import type { SimClock } from './types.js';

export type Priority = 'high' | 'medium' | 'low';

export type PGetResult =
  | { kind: 'batch'; ack: number; events: SimEvent[]; resume: boolean }
  | { kind: 'resync'; ack: number }
  | { kind: 'error'; status: number; subcode: string; message: string };

export interface ChannelOptions {
  clock: SimClock;
  aggregation: 'immediate' | 'spec';
  resumeAfterMs: number;
  timeoutRange: { min: number; max: number };
  /** A P-GET parked (true) or released (false): the application's idle timer follows this. */
  onParkedChange(parked: boolean): void;
  /** The server "cleaned up" after a long absence: transient state (presence subscriptions) is gone. */
  onResume(): void;
}

interface Queued {
  event: SimEvent;
  priority: Priority;
  at: number;
}

interface Parked {
  ack: number;
  priority: number;
  resolve(r: PGetResult): void;
  timeoutTimer: unknown;
}

const clamp = (v: number, min: number, max: number): number => Math.min(max, Math.max(min, v));

export class EventChannel {
  private pending: Queued[] = [];
  private readonly pendingIndex = new Map<string, number>();
  private readonly packages = new Map<number, SimEvent[]>();
  private oldest = 1;
  private nextNew = 1;
  private parked: Parked | undefined;
  private aggTimer: unknown;
  private releaseScheduled = false;
  private lastRelease: number;
  private resyncNext = false;
  private resumePending = false;
  /** The ack whose answer carried `resume`: asked for again (the answer was lost), it carries it again. */
  private resumeAck: number | undefined;
  private duplicateNext = false;
  private closed = false;
  private readonly params = { timeout: 180, medium: 5, low: 15 };

  constructor(private readonly opts: ChannelOptions) {
    this.lastRelease = opts.clock.now();
    this.params.timeout = clamp(180, opts.timeoutRange.min, opts.timeoutRange.max);
  }

  get isParked(): boolean {
    return this.parked !== undefined;
  }

  forceResync(): void {
    this.resyncNext = true;
  }

  /**
   * As if the client had been away long enough: transient state ends and the next answer carries `resume`. A parked
   * P-GET gets that answer at once (a real server ends the state only while no P-GET is parked, so the client's next
   * one hears of it straight away; held here, it would wait for an event that can no longer come).
   */
  forceResume(): void {
    this.resumePending = true;
    this.opts.onResume();
    if (this.parked) this.releaseParked(this.batch(this.parked.ack, this.cut()));
  }

  duplicateNextEvents(): void {
    this.duplicateNext = true;
  }

  push(event: SimEvent, priority: Priority): void {
    if (this.closed) return;
    const now = this.opts.clock.now();
    // Merge: a later `updated` of the same resource replaces the queued one in place (order kept).
    const key =
      event.type === 'updated'
        ? `${event.sender.href}|${event.link.rel}|${event.link.href}|${event.in?.href ?? ''}`
        : undefined;
    const at = key === undefined ? undefined : this.pendingIndex.get(key);
    const existing = at === undefined ? undefined : this.pending[at];
    if (existing) {
      existing.event = event;
      if (rank(priority) > rank(existing.priority)) existing.priority = priority;
    } else {
      if (key !== undefined) this.pendingIndex.set(key, this.pending.length);
      this.pending.push({ event, priority, at: now });
    }
    if (this.parked) this.scheduleRelease();
  }

  /** Handles GET events?ack=... ; resolves when there is an answer. */
  pget(query: URLSearchParams, onClose: (cb: () => void) => void): Promise<PGetResult> {
    if (this.closed) return Promise.resolve(applicationGone());
    this.applyParams(query);
    const ackText = query.get('ack');
    const ack = ackText !== null && /^\d+$/.test(ackText) ? Number(ackText) : NaN;
    const priority = Number(query.get('priority') ?? 0) || 0;

    if (this.parked) {
      if (priority < this.parked.priority) {
        return Promise.resolve({
          kind: 'error',
          status: 409,
          subcode: 'PGetReplaced',
          message: 'A higher-priority P-GET is pending.',
        });
      }
      this.releaseParked({
        kind: 'error',
        status: 409,
        subcode: 'PGetReplaced',
        message: 'This P-GET was replaced by a newer one.',
      });
    }
    const now = this.opts.clock.now();
    if (!this.resumePending && now - this.lastRelease > this.opts.resumeAfterMs) {
      this.resumePending = true;
      this.opts.onResume();
    }
    if (this.resyncNext || !(ack >= this.oldest && ack <= this.nextNew)) {
      this.resyncNext = false;
      return Promise.resolve(this.answered({ kind: 'resync', ack: this.oldest }));
    }
    for (let a = this.oldest; a < ack; a++) this.packages.delete(a);
    this.oldest = ack;
    if (this.resumeAck !== undefined && ack > this.resumeAck) this.resumeAck = undefined;
    const stored = this.packages.get(ack);
    if (stored) return Promise.resolve(this.answered(this.batch(ack, stored)));
    if (this.releasableNow()) return Promise.resolve(this.answered(this.batch(ack, this.cut())));

    return new Promise<PGetResult>((resolve) => {
      const parked: Parked = {
        ack,
        priority,
        resolve,
        timeoutTimer: this.opts.clock.setTimeout(() => {
          if (this.parked === parked) this.releaseParked(this.batch(ack, this.cut()));
        }, this.params.timeout * 1000),
      };
      this.parked = parked;
      this.opts.onParkedChange(true);
      onClose(() => {
        if (this.parked !== parked) return;
        this.unpark();
        this.lastRelease = this.opts.clock.now();
        this.opts.onParkedChange(false);
      });
      this.scheduleRelease();
    });
  }

  /** The application is gone: a parked P-GET gets 404 ApplicationNotFound. */
  close(): void {
    if (this.closed) return;
    this.releaseParked(applicationGone());
    this.closed = true;
    this.pending = [];
    this.packages.clear();
  }

  private applyParams(q: URLSearchParams): void {
    const num = (name: string): number | undefined => {
      const v = q.get(name);
      return v !== null && /^\d+$/.test(v) ? Number(v) : undefined;
    };
    const t = num('timeout');
    if (t !== undefined)
      this.params.timeout = clamp(t, this.opts.timeoutRange.min, this.opts.timeoutRange.max);
    const m = num('medium');
    if (m !== undefined) this.params.medium = clamp(m, 5, 1800);
    const l = num('low');
    if (l !== undefined) this.params.low = clamp(l, 5, 1800);
  }

  private window(p: Priority): number {
    return p === 'high' ? 0 : (p === 'medium' ? this.params.medium : this.params.low) * 1000;
  }

  private deadline(): number | undefined {
    let d: number | undefined;
    for (const q of this.pending) {
      const at = this.opts.aggregation === 'immediate' ? q.at : q.at + this.window(q.priority);
      if (d === undefined || at < d) d = at;
    }
    return d;
  }

  private releasableNow(): boolean {
    const d = this.deadline();
    return d !== undefined && d <= this.opts.clock.now();
  }

  private scheduleRelease(): void {
    if (!this.parked || this.pending.length === 0) return;
    const d = this.deadline();
    if (d === undefined) return;
    const wait = d - this.opts.clock.now();
    if (wait <= 0) {
      // Let a synchronous burst finish queueing first, so it goes out as one package.
      if (this.releaseScheduled) return;
      this.releaseScheduled = true;
      queueMicrotask(() => {
        this.releaseScheduled = false;
        if (this.parked && this.pending.length > 0)
          this.releaseParked(this.batch(this.parked.ack, this.cut()));
      });
      return;
    }
    if (this.aggTimer !== undefined) this.opts.clock.clearTimeout(this.aggTimer);
    this.aggTimer = this.opts.clock.setTimeout(() => {
      this.aggTimer = undefined;
      if (this.parked && this.pending.length > 0) this.releaseParked(this.batch(this.parked.ack, this.cut()));
    }, wait);
  }

  /** Takes every queued event (all of them go out together, in order) and numbers them as the next package. */
  private cut(): SimEvent[] {
    let events = this.pending.map((q) => q.event);
    if (this.duplicateNext && events.length > 0) {
      this.duplicateNext = false;
      events = [...events, ...events.filter((e) => e.link.rel === 'contactPrivacyRelationship')];
    }
    this.pending = [];
    this.pendingIndex.clear();
    this.packages.set(this.nextNew, events);
    this.nextNew++;
    return events;
  }

  private batch(ack: number, events: SimEvent[]): PGetResult {
    return { kind: 'batch', ack, events, resume: false };
  }

  private answered(r: PGetResult): PGetResult {
    this.lastRelease = this.opts.clock.now();
    if (r.kind === 'batch' && (this.resumePending || r.ack === this.resumeAck)) {
      this.resumePending = false;
      this.resumeAck = r.ack;
      return { ...r, resume: true };
    }
    return r;
  }

  private unpark(): void {
    if (!this.parked) return;
    this.opts.clock.clearTimeout(this.parked.timeoutTimer);
    if (this.aggTimer !== undefined) this.opts.clock.clearTimeout(this.aggTimer);
    this.aggTimer = undefined;
    this.parked = undefined;
  }

  private releaseParked(r: PGetResult): void {
    const p = this.parked;
    if (!p) return;
    this.unpark();
    p.resolve(r.kind === 'error' ? r : this.answered(r));
    if (r.kind === 'error') this.lastRelease = this.opts.clock.now();
    this.opts.onParkedChange(false);
  }
}

function rank(p: Priority): number {
  return p === 'high' ? 2 : p === 'medium' ? 1 : 0;
}

function applicationGone(): PGetResult {
  return {
    kind: 'error',
    status: 404,
    subcode: 'ApplicationNotFound',
    message: 'The application does not exist.',
  };
}
