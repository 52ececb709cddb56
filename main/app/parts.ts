// The pieces one app model is made of, built once per model (model.ts) and shared by the session lifecycle, the
// snapshot/subscription scheduling and the event router. Each piece keeps its own state; none of them knows the
// others except through the callbacks wired here.
import type { Clock } from '../ucwa/clock.js';
import { UcwaError } from '../ucwa/errors.js';
import type { UcwaLogger } from '../ucwa/log.js';
import { stringProp } from '../ucwa/representation/model.js';
import { Availability } from './availability.js';
import { Coalescer } from './coalescer.js';
import { ContactListModel } from './contactList.js';
import { Directory, asAvailability } from './directory.js';
import { Emitter } from './emitter.js';
import { ChangeHistory } from './history.js';
import type { HistoryStore } from './history.js';
import type { AwayChange } from './lastKnown.js';
import { Invitations } from './invitations.js';
import type { ProtocolPort } from './port.js';
import { RelationshipTracker } from './relationships.js';
import type { RelationshipChange } from './relationships.js';
import { StatusAlerts } from './statusAlerts.js';
import { Subscriptions } from './subscriptions.js';
import type { AppEvents, AppState, SessionState } from './types.js';

export interface ModelParts {
  readonly clock: Clock;
  readonly log: UcwaLogger;
  readonly emitter: Emitter<AppEvents>;
  readonly history: ChangeHistory;
  readonly tracker: RelationshipTracker;
  readonly directory: Directory;
  readonly invitations: Invitations;
  readonly subscriptions: Subscriptions;
  readonly availability: Availability;
  /** Presence fetches for contacts whose presence event carried no data, coalesced into batches. */
  readonly presence: Coalescer;
  /** The contact list's groups, read on demand and kept live by events. */
  readonly contactList: ContactListModel;
  /** Tagged people: their presence subscription and the alerts when they become available. */
  readonly alerts: StatusAlerts;
  readonly stats: { reconnects: number; snapshots: number };
  /** The signed-in session's port; throws when there is none. */
  port(): ProtocolPort;
  session(): SessionState;
  state(): AppState;
  /** Snapshot wanted soon (the tracker met a contact it does not know). */
  onUnknownContact(): void;
  /** Changes found at start against what was known when the app last ran: into the history, and announced once. */
  reportAway(changes: AwayChange[], since: number, until: number): void;
}

export interface PartsDeps {
  clock: Clock;
  log: UcwaLogger;
  historyStore: HistoryStore;
  isUserActive: () => boolean;
  /** The signed-in session's port, if any. */
  currentPort: () => ProtocolPort | undefined;
  session: () => SessionState;
  /** Called when the tracker needs a new snapshot (set once the lifecycle exists). */
  onUnknownContact: () => void;
}

export function createParts(deps: PartsDeps): ModelParts {
  const { clock, log } = deps;
  const port = (): ProtocolPort => {
    const p = deps.currentPort();
    if (p === undefined) throw new UcwaError({ status: 0, code: 'Unauthorized', retryable: false });
    return p;
  };
  const emitter = new Emitter<AppEvents>((e) => log.warn('app listener failed', { error: String(e) }));
  const history = new ChangeHistory(deps.historyStore, clock, (e) =>
    log.warn('history store failed', { e: String(e) }),
  );
  const warn = (msg: string, data?: Record<string, unknown>): void => log.warn(msg, data);

  const reportChange = (change: RelationshipChange): void => {
    const name = directory.get(change.uri)?.name ?? change.uri;
    const { uri, ...rest } = change;
    const entry = history.add({ ...rest, contact: { uri, name } });
    directory.changed(uri);
    emitter.emit('relationshipChanged', entry);
  };

  const tracker = new RelationshipTracker({
    fetchMany: (hrefs) => port().fetchMany(hrefs),
    clock,
    onChange: reportChange,
    onUnknownContact: () => deps.onUnknownContact(),
    log,
  });
  const directory: Directory = new Directory(
    clock,
    (uri) => tracker.level(uri),
    (c) => emitter.emit('contacts', c),
  );
  const invitations = new Invitations(
    port,
    () => clock.now(),
    (view) => emitter.emit('invitation', view),
    (uri) => contactList.delegatorName(uri),
  );
  const subscriptions = new Subscriptions(
    port,
    () => directory.views().map((v) => v.uri),
    warn,
    (levels) => {
      const changed = tracker.recheck(levels);
      if (changed > 0)
        log.info('levels changed before the subscription took effect; fetching again', { changed });
    },
  );
  const availability = new Availability(port, clock, deps.isUserActive, warn);
  const presence = new Coalescer(
    clock,
    readPresence(port, directory, () => alerts),
  );

  const contactList = new ContactListModel({
    clock,
    log,
    directory,
    levelOf: (uri) => tracker.level(uri),
    port,
  });

  const alerts = new StatusAlerts({
    clock,
    log,
    port,
    known: (uri) => {
      const c = directory.get(uri);
      return c === undefined
        ? contactList.known(uri)
        : { name: c.name, href: c.href, presenceHref: c.presenceHref };
    },
    knownHref: (href) => directory.uriOf(href) !== undefined,
  });
  alerts.events.on('statusAlert', (a) => emitter.emit('statusAlert', a));
  alerts.events.on('tags', (t) => emitter.emit('tags', t));

  const reportAway = (changes: AwayChange[], since: number, until: number): void => {
    const entries = changes.map((change) => history.add(change));
    for (const entry of entries) {
      directory.changed(entry.contact.uri);
      emitter.emit('relationshipChanged', entry);
    }
    if (entries.length > 0) emitter.emit('whileAway', { changes: entries, since, until });
  };

  const stats = { reconnects: 0, snapshots: 0 };
  const state = (): AppState => ({
    session: deps.session(),
    user: deps.currentPort()?.user ?? null,
    contactCount: directory.size,
  });
  return {
    clock,
    log,
    emitter,
    history,
    tracker,
    directory,
    invitations,
    subscriptions,
    availability,
    presence,
    contactList,
    alerts,
    stats,
    port,
    session: deps.session,
    state,
    onUnknownContact: () => deps.onUnknownContact(),
    reportAway,
  };
}

/**
 * The presence coalescer's work: one batch of presence reads, applied to the directory and the tagged people (the
 * status alerts, built after the coalescer). Resolves to the hrefs to read again: a 404 is not retried.
 */
function readPresence(
  port: () => ProtocolPort,
  directory: Directory,
  alerts: () => StatusAlerts,
): (hrefs: string[]) => Promise<string[]> {
  return async (hrefs) => {
    const results = await port().fetchMany(hrefs);
    const retry: string[] = [];
    hrefs.forEach((href, i) => {
      const r = results[i];
      const uri = directory.uriOf(href) ?? alerts().uriOf(href);
      if (r === undefined || uri === undefined) return;
      if (!r.ok) {
        if ((r.error as { status?: unknown } | null)?.status !== 404) retry.push(href);
        return;
      }
      const props = r.resource.properties;
      directory.setPresence(uri, asAvailability(props.availability), stringProp(r.resource, 'activity'));
      alerts().observe(uri, props.availability, stringProp(r.resource, 'activity'));
    });
    return retry;
  };
}
