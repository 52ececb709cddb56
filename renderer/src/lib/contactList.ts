// Search, level filter and grouping for the contact list: turns the contact set into the flat rows the
// virtual list renders (a header row per level, then that level's contacts sorted by name).
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

/** Every word of the query must appear in the name, an e-mail address, the company or the department. */
export function matches(contact: ContactView, text: string): boolean {
  const words = fold(text).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const hay = haystack(contact);
  return words.every((w) => hay.includes(w));
}

export function displayName(contact: { name: string; uri: string }): string {
  return contact.name.trim() || contact.uri.replace(/^sip:/i, '');
}

export function buildRows(contacts: Iterable<ContactView>, query: ListQuery): ListRow[] {
  const levelOf = query.levelOf ?? ((c: ContactView) => c.level);
  const groups = new Map<PrivacyLevel, ContactView[]>();
  for (const contact of contacts) {
    const level = levelOf(contact);
    if (query.level !== 'all' && level !== query.level) continue;
    if (!matches(contact, query.text)) continue;
    let group = groups.get(level);
    if (!group) groups.set(level, (group = []));
    group.push(contact);
  }
  const rows: ListRow[] = [];
  for (const level of levelOrder) {
    const group = groups.get(level);
    if (!group || group.length === 0) continue;
    group.sort((a, b) => collator.compare(displayName(a), displayName(b)) || collator.compare(a.uri, b.uri));
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
