// Tags for status-change alerts (the official client's "Tag for Status Change Alerts"): the user tags people, the
// model keeps a presence subscription for them (whether or not they are in the contact list) and tells once, per
// change, when a tagged person becomes available — by default when they come online or stop being busy; as options
// also when they come back from Away / Be Right Back or leave Do Not Disturb.
// The subscription (asked for 30 minutes) is renewed before it runs out, every TAG_RENEW_MS, in one request for all
// tagged people (one presenceSubscription for up to 200 of them): a single refresh when nothing changed, else one
// new subscription for the whole set. `resume` and a new application drop subscriptions: start() makes them again.
import type { AlertReason, Availability, StatusAlert, TaggedView } from '../ipc/contract.js';

export type { AlertReason, StatusAlert, TaggedView };
import type { Clock } from '../ucwa/clock.js';
import type { UcwaLogger } from '../ucwa/log.js';
import { link, stringProp } from '../ucwa/representation/model.js';
import { asAvailability } from './directory.js';
import { Emitter } from './emitter.js';
import type { ProtocolPort } from './port.js';
import { hrefKey } from './relationships.js';

/** Renewed this long after it was made or last renewed: five minutes before the 30 asked for run out. */
export const TAG_RENEW_MS = 25 * 60_000;
const URIS_PER_SUBSCRIPTION = 200;
const AVAILABLE: ReadonlySet<Availability> = new Set(['Online', 'IdleOnline']);
const BUSY_OR_GONE: ReadonlySet<Availability> = new Set(['Offline', 'Unknown', 'Busy', 'IdleBusy']);
const AWAY: ReadonlySet<Availability> = new Set(['Away', 'BeRightBack']);

/** The tagged people of one account, kept between runs (a file in the app, memory in tests and the demo). */
export interface TagStore {
  load(): string[];
  save(uris: readonly string[]): void;
}

export function memoryTagStore(initial: readonly string[] = []): TagStore {
  let kept = [...initial];
  return {
    load: () => [...kept],
    save: (uris) => {
      kept = [...uris];
    },
  };
}

export interface AlertOptions {
  /** Also when they come back from Away or Be Right Back. */
  leavingAway: boolean;
  /** Also when they leave Do Not Disturb. */
  leavingDoNotDisturb: boolean;
}

/** What a change of availability is worth telling, if anything. */
export function alertReason(from: Availability, to: Availability, options: AlertOptions): AlertReason | null {
  if (from === to) return null;
  if (AVAILABLE.has(to) && BUSY_OR_GONE.has(from)) return 'available';
  if (options.leavingAway && AWAY.has(from) && (AVAILABLE.has(to) || to === 'Busy' || to === 'IdleBusy'))
    return 'leftAway';
  if (options.leavingDoNotDisturb && from === 'DoNotDisturb' && to !== 'Offline' && to !== 'Unknown')
    return 'leftDoNotDisturb';
  return null;
}

export interface StatusAlertsDeps {
  clock: Clock;
  log: UcwaLogger;
  port: () => ProtocolPort;
  /** What the model already knows of someone (the directory, the last search): their name and hrefs. */
  known: (uri: string) => { name: string; href?: string; presenceHref?: string } | undefined;
  /** Whether a contact href belongs to someone the model already knows (a contact of the list). */
  knownHref: (href: string) => boolean;
}

interface Person {
  name: string;
  availability?: Availability;
  activity?: string;
}

export interface StatusAlertEvents extends Record<string, unknown> {
  statusAlert: StatusAlert;
  tags: TaggedView[];
}

export class StatusAlerts {
  private store: TagStore = memoryTagStore();
  private readonly tagged = new Map<string, Person>();
  private options: AlertOptions = { leavingAway: false, leavingDoNotDisturb: false };
  /** Our subscriptions (key → href as the server gave it), and the people they cover. */
  private subscriptions = new Map<string, string>();
  private covers = new Set<string>();
  /** Contact and presence hrefs (keys) of tagged people → uri. */
  private readonly byHref = new Map<string, string>();
  private timer: unknown;
  private running = false;
  private pending: Promise<unknown> = Promise.resolve();
  readonly events: Emitter<StatusAlertEvents>;

  constructor(private readonly deps: StatusAlertsDeps) {
    this.events = new Emitter((e) => deps.log.warn('status-alert listener failed', { error: String(e) }));
  }

  /** The account's tags (at sign-in). */
  attach(store: TagStore | undefined): void {
    this.store = store ?? memoryTagStore();
    this.tagged.clear();
    let uris: string[] = [];
    try {
      uris = this.store.load();
    } catch (error) {
      this.deps.log.warn('tags could not be read', { error: String(error) });
    }
    for (const uri of uris) this.tagged.set(normalise(uri), { name: uri.replace(/^sip:/i, '') });
  }

  setOptions(options: Partial<AlertOptions>): AlertOptions {
    this.options = { ...this.options, ...options };
    return this.options;
  }

  alertOptions(): AlertOptions {
    return { ...this.options };
  }

  list(): TaggedView[] {
    return [...this.tagged].map(([uri, p]) => {
      const known = this.deps.known(uri);
      const view: TaggedView = {
        uri,
        name: known?.name ?? p.name,
        availability: p.availability ?? 'Unknown',
      };
      if (p.activity !== undefined) view.activity = p.activity;
      return view;
    });
  }

  isTagged(uri: string): boolean {
    return this.tagged.has(normalise(uri));
  }

  async tag(uri: string): Promise<TaggedView[]> {
    const u = normalise(uri);
    if (this.tagged.has(u)) return this.list();
    this.tagged.set(u, { name: this.deps.known(u)?.name ?? u.replace(/^sip:/i, '') });
    this.learn(u);
    this.save();
    if (this.running) await this.track(this.subscribe([u], false));
    this.events.emit('tags', this.list());
    return this.list();
  }

  async untag(uri: string): Promise<TaggedView[]> {
    const u = normalise(uri);
    if (!this.tagged.delete(u)) return this.list();
    this.save();
    // The subscription still covers them (and says so in `covers`): the next renewal makes one without them.
    this.events.emit('tags', this.list());
    return this.list();
  }

  /** Signed in, or after resume / resync / a new application: subscriptions are (re)made for every tagged person. */
  start(): Promise<void> {
    this.running = true;
    this.subscriptions.clear();
    this.covers.clear();
    this.byHref.clear();
    for (const uri of this.tagged.keys()) this.learn(uri);
    return this.track(this.subscribe([...this.tagged.keys()], true));
  }

  /** The session ended: no timer, no subscription; the tags stay. */
  stop(): void {
    this.running = false;
    if (this.timer !== undefined) this.deps.clock.clearTimeout(this.timer);
    this.timer = undefined;
    this.subscriptions.clear();
    this.covers.clear();
    for (const p of this.tagged.values()) {
      delete p.availability;
      delete p.activity;
    }
  }

  idle(): Promise<unknown> {
    return this.pending;
  }

  /** Is this presence subscription one of ours (its expiry warning is then ours to act on)? */
  owns(subscriptionHref: string): boolean {
    return this.subscriptions.has(hrefKey(subscriptionHref));
  }

  /** The server warns one of ours is about to expire: renew now (all of them, in one request). */
  onExpiring(): Promise<void> {
    return this.track(this.renew());
  }

  /** The tagged person a contact or presence href belongs to, if any. */
  uriOf(...hrefs: Array<string | undefined>): string | undefined {
    for (const h of hrefs) {
      const uri = h === undefined ? undefined : this.byHref.get(hrefKey(h));
      if (uri !== undefined) return uri;
    }
    return undefined;
  }

  /**
   * A contact joined one of our subscriptions (`contact added in subscribedContacts`): someone tagged whose hrefs the
   * model did not know (not in the list, not searched for since the start) is read once to learn who it is.
   */
  async onSubscribedContact(contactHref: string): Promise<void> {
    if (!this.running || this.uriOf(contactHref) !== undefined || this.deps.knownHref(contactHref)) return;
    if ([...this.tagged.keys()].every((u) => this.hasHrefs(u))) return;
    const [r] = await this.deps.port().fetchMany([contactHref]);
    const uri = r?.ok ? stringProp(r.resource, 'uri') : undefined;
    if (uri === undefined || !this.tagged.has(normalise(uri))) return;
    this.byHref.set(hrefKey(contactHref), normalise(uri));
    const presence = r?.ok ? link(r.resource, 'contactPresence') : undefined;
    if (r?.ok && presence !== undefined) this.byHref.set(hrefKey(presence.href), normalise(uri));
  }

  /** Someone's presence as the server says it now (from an event or a fetch). */
  observe(uri: string, availability: unknown, activity?: string): void {
    const u = normalise(uri);
    const person = this.tagged.get(u);
    if (person === undefined) return;
    const to = asAvailability(availability);
    const from = person.availability;
    if (from === to && person.activity === activity) return;
    person.availability = to;
    if (activity === undefined) delete person.activity;
    else person.activity = activity;
    // The first value after a start is where they are, not a change.
    const reason = from === undefined ? null : alertReason(from, to, this.options);
    if (reason !== null) {
      const name = this.deps.known(u)?.name ?? person.name;
      this.events.emit('statusAlert', {
        uri: u,
        name,
        from: from ?? 'Unknown',
        to,
        reason,
        at: this.deps.clock.now(),
      });
    }
    this.events.emit('tags', this.list());
  }

  private hasHrefs(uri: string): boolean {
    return [...this.byHref.values()].includes(uri);
  }

  private learn(uri: string): void {
    const known = this.deps.known(uri);
    for (const h of [known?.href, known?.presenceHref]) if (h !== undefined) this.byHref.set(hrefKey(h), uri);
  }

  private save(): void {
    try {
      this.store.save([...this.tagged.keys()]);
    } catch (error) {
      this.deps.log.warn('tags could not be kept for the next start', { error: String(error) });
    }
  }

  private track<T>(work: Promise<T>): Promise<T> {
    this.pending = this.pending.then(() => work).catch(() => undefined);
    return work;
  }

  /** One request for all of `uris` (one part per 200). `replace`: these are all there are (start, renewal). */
  private async subscribe(uris: string[], replace: boolean): Promise<void> {
    if (uris.length > 0) {
      try {
        const outcome = await this.deps.port().subscribe({
          contactsAndGroups: false,
          presence: chunk(uris, URIS_PER_SUBSCRIPTION),
        });
        if (replace) {
          this.subscriptions.clear();
          this.covers.clear();
        }
        for (const p of outcome.presence) {
          if (p.ok && p.value !== undefined) this.subscriptions.set(hrefKey(p.value), p.value);
          else if (!p.ok) this.deps.log.warn('tag subscription failed', { error: String(p.error) });
        }
        if (outcome.presence.some((p) => p.ok)) for (const u of uris) this.covers.add(u);
      } catch (error) {
        this.deps.log.warn('tag subscription failed; tried again at the next renewal', {
          error: String(error),
        });
      }
    }
    this.schedule();
  }

  private schedule(): void {
    if (!this.running) return;
    if (this.timer !== undefined) this.deps.clock.clearTimeout(this.timer);
    this.timer = this.deps.clock.setTimeout(() => {
      this.timer = undefined;
      void this.track(this.renew());
    }, TAG_RENEW_MS);
  }

  /** Renew in one request: refresh the one subscription that covers exactly the tagged set, else make a new one. */
  private async renew(): Promise<void> {
    if (!this.running) return;
    const uris = [...this.tagged.keys()];
    const exact =
      this.subscriptions.size === 1 &&
      uris.length === this.covers.size &&
      uris.every((u) => this.covers.has(u));
    const [only] = [...this.subscriptions.values()];
    if (exact && only !== undefined && uris.length <= URIS_PER_SUBSCRIPTION) {
      try {
        await this.deps.port().refreshSubscription(only);
        this.schedule();
        return;
      } catch (error) {
        this.deps.log.info('tag subscription could not be refreshed; making a new one', {
          error: String(error),
        });
      }
    }
    await this.subscribe(uris, true);
  }
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function normalise(uri: string): string {
  const u = uri.trim().toLowerCase();
  return u.startsWith('sip:') ? u : `sip:${u}`;
}

/** What the model offers of tags and alerts (AppModel.alerts). */
export type StatusAlertsApi = Pick<
  StatusAlerts,
  'list' | 'tag' | 'untag' | 'isTagged' | 'setOptions' | 'alertOptions'
>;
