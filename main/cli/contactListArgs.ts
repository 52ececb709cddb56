// Reading what the contact-list commands name: a group by id or by name (ids first; names compare without case),
// and the lines they print, in the shapes the headless contract documents (DEVELOPERS.md "contacts and groups").
import type { GroupView, PersonView } from '../app/contactListViews.js';
import { m } from '../i18n/index.js';

export function findGroup(groups: GroupView[], wanted: string): GroupView {
  const byId = groups.find((g) => g.id === wanted);
  const byName = groups.find((g) => g.name.toLowerCase() === wanted.trim().toLowerCase());
  const g = byId ?? byName;
  if (g === undefined) throw new Error(m.cli_no_such_group({ group: wanted }));
  return g;
}

export const sipOf = (contact: string): string => (/^sip:/i.test(contact) ? contact : `sip:${contact}`);

export function personLine(p: PersonView): Record<string, unknown> {
  return {
    uri: p.uri,
    name: p.name,
    relationshipLevel: p.level ?? null,
    inContactList: p.inContactList,
    ...pick(p, ['title', 'department', 'emailAddresses']),
  };
}

export function groupLine(g: GroupView): Record<string, unknown> {
  return {
    type: 'group',
    id: g.id,
    name: g.name,
    kind: g.kind,
    editable: g.editable,
    ...pick(g, ['uri']),
    members: g.members.map((p) => ({ uri: p.uri, name: p.name, relationshipLevel: p.level ?? null })),
  };
}

function pick<T extends object>(value: T, keys: Array<keyof T>): Partial<T> {
  const out: Partial<T> = {};
  for (const k of keys) if (value[k] !== undefined) out[k] = value[k];
  return out;
}
