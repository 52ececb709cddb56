import { describe, expect, it } from 'vitest';
import type { ChangeEntry } from '../../../main/ipc/contract.js';
import { awayInterval, filterHistory } from '../../../renderer/src/lib/activity.js';
import { changedBetween } from '../../../renderer/src/lib/format.js';

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

describe('while you were away', () => {
  // Tue 1 Dec 2026 18:02 and Wed 2 Dec 08:15, local time.
  const since = new Date(2026, 11, 1, 18, 2).getTime();
  const until = new Date(2026, 11, 2, 8, 15).getTime();
  const away: ChangeEntry[] = [
    ...entries,
    { ...e('4', until, 'Priya', 'Colleagues', 'Workgroup', false), whileAway: { since, until } },
    { ...e('5', until, 'Noor', 'Unknown', 'Colleagues', false), kind: 'added', whileAway: { since, until } },
  ];

  it('shows only the changes found at start, and the interval they happened in', () => {
    const shown = filterHistory(away, { text: '', who: 'away', level: 'all' });
    expect(shown.map((x) => x.id).sort()).toEqual(['4', '5']);
    expect(awayInterval(shown)).toEqual({ since, until });
    expect(awayInterval(entries)).toBeNull();
  });

  it('says when, in words: "changed between Tue 18:02 and Wed 08:15"', () => {
    expect(changedBetween(since, until)).toBe('changed between Tue 18:02 and Wed 08:15');
    // Longer than a few days: with the dates.
    const weekBefore = new Date(2026, 10, 24, 9, 30).getTime();
    expect(changedBetween(weekBefore, until)).toBe('changed between Tue 24 Nov 09:30 and Wed 2 Dec 08:15');
  });
});
