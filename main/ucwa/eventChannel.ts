// The event channel: the long-poll (P-GET) loop of one UCWA application, as an explicit state machine.
//
// States (see `ChannelState`):
//   idle ──start──▶ polling ──200──▶ polling (next/resume/resync; the next P-GET goes out BEFORE the batch is handed on)
//   polling ──network/5xx/timeout/malformed──▶ backoff ──timer or wake()──▶ polling (same URL)
//   backoff ──outage budget spent──▶ recovering;  polling ──404──▶ recovering ──new app──▶ polling (new events href)
//   polling ──401──▶ (renew token) ──▶ polling (same URL)
//   polling ──409 PGetReplaced (not caused by us)──▶ replaced (final);  ──410──▶ gone (final);  stop() ──▶ stopped
//   polling/recovering ──certificate not trusted──▶ failed (final): retrying cannot fix it, the user must act
//   wake() (OS resume, network online): backoff/recovering retry now; a parked P-GET is replaced by a fresh one.
//   polling (retrying) ──probe answered──▶ polling (not retrying): a retried P-GET may be parked for minutes (the
//   server holds it until an event or `timeout`), so a cheap GET of another resource sent with it confirms that the
//   server answers again; once the P-GET has also stayed out for `confirmAfterMs` (it is parked, not being killed)
//   the outage is over for the user, although the backoff bookkeeping waits for the P-GET's own answer.
//   moveTo(href): the client re-created the application itself; continue from its events href.
// Against a server that misbehaves, the channel stays quiet (eventChannelPacing.ts).
//
// What it hands on, strictly in order, through one consumer queue (each signal awaited before the next):
//   events (a batch), resync (rebuild snapshots), resume (re-create subscriptions), applicationRecreated.
// Everything is injected (the GET, token renewal, application re-creation, clock, random) so every transition can be
// tested on fake timers. No Electron, no fetch here.
import { realClock } from './clock.js';
import type { Clock } from './clock.js';
import type { EventBatch } from './eventChannelBatch.js';
import { InflightPGet } from './eventChannelInflight.js';
import { Pacing, RetryTimer } from './eventChannelPacing.js';
import { SignalQueue } from './eventChannelQueue.js';
import { asErrorLike, describe, goneReason, isPermanent, refusesPassword } from './eventChannelReasons.js';
import type { ErrorLike } from './eventChannelReasons.js';
import { DEFAULT_BACKOFF, PGET_MARGIN_MS, stickyParams, withQueryParams } from './eventChannelTypes.js';
import type {
  BackoffPolicy,
  ChannelReason,
  ChannelSignal,
  ChannelState,
  EventChannelDeps,
  StickyParams,
} from './eventChannelTypes.js';

export { DEFAULT_BACKOFF, DEFAULT_PARAMS, PGET_MARGIN_MS, withQueryParams } from './eventChannelTypes.js';
export type * from './eventChannelTypes.js';
export { goneReason, reconnectCause } from './eventChannelReasons.js';

/** Consecutive 401s (after fresh tokens) before we stop retrying at once and back off instead. */
const MAX_IMMEDIATE_401 = 2;

export class EventChannel {
  private state: ChannelState = { name: 'idle' };
  private url = '';
  /** Send the sticky params with the next P-GET (first one, after resume, after a new application). */
  private paramsDue = true;
  private readonly pget: InflightPGet;
  private readonly retry: RetryTimer;
  /** A new application is being polled but has not answered yet. */
  private recovered = false;
  /** A probe got an answer since the last failure: the server is reachable while the retried P-GET is parked. */
  private reachable = false;
  private unauthorizedInARow = 0;
  private readonly pacing: Pacing;
  private readonly signals: SignalQueue;

  private readonly clock: Clock;
  private readonly params: StickyParams;
  private readonly policy: BackoffPolicy;

  constructor(private readonly deps: EventChannelDeps) {
    this.clock = deps.clock ?? realClock;
    this.params = stickyParams(deps.params);
    this.policy = { ...DEFAULT_BACKOFF, ...deps.backoff };
    this.pacing = new Pacing(this.policy, this.clock, deps.random ?? Math.random);
    this.pget = new InflightPGet(this.clock);
    this.retry = new RetryTimer(this.clock);
    this.signals = new SignalQueue((signal) => deps.consume(signal), deps.log);
  }

  getState(): ChannelState {
    return this.state;
  }

  /** Start long-polling from the application's `events` href. */
  start(eventsHref: string): void {
    if (this.state.name !== 'idle') throw new Error(`event channel already ${this.state.name}`);
    this.url = eventsHref;
    this.paramsDue = true;
    this.poll();
  }

  /** Stop for good (sign-out). Pending signals already queued are still delivered; nothing new is fetched. */
  stop(): void {
    if (this.isFinal()) return;
    this.retry.cancel();
    this.pget.abandon();
    this.setState({ name: 'stopped' });
  }

  /**
   * The OS resumed from sleep or the network came back: whatever we were waiting for, try now. A parked P-GET may
   * sit on a dead socket, so it is replaced by a fresh one to the same URL (the server releases the old one with a
   * 409 that we know is ours).
   */
  wake(): void {
    switch (this.state.name) {
      case 'backoff':
        this.retry.cancel();
        this.poll();
        return;
      case 'recovering':
        if (this.state.retryAt !== undefined) {
          this.retry.cancel();
          void this.recreate(this.state.reason);
        }
        return;
      case 'polling':
        this.retry.cancel();
        this.pget.abandon();
        this.poll();
        return;
      case 'idle':
      case 'replaced':
      case 'gone':
      case 'failed':
      case 'stopped':
        return;
    }
  }

  /**
   * The application was re-created by someone else (the client, after a 404 on another request): continue from
   * its events href, with the sticky params, and ask the consumer to rebuild. Ignored while we recover ourselves.
   */
  moveTo(eventsHref: string): void {
    if (this.isFinal() || this.state.name === 'idle' || this.state.name === 'recovering') return;
    this.retry.cancel();
    this.pget.abandon();
    this.pacing.restart();
    this.followNewApplication(eventsHref);
  }

  /** Resolves when every signal queued so far has been consumed (tests and orderly shutdown). */
  drained(): Promise<void> {
    return this.signals.drained();
  }

  private isFinal(): boolean {
    const name = this.state.name;
    return name === 'replaced' || name === 'gone' || name === 'failed' || name === 'stopped';
  }

  private setState(state: ChannelState): void {
    this.state = state;
    this.deps.onState?.(state);
  }

  private poll(): void {
    const url = this.paramsDue ? withQueryParams(this.url, { ...this.params }) : this.url;
    const timeoutMs = this.params.timeout * 1000 + PGET_MARGIN_MS;
    const { id, signal } = this.pget.send(url, timeoutMs, (late) =>
      this.onFailure(late, { status: 0, code: 'Timeout' }, url),
    );
    const retrying = (this.pacing.outageStart !== undefined || this.recovered) && !this.reachable;
    if (this.state.name !== 'polling' || this.state.url !== url || this.state.retrying !== retrying) {
      this.setState({ name: 'polling', url, retrying });
    }
    // A server that answers, if uselessly, needs no probe to show it answers: its P-GET will be answered too.
    if (retrying && this.pacing.unusableSince === undefined) this.probe(id);
    this.deps.getEvents(url, signal).then(
      (batch) => this.onBatch(id, batch),
      (e: unknown) => {
        // Abandoned (timeout, wake, stop): its answer means nothing now.
        if (this.pget.settle(id) !== undefined) this.onFailure(id, asErrorLike(e), url);
      },
    );
  }

  /** Confirm the server answers while the retried P-GET `id` is parked (eventChannelInflight.ts). */
  private probe(id: number): void {
    const probe = this.deps.probe;
    if (probe === undefined) return;
    const confirmed = (f: { url: string }): void => {
      if (this.state.name !== 'polling' || !this.state.retrying) return;
      this.reachable = true;
      this.deps.log?.info?.('event channel: the server answers again; the retried P-GET is parked');
      this.setState({ name: 'polling', url: f.url, retrying: false });
    };
    this.pget.probe(id, probe, this.policy.confirmAfterMs, confirmed, this.deps.log);
  }

  private onBatch(id: number, batch: EventBatch): void {
    const f = this.pget.settle(id);
    if (f === undefined) return;
    const sentUrl = f.url;
    const nextUrl = batch.resync ?? batch.resume ?? batch.next;
    if (nextUrl === undefined) {
      // A 200 without any link to follow is not something we can continue from: retry the same URL.
      this.onFailure(id, { status: 200, code: 'MalformedResponse' }, sentUrl);
      return;
    }
    const early = this.clock.now() - f.sentAt < (this.params.timeout * 1000) / 2;
    this.pacing.answered(early, batch.events.length === 0);
    this.recovered = false;
    this.reachable = false;
    this.unauthorizedInARow = 0;
    this.pget.forgetAbandoned();
    this.paramsDue = false;
    this.url = nextUrl;
    if (batch.resync !== undefined) {
      this.deps.log?.warn?.('event channel: resync');
    } else if (batch.resume !== undefined) {
      this.deps.log?.info?.('event channel: resume');
      this.paramsDue = true; // sticky params were lost with the server-side state
    }
    // The next P-GET goes out before anything is processed, so the server can park it while we work.
    const quiet = this.pacing.quietDelay();
    if (quiet === 0) this.poll();
    else this.pollAfter(quiet);
    if (batch.resync !== undefined) this.enqueue({ kind: 'resync' });
    if (batch.resume !== undefined) this.enqueue({ kind: 'resume' });
    if (batch.events.length > 0) this.enqueue({ kind: 'events', events: batch.events });
  }

  private onFailure(id: number, e: ErrorLike, url: string): void {
    if (this.isFinal()) return;
    if (id !== this.pget.latest) return;
    if (e.status === 409 && (e.subcode === 'PGetReplaced' || e.code === 'Conflict')) {
      if (this.pget.takeAbandoned(url)) {
        // Our own abandoned P-GET for this ack may have replaced this one: try once more before giving up.
        this.deps.log?.info?.('event channel: 409 after our own retry; polling again');
        this.poll();
        return;
      }
      this.setState({ name: 'replaced' });
      return;
    }
    if (e.status === 410) {
      this.endGone(e);
      return;
    }
    if (e.status === 404) {
      this.recover({ code: 'sessionLost' });
      return;
    }
    if (e.status === 401 || e.code === 'Unauthorized') {
      void this.reauthenticate(url, e);
      return;
    }
    if (isPermanent(e) || this.pacing.unusableTooLong(e)) {
      this.fail(e);
      return;
    }
    this.backoff(describe(e));
  }

  /** The next P-GET, later: the channel stays `polling` (the server answers; it is just not asked at once). */
  private pollAfter(ms: number): void {
    this.retryIn(ms, 'polling', () => this.poll());
  }

  /** The retry timer: `then` runs after `ms` only if the channel is still in `state` (a stop or wake moved it on). */
  private retryIn(ms: number, state: ChannelState['name'], then: () => void): void {
    this.retry.set(ms, () => this.state.name === state, then);
  }

  /** No timer left and nothing in flight counts any more: the start of a stop or a re-creation. */
  private dropInflight(): void {
    this.retry.cancel();
    this.pget.abandon();
    this.pget.invalidate(); // anything still in flight is stale from here on
  }

  /** `recovering`, showing `shown`, with a re-creation (for `reason`) after `delay`. */
  private recreateIn(delay: number, shown: ChannelReason, reason: ChannelReason): void {
    const retryAt = this.clock.now() + delay;
    this.setState({ name: 'recovering', reason: shown, attempt: this.pacing.attempt, retryAt });
    this.retryIn(delay, 'recovering', () => void this.recreate(reason));
  }

  /** The server ended the session (410): final, with the server's reason. */
  private endGone(e: ErrorLike): void {
    this.setState({
      name: 'gone',
      reason: goneReason(e.subcode),
      subcode: e.subcode === '' ? undefined : e.subcode,
    });
  }

  /**
   * The one place that ends the channel for a refused password (a token renewal, on its own or inside a re-creation,
   * failed with `e`). True when it did.
   */
  private endIfPasswordRefused(e: ErrorLike): boolean {
    if (!refusesPassword(e)) return false;
    this.setState({ name: 'gone', reason: { code: 'passwordRefused' } });
    return true;
  }

  /** Stop for good: what went wrong does not go away by asking again. */
  private fail(e: ErrorLike): void {
    this.dropInflight();
    this.deps.log?.warn?.('event channel: stopped', { code: e.code, subcode: e.subcode });
    this.setState({ name: 'failed', reason: describe(e), code: e.code, subcode: e.subcode });
  }

  private async reauthenticate(url: string, e: ErrorLike): Promise<void> {
    this.unauthorizedInARow++;
    if (this.unauthorizedInARow > MAX_IMMEDIATE_401) {
      this.backoff(describe(e));
      return;
    }
    const seq = this.pget.latest;
    try {
      await this.deps.renewToken();
    } catch (err) {
      if (seq !== this.pget.latest || this.isFinal()) return;
      const le = asErrorLike(err);
      if (this.endIfPasswordRefused(le)) return;
      if (isPermanent(le)) this.fail(le);
      else this.backoff(describe(le));
      return;
    }
    if (seq !== this.pget.latest || this.isFinal() || this.state.name !== 'polling') return;
    this.deps.log?.info?.('event channel: new token, same URL', { url });
    this.poll();
  }

  private backoff(reason: ChannelReason): void {
    this.reachable = false;
    const delay = this.pacing.backoffDelay();
    if (delay === undefined) {
      // The server drops an application 15 minutes after its last P-GET: do not knock on a door that is gone.
      this.recover({ code: 'outageTooLong' });
      return;
    }
    const retryAt = this.clock.now() + delay;
    this.setState({ name: 'backoff', url: this.url, reason, attempt: this.pacing.attempt, retryAt });
    this.retryIn(delay, 'backoff', () => this.poll());
  }

  /**
   * A new application, at once the first time; after one whose P-GET never answered, only after recreateMs
   * (doubling, half of it jitter): a server that forgets every application it creates is not asked 100 times a second.
   */
  private recover(reason: ChannelReason): void {
    this.dropInflight();
    this.reachable = false;
    const delay = this.pacing.recreateDelay();
    if (delay === 0) {
      void this.recreate(reason);
      return;
    }
    this.recreateIn(delay, reason, reason);
  }

  private async recreate(reason: ChannelReason): Promise<void> {
    this.retry.cancel();
    const seq = this.pget.invalidate();
    this.setState({ name: 'recovering', reason, attempt: this.pacing.attempt });
    let href: string;
    try {
      href = await this.deps.recreateApplication();
    } catch (err) {
      if (seq !== this.pget.latest || this.isFinal()) return;
      const le = asErrorLike(err);
      if (le.status === 410) {
        this.endGone(le);
        return;
      }
      if (this.endIfPasswordRefused(le)) return;
      if (isPermanent(le)) {
        this.fail(le);
        return;
      }
      this.recreateIn(this.pacing.nextDelay(), describe(le), reason);
      return;
    }
    if (seq !== this.pget.latest || this.isFinal()) return;
    this.pacing.recreated();
    this.recovered = true;
    this.unauthorizedInARow = 0;
    this.followNewApplication(href);
  }

  /** Poll a new application's events href, with the sticky params, and ask the consumer to rebuild. */
  private followNewApplication(eventsHref: string): void {
    this.pget.forgetAbandoned();
    this.url = eventsHref;
    this.paramsDue = true;
    this.poll();
    this.enqueue({ kind: 'applicationRecreated' });
  }

  private enqueue(signal: ChannelSignal): void {
    this.signals.push(signal);
  }

  /** Signals waiting to be consumed (a soak test watches it stay bounded). */
  backlog(): number {
    return this.signals.size();
  }
}
