// The renderer's shared reactive state: a projection of main's app model, fed by `window.ucwa` pushes and
// by a fresh load after each sign-in. Components read it and call its actions; nothing else calls main,
// except a few read-only calls (contact details) and links (bridge.ts).
import type {
  AppStateView,
  ChangeEntry,
  ContactView,
  InvitationView,
  IpcError,
  PrivacyLevel,
  PushPayloads,
  SettingsPatch,
  SettingsView,
  choosableLevels,
} from '../../../main/ipc/contract.js';
import { call } from './bridge.js';
import { displayName } from './contactList.js';
import { levelLabel } from './levels.js';

export type ViewName = 'contacts' | 'invitations' | 'activity' | 'settings';
export type ChoosableLevel = (typeof choosableLevels)[number];

/** What the privacy panel says after a change did not go as asked. */
export type PrivacyNotice =
  | { kind: 'error'; uri: string; message: string }
  | {
      kind: 'conflict';
      uri: string;
      name: string;
      /** The level someone else set meanwhile (now shown). */
      current: PrivacyLevel;
      /** What the user asked for. */
      wanted: ChoosableLevel | 'reset';
      wantedLevel: PrivacyLevel;
    };

type ContactsDelta = PushPayloads['contacts:changed'];

class Store {
  app = $state<AppStateView | null>(null);
  settings = $state<SettingsView | null>(null);
  /** Replaced (never mutated) on every change, so 5,000 contacts are not made deeply reactive. */
  contacts = $state.raw<ReadonlyMap<string, ContactView>>(new Map());
  history = $state.raw<readonly ChangeEntry[]>([]);
  invitations = $state.raw<readonly InvitationView[]>([]);
  view = $state<ViewName>('contacts');
  selectedUri = $state<string | null>(null);
  /** Levels shown before the server confirmed them, by contact uri. */
  optimistic = $state.raw<ReadonlyMap<string, PrivacyLevel>>(new Map());
  notice = $state<PrivacyNotice | null>(null);
  /** A load after sign-in failed: shown above the list. */
  loadError = $state<IpcError | null>(null);

  // Pushes that arrive while a full list is loading are replayed on top of it (they are idempotent).
  #loadingContacts = false;
  #buffered: ContactsDelta[] = [];
  #started = false;

  get session() {
    return this.app?.session ?? { kind: 'signedOut' as const };
  }

  /** Signed in (or briefly reconnecting): the main views are shown. */
  get signedIn(): boolean {
    const kind = this.session.kind;
    return kind === 'connected' || kind === 'reconnecting';
  }

  /** Why a session that was running ended (the server ended it, the token is gone...): the banner shows it. Main's
   * session service keeps it (failed attempts in between do not clear it); this is only its projection. */
  get lostSession(): string | null {
    const s = this.session;
    if (s.kind === 'replaced') return s.reason;
    return s.kind === 'signedOut' ? (s.lost?.reason ?? null) : null;
  }

  /** The lost session was the demo: "Sign in again" restarts it. */
  get lastSessionDemo(): boolean {
    const s = this.session;
    return (s.kind === 'signedOut' || s.kind === 'replaced') && s.lost?.demo === true;
  }

  /** A session ended (not a failed attempt): the banner says why and offers "Sign in again". */
  get signedOutBanner(): boolean {
    const kind = this.session.kind;
    return (
      this.lostSession !== null && this.lostSession !== '' && (kind === 'signedOut' || kind === 'replaced')
    );
  }

  get selected(): ContactView | null {
    return this.selectedUri ? (this.contacts.get(this.selectedUri) ?? null) : null;
  }

  /** The level to show for a contact: an optimistic change not yet confirmed by the server, else its level. */
  levelOf = (contact: ContactView): PrivacyLevel => this.levelLookup()(contact);

  /** `levelOf` for a pass over every contact: reads the optimistic map (a reactive read, tracked by whatever
   * runs it) once, not once per contact, which adds up at 5,000 contacts on every keystroke. */
  levelLookup(): (contact: ContactView) => PrivacyLevel {
    const pending = this.optimistic;
    return (contact) => pending.get(contact.uri) ?? contact.level;
  }

  async start(): Promise<void> {
    if (this.#started) return;
    this.#started = true;
    // Subscribe first: main queues pushes until app:ready, then flushes them in order.
    window.ucwa.on('state:changed', (s) => this.#applyState(s));
    window.ucwa.on('contacts:changed', (d) => this.#applyContacts(d));
    window.ucwa.on('history:added', (e) => this.#addHistory(e));
    window.ucwa.on('invitations:changed', (i) => this.#upsertInvitation(i));
    window.ucwa.on('app:navigate', (n) => {
      this.view = n.view;
      if (n.view === 'contacts' && n.uri) this.selectedUri = n.uri;
    });
    const [ready, settings] = await Promise.all([call('app:ready'), call('settings:get')]);
    if (settings.ok) this.settings = settings.value;
    if (ready.ok) this.#applyState(ready.value);
    else this.loadError = ready.error;
  }

  // -------------------------------------------------------------------------------------------------------
  // Session

  async signIn(form: {
    server: string;
    sipAddress: string;
    password: string;
    rememberPassword: boolean;
  }): Promise<IpcError | null> {
    const server = form.server.trim();
    const r = await call('session:sign-in', {
      ...(server ? { server } : {}),
      sipAddress: form.sipAddress.trim(),
      password: form.password,
      rememberPassword: form.rememberPassword,
    });
    if (!r.ok) return r.error;
    this.#applyState(r.value);
    return null;
  }

  async tryDemo(): Promise<IpcError | null> {
    const r = await call('session:try-demo');
    if (!r.ok) return r.error;
    this.#applyState(r.value);
    return null;
  }

  async signOut(): Promise<void> {
    const r = await call('session:sign-out');
    if (r.ok) this.#applyState(r.value);
  }

  // -------------------------------------------------------------------------------------------------------
  // Privacy: optimistic, rolled back with a message on error, a choice on a conflict (412).

  async setLevel(contact: ContactView, level: ChoosableLevel, expected: PrivacyLevel = contact.level) {
    await this.#change(contact, level, level, () =>
      call('privacy:set-level', { uri: contact.uri, level, expected }),
    );
  }

  async resetLevel(contact: ContactView) {
    await this.#change(contact, 'reset', contact.autoLevel, () =>
      call('privacy:reset', { uri: contact.uri }),
    );
  }

  /** After a conflict: keep what the other party set, or apply ours on top of it. */
  async resolveConflict(useMine: boolean) {
    const n = this.notice;
    if (n?.kind !== 'conflict') return;
    this.notice = null;
    const contact = this.contacts.get(n.uri);
    if (!useMine || !contact) return;
    if (n.wanted === 'reset') await this.resetLevel(contact);
    else await this.setLevel(contact, n.wanted, n.current);
  }

  dismissNotice() {
    this.notice = null;
  }

  async #change(
    contact: ContactView,
    wanted: ChoosableLevel | 'reset',
    shown: PrivacyLevel,
    send: () => Promise<
      | { ok: true; value: { level: PrivacyLevel } | { conflict: { current: PrivacyLevel } } }
      | { ok: false; error: IpcError }
    >,
  ) {
    const before = contact.level;
    const name = displayName(contact);
    this.notice = null;
    this.#setOptimistic(contact.uri, shown);
    const r = await send();
    this.#setOptimistic(contact.uri, null);
    if (!r.ok) {
      const now = this.contacts.get(contact.uri)?.level ?? before;
      this.notice = {
        kind: 'error',
        uri: contact.uri,
        message: `Could not change ${name} to ${levelLabel(shown)}: ${r.error.message} ${name} is still ${levelLabel(now)}.`,
      };
    } else if ('conflict' in r.value) {
      const { current } = r.value.conflict;
      this.#patchLevel(contact.uri, current);
      this.notice = { kind: 'conflict', uri: contact.uri, name, current, wanted, wantedLevel: shown };
    } else {
      this.#patchLevel(contact.uri, r.value.level);
    }
  }

  // Maps in $state.raw are replaced, never mutated: that is what makes the change visible (and cheap).
  #setOptimistic(uri: string, level: PrivacyLevel | null) {
    const others = [...this.optimistic].filter(([u]) => u !== uri);
    this.optimistic = new Map(level === null ? others : [...others, [uri, level]]);
  }

  #patchLevel(uri: string, level: PrivacyLevel) {
    const contact = this.contacts.get(uri);
    if (contact && contact.level !== level)
      this.#applyContacts({ reset: false, upserts: [{ ...contact, level }], removed: [] });
  }

  // -------------------------------------------------------------------------------------------------------
  // Activity, settings, notifications

  async markHistorySeen() {
    const r = await call('history:mark-seen');
    if (r.ok) this.#applyState(r.value);
  }

  async updateSettings(patch: SettingsPatch): Promise<IpcError | null> {
    const r = await call('settings:set', patch);
    if (!r.ok) return r.error;
    this.settings = r.value;
    return null;
  }

  async pause(span: '1h' | 'tomorrow' | 'resume'): Promise<IpcError | null> {
    const r = await call('notifications:pause', { for: span });
    if (!r.ok) return r.error;
    if (this.app) this.app = { ...this.app, pausedUntil: r.value.pausedUntil };
    if (this.settings) this.settings = { ...this.settings, pausedUntil: r.value.pausedUntil };
    return null;
  }

  // -------------------------------------------------------------------------------------------------------
  // Pushes

  #applyState(next: AppStateView) {
    const before = this.session.kind;
    this.app = next;
    const kind = next.session.kind;
    if (kind === 'connected') {
      if (before !== 'connected' && before !== 'reconnecting') void this.#loadAll();
    } else if (kind === 'signedOut' || kind === 'replaced') {
      // Nothing of the old session stays on screen once signed out.
      this.contacts = new Map();
      this.history = [];
      this.invitations = [];
      this.optimistic = new Map();
      this.notice = null;
      this.selectedUri = null;
    }
  }

  async #loadAll() {
    this.loadError = null;
    this.#loadingContacts = true;
    this.#buffered = [];
    const [contacts, history, invitations, settings] = await Promise.all([
      call('contacts:list'),
      call('history:list'),
      call('invitations:list'),
      call('settings:get'),
    ]);
    this.#loadingContacts = false;
    const buffered = this.#buffered;
    this.#buffered = [];
    if (contacts.ok) this.#applyContacts({ reset: true, upserts: contacts.value, removed: [] });
    else this.loadError = contacts.error;
    for (const delta of buffered) this.#applyContacts(delta);
    if (history.ok) for (const e of history.value) this.#addHistory(e);
    if (invitations.ok) for (const i of invitations.value) this.#upsertInvitation(i);
    if (settings.ok) this.settings = settings.value;
  }

  #applyContacts(delta: ContactsDelta) {
    // Applied at once (the list stays live) and replayed after a full list that is still on its way.
    if (this.#loadingContacts) this.#buffered.push(delta);
    const removed = new Set(delta.removed);
    const kept = delta.reset ? [] : [...this.contacts].filter(([uri]) => !removed.has(uri));
    // Later entries win: an upsert replaces the contact it updates.
    this.contacts = new Map([...kept, ...delta.upserts.map((c) => [c.uri, c] as const)]);
  }

  #addHistory(entry: ChangeEntry) {
    if (this.history.some((e) => e.id === entry.id)) return;
    this.history = [...this.history, entry];
  }

  #upsertInvitation(inv: InvitationView) {
    const i = this.invitations.findIndex((x) => x.id === inv.id);
    this.invitations = i < 0 ? [...this.invitations, inv] : this.invitations.with(i, inv);
  }
}

export const store = new Store();
