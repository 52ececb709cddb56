// The change history: bounded to the last 1,000, saved through the injected store once per burst.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChangeHistory, HISTORY_LIMIT } from '../../../main/app/history.js';
import type { ChangeEntry } from '../../../main/app/index.js';
import { realClock } from '../../../main/ucwa/clock.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const entry = (i: number): Omit<ChangeEntry, 'id'> => ({
  at: 1_700_000_000_000 + i,
  contact: { uri: `sip:c${i}@contoso.com`, name: `C ${i}` },
  from: 'Colleagues',
  to: 'Blocked',
  ours: i % 2 === 0,
});

describe('change history', () => {
  it('keeps the last 1,000 and saves a burst once', async () => {
    const saved: ChangeEntry[][] = [];
    const history = new ChangeHistory({ load: () => [], save: (e) => saved.push(e) }, realClock);
    for (let i = 0; i < HISTORY_LIMIT + 250; i++) history.add(entry(i));
    expect(history.list()).toHaveLength(1000);
    expect(history.list()[0]?.contact.uri).toBe('sip:c250@contoso.com');
    expect(new Set(history.list().map((e) => e.id)).size).toBe(1000);
    expect(saved).toHaveLength(0);
    await vi.runAllTimersAsync();
    expect(saved).toHaveLength(1);
    expect(saved[0]).toHaveLength(1000);
  });

  it('loads what was saved, and survives a store that throws', () => {
    const previous = [{ id: 'x', ...entry(1) }];
    expect(new ChangeHistory({ load: () => previous, save: () => {} }, realClock).list()).toEqual(previous);
    const broken = new ChangeHistory(
      {
        load: () => {
          throw new Error('corrupt');
        },
        save: () => {
          throw new Error('disk full');
        },
      },
      realClock,
    );
    broken.add(entry(2));
    expect(() => broken.flush()).not.toThrow();
    expect(broken.list()).toHaveLength(1);
  });
});
