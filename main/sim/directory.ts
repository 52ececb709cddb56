// The server-side people data: everyone the server knows — the user's contacts (with privacy levels, presence,
// notes), the address book, and people met on the way (a caller who is not a contact) — keyed by lower-case SIP URI
// so every lookup, including href → contact (whose path segment is the URI without 'sip:'), is O(1) at 5,000
// contacts. Which groups a contact is in is the contact list's business (contactList.ts), which marks them listed.
import { autoLevel } from '../ucwa/privacyLevels.js';
import type { PrivacyLevel, SimContact, SourceNetwork } from './types.js';

export { generateContacts, prng } from './generate.js';

export function normaliseUri(uri: string): string {
  const u = uri.trim().toLowerCase();
  return u.startsWith('sip:') ? u : `sip:${u}`;
}

interface Entry {
  contact: SimContact;
  etag: number; // bumps on any contact data change
  relEtag: number; // bumps on a relationship level change
}

export type DirectoryChange =
  { kind: 'level'; contact: SimContact } | { kind: 'presence'; contact: SimContact };

export class Directory {
  private readonly entries = new Map<string, Entry>();
  private readonly listeners = new Set<(change: DirectoryChange) => void>();
  private seq = 1000;

  constructor(people: SimContact[]) {
    for (const c of people)
      this.entries.set(normaliseUri(c.uri), { contact: c, etag: this.next(), relEtag: this.next() });
  }

  private next(): number {
    return ++this.seq;
  }

  onChange(listener: (change: DirectoryChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(change: DirectoryChange): void {
    for (const l of this.listeners) l(change);
  }

  get(uri: string): SimContact | undefined {
    return this.entries.get(normaliseUri(uri))?.contact;
  }

  etag(uri: string): string {
    return String(this.entries.get(normaliseUri(uri))?.etag ?? 0);
  }

  relationshipEtag(uri: string): string {
    const e = this.entries.get(normaliseUri(uri));
    return String(e?.relEtag ?? 0);
  }

  /** Everyone the server knows, in insertion order. */
  people(): SimContact[] {
    return [...this.entries.values()].map((e) => e.contact);
  }

  /** Contacts in the user's contact list, in insertion order. */
  contacts(): SimContact[] {
    const out: SimContact[] = [];
    for (const e of this.entries.values()) if (e.contact.inContactList) out.push(e.contact);
    return out;
  }

  /** A person for a URI, created on the fly if unknown (callers who are not contacts). */
  ensurePerson(uri: string, name?: string): SimContact {
    const known = this.get(uri);
    if (known) return known;
    const u = normaliseUri(uri);
    const local = u.slice(4).split('@')[0] ?? u;
    const domain = u.split('@')[1] ?? '';
    const sourceNetwork: SourceNetwork = domain === 'contoso.com' ? 'SameEnterprise' : 'Federated';
    const c: SimContact = {
      uri: u,
      name:
        name ??
        local
          .split('.')
          .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
          .join(' '),
      emailAddresses: [u.slice(4)],
      sourceNetwork,
      type: 'User',
      level: autoLevel(sourceNetwork),
      availability: 'Online',
      modalities: ['Messaging', 'Audio'],
      group: 'default',
      inContactList: false,
    };
    this.entries.set(u, { contact: c, etag: this.next(), relEtag: this.next() });
    return c;
  }

  setLevel(uri: string, level: PrivacyLevel): SimContact {
    const e = this.entries.get(normaliseUri(uri));
    if (!e) throw new Error(`unknown contact ${uri}`);
    e.contact.level = level;
    e.relEtag = this.next();
    this.emit({ kind: 'level', contact: e.contact });
    return e.contact;
  }

  resetLevel(uri: string): SimContact {
    const c = this.get(uri);
    if (!c) throw new Error(`unknown contact ${uri}`);
    return this.setLevel(uri, autoLevel(c.sourceNetwork));
  }

  setPresence(uri: string, availability: string, activity?: string): SimContact {
    const e = this.entries.get(normaliseUri(uri));
    if (!e) throw new Error(`unknown contact ${uri}`);
    e.contact.availability = availability;
    if (activity === undefined) delete e.contact.activity;
    else e.contact.activity = activity;
    e.etag = this.next();
    this.emit({ kind: 'presence', contact: e.contact });
    return e.contact;
  }

  /** Creates or updates a person (not their place in the contact list: see contactList.ts). */
  upsert(partial: Partial<SimContact> & { uri: string; name: string }): SimContact {
    const u = normaliseUri(partial.uri);
    const existing = this.entries.get(u);
    const sourceNetwork =
      partial.sourceNetwork ?? (u.endsWith('@contoso.com') ? 'SameEnterprise' : 'Federated');
    const c: SimContact = {
      emailAddresses: [u.slice(4)],
      type: 'User',
      availability: 'Online',
      modalities: ['Messaging', 'Audio'],
      group: sourceNetwork === 'SameEnterprise' ? 'dept-0' : 'default',
      ...existing?.contact,
      ...partial,
      sourceNetwork,
      level: partial.level ?? existing?.contact.level ?? autoLevel(sourceNetwork),
      uri: u,
      inContactList: existing?.contact.inContactList ?? false,
    };
    this.entries.set(u, { contact: c, etag: this.next(), relEtag: existing?.relEtag ?? this.next() });
    return c;
  }

  /** Marks a person in (or out of) the contact list; the contact list decides. */
  setListed(uri: string, listed: boolean): void {
    const e = this.entries.get(normaliseUri(uri));
    if (!e) throw new Error(`unknown person ${uri}`);
    e.contact.inContactList = listed;
  }
}
