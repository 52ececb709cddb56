import { describe, expect, it } from 'vitest';
import type { ContactView, PrivacyLevel } from '../../../main/ipc/contract.js';
import {
  buildRows,
  displayName,
  matches,
  sortContacts,
  stepContact,
} from '../../../renderer/src/lib/contactList.js';

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
  it('finds people by name, e-mail, company and department, ignoring case and accents', () => {
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
      '# Blocked Contacts (1)',
      'Mallory',
    ]);
  });

  it('filters by level and by text together, leaving out empty groups', () => {
    const rows = buildRows(sortContacts(all), { text: 'sales', level: 'Colleagues' });
    expect(rows.map((r) => r.key)).toEqual(['h:Colleagues', sam.uri]);
    expect(buildRows(sortContacts(all), { text: 'nobody here', level: 'all' })).toEqual([]);
  });

  it('places a contact where its optimistic level says, before the server confirms', () => {
    const rows = buildRows(sortContacts([alex]), { text: '', level: 'all', levelOf: () => 'Blocked' });
    expect(rows[0]).toMatchObject({ kind: 'header', level: 'Blocked' });
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
          expect(shown).toEqual(wanted.filter((c) => levelOf(c) === header.level).map((c) => c.uri));
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

describe('keyboard stepping', () => {
  const rows = buildRows(sortContacts(all), { text: '', level: 'all' });
  it('skips group headers in both directions and stops at the ends', () => {
    expect(stepContact(rows, -1, 1)).toBe(1);
    expect(stepContact(rows, 1, 1)).toBe(3);
    expect(stepContact(rows, 3, -1)).toBe(1);
    expect(stepContact(rows, 1, -1)).toBe(-1);
    expect(stepContact(rows, rows.length - 1, 1)).toBe(-1);
  });
});

describe('display name', () => {
  it('falls back to the address when the server sends no name', () => {
    expect(displayName({ name: '  ', uri: 'sip:ghost@contoso.com' })).toBe('ghost@contoso.com');
  });
});
