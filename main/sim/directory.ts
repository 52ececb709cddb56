// The server-side people data: the signed-in user's contacts (with privacy levels, presence, notes, groups) and
// other people the server knows (e.g. a caller who is not a contact). Keyed by lower-case SIP URI so every lookup —
// including href → contact, whose path segment is the URI without 'sip:' — is O(1) at 5,000 contacts.
import { autoLevel } from '../ucwa/privacyLevels.js';
import type { PrivacyLevel, SimContact, SourceNetwork } from './types.js';

export function normaliseUri(uri: string): string {
  const u = uri.trim().toLowerCase();
  return u.startsWith('sip:') ? u : `sip:${u}`;
}

/** mulberry32: small deterministic PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Group {
  id: string;
  name: string;
  kind: 'group' | 'defaultGroup' | 'pinnedGroup' | 'delegatorsGroup';
}

interface Entry {
  contact: SimContact;
  etag: number; // bumps on any contact data change
  relEtag: number; // bumps on a relationship level change
}

export type DirectoryChange =
  | { kind: 'level'; contact: SimContact }
  | { kind: 'presence'; contact: SimContact }
  | { kind: 'added'; contact: SimContact }
  | { kind: 'removed'; contact: SimContact };

const FIRST = [
  'Alex',
  'Sara',
  'Lene',
  'Tosh',
  'Maria',
  'Kenji',
  'Priya',
  'Omar',
  'Ingrid',
  'Lucas',
  'Amara',
  'Noah',
  'Chloé',
  'Dmitri',
  'Fatima',
  'Jonas',
  'Mei',
  'Rafael',
  'Aisha',
  'Henrik',
  'Grace',
  'Mateo',
  'Yuki',
  'Elena',
  'Samuel',
  'Zara',
  'Tomás',
  'Hannah',
  'Ravi',
  'Olga',
];
const LAST = [
  'Doe',
  'Davis',
  'Aaling',
  'Meston',
  'Garcia',
  'Tanaka',
  'Nair',
  'Haddad',
  'Larsen',
  'Moreau',
  'Okafor',
  'Fischer',
  'Dubois',
  'Petrov',
  'Rahman',
  'Berg',
  'Chen',
  'Silva',
  'Khan',
  'Nilsson',
  'Kim',
  'Rossi',
  'Sato',
  'Novak',
  'Adeyemi',
  'Ali',
  'Herrera',
  'Weber',
  'Patel',
  'Ivanova',
];
const DEPARTMENTS: Array<{ name: string; titles: string[] }> = [
  {
    name: 'Engineering',
    titles: ['Software Engineer', 'Senior Engineer', 'Engineering Manager', 'Architect'],
  },
  { name: 'Sales', titles: ['Account Executive', 'Sales Manager', 'Sales Engineer'] },
  { name: 'Marketing', titles: ['Marketing Specialist', 'Product Marketing Manager', 'Designer'] },
  { name: 'Finance', titles: ['Accountant', 'Financial Analyst', 'Controller'] },
  { name: 'Human Resources', titles: ['HR Business Partner', 'Recruiter'] },
  { name: 'Executive Office', titles: ['Executive Assistant', 'Chief of Staff'] },
];
const EXTERNAL = [
  { company: 'Fabrikam', domain: 'fabrikam.com', network: 'Federated' as const },
  { company: 'Northwind Traders', domain: 'northwindtraders.com', network: 'Federated' as const },
  { company: '', domain: 'outlook.com', network: 'PublicCloud' as const },
];
const AVAILABILITY = [
  'Online',
  'Online',
  'Online',
  'Busy',
  'Away',
  'BeRightBack',
  'DoNotDisturb',
  'Offline',
  'IdleOnline',
];
const NOTES = [
  'Heads down on the Q3 release',
  'Back Monday',
  'Ask me about the new pricing',
  'Working from Oslo this week',
];
const LOCATIONS = ['Building 4, Floor 2', 'Home office', 'Redmond', 'London office'];

function pick<T>(rnd: () => number, items: readonly T[]): T {
  return items[Math.floor(rnd() * items.length)] as T;
}

function phone(rnd: () => number): string {
  return `tel:+1425555${String(1000 + Math.floor(rnd() * 9000))}`;
}

/** Deterministic contact list: a believable 40 by default, or n generated ones (unique URIs). */
export function generateContacts(n: number, seed: number): SimContact[] {
  const rnd = prng(seed);
  const out: SimContact[] = [];
  const used = new Set<string>();
  for (let i = 0; i < n; i++) {
    const first = pick(rnd, FIRST);
    const last = pick(rnd, LAST);
    const external = rnd() < 0.2 ? pick(rnd, EXTERNAL) : undefined;
    const domain = external?.domain ?? 'contoso.com';
    let local = `${first}.${last}`
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z.]/g, '');
    if (used.has(`${local}@${domain}`)) local = `${local}${i}`;
    used.add(`${local}@${domain}`);
    const dept = pick(rnd, DEPARTMENTS);
    const sourceNetwork: SourceNetwork = external?.network ?? 'SameEnterprise';
    const r = rnd();
    const level: PrivacyLevel =
      r < 0.55
        ? autoLevel(sourceNetwork)
        : r < 0.75
          ? 'Workgroup'
          : r < 0.9
            ? 'FriendsAndFamily'
            : r < 0.95
              ? 'Blocked'
              : external
                ? 'Colleagues'
                : 'External';
    const availability = pick(rnd, AVAILABILITY);
    const c: SimContact = {
      uri: `sip:${local}@${domain}`,
      name: `${first} ${last}`,
      emailAddresses: [`${local}@${domain}`],
      sourceNetwork,
      type: 'User',
      level,
      availability,
      deviceType: 'PC',
      modalities: availability === 'Offline' ? ['Messaging'] : ['Messaging', 'Audio', 'Video', 'PhoneAudio'],
      group: external ? 'default' : `dept-${DEPARTMENTS.indexOf(dept)}`,
      inContactList: true,
    };
    if (!external || external.company) c.company = external?.company ?? 'Contoso';
    if (!external) {
      c.department = dept.name;
      c.title = pick(rnd, dept.titles);
      c.office = `${1 + Math.floor(rnd() * 40)}/${1000 + Math.floor(rnd() * 900)}`;
      c.workPhoneNumber = phone(rnd);
    }
    if (rnd() < 0.4) c.mobilePhoneNumber = phone(rnd);
    if (rnd() < 0.25) c.note = pick(rnd, NOTES);
    if (c.note) c.noteType = rnd() < 0.2 ? 'OutOfOffice' : 'Personal';
    if (rnd() < 0.3) c.location = pick(rnd, LOCATIONS);
    if (rnd() < 0.1) c.group = 'pinned';
    out.push(c);
  }
  return out;
}

export class Directory {
  private readonly entries = new Map<string, Entry>();
  private readonly listeners = new Set<(change: DirectoryChange) => void>();
  private seq = 1000;
  readonly groups: Group[];

  constructor(contacts: SimContact[]) {
    this.groups = [
      { id: 'pinned', name: 'Favorites', kind: 'pinnedGroup' },
      { id: 'default', name: 'Other Contacts', kind: 'defaultGroup' },
      ...DEPARTMENTS.map((d, i) => ({ id: `dept-${i}`, name: d.name, kind: 'group' as const })),
      { id: 'delegators', name: 'Delegators', kind: 'delegatorsGroup' },
    ];
    for (const c of contacts)
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

  add(partial: Partial<SimContact> & { uri: string; name: string }): SimContact {
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
      inContactList: true,
    };
    this.entries.set(u, { contact: c, etag: this.next(), relEtag: existing?.relEtag ?? this.next() });
    this.emit({ kind: 'added', contact: c });
    return c;
  }

  remove(uri: string): void {
    const e = this.entries.get(normaliseUri(uri));
    if (!e || !e.contact.inContactList) throw new Error(`unknown contact ${uri}`);
    e.contact.inContactList = false;
    this.emit({ kind: 'removed', contact: e.contact });
  }
}
