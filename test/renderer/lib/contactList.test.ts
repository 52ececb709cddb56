import { describe, expect, it } from 'vitest';
import type { ContactView, PrivacyLevel } from '../../../main/ipc/contract.js';
import {
  buildList,
  displayName,
  matches,
  resortContacts,
  sortContacts,
  type ListQuery,
  type SortedContacts,
} from '../../../renderer/src/lib/contactList.js';

const buildRows = (sorted: SortedContacts, query: ListQuery) => buildList(sorted, query).rows;

function contact(name: string, level: PrivacyLevel, extra: Partial<ContactView> = {}): ContactView {
  const id = name.toLowerCase().replace(/\W+/g, '.') || 'nobody';
  return {
    uri: `sip:${id}@contoso.com`,
    name,
    emailAddresses: [`${id}@contoso.com`],
    availability: 'Online',
    level,
    autoLevel: 'Colleagues',
    canSetLevel: true,
    canResetLevel: true,
    ...extra,
  };
}

const alex = contact('Alex Doe', 'Colleagues', { company: 'Contoso', department: 'Finance' });
const zoe = contact('Zoë Adams', 'Workgroup', { company: 'Fabrikam', department: 'Research' });
const sam = contact('sam lee', 'Colleagues', { department: 'Sales' });
const blocked = contact('Mallory', 'Blocked');
const all = [alex, zoe, sam, blocked];

describe('contact search', () => {
  it('finds people by name, title, e-mail, company and department, ignoring case and accents', () => {
    expect(
      matches(contact('Priya Nilsson', 'Colleagues', { title: 'Head of Procurement' }), 'procurement'),
    ).toBe(true);
    expect(matches(zoe, 'zoe')).toBe(true);
    expect(matches(alex, 'alex.doe@contoso')).toBe(true);
    expect(matches(zoe, 'FABRIKAM')).toBe(true);
    expect(matches(alex, 'finance')).toBe(true);
    expect(matches(alex, 'research')).toBe(false);
  });

  it('needs every word to match somewhere', () => {
    expect(matches(alex, 'alex finance')).toBe(true);
    expect(matches(alex, 'alex research')).toBe(false);
  });

  it('matches everyone when the query is blank', () => {
    expect(all.every((c) => matches(c, '   '))).toBe(true);
  });
});

describe('grouped rows', () => {
  it('groups by level, closest first, each group sorted by name with a header and count', () => {
    const rows = buildRows(sortContacts(all), { text: '', level: 'all' });
    expect(rows.map((r) => (r.kind === 'header' ? `# ${r.label} (${r.count})` : r.contact.name))).toEqual([
      '# Workgroup (1)',
      'Zoë Adams',
      '# Colleagues (2)',
      'Alex Doe',
      'sam lee',
      '# Blocked (1)',
      'Mallory',
    ]);
  });

  it('filters by level and by text together, leaving out empty groups', () => {
    const rows = buildRows(sortContacts(all), { text: 'sales', level: 'Colleagues' });
    expect(rows.map((r) => r.key)).toEqual(['h:level:Colleagues', sam.uri]);
    expect(buildRows(sortContacts(all), { text: 'nobody here', level: 'all' })).toEqual([]);
  });

  it('places a contact where its optimistic level says, before the server confirms', () => {
    const rows = buildRows(sortContacts([alex]), { text: '', level: 'all', levelOf: () => 'Blocked' });
    expect(rows[0]).toMatchObject({ kind: 'header', group: 'level:Blocked' });
  });

  it('handles 5,000 contacts', () => {
    const many = Array.from({ length: 5000 }, (_, i) =>
      contact(`Person ${i}`, (['Colleagues', 'External', 'Workgroup'] as const)[i % 3] ?? 'Colleagues'),
    );
    const rows = buildRows(sortContacts(many), { text: '', level: 'all' });
    expect(rows.filter((r) => r.kind === 'contact')).toHaveLength(5000);
    expect(rows.filter((r) => r.kind === 'header')).toHaveLength(3);
    // numeric collation: "Person 2" before "Person 10"
    const workgroup = rows.filter((r) => r.kind === 'contact' && r.level === 'Workgroup');
    expect(workgroup.slice(0, 3).map((r) => (r.kind === 'contact' ? r.contact.name : ''))).toEqual([
      'Person 2',
      'Person 5',
      'Person 8',
    ]);
  });
});

describe('sorted once, filtered per keystroke', () => {
  // Names that sort differently by code unit, by case, by accent and by number; a duplicate name (ordered by
  // address) and a nameless contact (shown, and sorted, by its address).
  const names = [
    'Zoë Adams',
    'zoe adams',
    'Émile Roy',
    'emma stone',
    'Person 10',
    'Person 2',
    'Ann',
    'ann',
    '',
  ];
  const people = names.flatMap((name, i) =>
    (['Colleagues', 'Workgroup', 'External'] as const).map((level, j) =>
      contact(name, level, {
        uri: `sip:p${String(i)}-${String(j)}@contoso.com`,
        department: `Dept ${String(j)}`,
      }),
    ),
  );
  const sorted = sortContacts([...people].reverse());
  const queries = ['', 'a', 'ann', 'ZOE', 'emile', 'person', 'dept 1', 'contoso p1', 'nobody'];
  // An optimistic change moves a contact to another group without re-sorting: its group must stay in order.
  const moved = people[4];
  const levelOf = (c: ContactView): PrivacyLevel => (c === moved ? 'Blocked' : c.level);

  it('lists each group in the same order as the full sorted list, for every query and level', () => {
    for (const text of queries) {
      for (const level of ['all', 'Colleagues', 'Blocked'] as const) {
        const rows = buildRows(sorted, { text, level, levelOf });
        // The sorted list, filtered: what each group must show, in this order.
        const wanted = sorted.contacts.filter(
          (c) => (level === 'all' || levelOf(c) === level) && matches(c, text),
        );
        const groups = rows.filter((r) => r.kind === 'header');
        for (const header of groups) {
          const start = rows.indexOf(header) + 1;
          const next = rows.findIndex((r, i) => i >= start && r.kind === 'header');
          const shown = rows.slice(start, next < 0 ? undefined : next).map((r) => r.key);
          const level = header.kind === 'header' ? header.group.slice('level:'.length) : '';
          expect(shown).toEqual(wanted.filter((c) => levelOf(c) === level).map((c) => c.uri));
        }
        expect(groups.reduce((n, h) => n + (h.kind === 'header' ? h.count : 0), 0)).toBe(wanted.length);
      }
    }
  });

  it('sorts by name as people read it (case, accents, numbers), then by address', () => {
    const colleagues = sorted.contacts.filter((c) => c.level === 'Colleagues');
    expect(colleagues.map((c) => displayName(c))).toEqual([
      'Ann',
      'ann',
      'Émile Roy',
      'emma stone',
      'p8-0@contoso.com',
      'Person 2',
      'Person 10',
      'Zoë Adams',
      'zoe adams',
    ]);
  });
});

describe('sorting, grouping and collapsing', () => {
  const sorted = sortContacts(all);
  const names = (q: ListQuery) =>
    buildRows(sorted, q).map((r) => (r.kind === 'header' ? `# ${r.label}` : r.contact.name));

  it('groups by company A to Z, with people without one last', () => {
    expect(names({ text: '', level: 'all', sort: 'company' })).toEqual([
      '# Contoso',
      'Alex Doe',
      '# Fabrikam',
      'Zoë Adams',
      '# No company',
      'Mallory',
      'sam lee',
    ]);
  });

  it('lists everyone by name with no headers, each row keeping its level', () => {
    const rows = buildRows(sorted, { text: '', level: 'all', sort: 'name' });
    expect(rows.map((r) => (r.kind === 'contact' ? `${r.contact.name}: ${r.level}` : 'header'))).toEqual([
      'Alex Doe: Colleagues',
      'Mallory: Blocked',
      'sam lee: Colleagues',
      'Zoë Adams: Workgroup',
    ]);
  });

  it('puts the most recent change first, then everyone else by name', () => {
    const lastChange = new Map([
      [sam.uri, 2_000],
      [zoe.uri, 3_000],
    ]);
    expect(names({ text: '', level: 'all', sort: 'lastChange', lastChange })).toEqual([
      'Zoë Adams',
      'sam lee',
      'Alex Doe',
      'Mallory',
    ]);
  });

  it('keeps a collapsed group as its header and count, and still counts its people as matching', () => {
    const model = buildList(sorted, { text: '', level: 'all', collapsed: new Set(['level:Colleagues']) });
    expect(model.rows.map((r) => (r.kind === 'header' ? `# ${r.label} ${r.count}` : r.contact.name))).toEqual(
      ['# Workgroup 1', 'Zoë Adams', '# Colleagues 2', '# Blocked 1', 'Mallory'],
    );
    expect(model.matched).toHaveLength(4);
    expect(model.groups.find((g) => g.key === 'level:Colleagues')?.uris).toEqual([alex.uri, sam.uri]);
  });

  it('knows the header each row belongs to (the one pinned above it) and where each group starts', () => {
    const model = buildList(sorted, { text: '', level: 'all' });
    expect(Array.from(model.headerOf)).toEqual([0, 0, 2, 2, 2, 5, 5]);
    expect(model.groups.map((g) => [g.label, g.index])).toEqual([
      ['Workgroup', 0],
      ['Colleagues', 2],
      ['Blocked', 5],
    ]);
    expect(Array.from(buildList(sorted, { text: '', level: 'all', sort: 'name' }).headerOf)).toEqual([
      -1, -1, -1, -1,
    ]);
  });
});

describe('sorting again after a change', () => {
  it('keeps the order when only levels or presence changed, and sorts again when a name did', () => {
    const first = sortContacts(all);
    const moved = { ...alex, level: 'Blocked' as const, availability: 'Away' as const };
    const again = resortContacts(first, new Map(all.map((c) => [c.uri, c === alex ? moved : c])));
    expect(again.contacts).toContain(moved);
    expect(again.contacts.map((c) => c.uri)).toEqual(first.contacts.map((c) => c.uri));
    expect(again.keys).toEqual(first.keys);
    const renamed = { ...alex, name: 'Zyx Alex' };
    const resorted = resortContacts(first, new Map(all.map((c) => [c.uri, c === alex ? renamed : c])));
    expect(resorted.contacts.at(-1)).toBe(renamed);
    const fewer = resortContacts(first, new Map(all.slice(1).map((c) => [c.uri, c])));
    expect(fewer.contacts).toHaveLength(3);
  });
});

describe('search text kept across fresh copies', () => {
  it('finds a contact by a title it got since the last list, and no longer by the old one', () => {
    const before = contact('Priya Nilsson', 'Colleagues', { title: 'Buyer' });
    const first = sortContacts([before, alex]);
    expect(buildRows(first, { text: 'buyer', level: 'all' }).map((r) => r.key)).toContain(before.uri);
    const promoted = { ...before, title: 'Head of Procurement' };
    const again = resortContacts(first, new Map([promoted, alex].map((c) => [c.uri, c])));
    const found = (text: string) =>
      buildRows(again, { text, level: 'all' }).flatMap((r) => (r.kind === 'contact' ? [r.key] : []));
    expect(found('procurement')).toEqual([promoted.uri]);
    expect(found('buyer')).toEqual([]);
    // A fresh copy of the same contact (a new list from main) is found by the same words.
    const fresh = resortContacts(again, new Map([{ ...promoted }, { ...alex }].map((c) => [c.uri, c])));
    expect(buildRows(fresh, { text: 'finance', level: 'all' }).map((r) => r.key)).toContain(alex.uri);
  });

  it('shows a contact moved to another level in its new group, not in a row left from before', () => {
    const sorted = sortContacts(all);
    buildRows(sorted, { text: '', level: 'all' });
    const moved = { ...sam, level: 'Blocked' as const };
    const again = resortContacts(sorted, new Map(all.map((c) => [c.uri, c === sam ? moved : c])));
    const row = buildRows(again, { text: '', level: 'all' }).find((r) => r.key === sam.uri);
    expect(row).toMatchObject({ kind: 'contact', level: 'Blocked', group: 'level:Blocked', contact: moved });
  });
});

describe('display name', () => {
  it('falls back to the address when the server sends no name', () => {
    expect(displayName({ name: '  ', uri: 'sip:ghost@contoso.com' })).toBe('ghost@contoso.com');
  });
});
