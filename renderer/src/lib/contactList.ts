// Search, level filter and grouping for the contact list: turns the contact set into the flat rows the
// virtual list renders (a header row per level, then that level's contacts sorted by name).
// Two steps, so a keystroke stays cheap at 5,000 contacts: `sortContacts` (once per contact list: the collator
// sort and each contact's search text) and `buildRows` (per keystroke or filter: one pass over that order,
// no sorting, no text folding per contact).
import type { ContactView, PrivacyLevel } from '../../../main/ipc/contract.js';
import { groupLabel, levelOrder } from './levels.js';

export type LevelFilter = PrivacyLevel | 'all';

export type ListRow =
  | { kind: 'header'; key: string; level: PrivacyLevel; label: string; count: number }
  | { kind: 'contact'; key: string; contact: ContactView; level: PrivacyLevel };

export interface ListQuery {
  text: string;
  level: LevelFilter;
  /** The level to show for a contact (an optimistic change not yet confirmed by the server). */
  levelOf?: (contact: ContactView) => PrivacyLevel;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

// The searchable text of a contact, computed once per contact object (contacts are replaced, never mutated).
const haystacks = new WeakMap<ContactView, string>();

export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

function haystack(contact: ContactView): string {
  let text = haystacks.get(contact);
  if (text === undefined) {
    text = fold(
      [
        contact.name,
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

/** Every word of the query must appear in the name, an e-mail address, the company or the department. */
export function matches(contact: ContactView, text: string): boolean {
  const words = queryWords(text);
  return words.length === 0 || words.every((w) => haystack(contact).includes(w));
}

export function displayName(contact: { name: string; uri: string }): string {
  return contact.name.trim() || contact.uri.replace(/^sip:/i, '');
}

/** Every contact in list order (by name, then address) with its search text: what `buildRows` filters. */
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

/** The rows for a query, in the sorted order: sorting the whole list by name first keeps every group sorted
 * whatever level each contact shows (including an optimistic one), so no group is sorted here. */
export function buildRows(sorted: SortedContacts, query: ListQuery): ListRow[] {
  const levelOf = query.levelOf ?? ((c: ContactView) => c.level);
  const words = queryWords(query.text);
  const groups = new Map<PrivacyLevel, ContactView[]>();
  const { contacts, keys } = sorted;
  for (let i = 0; i < contacts.length; i++) {
    const contact = contacts[i];
    if (contact === undefined) continue;
    const level = levelOf(contact);
    if (query.level !== 'all' && level !== query.level) continue;
    const key = keys[i] ?? '';
    if (!words.every((w) => key.includes(w))) continue;
    let group = groups.get(level);
    if (!group) groups.set(level, (group = []));
    group.push(contact);
  }
  const rows: ListRow[] = [];
  for (const level of levelOrder) {
    const group = groups.get(level);
    if (!group || group.length === 0) continue;
    rows.push({ kind: 'header', key: `h:${level}`, level, label: groupLabel(level), count: group.length });
    for (const contact of group) rows.push({ kind: 'contact', key: contact.uri, contact, level });
  }
  return rows;
}

/** Index of the next (delta 1) or previous (-1) contact row from `from`, skipping headers; -1 if none. */
export function stepContact(rows: readonly ListRow[], from: number, delta: 1 | -1): number {
  for (let i = from + delta; i >= 0 && i < rows.length; i += delta) {
    if (rows[i]?.kind === 'contact') return i;
  }
  return -1;
}
