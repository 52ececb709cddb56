// The live app model: one signed-in session, its event channel, and everything the UI and notifications read.
// See index.ts for the public surface (types in types.ts); this file wires the parts (directory, relationship diff,
// invitations, subscriptions, history) to the event channel's ordered signals.
import type { ContactDetails, PrivacyLevel } from '../ipc/contract.js';
import { UcwaError, isUcwaError, toUserMessage } from '../ucwa/errors.js';
import { realClock } from '../ucwa/clock.js';
import { EventChannel } from '../ucwa/eventChannel.js';
import type { ChannelSignal, ChannelState } from '../ucwa/eventChannel.js';
import type { UcwaEvent } from '../ucwa/eventChannelBatch.js';
import { stringProp } from '../ucwa/representation/model.js';
import { silentLogger } from '../ucwa/log.js';
import { Coalescer } from './coalescer.js';
import { Directory, asAvailability } from './directory.js';
import { Emitter } from './emitter.js';
import { ChangeHistory } from './history.js';
import { Invitations, invitationKind } from './invitations.js';
import type { ContactRecord, ProtocolPort } from './port.js';
import { RelationshipTracker } from './relationships.js';
import type { RelationshipChange } from './relationships.js';
import { Availability } from './availability.js';
import { Subscriptions } from './subscriptions.js';
import type {
  AppEvents,
  AppModel,
  AppModelDeps,
  AppState,
  SessionState,
  SetLevelResult,
  SignInParams,
  SigningInStep,
} from './types.js';

const SNAPSHOT_RETRY_MS = 2_000;

export function createModel(deps: AppModelDeps): AppModel {
  const clock = deps.clock ?? realClock;
  const log = deps.log ?? silentLogger;
  const emitter = new Emitter<AppEvents>((e) => log.warn('app listener failed', { error: String(e) }));
  const history = new ChangeHistory(deps.historyStore, clock, (e) =>
    log.warn('history store failed', { e: String(e) }),
  );

  let port: ProtocolPort | undefined;
  let channel: EventChannel | undefined;
  let session: SessionState = { kind: 'signedOut' };
  let generation = 0; // bumps on every sign-in/sign-out: late answers of an old session are dropped
  let reconnects = 0;
  let snapshots = 0;
  let snapshotTimer: unknown;
  let subscribeTimer: unknown;
  let offApplicationChanged: () => void = () => {};

  const currentPort = (): ProtocolPort => {
    if (port === undefined)
      throw new UcwaError({ status: 0, code: 'Unauthorized', message: 'You are not signed in.' });
    return port;
  };

  const getState = (): AppState => ({ session, user: port?.user ?? null, contactCount: directory.size });
  const setSession = (next: SessionState): void => {
    if (next.kind === 'reconnecting' && session.kind !== 'reconnecting') reconnects++;
    session = next;
    emitter.emit('state', getState());
  };

  const tracker = new RelationshipTracker({
    fetchMany: (hrefs) => currentPort().fetchMany(hrefs),
    clock,
    onChange: (change) => reportChange(change),
    onUnknownContact: () => scheduleSnapshot(0),
    log,
  });
  const directory = new Directory(
    clock,
    (uri) => tracker.level(uri),
    (c) => emitter.emit('contacts', c),
  );
  const invitations = new Invitations(
    currentPort,
    () => clock.now(),
    (kind, view) => emitter.emit(kind, view),
  );
  const subscriptions = new Subscriptions(
    currentPort,
    () => directory.views().map((v) => v.uri),
    (msg, data) => log.warn(msg, data),
    (levels) => {
      const changed = tracker.recheck(levels);
      if (changed > 0)
        log.info('levels changed before the subscription took effect; fetching again', { changed });
    },
  );
  const availability = new Availability(currentPort, clock, deps.isUserActive ?? (() => true), (msg, data) =>
    log.warn(msg, data),
  );
  const presence = new Coalescer(clock, async (hrefs) => {
    const results = await currentPort().fetchMany(hrefs);
    const retry: string[] = [];
    hrefs.forEach((href, i) => {
      const r = results[i];
      const uri = directory.uriOf(href);
      if (r === undefined || uri === undefined) return;
      if (!r.ok) {
        if ((r.error as { status?: unknown } | null)?.status !== 404) retry.push(href);
        return;
      }
      directory.setPresence(
        uri,
        asAvailability(r.resource.properties.availability),
        stringProp(r.resource, 'activity'),
      );
    });
    return retry;
  });

  function reportChange(change: RelationshipChange): void {
    const name = directory.get(change.uri)?.name ?? change.uri;
    const entry = history.add({
      at: change.at,
      contact: { uri: change.uri, name },
      from: change.from,
      to: change.to,
      ours: change.ours,
    });
    directory.changed(change.uri);
    emitter.emit('history', entry);
    emitter.emit('relationshipChanged', { ...change, name });
  }

  /** Take a snapshot of contacts and levels; `report` diffs it against the last known levels. */
  async function takeSnapshot(report: boolean): Promise<void> {
    const gen = generation;
    await tracker.exclusive(async () => {
      const stamp = tracker.stamp();
      const contacts = await currentPort().snapshot();
      if (gen !== generation) return;
      snapshots++;
      // Levels first (changes are named from the previous directory), then the directory pushes the new list.
      tracker.applySnapshot(contacts, stamp, report);
      directory.replaceAll(contacts);
    });
  }

  /** A snapshot later (and again on failure) without blocking the event queue. */
  function scheduleSnapshot(delayMs: number): void {
    if (snapshotTimer !== undefined) return;
    const gen = generation;
    snapshotTimer = clock.setTimeout(() => {
      snapshotTimer = undefined;
      if (gen !== generation) return;
      takeSnapshot(true).catch((error: unknown) => {
        log.warn('snapshot failed; will retry', { error: String(error) });
        if (gen === generation) scheduleSnapshot(SNAPSHOT_RETRY_MS);
      });
    }, delayMs);
  }

  /**
   * Subscriptions that did not take (a 503 on the batch, a refused part) are asked for again until they do: without
   * them the server tells this application of no change at all. The levels read with them catch what was missed.
   */
  async function keepSubscribed(attempt: () => Promise<boolean>): Promise<void> {
    const gen = generation;
    if (await attempt()) return;
    if (gen !== generation || subscribeTimer !== undefined) return;
    subscribeTimer = clock.setTimeout(() => {
      subscribeTimer = undefined;
      if (gen === generation) void keepSubscribed(() => subscriptions.establish());
    }, SNAPSHOT_RETRY_MS);
  }

  async function rebuild(): Promise<void> {
    const gen = generation;
    try {
      await takeSnapshot(true);
    } catch (error) {
      log.warn('snapshot failed; will retry', { error: String(error) });
      scheduleSnapshot(SNAPSHOT_RETRY_MS);
    }
    await keepSubscribed(() => subscriptions.establish());
    if (gen === generation) availability.start();
  }

  async function handleEvent(event: UcwaEvent): Promise<void> {
    const rel = event.link.rel;
    if (event.sender.rel === 'people') {
      if (rel === 'contactPrivacyRelationship' && event.type === 'updated') {
        tracker.onUpdated(event.link.href, event.in?.href);
      } else if (rel === 'contactPresence' && event.type === 'updated') {
        const uri =
          directory.uriOf(event.link.href) ?? (event.in?.href ? directory.uriOf(event.in.href) : undefined);
        if (uri !== undefined && event.resource !== undefined) {
          directory.setPresence(
            uri,
            asAvailability(event.resource.properties.availability),
            stringProp(event.resource, 'activity'),
          );
        } else {
          presence.mark(event.link.href);
        }
      } else if (rel === 'presenceSubscription' && event.type === 'updated') {
        await keepSubscribed(() => subscriptions.onExpiring('presence', event.link.href));
      } else if (rel === 'myContactsAndGroupsSubscription' && event.type === 'updated') {
        await keepSubscribed(() => subscriptions.onExpiring('contactsAndGroups', event.link.href));
      } else if (
        rel === 'contact' &&
        (event.type === 'added' || event.type === 'deleted') &&
        event.in?.rel !== 'subscribedContacts'
      ) {
        scheduleSnapshot(250); // the contact list changed: a burst of these coalesces into one snapshot
      }
      return;
    }
    if (event.sender.rel === 'communication' && invitationKind(rel) !== undefined) {
      try {
        await invitations.onEvent(event);
      } catch (error) {
        log.warn('invitation could not be read', { error: String(error) });
      }
    }
  }

  async function consume(signal: ChannelSignal): Promise<void> {
    switch (signal.kind) {
      case 'events':
        for (const event of signal.events) await handleEvent(event);
        return;
      case 'resync':
      case 'resume':
      case 'applicationRecreated':
        log.info(`event channel: ${signal.kind}; rebuilding`);
        await rebuild();
        return;
    }
  }

  function onChannelState(state: ChannelState): void {
    switch (state.name) {
      case 'polling':
        // "connected" only once the server answered again, not on every retry (no flapping in the tray).
        if (!state.retrying && session.kind !== 'connected' && session.kind !== 'signingIn') {
          setSession({ kind: 'connected', user: currentPort().user });
        }
        return;
      case 'backoff':
        setSession({ kind: 'reconnecting', reason: state.reason, nextRetryAt: state.retryAt });
        return;
      case 'recovering':
        setSession({ kind: 'reconnecting', reason: state.reason, nextRetryAt: state.retryAt ?? clock.now() });
        return;
      case 'replaced':
        endSession();
        setSession({
          kind: 'replaced',
          reason:
            'UCWA Tray was signed in somewhere else with the same application, so this copy stopped updating.',
        });
        return;
      case 'gone':
        endSession();
        setSession({ kind: 'signedOut', reason: state.reason });
        return;
      case 'idle':
      case 'stopped':
        return;
    }
  }

  function endSession(): void {
    generation++;
    offApplicationChanged();
    offApplicationChanged = () => {};
    channel?.stop();
    channel = undefined;
    availability.stop();
    presence.clear();
    tracker.cancelPending();
    if (snapshotTimer !== undefined) clock.clearTimeout(snapshotTimer);
    snapshotTimer = undefined;
    if (subscribeTimer !== undefined) clock.clearTimeout(subscribeTimer);
    subscribeTimer = undefined;
    history.flush();
  }

  async function signIn(params: SignInParams): Promise<void> {
    if (session.kind === 'signingIn' || session.kind === 'connected' || session.kind === 'reconnecting') {
      await signOut();
    }
    const gen = ++generation;
    const step = (s: SigningInStep): void => {
      if (gen !== generation) return;
      setSession({ kind: 'signingIn', step: s });
      emitter.emit('signingInStep', s);
    };
    try {
      step('discovering');
      const opened = await deps.connect(params, step);
      if (gen !== generation) {
        await opened.signOut().catch(() => {});
        return;
      }
      port = opened;
      tracker.clear();
      directory.clear();
      invitations.clear();
      step('loadingContacts');
      await takeSnapshot(false);
      // The list is in: say how many contacts are loading while their presence subscriptions are set up.
      if (gen === generation) emitter.emit('state', getState());
      await keepSubscribed(() => subscriptions.establish());
      if (gen !== generation) return;
      availability.start();
      channel = new EventChannel({
        getEvents: (url, signal) => opened.getEvents(url, signal),
        probe: (signal) => opened.probe(signal),
        renewToken: () => opened.renewToken(),
        recreateApplication: () => opened.recreateApplication(),
        consume,
        onState: (s) => {
          if (gen === generation) onChannelState(s);
        },
        clock,
        ...(deps.random ? { random: deps.random } : {}),
        log,
        ...(deps.channel?.params ? { params: deps.channel.params } : {}),
        ...(deps.channel?.backoff ? { backoff: deps.channel.backoff } : {}),
      });
      setSession({ kind: 'connected', user: opened.user });
      channel.start(opened.eventsHref());
      const moved = channel;
      offApplicationChanged = opened.onApplicationChanged((href) => moved.moveTo(href));
    } catch (error) {
      if (gen === generation) {
        endSession();
        // Signed in but could not load: do not leave an application behind on the server.
        await port?.signOut().catch(() => {});
        port = undefined;
        setSession({ kind: 'signedOut', reason: toUserMessage(error) });
      }
      throw error;
    }
  }

  async function signOut(reason?: string): Promise<void> {
    const closing = port;
    endSession();
    port = undefined;
    // A deliberate sign-out forgets the list (a server-side end keeps it visible behind the banner).
    tracker.clear();
    directory.clear();
    invitations.clear();
    if (closing !== undefined) emitter.emit('contacts', { reset: true, upserts: [], removed: [] });
    setSession(reason === undefined ? { kind: 'signedOut' } : { kind: 'signedOut', reason });
    if (closing !== undefined) {
      await closing
        .signOut()
        .catch((error: unknown) => log.info('sign-out request failed', { error: String(error) }));
    }
  }

  function contactOrThrow(uri: string): ContactRecord {
    const c = directory.get(uri);
    if (c === undefined)
      throw new UcwaError({ status: 0, code: 'NotFound', message: 'This contact is not in your list.' });
    return c;
  }

  async function setLevel(uri: string, level: PrivacyLevel): Promise<SetLevelResult> {
    const contact = contactOrThrow(uri);
    const p = currentPort();
    directory.setOptimistic(uri, level);
    try {
      await tracker.ownChange(uri, level, () => p.setLevel(contact, level));
      return { level };
    } catch (error) {
      if (isUcwaError(error) && error.code === 'PreconditionFailed') {
        const current = error.details?.current;
        if (contact.relationshipHref !== undefined) tracker.onUpdated(contact.relationshipHref);
        if (typeof current === 'string') return { conflict: { current: current as PrivacyLevel } };
      }
      throw error;
    } finally {
      directory.setOptimistic(uri, undefined);
    }
  }

  async function resetLevel(uri: string): Promise<{ level: PrivacyLevel }> {
    const contact = contactOrThrow(uri);
    const p = currentPort();
    await tracker.ownChange(uri, 'any', () => p.resetLevel(contact));
    directory.changed(uri);
    return { level: tracker.level(uri) ?? 'Unknown' };
  }

  async function contactDetails(uri: string): Promise<ContactDetails> {
    const contact = contactOrThrow(uri);
    const extras = await currentPort().contactDetails(contact);
    const view = directory.view(uri);
    if (view === undefined) throw new UcwaError({ status: 0, code: 'NotFound' });
    return {
      ...view,
      ...(contact.office === undefined ? {} : { office: contact.office }),
      ...(contact.type === undefined ? {} : { type: contact.type }),
      ...extras,
    };
  }

  async function settled(): Promise<void> {
    for (let i = 0; i < 5; i++) {
      await channel?.drained();
      await tracker.idle();
      await presence.idle();
    }
  }

  return {
    signIn,
    signOut,
    wake: () => channel?.wake(),
    getState,
    contacts: () => directory.views(),
    contactDetails,
    setLevel,
    resetLevel,
    history: () => history.list(),
    invitations: () => invitations.list(),
    on: (event, listener) => emitter.on(event, listener),
    settled,
    stats: () => ({ reconnects, snapshots, backlog: channel?.backlog() ?? 0 }),
  };
}
