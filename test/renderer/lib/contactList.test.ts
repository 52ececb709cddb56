import { describe, expect, it } from 'vitest';
import type { ContactView, PrivacyLevel } from '../../../main/ipc/contract.js';
import { buildRows, displayName, matches, stepContact } from '../../../renderer/src/lib/contactList.js';

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
    const rows = buildRows(all, { text: '', level: 'all' });
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
    const rows = buildRows(all, { text: 'sales', level: 'Colleagues' });
    expect(rows.map((r) => r.key)).toEqual(['h:Colleagues', sam.uri]);
    expect(buildRows(all, { text: 'nobody here', level: 'all' })).toEqual([]);
  });

  it('places a contact where its optimistic level says, before the server confirms', () => {
    const rows = buildRows([alex], { text: '', level: 'all', levelOf: () => 'Blocked' });
    expect(rows[0]).toMatchObject({ kind: 'header', level: 'Blocked' });
  });

  it('handles 5,000 contacts', () => {
    const many = Array.from({ length: 5000 }, (_, i) =>
      contact(`Person ${i}`, (['Colleagues', 'External', 'Workgroup'] as const)[i % 3] ?? 'Colleagues'),
    );
    const rows = buildRows(many, { text: '', level: 'all' });
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

describe('keyboard stepping', () => {
  const rows = buildRows(all, { text: '', level: 'all' });
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
