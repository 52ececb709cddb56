// The app model against a simulator that answers some requests with broken bodies or odd statuses, on every route
// the model uses: sign-in (discovery, token, application), the contact snapshot, the relationship batch fetch, the
// event channel and the invitation party fetch. The model must end signed out in words or carry on, and at the end
// hold the server's levels, with every reported change continuing the previous one and no unhandled rejection.
//
// Seed: UCWA_MALFORMED_SEED (default fixed; printed with a failure).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAppModel, memoryHistoryStore } from '../../../main/app/index.js';
import type { AppEvents, AppModel, PrivacyLevel } from '../../../main/app/index.js';
import { prng } from '../../../main/sim/directory.js';
import { startSimulator } from '../../../main/sim/index.js';
import type { Simulator } from '../../../main/sim/index.js';
import { UcwaError } from '../../../main/ucwa/errors.js';
import { nextEvent } from '../../support/appEvents.js';
import { simAccount } from '../../support/signIn.js';

const SEED = Number(process.env.UCWA_MALFORMED_SEED ?? 4_242);
const LEVELS: PrivacyLevel[] = ['External', 'Colleagues', 'Workgroup', 'FriendsAndFamily', 'Blocked'];

/** Routes of a session after sign-in, as the simulator's paths show them. */
const ROUTES = {
  snapshot: /\/people\/contacts(\?|$)/,
  batch: /\/batch(\?|$)/,
  events: /\/events\?/,
  parties: /\/communication\/invitations\/[^/]+\/(onBehalfOf|delegator|from)/,
} as const;
/** Routes of the sign-in itself. */
const SIGN_IN_ROUTES: Array<[string, RegExp]> = [
  ['discovery root', /\/autodiscoverservice\.svc\/root$/],
  ['user resource', /\/oauth\/user/],
  ['token', /\/oauthtoken/],
  ['application', /\/applications$/],
  ['snapshot', ROUTES.snapshot],
  ['subscriptions batch', ROUTES.batch],
];
/** Odd statuses a proxy or a broken server may send. 409/410 on the event channel mean "stop" and are left out. */
const ODD_STATUSES = [299, 302, 400, 404, 418, 429, 451, 500, 502, 503, 599];

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown): void => {
  unhandled.push(reason);
};
beforeAll(() => {
  process.on('unhandledRejection', onUnhandled);
});
afterAll(() => {
  process.off('unhandledRejection', onUnhandled);
});

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
  expect(unhandled).toEqual([]);
});

async function setup(format: 'json' | 'xml') {
  const sim: Simulator = await startSimulator({ seed: 11, contacts: 15 });
  const model = createAppModel({
    historyStore: memoryHistoryStore(),
    endpointId: `malformed-${format}`,
    format,
    runtime: { random: prng(SEED + 1) },
    channel: { backoff: { baseMs: 20, capMs: 200 } },
  });
  cleanups.push(async () => {
    await model.signOut();
    await sim.close();
  });
  return { sim, model };
}

const signIn = (sim: Simulator, model: AppModel) => model.signIn(simAccount(sim));

function serverLevels(sim: Simulator): Map<string, PrivacyLevel> {
  return new Map(
    sim.control
      .contacts()
      .filter((c) => c.inContactList)
      .map((c) => [c.uri, c.level]),
  );
}

/** How many requests the simulator answered with an injected fault (so a route pattern that no longer matches fails). */
function faultsServed(sim: Simulator): number {
  const byRoute = sim.control.stats().byRoute;
  return (byRoute['GET fault'] ?? 0) + (byRoute['POST fault'] ?? 0);
}

/** What a user reads: a sentence, not an exception's text or a stack trace. */
function expectWords(text: string | undefined): void {
  expect(text).toMatch(/^[A-Z].*[.!]$/);
  expect(text).not.toMatch(/\n\s+at |Error:|undefined|\[object/);
}

/** A change made on the server, observed by the model (the proof every earlier event has been processed). */
async function sentinelChange(sim: Simulator, model: AppModel, uri: string): Promise<void> {
  const known = model.contacts().find((c) => c.uri === uri)?.level;
  const to = LEVELS.find((l) => l !== sim.control.getLevel(uri) && l !== known) ?? 'Blocked';
  const seen = nextEvent(model, 'relationshipChanged', (c) => c.contact.uri === uri && c.to === to);
  sim.control.setLevel(uri, to);
  await seen;
  await model.settled();
}

describe.each(['json', 'xml'] as const)('app model: broken answers from the server (%s)', (format) => {
  it('a broken answer on any sign-in route ends signed out in words (or is survived); the next sign-in works', async () => {
    const { sim, model } = await setup(format);
    sim.control.resetStats();
    for (const [name, match] of SIGN_IN_ROUTES) {
      for (const inject of [
        () => sim.control.faults.malformedNext(1, { match }),
        () => sim.control.faults.failNext(1, 418, { match }),
      ]) {
        inject();
        const outcome = await signIn(sim, model).then(
          () => undefined,
          (e: unknown) => e,
        );
        sim.control.faults.clear();
        const session = model.getState().session;
        expect({ name, faultsServed: faultsServed(sim) }).toEqual({ name, faultsServed: 1 });
        sim.control.resetStats();
        if (outcome === undefined) {
          expect({ name, session: session.kind }).toEqual({ name, session: 'connected' });
        } else {
          expect({ name, error: outcome }).toMatchObject({ name, error: expect.any(UcwaError) });
          expect({ name, session: session.kind }).toEqual({ name, session: 'signedOut' });
          expectWords(session.kind === 'signedOut' ? session.reason : undefined);
        }
        await model.signOut();
      }
    }
    await signIn(sim, model);
    await model.settled();
    expect(new Map(model.contacts().map((c) => [c.uri, c.level]))).toEqual(serverLevels(sim));
  });

  it('broken bodies and odd statuses on the snapshot, batch, events and party routes leave the model consistent', async () => {
    const { sim, model } = await setup(format);
    await signIn(sim, model);
    await model.settled();
    const initial = new Map(model.contacts().map((c) => [c.uri, c.level]));
    const uris = [...initial.keys()];
    const reported: AppEvents['relationshipChanged'][] = [];
    model.on('relationshipChanged', (c) => reported.push(c));
    const rnd = prng(SEED);
    const pick = <T>(xs: readonly T[]): T => {
      const x = xs[Math.floor(rnd() * xs.length)];
      if (x === undefined) throw new Error('empty list');
      return x;
    };
    const contact = (i: number): string => uris[i % uris.length] ?? '';
    const [caller, boss] = sim.control.contacts();
    if (caller === undefined || boss === undefined) throw new Error('the simulator needs two contacts');

    sim.control.resetStats();
    // 1. Each route once, deterministically, with a result the model must reach despite the broken answer.
    // Relationship batch: the change still arrives (the fetch is retried).
    sim.control.faults.malformedNext(1, { match: ROUTES.batch });
    await sentinelChange(sim, model, contact(1));
    // Event channel: reconnects, and the change after it still arrives.
    sim.control.faults.malformedNext(1, { match: ROUTES.events });
    sim.control.setLevel(contact(2), 'Blocked');
    await sentinelChange(sim, model, contact(3));
    // Snapshot (after a resync): retried later; the change made meanwhile is reported from the next snapshot.
    sim.control.faults.malformedNext(1, { match: ROUTES.snapshot });
    sim.control.faults.forceResync();
    await sentinelChange(sim, model, contact(4));
    // Invitation party: that invitation may be lost, the model is not; the next one is complete.
    sim.control.faults.malformedNext(1, { match: ROUTES.parties });
    sim.control.sendInvitation({
      kind: 'audioVideo',
      from: caller.uri,
      onBehalfOf: boss.uri,
      subject: 'Broken',
    });
    await sentinelChange(sim, model, contact(5));

    expect(faultsServed(sim)).toBe(4);
    // 2. Random faults (seeded) on random routes while levels change and invitations arrive.
    const routes = Object.values(ROUTES);
    for (let round = 0; round < 30; round++) {
      const match = pick(routes);
      const status = pick(ODD_STATUSES);
      if (rnd() < 0.5) sim.control.faults.malformedNext(1, { match });
      else if (!(match === ROUTES.events && (status === 409 || status === 410)))
        sim.control.faults.failNext(1, status, { match });
      const r = rnd();
      if (r < 0.6) sim.control.setLevel(pick(uris), pick(LEVELS));
      else if (r < 0.8)
        sim.control.sendInvitation({ kind: 'audioVideo', from: caller.uri, onBehalfOf: boss.uri });
      else sim.control.faults.forceResync();
      // Pace the load (nothing waits on this for a result: the sentinel below does).
      await new Promise<void>((resolve) => setTimeout(resolve, 5 + Math.floor(rnd() * 20)));
    }

    // 3. No more faults: a clean invitation is complete, and a last change proves every earlier one was seen.
    sim.control.faults.clear();
    model.wake();
    const invited = nextEvent(model, 'invitation', (i) => i.subject === 'Clean');
    sim.control.sendInvitation({
      kind: 'audioVideo',
      from: caller.uri,
      onBehalfOf: boss.uri,
      subject: 'Clean',
    });
    expect(await invited).toMatchObject({
      kind: 'audioVideo',
      from: { uri: caller.uri, name: caller.name },
      onBehalfOf: { uri: boss.uri, name: boss.name },
    });
    await sentinelChange(sim, model, contact(6));

    expect(faultsServed(sim)).toBeGreaterThan(4);
    expect(model.getState().session.kind).toBe('connected');
    const server = serverLevels(sim);
    expect(new Map(model.contacts().map((c) => [c.uri, c.level]))).toEqual(server);
    // Per contact, the reported changes form one unbroken chain from the first snapshot to the final level.
    for (const uri of uris) {
      let level = initial.get(uri);
      for (const c of reported.filter((x) => x.contact.uri === uri)) {
        expect({ uri, from: c.from }).toEqual({ uri, from: level });
        expect(c.to).not.toBe(c.from);
        level = c.to;
      }
      expect({ uri, final: level }).toEqual({ uri, final: server.get(uri) });
    }
    for (const inv of model.invitations()) {
      expect(inv).toMatchObject({ kind: 'audioVideo', from: { uri: expect.any(String) } });
      expect(typeof inv.from.name).toBe('string');
    }
  });
});
