// The session lifecycle of the app model: sign-in (connect, first snapshot, subscriptions, event channel), the
// event channel's states turned into session states, and the end of a session (by the user, the server, or a newer
// sign-in). Each session lives in its own SessionScope: whatever is still queued or pending when it ends is dropped.
import { UcwaError } from '../ucwa/errors.js';
import { toUserMessage } from '../words/errors.js';
import { channelReason } from '../words/channel.js';
import { replacedReason } from '../words/session.js';
import { EventChannel, reconnectCause } from '../ucwa/eventChannel.js';
import type { ChannelSignal, ChannelState } from '../ucwa/eventChannel.js';
import { createEventRouter } from './eventRouter.js';
import { LastKnownKeeper, compareWithLastKnown } from './lastKnown.js';
import type { LastKnownState, LastKnownStore } from './lastKnown.js';
import type { ModelParts } from './parts.js';
import type { ProtocolPort } from './port.js';
import { SessionScope } from './scope.js';
import { SessionSync } from './sync.js';
import type { AppModelDeps, SessionState, SignInParams, SigningInStep } from './types.js';

export class Lifecycle {
  private state: SessionState = { kind: 'signedOut' };
  private scope: SessionScope | undefined;
  private sync: SessionSync | undefined;
  private channel: EventChannel | undefined;
  private offApplicationChanged: () => void = () => {};
  private stopLastKnown: () => void = () => {};
  private parts!: ModelParts;
  private renewing: Promise<void> | undefined;

  constructor(private readonly deps: AppModelDeps) {}

  /** Set once, right after the parts are built (they read the session through this lifecycle). */
  bind(parts: ModelParts): void {
    this.parts = parts;
  }

  session(): SessionState {
    return this.state;
  }

  currentPort(): ProtocolPort | undefined {
    return this.scope?.active ? this.scope.attached : undefined;
  }

  /** A snapshot soon, if a session is running (an event named a contact we do not know). */
  snapshotSoon(delayMs: number): void {
    this.sync?.scheduleSnapshot(delayMs);
  }

  wake(): void {
    this.channel?.wake();
  }

  backlog(): number {
    return this.channel?.backlog() ?? 0;
  }

  drained(): Promise<void> {
    return this.channel?.drained() ?? Promise.resolve();
  }

  /**
   * The server lost the application under the user's own changes (404 ApplicationNotFound, e.g. it restarted): a new
   * one, then the contacts read again so that their links are the new application's. However many changes ask at
   * once, one application is made; the event channel follows it (onApplicationChanged) and subscribes again.
   */
  renewApplication(): Promise<void> {
    const scope = this.scope;
    const sync = this.sync;
    if (scope === undefined || sync === undefined || !scope.active) {
      // Signed out meanwhile: the changes not made say so.
      return Promise.reject(new UcwaError({ status: 0, code: 'Gone', retryable: false }));
    }
    this.renewing ??= (async () => {
      await scope.port.recreateApplication();
      await sync.takeSnapshot(true);
    })().finally(() => {
      this.renewing = undefined;
    });
    return this.renewing;
  }

  async signIn(params: SignInParams): Promise<void> {
    const kind = this.state.kind;
    if (kind === 'signingIn' || kind === 'connected' || kind === 'reconnecting') await this.signOut();
    this.endScope();
    this.parts.alerts.attach(params.tagStore);
    const scope = new SessionScope(this.parts.clock);
    this.scope = scope;
    const step = (s: SigningInStep): void => {
      if (scope.active) this.setState({ kind: 'signingIn', step: s });
    };
    try {
      step('discovering');
      const opened = await this.deps.connect(params, step);
      if (!scope.active) {
        await opened.signOut().catch(() => {});
        return;
      }
      scope.attach(opened);
      await this.open(scope, opened, step, params.lastKnown);
    } catch (error) {
      if (scope.active) {
        const port = scope.attached;
        this.endScope();
        // Signed in but could not load: do not leave an application behind on the server.
        await port?.signOut().catch(() => {});
        this.setState({ kind: 'signedOut', reason: toUserMessage(error) });
      }
      throw error;
    }
  }

  /** First snapshot, subscriptions, activity reports and the event channel of a session that just signed in. */
  private async open(
    scope: SessionScope,
    port: ProtocolPort,
    step: (s: SigningInStep) => void,
    lastKnown: LastKnownStore | undefined,
  ): Promise<void> {
    const { tracker, directory, invitations, availability, emitter, contactList } = this.parts;
    tracker.clear();
    directory.clear();
    invitations.clear();
    contactList.clear();
    const sync = new SessionSync(scope, this.parts);
    this.sync = sync;
    step('loadingContacts');
    await sync.takeSnapshot(false);
    const keeper =
      lastKnown === undefined || !scope.active ? undefined : this.keepLastKnown(lastKnown, port.user);
    // The list is in: say how many contacts are loading while their presence subscriptions are set up.
    if (scope.active) emitter.emit('state', this.parts.state());
    await sync.keepSubscribed(() => this.parts.subscriptions.establish());
    if (!scope.active) return;
    availability.start();
    void this.parts.alerts.start();
    const route = createEventRouter(this.parts, sync);
    const channel = this.createChannel(scope, port, sync, route);
    this.channel = channel;
    this.setState({ kind: 'connected', user: port.user });
    keeper?.connected();
    channel.start(port.eventsHref());
    this.offApplicationChanged = port.onApplicationChanged((href) => channel.moveTo(href));
  }

  /**
   * Compare the first snapshot with what was known when the app last ran (report each change once), then keep the
   * stored state up to date for the rest of the session.
   */
  private keepLastKnown(store: LastKnownStore, user: string): LastKnownKeeper {
    const { clock, log, directory, tracker, emitter } = this.parts;
    const loaded = store.load();
    if (loaded.state === null && loaded.damaged) {
      log.warn('what the app knew when it last ran could not be read: nothing to compare this time');
    } else if (loaded.state !== null && loaded.state.user === user) {
      const now = clock.now();
      this.parts.reportAway(
        compareWithLastKnown(loaded.state, directory.all(), now),
        loaded.state.connectedAt,
        now,
      );
    }
    const current = (): LastKnownState['contacts'] =>
      Object.fromEntries(
        directory.all().map((c) => [c.uri, { name: c.name, level: tracker.level(c.uri) ?? c.level }]),
      );
    const keeper = new LastKnownKeeper(store, user, clock, current, (error) =>
      log.warn('what the app knows could not be kept for the next start', { error: String(error) }),
    );
    const offs = [
      emitter.on('relationshipChanged', () => keeper.changed()),
      emitter.on('contacts', () => keeper.changed()),
    ];
    this.stopLastKnown = () => {
      offs.forEach((off) => off());
      keeper.stop();
    };
    return keeper;
  }

  private createChannel(
    scope: SessionScope,
    port: ProtocolPort,
    sync: SessionSync,
    route: ReturnType<typeof createEventRouter>,
  ): EventChannel {
    const { log, clock } = this.parts;
    const consume = async (signal: ChannelSignal): Promise<void> => {
      if (!scope.active) return; // queued before the session ended: nothing of it may run now
      if (signal.kind === 'events') {
        for (const event of signal.events) if (scope.active) await route(event);
        return;
      }
      log.info(`event channel: ${signal.kind}; rebuilding`);
      await sync.rebuild();
    };
    return new EventChannel({
      getEvents: (url, signal) => port.getEvents(url, signal),
      probe: (signal) => port.probe(signal),
      renewToken: () => port.renewToken(),
      recreateApplication: () => port.recreateApplication(),
      consume,
      onState: (s) => {
        if (scope.active) this.onChannelState(s);
      },
      clock,
      random: this.deps.runtime.random,
      log,
      params: this.deps.channel?.params,
      backoff: this.deps.channel?.backoff,
    });
  }

  private onChannelState(state: ChannelState): void {
    switch (state.name) {
      case 'polling':
        // "connected" only once the server answered again, not on every retry (no flapping in the tray).
        if (!state.retrying && this.state.kind !== 'connected' && this.state.kind !== 'signingIn') {
          const user = this.currentPort()?.user;
          if (user !== undefined) this.setState({ kind: 'connected', user });
        }
        return;
      case 'backoff':
        this.setState({
          kind: 'reconnecting',
          reason: channelReason(state.reason),
          cause: reconnectCause(state.reason),
          nextRetryAt: state.retryAt,
        });
        return;
      case 'recovering':
        this.setState({
          kind: 'reconnecting',
          reason: channelReason(state.reason),
          cause: reconnectCause(state.reason),
          nextRetryAt: state.retryAt ?? this.parts.clock.now(),
        });
        return;
      case 'replaced':
        this.endScope();
        this.setState({ kind: 'replaced', reason: replacedReason() });
        return;
      case 'gone':
      case 'failed':
        this.endScope();
        this.setState({ kind: 'signedOut', reason: channelReason(state.reason) });
        return;
      case 'idle':
      case 'stopped':
        return;
    }
  }

  async signOut(reason?: string): Promise<void> {
    const closing = this.currentPort();
    this.endScope();
    const { tracker, directory, invitations, emitter, log } = this.parts;
    // A deliberate sign-out forgets the list (a server-side end keeps it visible behind the banner).
    tracker.clear();
    directory.clear();
    invitations.clear();
    if (closing !== undefined) emitter.emit('contacts', { reset: true, upserts: [], removed: [] });
    this.setState(reason === undefined ? { kind: 'signedOut' } : { kind: 'signedOut', reason });
    if (closing !== undefined) {
      await closing
        .signOut()
        .catch((error: unknown) => log.info('sign-out request failed', { error: String(error) }));
    }
  }

  /** Stop everything of the current session without telling the server (quit after a failed shutdown, tests). */
  dispose(): void {
    this.endScope();
  }

  private endScope(): void {
    this.stopLastKnown();
    this.stopLastKnown = () => {};
    this.scope?.end();
    this.scope = undefined;
    this.sync = undefined;
    this.offApplicationChanged();
    this.offApplicationChanged = () => {};
    this.channel?.stop();
    this.channel = undefined;
    const { availability, presence, tracker, history, contactList, alerts } = this.parts;
    contactList.clear();
    alerts.stop();
    availability.stop();
    presence.clear();
    tracker.cancelPending();
    history.flush();
  }

  private setState(next: SessionState): void {
    if (next.kind === 'reconnecting' && this.state.kind !== 'reconnecting') this.parts.stats.reconnects++;
    this.state = next;
    this.parts.emitter.emit('state', this.parts.state());
  }
}
