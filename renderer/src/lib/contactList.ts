// Search, level filter, sorting and grouping for the contact list: turns the contact set into the flat rows the
// virtual list renders (a header row per group, then that group's contacts).
// Two steps, so a keystroke stays cheap at 5,000 contacts: `sortContacts` (once per contact list: the collator
// sort; each contact's search text on first use) and `buildList` (per keystroke, filter or level change: one pass
// over that order, plus a sort only for "last change").
import { m } from '../../../i18n/paraglide/messages.js';
import type { ContactView, PrivacyLevel } from '../../../main/ipc/contract.js';
import { levelLabel, levelOrder } from './levels.js';
import { loc } from './locale.js';

export type LevelFilter = PrivacyLevel | 'all';
/** `level` groups by relationship (the Relationships view); `company` groups by company; the others are flat. */
export type SortKey = 'level' | 'name' | 'company' | 'lastChange';

export type ListRow =
  | { kind: 'header'; key: string; group: string; label: string; count: number; collapsed: boolean }
  | { kind: 'contact'; key: string; contact: ContactView; level: PrivacyLevel; group: string };

export interface ListQuery {
  text: string;
  level: LevelFilter;
  sort?: SortKey;
  /** Group keys whose contacts are hidden under their header. */
  collapsed?: ReadonlySet<string>;
  /** The level to show for a contact (a change not yet confirmed by the server). */
  levelOf?: (contact: ContactView) => PrivacyLevel;
  /** When each contact's level last changed (epoch ms), for sort "lastChange". */
  lastChange?: ReadonlyMap<string, number>;
}

export interface ContactGroup {
  key: string;
  label: string;
  count: number;
  /** The index of the group's header row. */
  index: number;
  /** Everyone in the group that matches, shown or collapsed. */
  uris: string[];
}

export interface ContactListModel {
  rows: ListRow[];
  /** The groups in order, with the index of their header row: what "Jump to" lists. */
  groups: ContactGroup[];
  /** For each row, the index of its group's header row (-1 in a flat list): the header pinned above it. */
  headerOf: Int32Array;
  /** The contacts that match, in order, including those in collapsed groups. */
  matched: ContactView[];
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

// The searchable text of each contact, by address: kept while the fields it is made of stay the same, so a fresh
// copy of the same contact (a new list from main after a reconnect, a level or presence change) is not folded
// again. Replaced by `sortedKeys` with only the contacts of the current list, so it never holds people removed.
interface Haystack {
  name: string;
  title: string | undefined;
  company: string | undefined;
  department: string | undefined;
  emails: readonly string[];
  text: string;
}
let haystacks = new Map<string, Haystack>();

export function fold(text: string): string {
  // Most names and addresses are plain ASCII: nothing to decompose (5,000 of them on every new contact list).
  if (/^[\x20-\x7e\n]*$/.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

function sameEmails(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function haystackOf(contact: ContactView, known: Haystack | undefined): Haystack {
  if (
    known !== undefined &&
    known.name === contact.name &&
    known.title === contact.title &&
    known.company === contact.company &&
    known.department === contact.department &&
    sameEmails(known.emails, contact.emailAddresses)
  )
    return known;
  return {
    name: contact.name,
    title: contact.title,
    company: contact.company,
    department: contact.department,
    emails: contact.emailAddresses,
    text: fold(
      [
        contact.name,
        contact.title ?? '',
        contact.company ?? '',
        contact.department ?? '',
        ...contact.emailAddresses,
        contact.uri,
      ].join('\n'),
    ),
  };
}

function haystack(contact: ContactView): string {
  return haystackOf(contact, haystacks.get(contact.uri)).text;
}

/** The search text of each contact in `contacts`, reusing what is known; the cache then holds exactly these. */
function sortedKeys(contacts: readonly ContactView[]): string[] {
  const next = new Map<string, Haystack>();
  const keys = new Array<string>(contacts.length);
  for (let i = 0; i < contacts.length; i++) {
    const contact = contacts[i] as ContactView;
    const h = haystackOf(contact, haystacks.get(contact.uri));
    next.set(contact.uri, h);
    keys[i] = h.text;
  }
  haystacks = next;
  return keys;
}

function queryWords(text: string): string[] {
  return fold(text).split(/\s+/).filter(Boolean);
}

/** Every word of the query must appear in the name, title, an e-mail address, the company or the department. */
export function matches(contact: ContactView, text: string): boolean {
  const words = queryWords(text);
  return words.length === 0 || words.every((w) => haystack(contact).includes(w));
}

export function displayName(contact: { name: string; uri: string }): string {
  return contact.name.trim() || contact.uri.replace(/^sip:/i, '');
}

/** Every contact in list order (by name, then address) with its search text: what `buildList` filters. */
export interface SortedContacts {
  readonly contacts: readonly ContactView[];
  /**
   * `keys[i]` is the folded search text of `contacts[i]`: worked out on first read (the first search, or an idle
   * moment after the list is shown, see `prepare`), not with the order, so showing a new list does not wait for it.
   */
  readonly keys: readonly string[];
  /** Work out `keys` now if not yet done (the contacts store calls it when the window is idle). */
  prepare(): void;
}

class Sorted implements SortedContacts {
  #keys: string[] | null = null;
  /** The list row last made for each contact (`contactRow`), by position. */
  readonly rows: Array<Extract<ListRow, { kind: 'contact' }> | undefined>;
  constructor(
    readonly contacts: readonly ContactView[],
    rows?: Array<Extract<ListRow, { kind: 'contact' }> | undefined>,
  ) {
    this.rows = rows ?? new Array<undefined>(contacts.length);
  }
  get keys(): readonly string[] {
    return (this.#keys ??= sortedKeys(this.contacts));
  }
  prepare(): void {
    void this.keys;
  }
}

/** The expensive part, once per contact list (not per keystroke): sort by name. */
export function sortContacts(contacts: Iterable<ContactView>): SortedContacts {
  const entries = Array.from(contacts, (contact) => ({ contact, name: displayName(contact) }));
  entries.sort((a, b) => collator.compare(a.name, b.name) || collator.compare(a.contact.uri, b.contact.uri));
  return new Sorted(entries.map((e) => e.contact));
}

/**
 * `sortContacts`, reusing the last order when only levels or presence changed (same people, same names): a
 * push of one changed contact, or 500 during a bulk change, then costs a pass over the map, not a collator sort.
 */
export function resortContacts(
  previous: SortedContacts | null,
  contacts: ReadonlyMap<string, ContactView>,
): SortedContacts {
  if (previous === null || previous.contacts.length !== contacts.size) return sortContacts(contacts.values());
  const next: ContactView[] = new Array(previous.contacts.length);
  for (let i = 0; i < previous.contacts.length; i++) {
    const old = previous.contacts[i] as ContactView;
    const now = contacts.get(old.uri);
    if (
      now === undefined ||
      (now !== old && now.name !== old.name && displayName(now) !== displayName(old))
    ) {
      return sortContacts(contacts.values());
    }
    next[i] = now;
  }
  // Same order: the rows made for the contacts that did not change stay usable (a row checks its contact).
  return new Sorted(next, previous instanceof Sorted ? [...previous.rows] : undefined);
}

const NO_COMPANY = '\u0000none';

const LEVEL_KEYS = new Map<PrivacyLevel, string>(levelOrder.map((l) => [l, `level:${l}`]));

function groupOf(sort: SortKey, contact: ContactView, level: PrivacyLevel): string {
  if (sort === 'level') return LEVEL_KEYS.get(level) ?? `level:${level}`;
  if (sort === 'company') return contact.company?.trim() ? `company:${contact.company.trim()}` : NO_COMPANY;
  return '';
}

function groupLabel(key: string): string {
  if (key.startsWith('level:')) return levelLabel(key.slice(6) as PrivacyLevel);
  if (key === NO_COMPANY) return m.contacts_no_company({}, loc());
  return key.slice(8);
}

/** Group order: levels closest first; companies A–Z with "No company" last. */
function orderGroups(sort: SortKey, keys: Iterable<string>): string[] {
  if (sort === 'level') {
    const present = new Set(keys);
    return levelOrder.map((l) => `level:${l}`).filter((k) => present.has(k));
  }
  return [...keys].sort((a, b) =>
    a === NO_COMPANY ? 1 : b === NO_COMPANY ? -1 : collator.compare(a.slice(8), b.slice(8)),
  );
}

function containsAll(text: string, words: readonly string[]): boolean {
  for (const w of words) if (!text.includes(w)) return false;
  return true;
}

/** The rows for a query. Sorting the whole list by name first keeps every group sorted whatever level each
 * contact shows (including one not yet confirmed), so groups are not sorted here. */
export function buildList(sorted: SortedContacts, query: ListQuery): ContactListModel {
  const levelOf = query.levelOf;
  const sort = query.sort ?? 'level';
  const collapsed = query.collapsed ?? NONE_COLLAPSED;
  const words = queryWords(query.text);
  const { contacts } = sorted;
  const keys = words.length > 0 ? sorted.keys : [];
  // Positions in `contacts` of those that match, and the level each shows.
  const hits: number[] = [];
  const levels: PrivacyLevel[] = [];
  for (let i = 0; i < contacts.length; i++) {
    const contact = contacts[i] as ContactView;
    const level = levelOf ? levelOf(contact) : contact.level;
    if (query.level !== 'all' && level !== query.level) continue;
    if (words.length > 0 && !containsAll(keys[i] ?? '', words)) continue;
    hits.push(i);
    levels.push(level);
  }
  if (sort === 'name' || sort === 'lastChange') return flatList(sorted, hits, levels, sort, query.lastChange);

  const groups = new Map<string, number[]>();
  for (let h = 0; h < hits.length; h++) {
    const contact = contacts[hits[h] as number] as ContactView;
    const g = groupOf(sort, contact, levels[h] ?? contact.level);
    let members = groups.get(g);
    if (!members) groups.set(g, (members = []));
    members.push(h);
  }
  const order = orderGroups(sort, groups.keys());
  let rowCount = order.length;
  for (const g of order) if (!collapsed.has(g)) rowCount += groups.get(g)?.length ?? 0;
  const rows: ListRow[] = new Array<ListRow>(rowCount);
  const headerOf = new Int32Array(rowCount);
  const groupList: ContactListModel['groups'] = [];
  const ordered: ContactView[] = new Array<ContactView>(hits.length);
  let r = 0;
  let m = 0;
  for (const g of order) {
    const members = groups.get(g) ?? [];
    const header = r;
    const isCollapsed = collapsed.has(g);
    const label = groupLabel(g);
    rows[r] = {
      kind: 'header',
      key: `h:${g}`,
      group: g,
      label,
      count: members.length,
      collapsed: isCollapsed,
    };
    headerOf[r++] = header;
    const uris = new Array<string>(members.length);
    for (let k = 0; k < members.length; k++) {
      const h = members[k] as number;
      const i = hits[h] as number;
      const contact = contacts[i] as ContactView;
      uris[k] = contact.uri;
      ordered[m++] = contact;
      if (isCollapsed) continue;
      rows[r] = contactRow(sorted, i, levels[h] ?? contact.level, g);
      headerOf[r++] = header;
    }
    groupList.push({ key: g, label, count: members.length, index: header, uris });
  }
  return { rows, groups: groupList, headerOf, matched: ordered };
}

const NONE_COLLAPSED: ReadonlySet<string> = new Set();

type ContactRowOf = Extract<ListRow, { kind: 'contact' }>;

/**
 * The row for `sorted.contacts[i]`: the one made for the last list when the contact, its level and its group are
 * the same, so a keystroke neither allocates 5,000 rows nor hands unchanged rows on screen a new object to redraw.
 */
function contactRow(sorted: SortedContacts, i: number, level: PrivacyLevel, group: string): ContactRowOf {
  const contact = sorted.contacts[i] as ContactView;
  const cache = sorted instanceof Sorted ? sorted.rows : undefined;
  const known = cache?.[i];
  if (known !== undefined && known.contact === contact && known.level === level && known.group === group)
    return known;
  const row: ContactRowOf = { kind: 'contact', key: contact.uri, contact, level, group };
  if (cache) cache[i] = row;
  return row;
}

function flatList(
  sorted: SortedContacts,
  hits: number[],
  levels: PrivacyLevel[],
  sort: SortKey,
  lastChange: ReadonlyMap<string, number> | undefined,
): ContactListModel {
  const { contacts } = sorted;
  const order = hits.map((_, h) => h);
  if (sort === 'lastChange' && lastChange) {
    // Most recent first; contacts with no known change keep name order after them (the sort is stable).
    const at = (h: number) => lastChange.get((contacts[hits[h] as number] as ContactView).uri) ?? -Infinity;
    order.sort((a, b) => at(b) - at(a));
  }
  const rows: ListRow[] = order.map((h) => {
    const i = hits[h] as number;
    const contact = contacts[i] as ContactView;
    return contactRow(sorted, i, levels[h] ?? contact.level, '');
  });
  return {
    rows,
    groups: [],
    headerOf: new Int32Array(rows.length).fill(-1),
    matched: order.map((h) => contacts[hits[h] as number] as ContactView),
  };
}

/** The test id part of a group key: the level for level groups ("Colleagues"), else the key. */
export function groupId(key: string): string {
  return key.replace(/^level:/, '');
}
