// "While you were away": levels changed on the server while no client ran are reported once at the next start,
// against the simulator over real HTTP, with the state kept in a real file between the two runs.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppModel, memoryHistoryStore } from '../../../main/app/index.js';
import type { AppEvents, AppModel, PrivacyLevel } from '../../../main/app/index.js';
import { lastKnownFile } from '../../../main/app/lastKnownFile.js';
import { startSimulator } from '../../../main/sim/index.js';
import type { Simulator } from '../../../main/sim/index.js';
import { simAccount } from '../../support/signIn.js';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

const other = (level: PrivacyLevel): PrivacyLevel => (level === 'Workgroup' ? 'Colleagues' : 'Workgroup');

async function setUp(format: 'json' | 'xml') {
  const sim = await startSimulator({ seed: 21, contacts: 12 });
  const folder = mkdtempSync(join(tmpdir(), 'ucwa-away-'));
  cleanups.push(async () => {
    await sim.close();
    rmSync(folder, { recursive: true, force: true });
  });
  const path = join(folder, 'state.json');
  return { sim, path, format };
}

/** One run of the app: sign in with the kept state, collect what it reports, and sign out (as a quit would). */
async function run(
  s: { sim: Simulator; path: string; format: 'json' | 'xml' },
  during?: (m: AppModel) => Promise<void>,
) {
  const model = createAppModel({ historyStore: memoryHistoryStore(), endpointId: 'away', format: s.format });
  const changes: AppEvents['relationshipChanged'][] = [];
  const summaries: AppEvents['whileAway'][] = [];
  model.on('relationshipChanged', (c) => changes.push(c));
  model.on('whileAway', (a) => summaries.push(a));
  await model.signIn({ ...simAccount(s.sim), lastKnown: lastKnownFile(s.path) });
  await during?.(model);
  await model.settled();
  await model.signOut();
  return { changes, summaries, history: model.history() };
}

const inList = (sim: Simulator) => sim.control.contacts().filter((c) => c.inContactList);

describe.each(['json', 'xml'] as const)('while you were away (%s)', (format) => {
  it('reports each change made while no client ran exactly once, with the interval, and nothing on the next start', async () => {
    const s = await setUp(format);
    const first = await run(s);
    expect(first.changes).toEqual([]); // the first start has nothing to compare with

    const [a, b] = inList(s.sim);
    if (a === undefined || b === undefined) throw new Error('too few contacts');
    s.sim.control.setLevel(a.uri, other(a.level));
    s.sim.control.setLevel(b.uri, 'Blocked');
    s.sim.control.addContact({
      uri: 'sip:new.person@contoso.com',
      name: 'New Person',
      sourceNetwork: 'SameEnterprise',
      level: 'Colleagues',
    });

    const second = await run(s);
    const levelChanges = second.changes.filter((c) => c.kind === undefined);
    expect(levelChanges.map((c) => [c.contact.uri, c.from, c.to]).sort()).toEqual(
      [
        [a.uri, a.level, other(a.level)],
        [b.uri, b.level, 'Blocked'],
      ].sort(),
    );
    expect(second.changes.filter((c) => c.kind === 'added').map((c) => c.contact.name)).toEqual([
      'New Person',
    ]);
    for (const c of second.changes) {
      expect(c.ours).toBe(false);
      expect(c.whileAway?.since).toBeLessThanOrEqual(c.whileAway?.until ?? 0);
    }
    expect(second.summaries).toHaveLength(1);
    expect(second.summaries[0]?.changes).toHaveLength(3);
    expect(second.history).toHaveLength(3);

    const third = await run(s);
    expect(third.changes).toEqual([]);
    expect(third.summaries).toEqual([]);
  });

  it('does not report again what the user changed from this app before it stopped, and reports a removed contact as removed', async () => {
    const s = await setUp(format);
    const [a, b] = inList(s.sim);
    if (a === undefined || b === undefined) throw new Error('too few contacts');
    await run(s, async (model) => {
      await model.setLevel(a.uri, 'FriendsAndFamily');
    });
    s.sim.control.removeContact(b.uri);
    const next = await run(s);
    expect(next.changes.map((c) => [c.contact.uri, c.kind])).toEqual([[b.uri, 'removed']]);
  });
});

describe('while you were away: a damaged or foreign state file', () => {
  it.each([
    ['empty', ''],
    ['truncated', '{"version":1,"user":"sip:'],
    [
      'of another shape',
      '{"version":1,"user":"x","connectedAt":1,"contacts":{"sip:a@b.c":{"name":"A","level":"Boss"}}}',
    ],
    ['from a newer version', '{"version":2,"user":"x","connectedAt":1,"contacts":{}}'],
  ])(
    'an %s file means nothing to compare (said in the log), not a flood of false changes',
    async (_what, text) => {
      const s = await setUp('json');
      writeFileSync(s.path, text);
      const warnings: string[] = [];
      const model = createAppModel({
        historyStore: memoryHistoryStore(),
        endpointId: 'away',
        runtime: { log: { debug() {}, info() {}, error() {}, warn: (m) => warnings.push(m) } },
      });
      const changes: unknown[] = [];
      model.on('relationshipChanged', (c) => changes.push(c));
      await model.signIn({ ...simAccount(s.sim), lastKnown: lastKnownFile(s.path) });
      await model.settled();
      await model.signOut();
      expect(changes).toEqual([]);
      expect(warnings.filter((w) => w.includes('nothing to compare'))).toHaveLength(1);
      // And the file is good again for the next start.
      expect(lastKnownFile(s.path).load().state?.user).toBe(s.sim.user);
    },
  );

  it("another account's file is never compared", async () => {
    const s = await setUp('json');
    writeFileSync(
      s.path,
      JSON.stringify({ version: 1, user: 'sip:someone.else@contoso.com', connectedAt: 1, contacts: {} }),
    );
    const result = await run(s);
    expect(result.changes).toEqual([]);
  });
});
