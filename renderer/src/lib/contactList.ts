// Search, level filter, sorting and grouping for the contact list: turns the contact set into the flat rows the
// virtual list renders (a header row per group, then that group's contacts).
// Two steps, so a keystroke stays cheap at 5,000 contacts: `sortContacts` (once per contact list: the collator
// sort and each contact's search text) and `buildList` (per keystroke, filter or level change: one pass over that
// order, plus a sort only for "last change").
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

// The searchable text of a contact, computed once per contact object (contacts are replaced, never mutated).
const haystacks = new WeakMap<ContactView, string>();

export function fold(text: string): string {
  // Most names and addresses are plain ASCII: nothing to decompose (5,000 of them on every new contact list).
  if (/^[\x20-\x7e\n]*$/.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

function haystack(contact: ContactView): string {
  let text = haystacks.get(contact);
  if (text === undefined) {
    text = fold(
      [
        contact.name,
        contact.title ?? '',
        contact.company ?? '',
        contact.department ?? '',
        ...contact.emailAddresses,
        contact.uri,
      ].join('\n'),
    );
    haystacks.set(contact, text);
  }
  return text;
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
  /** `keys[i]` is the folded search text of `contacts[i]`. */
  readonly keys: readonly string[];
}

/** The expensive part, once per contact list (not per keystroke): sort by name and fold each search text. */
export function sortContacts(contacts: Iterable<ContactView>): SortedContacts {
  const entries = Array.from(contacts, (contact) => ({ contact, name: displayName(contact) }));
  entries.sort((a, b) => collator.compare(a.name, b.name) || collator.compare(a.contact.uri, b.contact.uri));
  const sorted = entries.map((e) => e.contact);
  return { contacts: sorted, keys: sorted.map(haystack) };
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
    if (now === undefined || (now !== old && displayName(now) !== displayName(old))) {
      return sortContacts(contacts.values());
    }
    next[i] = now;
  }
  return { contacts: next, keys: next.map(haystack) };
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
  const levelOf = query.levelOf ?? ((c: ContactView) => c.level);
  const sort = query.sort ?? 'level';
  const collapsed = query.collapsed ?? new Set<string>();
  const words = queryWords(query.text);
  const matched: ContactView[] = [];
  const levels: PrivacyLevel[] = [];
  const { contacts, keys } = sorted;
  for (let i = 0; i < contacts.length; i++) {
    const contact = contacts[i];
    if (contact === undefined) continue;
    const level = levelOf(contact);
    if (query.level !== 'all' && level !== query.level) continue;
    if (words.length > 0 && !containsAll(keys[i] ?? '', words)) continue;
    matched.push(contact);
    levels.push(level);
  }
  if (sort === 'name' || sort === 'lastChange') return flatList(matched, levels, sort, query.lastChange);

  const groups = new Map<string, number[]>();
  for (let i = 0; i < matched.length; i++) {
    const contact = matched[i] as ContactView;
    const g = groupOf(sort, contact, levels[i] ?? contact.level);
    let members = groups.get(g);
    if (!members) groups.set(g, (members = []));
    members.push(i);
  }
  const rows: ListRow[] = [];
  const headerOf: number[] = [];
  const groupList: ContactListModel['groups'] = [];
  const ordered: ContactView[] = [];
  for (const g of orderGroups(sort, groups.keys())) {
    const members = groups.get(g) ?? [];
    const header = rows.length;
    const isCollapsed = collapsed.has(g);
    const label = groupLabel(g);
    rows.push({
      kind: 'header',
      key: `h:${g}`,
      group: g,
      label,
      count: members.length,
      collapsed: isCollapsed,
    });
    headerOf.push(header);
    groupList.push({
      key: g,
      label,
      count: members.length,
      index: header,
      uris: members.map((i) => (matched[i] as ContactView).uri),
    });
    for (const i of members) {
      const contact = matched[i] as ContactView;
      ordered.push(contact);
      if (isCollapsed) continue;
      rows.push({ kind: 'contact', key: contact.uri, contact, level: levels[i] ?? contact.level, group: g });
      headerOf.push(header);
    }
  }
  return { rows, groups: groupList, headerOf: Int32Array.from(headerOf), matched: ordered };
}

function flatList(
  matched: ContactView[],
  levels: PrivacyLevel[],
  sort: SortKey,
  lastChange: ReadonlyMap<string, number> | undefined,
): ContactListModel {
  const order = matched.map((_, i) => i);
  if (sort === 'lastChange' && lastChange) {
    // Most recent first; contacts with no known change keep name order after them (the sort is stable).
    const at = (i: number) => lastChange.get((matched[i] as ContactView).uri) ?? -Infinity;
    order.sort((a, b) => at(b) - at(a));
  }
  const rows: ListRow[] = order.map((i) => {
    const contact = matched[i] as ContactView;
    return { kind: 'contact', key: contact.uri, contact, level: levels[i] ?? contact.level, group: '' };
  });
  return {
    rows,
    groups: [],
    headerOf: new Int32Array(rows.length).fill(-1),
    matched: order.map((i) => matched[i] as ContactView),
  };
}

/** The test id part of a group key: the level for level groups ("Colleagues"), else the key. */
export function groupId(key: string): string {
  return key.replace(/^level:/, '');
}
