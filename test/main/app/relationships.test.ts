// The relationship diff: exactly one report per real change, never for the first snapshot, never twice, and our own
// changes reported as ours even when the server's echo beats the PUT's answer.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PrivacyLevel } from '../../../main/ipc/contract.js';
import type { ContactRecord, FetchResult } from '../../../main/app/port.js';
import { RelationshipTracker } from '../../../main/app/relationships.js';
import type { RelationshipChange } from '../../../main/app/relationships.js';
import { realClock } from '../../../main/ucwa/clock.js';
import { emptyResource } from '../../../main/ucwa/representation/model.js';

const A = 'sip:a@contoso.com';
const B = 'sip:b@contoso.com';

function contact(uri: string, level: PrivacyLevel): ContactRecord {
  const id = uri.slice(4);
  return {
    uri,
    name: id,
    emailAddresses: [],
    href: `/ucwa/oauth/v1/applications/1/people/${id}`,
    relationshipHref: `/ucwa/oauth/v1/applications/1/people/${id}/privacyRelationship`,
    canSetLevel: true,
    canResetLevel: true,
    level,
  };
}
const relHref = (uri: string) => contact(uri, 'Unknown').relationshipHref ?? '';

function setup() {
  const server = new Map<string, PrivacyLevel>([
    [A, 'Colleagues'],
    [B, 'External'],
  ]);
  const changes: RelationshipChange[] = [];
  const fetched: string[][] = [];
  let gate: Promise<void> | undefined;
  const fetchMany = vi.fn(async (hrefs: string[]): Promise<FetchResult[]> => {
    fetched.push(hrefs);
    const levels = hrefs.map((h) => server.get(`sip:${h.split('/people/')[1]?.split('/')[0] ?? ''}`));
    if (gate !== undefined) await gate;
    return levels.map((level) => {
      const r = emptyResource('contactPrivacyRelationship');
      r.properties.relationshipLevel = level;
      return { ok: true, resource: r };
    });
  });
  const tracker = new RelationshipTracker({
    fetchMany,
    clock: realClock,
    onChange: (c) => changes.push(c),
    onUnknownContact: vi.fn(),
  });
  tracker.applySnapshot([contact(A, 'Colleagues'), contact(B, 'External')], tracker.stamp(), false);
  return {
    server,
    changes,
    fetched,
    tracker,
    setGate: (p: Promise<void> | undefined) => (gate = p),
    brief: () => changes.map((c) => `${c.uri.slice(4, 5)} ${c.from}→${c.to}${c.ours ? ' ours' : ''}`),
  };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('relationship diff', () => {
  it('the first snapshot reports nothing; a real change is reported once', async () => {
    const t = setup();
    expect(t.changes).toEqual([]);
    t.server.set(A, 'Blocked');
    t.tracker.onUpdated(relHref(A));
    await vi.runAllTimersAsync();
    await t.tracker.idle();
    expect(t.brief()).toEqual(['a Colleagues→Blocked']);
  });

  it('a burst and repeated events coalesce into one fetch and one report per contact', async () => {
    const t = setup();
    t.server.set(A, 'Workgroup');
    t.server.set(B, 'Blocked');
    for (let i = 0; i < 5; i++) {
      t.tracker.onUpdated(relHref(A));
      t.tracker.onUpdated(`http://127.0.0.1:1${relHref(B)}`); // absolute form of the same href
    }
    await vi.runAllTimersAsync();
    await t.tracker.idle();
    expect(t.fetched).toHaveLength(1);
    expect(t.brief()).toEqual(['a Colleagues→Workgroup', 'b External→Blocked']);
    t.tracker.onUpdated(relHref(A)); // the same event again (duplicate delivery)
    await vi.runAllTimersAsync();
    await t.tracker.idle();
    expect(t.brief()).toHaveLength(2);
  });

  it('levels read elsewhere only say what to fetch again: the fetch decides, and a stale read changes nothing', async () => {
    const t = setup();
    // Read after subscribing: A moved meanwhile; B's read is stale (the server already moved it back).
    t.server.set(A, 'Blocked');
    const n = t.tracker.recheck(
      new Map<string, PrivacyLevel>([
        [A, 'Blocked'],
        [B, 'Workgroup'],
        ['sip:unknown@contoso.com', 'Blocked'],
      ]),
    );
    expect(n).toBe(2);
    await vi.runAllTimersAsync();
    await t.tracker.idle();
    expect(t.fetched.flat().sort()).toEqual([relHref(A), relHref(B)].sort());
    expect(t.brief()).toEqual(['a Colleagues→Blocked']);
    // Equal to what is known: nothing to fetch.
    expect(t.tracker.recheck(new Map<string, PrivacyLevel>([[A, 'Blocked']]))).toBe(0);
  });

  it('an event whose level did not change reports nothing', async () => {
    const t = setup();
    t.tracker.onUpdated(relHref(B));
    await vi.runAllTimersAsync();
    await t.tracker.idle();
    expect(t.changes).toEqual([]);
  });

  it('a later snapshot (resync, new application) reports only real differences', async () => {
    const t = setup();
    t.tracker.applySnapshot(
      [contact(A, 'Colleagues'), contact(B, 'FriendsAndFamily')],
      t.tracker.stamp(),
      true,
    );
    t.tracker.applySnapshot(
      [contact(A, 'Colleagues'), contact(B, 'FriendsAndFamily')],
      t.tracker.stamp(),
      true,
    );
    expect(t.brief()).toEqual(['b External→FriendsAndFamily']);
  });

  it('our own change is reported once, as ours, when the PUT answers first', async () => {
    const t = setup();
    await t.tracker.ownChange(A, 'Workgroup', async () => {
      t.server.set(A, 'Workgroup');
    });
    t.tracker.onUpdated(relHref(A)); // the echo
    await vi.runAllTimersAsync();
    await t.tracker.idle();
    expect(t.brief()).toEqual(['a Colleagues→Workgroup ours']);
  });

  it('our own change is reported once, as ours, when the echo beats the PUT answer', async () => {
    const t = setup();
    let answerPut: () => void = () => {};
    const done = t.tracker.ownChange(A, 'Blocked', async () => {
      t.server.set(A, 'Blocked');
      t.tracker.onUpdated(relHref(A));
      await new Promise<void>((r) => (answerPut = r));
    });
    await vi.runAllTimersAsync();
    await t.tracker.idle();
    answerPut();
    await done;
    expect(t.brief()).toEqual(['a Colleagues→Blocked ours']);
  });

  it('a fetch that overlapped our PUT is not mistaken for someone changing it back', async () => {
    const t = setup();
    let open: () => void = () => {};
    t.setGate(new Promise<void>((r) => (open = r)));
    t.tracker.onUpdated(relHref(A)); // fetch starts, reads Colleagues, then hangs
    await vi.advanceTimersByTimeAsync(0);
    t.setGate(undefined);
    await t.tracker.ownChange(A, 'Workgroup', async () => {
      t.server.set(A, 'Workgroup');
    });
    open();
    await vi.runAllTimersAsync();
    await t.tracker.idle();
    expect(t.brief()).toEqual(['a Colleagues→Workgroup ours']);
  });

  it('a failed PUT reports nothing; a later change by someone else is not ours', async () => {
    const t = setup();
    await expect(
      t.tracker.ownChange(A, 'Blocked', async () => {
        throw new Error('500');
      }),
    ).rejects.toThrow('500');
    t.server.set(A, 'Blocked');
    t.tracker.onUpdated(relHref(A));
    await vi.runAllTimersAsync();
    await t.tracker.idle();
    expect(t.brief()).toEqual(['a Colleagues→Blocked']);
  });

  it('a reset is reported as ours with the level the server chose', async () => {
    const t = setup();
    t.server.set(B, 'Blocked');
    t.tracker.applySnapshot([contact(A, 'Colleagues'), contact(B, 'Blocked')], t.tracker.stamp(), true);
    const done = t.tracker.ownChange(B, 'any', async () => {
      t.server.set(B, 'External');
    });
    await vi.runAllTimersAsync();
    await done;
    expect(t.brief()).toEqual(['b External→Blocked', 'b Blocked→External ours']);
  });

  it('an event for a contact we do not know asks for a snapshot', () => {
    const t = setup();
    const unknown = vi.fn();
    const tracker = new RelationshipTracker({
      fetchMany: async () => [],
      clock: realClock,
      onChange: () => {},
      onUnknownContact: unknown,
    });
    tracker.onUpdated('/people/new@contoso.com/privacyRelationship', '/people/new@contoso.com');
    expect(unknown).toHaveBeenCalledTimes(1);
    expect(t.changes).toEqual([]);
  });
});
