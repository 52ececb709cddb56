import { describe, expect, it } from 'vitest';
import type { ChangeEntry } from '../../../main/ipc/contract.js';
import { filterHistory } from '../../../renderer/src/lib/activity.js';

const e = (
  id: string,
  at: number,
  name: string,
  from: ChangeEntry['from'],
  to: ChangeEntry['to'],
  ours: boolean,
) => ({
  id,
  at,
  contact: { uri: `sip:${name.toLowerCase()}@contoso.com`, name },
  from,
  to,
  ours,
});
const entries: ChangeEntry[] = [
  e('1', 1, 'Alex', 'Colleagues', 'Workgroup', true),
  e('2', 3, 'Sam', 'External', 'Blocked', false),
  e('3', 2, 'Alex', 'Workgroup', 'Colleagues', false),
];

describe('activity filter', () => {
  it('lists newest first', () => {
    expect(filterHistory(entries, { text: '', who: 'all', level: 'all' }).map((x) => x.id)).toEqual([
      '2',
      '3',
      '1',
    ]);
  });

  it('filters by who made the change', () => {
    expect(filterHistory(entries, { text: '', who: 'you', level: 'all' }).map((x) => x.id)).toEqual(['1']);
    expect(filterHistory(entries, { text: '', who: 'elsewhere', level: 'all' }).map((x) => x.id)).toEqual([
      '2',
      '3',
    ]);
  });

  it('filters by a level on either side of the change, and by contact', () => {
    expect(filterHistory(entries, { text: '', who: 'all', level: 'Workgroup' }).map((x) => x.id)).toEqual([
      '3',
      '1',
    ]);
    expect(filterHistory(entries, { text: 'sam', who: 'all', level: 'all' }).map((x) => x.id)).toEqual(['2']);
  });
});
