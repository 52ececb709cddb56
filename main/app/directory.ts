// The contact directory of the app model: contact records from the last snapshot and their presence, each shown at the
// level the server has. Builds the plain views the UI gets and batches "what changed" pushes. A level the user chose
// and the server has not confirmed yet is the window's alone (renderer/src/lib/stores/levelChanges.svelte.ts).
import type { Availability, ContactView, PrivacyLevel } from '../ipc/contract.js';
import type { Clock } from '../ucwa/clock.js';
import { autoLevel } from '../ucwa/privacyLevels.js';
import type { ContactRecord } from './port.js';
import { hrefKey } from './relationships.js';

export interface ContactsChange {
  /** True: `upserts` is the whole list (after sign-in, resync, a new application); removals show as absent. */
  reset: boolean;
  upserts: ContactView[];
  removed: string[];
}

const AVAILABILITY: ReadonlySet<string> = new Set([
  'Online',
  'IdleOnline',
  'Busy',
  'IdleBusy',
  'DoNotDisturb',
  'BeRightBack',
  'Away',
  'Offline',
]);

export function asAvailability(value: unknown): Availability {
  return typeof value === 'string' && AVAILABILITY.has(value) ? (value as Availability) : 'Unknown';
}

export class Directory {
  private records = new Map<string, ContactRecord>();
  private byHref = new Map<string, string>();
  private presence = new Map<string, { availability: Availability; activity?: string }>();
  private dirty = new Set<string>();
  private timer: unknown;

  constructor(
    private readonly clock: Clock,
    private readonly levelOf: (uri: string) => PrivacyLevel | undefined,
    private readonly push: (change: ContactsChange) => void,
  ) {}

  get size(): number {
    return this.records.size;
  }

  /** Every contact record of the last snapshot. */
  all(): ContactRecord[] {
    return [...this.records.values()];
  }

  get(uri: string): ContactRecord | undefined {
    return this.records.get(uri);
  }

  /** The contact a contact href or sub-resource href (presence) belongs to. */
  uriOf(href: string): string | undefined {
    return this.byHref.get(hrefKey(href));
  }

  replaceAll(contacts: ContactRecord[]): void {
    const next = new Set(contacts.map((c) => c.uri));
    for (const uri of this.records.keys()) if (!next.has(uri)) this.presence.delete(uri);
    this.records.clear();
    this.byHref.clear();
    for (const c of contacts) {
      this.records.set(c.uri, c);
      this.byHref.set(hrefKey(c.href), c.uri);
      if (c.presenceHref !== undefined) this.byHref.set(hrefKey(c.presenceHref), c.uri);
    }
    // The whole list goes out at once (and replaces any smaller pending update).
    this.dirty.clear();
    this.push({ reset: true, upserts: this.views(), removed: [] });
  }

  setPresence(uri: string, availability: Availability, activity?: string): void {
    if (!this.records.has(uri)) return;
    const before = this.presence.get(uri);
    if (before?.availability === availability && before.activity === activity) return;
    this.presence.set(uri, activity === undefined ? { availability } : { availability, activity });
    this.changed(uri);
  }

  /** Something about this contact changed (its level): push it with the next batch. */
  changed(uri: string): void {
    this.dirty.add(uri);
    this.schedule();
  }

  clear(): void {
    this.records.clear();
    this.byHref.clear();
    this.presence.clear();
    this.dirty.clear();
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  view(uri: string): ContactView | undefined {
    const c = this.records.get(uri);
    if (c === undefined) return undefined;
    const p = this.presence.get(uri);
    const view: ContactView = {
      uri: c.uri,
      name: c.name,
      emailAddresses: c.emailAddresses,
      availability: p?.availability ?? 'Unknown',
      level: this.levelOf(uri) ?? c.level,
      autoLevel: autoLevel(c.sourceNetwork),
      canSetLevel: c.canSetLevel,
      canResetLevel: c.canResetLevel,
    };
    if (c.title !== undefined) view.title = c.title;
    if (c.company !== undefined) view.company = c.company;
    if (c.department !== undefined) view.department = c.department;
    if (c.sourceNetwork !== undefined) view.sourceNetwork = c.sourceNetwork;
    if (p?.activity !== undefined) view.activity = p.activity;
    return view;
  }

  views(): ContactView[] {
    const out: ContactView[] = [];
    for (const uri of this.records.keys()) {
      const v = this.view(uri);
      if (v !== undefined) out.push(v);
    }
    return out;
  }

  private schedule(): void {
    if (this.timer !== undefined) return;
    this.timer = this.clock.setTimeout(() => {
      this.timer = undefined;
      this.flush();
    }, 0);
  }

  private flush(): void {
    const upserts: ContactView[] = [];
    for (const uri of this.dirty) {
      const v = this.view(uri);
      if (v !== undefined) upserts.push(v);
    }
    this.dirty.clear();
    if (upserts.length > 0) this.push({ reset: false, upserts, removed: [] });
  }
}
