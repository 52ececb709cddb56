// Soak: the app model against the simulator while faults are injected at random (dropped connections, 500s, token
// expiry, application loss, resync, resume, duplicated and merged events, a PUT applied whose answer is lost, 404
// for a few P-GETs in a row, nonsense answers) and levels change on the server (alone and in bursts) and from the
// app, groups are made, renamed and deleted and members come and go (from the app and from another client: see
// soakContactList.ts), people are tagged and untagged, and the app stops and starts again (a new model, as after a
// restart) with levels changed on the server while it was not running. At the end the app's contacts, levels and
// groups equal the server's and its tags are the ones made; every change the app reported — live or "while you
// were away" at a start — continues the previous one for that contact (so none was reported twice and none
// skipped), a change reported as not ours is a level the server itself gave that contact (or someone from outside
// the list joining or leaving it while the app was stopping), and memory is flat.
//
// Duration: UCWA_SOAK_SECONDS (default 45). Seed: UCWA_SOAK_SEED (default random; printed, so a failure replays).
// Wire format: UCWA_SOAK_FORMAT=xml (default json).
// "Exposed" change: a level the app fetched that differs from the last level it knew for that contact. Several
// server changes between two fetches are exposed as one (from the first to the last level), which is correct:
// the protocol sends no data with the event, and the server merges events for the same resource.
// Memory: heapUsed after the warm-up third vs. the end, each after a forced GC (V8's gc, exposed at run time), so
// end < 1.5 × warm + 10 MB; if no GC can be had, a tolerant bound (end < 2 × warm + 20 MB), since uncollected
// garbage would otherwise look like a leak.
import { isDeepStrictEqual } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createAppModel, memoryHistoryStore } from '../../../main/app/index.js';
import type { AppEvents, AppModel, PrivacyLevel } from '../../../main/app/index.js';
import { memoryLastKnownStore } from '../../../main/app/lastKnown.js';
import { memoryTagStore } from '../../../main/app/statusAlerts.js';
import { prng } from '../../../main/sim/directory.js';
import { startSimulator, type Simulator } from '../../../main/sim/index.js';
import { simAccount } from '../../support/signIn.js';
import { appGroups, contactListActivity, serverGroups } from './soakContactList.js';

const SECONDS = Number(process.env.UCWA_SOAK_SECONDS ?? 45);
const SEED = Number(process.env.UCWA_SOAK_SEED ?? Math.floor(Math.random() * 2 ** 31));
const FORMAT = process.env.UCWA_SOAK_FORMAT === 'xml' ? 'xml' : 'json';
const LEVELS: PrivacyLevel[] = ['External', 'Colleagues', 'Workgroup', 'FriendsAndFamily', 'Blocked'];

/** A real GC even without --expose-gc (V8 flag set at run time, `gc` taken from a fresh context); else none. */
function findGc(): (() => void) | undefined {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed !== undefined) return exposed;
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? (gc as () => void) : undefined;
  } catch {
    return undefined;
  }
}
const gc = findGc();

function heapMb(): number {
  gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

/**
 * Resolves once `same()` holds, checked at each `onChange`; after `deadlineMs` anyway, so the comparison after it
 * shows what differs instead of a timeout.
 */
function once(same: () => boolean, onChange: (listener: () => void) => () => void, deadlineMs: number) {
  return new Promise<void>((resolve) => {
    const done = (): void => {
      clearTimeout(deadline);
      off();
      resolve();
    };
    const deadline = setTimeout(done, deadlineMs);
    const off = onChange(() => {
      if (same()) done();
    });
    if (same()) done();
  });
}

/** The app's groups are the server's (checked at each change of the app's groups). */
function groupsLike(model: AppModel, server: () => ReturnType<typeof serverGroups>, deadlineMs: number) {
  return once(
    () => isDeepStrictEqual(appGroups(model), server()),
    (listener) => model.contactList.onChange(listener),
    deadlineMs,
  );
}

/**
 * The app's contacts are the server's list (checked at each contacts push). Someone who left or joined the list
 * shows after the next snapshot, which a fault just before the end may have put off by its retry delay (2 s):
 * the sentinel proves the events were read, not that a snapshot they asked for has run.
 */
function listedLike(model: AppModel, sim: Simulator, deadlineMs: number) {
  const listed = (): string[] =>
    sim.control
      .contacts()
      .filter((c) => c.inContactList)
      .map((c) => c.uri)
      .sort();
  return once(
    () =>
      isDeepStrictEqual(
        model
          .contacts()
          .map((c) => c.uri)
          .sort(),
        listed(),
      ),
    (listener) => model.on('contacts', listener),
    deadlineMs,
  );
}

/** Pace the load generator (this drives the test; nothing waits on a sleep for a result). */
const tick = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

describe('soak', () => {
  it(
    `keeps the app's contacts, groups and levels equal to the server's under random faults for ${SECONDS}s`,
    async () => {
      // Said first too, so a run that fails before the figures can still be replayed.
      process.stdout.write(`soak: seed=${SEED} (UCWA_SOAK_SEED=${SEED} replays it)\n`);
      const rnd = prng(SEED);
      const pick = <T>(xs: readonly T[]): T => {
        const x = xs[Math.floor(rnd() * xs.length)];
        if (x === undefined) throw new Error('empty list');
        return x;
      };
      const sim = await startSimulator({ seed: SEED % 1000 });
      // Kept across the app's stops and starts, as the files are.
      const historyStore = memoryHistoryStore();
      const lastKnown = memoryLastKnownStore();
      const tagStore = memoryTagStore();
      const reported: AppEvents['relationshipChanged'][] = [];
      const newModel = (): AppModel => {
        const m = createAppModel({
          historyStore,
          endpointId: 'soak',
          format: FORMAT,
          runtime: { random: prng(SEED + 1) },
          channel: { backoff: { baseMs: 50, capMs: 1_000 } },
        });
        // Before the sign-in: the changes found at start are reported during it.
        m.on('relationshipChanged', (c) => reported.push(c));
        return m;
      };
      const start = async (m: AppModel): Promise<void> => {
        await m.signIn({ ...simAccount(sim), lastKnown, tagStore });
        await m.settled();
        // The groups are kept live once shown (as the window shows them); a failed read shows, and is read again.
        void m.contactList.load();
      };
      let model = newModel();
      const figures = {
        serverChanges: 0,
        ownChanges: 0,
        ownFailed: 0,
        conflicts: 0,
        faults: 0,
        notifications: 0,
        restarts: 0,
        changedWhileStopped: 0,
        reportedWhileAway: 0,
      };
      const faultCounts: Record<string, number> = {};
      try {
        await start(model);
        const initial = new Map(model.contacts().map((c) => [c.uri, c.level]));
        const uris = [...initial.keys()];
        // People in the address book who are not in the list (found as the window finds them), to join and leave it.
        const strangers = (await model.contactList.search('contoso', 100)).people
          .filter((p) => !p.inContactList)
          .map((p) => p.uri);
        expect(strangers.length).toBeGreaterThan(0);
        const own: Array<Promise<void>> = [];
        const groupsAndTags = contactListActivity({
          sim,
          model: () => model,
          rnd,
          listed: uris,
          strangers,
          own,
        });
        // Every level the server itself gave each contact: a change reported as not ours must be one of them.
        const byServer = new Map<string, Set<PrivacyLevel>>();
        const serverMade = (uri: string, level: PrivacyLevel): void => {
          byServer.set(uri, (byServer.get(uri) ?? new Set()).add(level));
        };

        const faults: Array<[string, () => void]> = [
          ['drop P-GET', () => sim.control.faults.dropNext(1, { match: /\/events/ })],
          ['500 P-GET', () => sim.control.faults.failNext(1, 500, { match: /\/events/ })],
          ['503 batch', () => sim.control.faults.failNext(1, 503, { match: /\/batch/ })],
          ['drop any', () => sim.control.faults.dropNext(1)],
          ['malformed P-GET', () => sim.control.faults.malformedNext(1, { match: /\/events/ })],
          ['token expiry', () => sim.control.faults.expireTokens()],
          ['resync', () => sim.control.faults.forceResync()],
          ['resume', () => sim.control.faults.forceResume()],
          ['duplicate events', () => sim.control.faults.duplicateNextEvents()],
          ['application loss', () => sim.control.faults.deleteApplications()],
          [
            'lost PUT answer',
            () => sim.control.faults.loseAnswerNext(1, { match: /privacyRelationship/, method: 'PUT' }),
          ],
          ['404 P-GETs', () => sim.control.faults.failNext(3, 404, { match: /\/events/, code: 'NotFound' })],
          ['nonsense P-GETs', () => sim.control.faults.malformedNext(3, { match: /\/events/ })],
        ];

        const started = Date.now();
        const end = started + SECONDS * 1000;
        let warmHeap: number | undefined;
        while (Date.now() < end) {
          if (warmHeap === undefined && Date.now() - started > (SECONDS * 1000) / 3) warmHeap = heapMb();
          const r = rnd();
          if (r < 0.55) {
            const uri = pick(uris);
            const level = pick(LEVELS);
            sim.control.setLevel(uri, level);
            serverMade(uri, level);
            figures.serverChanges++;
          } else if (r < 0.65) {
            // a burst: several contacts at once, some twice (merged by the server into one event each)
            const burst = Array.from({ length: 2 + Math.floor(rnd() * 15) }, () => ({
              uri: pick(uris),
              level: pick(LEVELS),
            }));
            sim.control.setLevels(burst);
            for (const b of burst) serverMade(b.uri, b.level);
            figures.serverChanges += burst.length;
          } else if (r < 0.72) {
            const uri = pick(uris);
            const level = pick(LEVELS);
            own.push(
              model.setLevel(uri, level).then(
                (res) => {
                  if ('conflict' in res) figures.conflicts++;
                  else figures.ownChanges++;
                },
                () => {
                  figures.ownFailed++;
                },
              ),
            );
          } else if (r >= 0.8 && r < 0.806) {
            // Stop the app (own changes answered first, no fault left for the next sign-in), change levels while it
            // is not running, start it again: what changed in between is reported at start, once.
            await Promise.all(own);
            sim.control.faults.clear();
            await model.signOut();
            const meanwhile = Array.from({ length: 1 + Math.floor(rnd() * 5) }, () => ({
              uri: pick(uris),
              level: pick(LEVELS),
            }));
            sim.control.setLevels(meanwhile);
            for (const b of meanwhile) serverMade(b.uri, b.level);
            figures.serverChanges += meanwhile.length;
            figures.changedWhileStopped += meanwhile.length;
            model = newModel();
            await start(model);
            figures.restarts++;
          } else if (r >= 0.806 && r < 0.9) {
            groupsAndTags.step();
          } else if (r < 0.8) {
            const [name, inject] = pick(faults);
            if (name === 'application loss' && rnd() < 0.6) continue; // keep it rarer than the rest
            inject();
            figures.faults++;
            faultCounts[name] = (faultCounts[name] ?? 0) + 1;
          }
          await tick(5 + Math.floor(rnd() * 25));
        }
        const loadEnded = Date.now();
        const stateAtEnd = model.getState().session.kind;
        await Promise.all(own);
        const ownSettledMs = Date.now() - loadEnded;

        // Settle: no more faults; a last change made on the server proves every earlier event has been processed.
        sim.control.faults.clear();
        model.wake();
        const sentinel = pick(uris);
        const current = sim.control.getLevel(sentinel);
        const last =
          LEVELS.find(
            (l) => l !== current && l !== model.contacts().find((c) => c.uri === sentinel)?.level,
          ) ?? 'Blocked';
        const seenSentinel = new Promise<void>((resolve) => {
          const off = model.on('relationshipChanged', (c) => {
            if (c.contact.uri === sentinel && c.to === last) {
              off();
              resolve();
            }
          });
        });
        sim.control.setLevel(sentinel, last);
        serverMade(sentinel, last);
        figures.serverChanges++;
        await seenSentinel;
        const sentinelMs = Date.now() - loadEnded;
        await model.settled();
        // The groups too: a last group made on the server shows once every earlier group event has been read.
        sim.control.createGroup('Soak end');
        await groupsLike(model, () => serverGroups(sim), 15_000);
        await listedLike(model, sim, 15_000);
        const settleMs = Date.now() - loadEnded;
        const endHeap = heapMb();

        // 1. The app's levels are the server's.
        const server = new Map(
          sim.control
            .contacts()
            .filter((c) => c.inContactList)
            .map((c) => [c.uri, c.level]),
        );
        const app = new Map(model.contacts().map((c) => [c.uri, c.level]));
        expect(app).toEqual(server);
        expect(appGroups(model)).toEqual(serverGroups(sim));
        expect(
          model.alerts
            .list()
            .map((t) => t.uri)
            .sort(),
        ).toEqual(groupsAndTags.tagged());

        // 2. Per contact, the reported changes form one unbroken chain from the first snapshot to the final level:
        //    nothing reported twice (a repeat would not continue the chain), nothing invented, nothing lost.
        //    (Someone from outside the list is only ever reported joining or leaving it, found at a start when the
        //    app stopped before it saw that happen.)
        const joinedOrLeft = reported.filter((c) => !initial.has(c.contact.uri));
        for (const c of joinedOrLeft)
          expect({ uri: c.contact.uri, kind: c.kind, whileAway: c.whileAway !== undefined }).toEqual({
            uri: c.contact.uri,
            kind: expect.stringMatching(/^(added|removed)$/),
            whileAway: true,
          });
        const chains = new Map<string, AppEvents['relationshipChanged'][]>();
        for (const c of reported.filter((r) => initial.has(r.contact.uri)))
          chains.set(c.contact.uri, [...(chains.get(c.contact.uri) ?? []), c]);
        for (const [uri, chain] of chains) {
          let level = initial.get(uri);
          for (const c of chain) {
            expect({ uri, from: c.from }).toEqual({ uri, from: level });
            expect(c.to).not.toBe(c.from);
            level = c.to;
          }
          expect({ uri, final: level }).toEqual({ uri, final: server.get(uri) });
        }
        for (const uri of uris) if (!chains.has(uri)) expect(server.get(uri)).toBe(initial.get(uri));
        // 3. Own changes are reported as own, also those whose answer was lost (counted as failed here); a change
        //    reported as not ours is a level the server itself gave that contact.
        expect(reported.filter((c) => c.ours).length).toBeLessThanOrEqual(
          figures.ownChanges + figures.ownFailed,
        );
        for (const c of reported.filter((r) => !r.ours && initial.has(r.contact.uri)))
          expect({
            uri: c.contact.uri,
            to: c.to,
            madeByServer: byServer.get(c.contact.uri)?.has(c.to),
          }).toEqual({
            uri: c.contact.uri,
            to: c.to,
            madeByServer: true,
          });
        expect(model.history()).toHaveLength(Math.min(reported.length, 1000));

        // 4. Memory stays flat.
        const warm = warmHeap ?? endHeap;
        const gcAvailable = gc !== undefined;
        figures.notifications = reported.filter((c) => !c.ours).length;
        figures.reportedWhileAway = reported.filter((c) => c.whileAway !== undefined).length;
        const stats = model.stats();
        process.stdout.write(
          `soak: seed=${SEED} seconds=${SECONDS} format=${FORMAT} contacts=${uris.length} serverChanges=${figures.serverChanges} ` +
            `ownChanges=${figures.ownChanges} ownFailed=${figures.ownFailed} conflicts=${figures.conflicts} ` +
            `reportedChanges=${reported.length} notifications=${figures.notifications} faults=${figures.faults} ` +
            `restarts=${figures.restarts} changedWhileStopped=${figures.changedWhileStopped} ` +
            `reportedWhileAway=${figures.reportedWhileAway} joinedOrLeft=${joinedOrLeft.length} ` +
            `groupSteps=${groupsAndTags.figures.groupSteps} groupFailed=${groupsAndTags.figures.groupFailed} ` +
            `tagSteps=${groupsAndTags.figures.tagSteps} tagged=${groupsAndTags.tagged().length} ` +
            `groups=${serverGroups(sim).length} listed=${server.size} ` +
            `${JSON.stringify(faultCounts)} reconnects=${stats.reconnects} snapshots=${stats.snapshots} ` +
            `heapMB warm=${warm.toFixed(1)} end=${endHeap.toFixed(1)} gc=${gcAvailable} ` +
            `settleMs=${settleMs} (own PUTs ${ownSettledMs}, sentinel ${sentinelMs}, state at load end ${stateAtEnd})\n`,
        );
        expect(endHeap).toBeLessThan(gcAvailable ? warm * 1.5 + 10 : warm * 2 + 20);
        expect(figures.faults).toBeGreaterThan(0);
        expect(reported.length).toBeGreaterThan(0);
      } finally {
        await model.signOut();
        await sim.close();
      }
    },
    (SECONDS + 90) * 1000,
  );
});
