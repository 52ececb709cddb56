import { describe, expect, it } from 'vitest';
import type { AppStateView, ContactView } from '../../../main/ipc/contract.js';
import { createPushHub } from '../../../main/ipc/pushHub.js';
import { contact } from '../fakeAppModel.js';

const state = (contactCount: number): AppStateView => ({
  session: { kind: 'signedOut' },
  contactCount,
  pausedUntil: null,
  keyringAvailable: true,
  unseenChanges: 0,
  firstRun: false,
  desktop: { notifications: true, tray: true },
});

function collect() {
  const hub = createPushHub();
  const got: Array<[string, unknown]> = [];
  hub.onDeliver((channel, payload) => got.push([channel, payload]));
  return { hub, got };
}

describe('push hub', () => {
  it('holds pushes until the page is ready, then delivers them in order', () => {
    const { hub, got } = collect();
    hub.push('app:navigate', { view: 'activity' });
    hub.push('relationship:changed', {
      id: '1',
      at: 1,
      contact: { uri: 'sip:a@b.c', name: 'A' },
      from: 'External',
      to: 'Blocked',
      ours: false,
    });
    expect(got).toEqual([]);
    hub.markReady();
    expect(got.map(([c]) => c)).toEqual(['app:navigate', 'relationship:changed']);
    hub.push('app:navigate', { view: 'settings' });
    expect(got).toHaveLength(3);
  });

  it('keeps only the latest state while queued, placed after what came before it', () => {
    const { hub, got } = collect();
    hub.push('state:changed', state(1));
    hub.push('app:navigate', { view: 'activity' });
    hub.push('state:changed', state(2));
    hub.markReady();
    expect(got).toEqual([
      ['app:navigate', { view: 'activity' }],
      ['state:changed', state(2)],
    ]);
  });

  it('merges queued contact deltas: a reset absorbs later upserts and removals', () => {
    const { hub, got } = collect();
    const a = contact('sip:a@contoso.com', 'A');
    const b = contact('sip:b@contoso.com', 'B');
    const b2: ContactView = { ...b, level: 'Blocked' };
    hub.push('contacts:changed', { reset: true, upserts: [a, b], removed: [] });
    hub.push('contacts:changed', { reset: false, upserts: [b2], removed: ['sip:a@contoso.com'] });
    hub.markReady();
    expect(got).toEqual([['contacts:changed', { reset: true, upserts: [b2], removed: [] }]]);
  });

  it('merges deltas without a reset, keeping removals the page must hear about', () => {
    const { hub, got } = collect();
    const a = contact('sip:a@contoso.com', 'A');
    hub.push('contacts:changed', {
      reset: false,
      upserts: [],
      removed: ['sip:a@contoso.com', 'sip:z@contoso.com'],
    });
    hub.push('contacts:changed', { reset: false, upserts: [a], removed: [] });
    hub.markReady();
    expect(got).toEqual([
      ['contacts:changed', { reset: false, upserts: [a], removed: ['sip:z@contoso.com'] }],
    ]);
  });

  it('queues again after the page goes away', () => {
    const { hub, got } = collect();
    hub.markReady();
    hub.markNotReady();
    hub.push('app:navigate', { view: 'activity' });
    expect(got).toEqual([]);
    hub.markReady();
    expect(got).toHaveLength(1);
  });
});
