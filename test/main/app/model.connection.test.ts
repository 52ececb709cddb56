// The app model's connection against the simulator over real HTTP: what sign-in costs in requests (the same for a
// short and a long contact list), and coming back from a dropped connection as soon as the server answers again
// (not when the retried long poll happens to return).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppModel, memoryHistoryStore } from '../../../main/app/index.js';
import type { AppModel } from '../../../main/app/index.js';
import type { AppModelOptions } from '../../../main/app/index.js';
import { asAvailability } from '../../../main/app/directory.js';
import { startSimulator } from '../../../main/sim/index.js';
import type { SimOptions, Simulator } from '../../../main/sim/index.js';
import { nextEvent } from '../../support/appEvents.js';
import { simAccount } from '../../support/signIn.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

async function setUp(options: SimOptions, deps: Partial<AppModelOptions> = {}) {
  const sim: Simulator = await startSimulator({ seed: 7, ...options });
  const model = createAppModel({ historyStore: memoryHistoryStore(), endpointId: 'test-endpoint', ...deps });
  cleanups.push(async () => {
    await model.signOut();
    await sim.close();
  });
  return { sim, model };
}

const signIn = (sim: Simulator, model: AppModel) => model.signIn(simAccount(sim));

/** Resolves once the model shows every listed contact with the presence the server has for it. */
function everyPresence(sim: Simulator, model: AppModel): Promise<void> {
  const expected = new Map(
    sim.control
      .contacts()
      .filter((c) => c.inContactList)
      .map((c) => [c.uri, asAvailability(c.availability)]),
  );
  const complete = (): boolean => {
    const shown = model.contacts();
    return shown.length === expected.size && shown.every((c) => c.availability === expected.get(c.uri));
  };
  return new Promise((resolve) => {
    const off = model.on('contacts', () => {
      if (!complete()) return;
      off();
      resolve();
    });
  });
}

/** Requests the server saw from the start of sign-in until every presence is shown and the next P-GET is parked. */
async function signInRequests(contacts: number): Promise<number> {
  const { sim, model } = await setUp({ contacts });
  expect(sim.control.contacts().filter((c) => c.inContactList).length).toBeGreaterThan(contacts / 2);
  sim.control.resetStats();
  const presence = everyPresence(sim, model);
  await signIn(sim, model);
  await presence;
  // The P-GET sent after the first batch counts too; wait until the server holds it, so the figure is exact.
  await vi.waitFor(() => expect(sim.control.parkedPGets()).toBe(1));
  return sim.control.stats().requests;
}

describe('sign-in cost', () => {
  it('takes the same number of requests, at most 10, for 10 and for 1,000 contacts', async () => {
    const small = await signInRequests(10);
    const large = await signInRequests(1000);
    expect(small).toBeLessThanOrEqual(10);
    expect(large).toBe(small);
  });
});

describe('reconnecting', () => {
  it('after a dropped P-GET, wake() shows connected as soon as the server answers, with no event needed', async () => {
    const { sim, model } = await setUp(
      {},
      // Backoff far away (random 1: the full ceiling), so only wake() can bring the connection back in this test.
      { runtime: { random: () => 1 }, channel: { backoff: { baseMs: 600_000, capMs: 600_000 } } },
    );
    await signIn(sim, model);
    await model.settled();
    await vi.waitFor(() => expect(sim.control.parkedPGets()).toBe(1));

    sim.control.faults.dropNext(1, { match: /\/events/ });
    const reconnecting = nextEvent(model, 'state', (s) => s.session.kind === 'reconnecting');
    model.wake(); // the parked P-GET is replaced by a new one, which the network drops
    expect((await reconnecting).session).toMatchObject({ kind: 'reconnecting', reason: expect.any(String) });

    const seen: string[] = [];
    const offs = (['contacts', 'relationshipChanged', 'invitation'] as const).map((e) =>
      model.on(e, () => seen.push(e)),
    );
    const connected = nextEvent(model, 'state', (s) => s.session.kind === 'connected');
    model.wake(); // network back: the retried P-GET is parked on the server (no event to release it)
    expect((await connected).session).toMatchObject({ kind: 'connected', user: sim.user });
    expect(seen).toEqual([]);
    await vi.waitFor(() => expect(sim.control.parkedPGets()).toBe(1));
    for (const off of offs) off();

    // The parked P-GET is the live one: a change made elsewhere still arrives through it.
    const target = model.contacts().find((c) => c.level !== 'Workgroup');
    if (target === undefined) throw new Error('simulator has no contacts');
    const changed = nextEvent(model, 'relationshipChanged', (c) => c.contact.uri === target.uri);
    sim.control.setLevel(target.uri, 'Workgroup');
    expect(await changed).toMatchObject({ from: target.level, to: 'Workgroup', ours: false });
    expect(model.getState().session.kind).toBe('connected');
  });
});

describe('a lost answer', () => {
  it('a level change the server applied but whose answer never came: reported once, as ours', async () => {
    const { sim, model } = await setUp({});
    await signIn(sim, model);
    await model.settled();
    const target = model.contacts().find((c) => c.level !== 'Workgroup');
    if (target === undefined) throw new Error('simulator has no contacts');
    const reported: Array<{ to: string; ours: boolean }> = [];
    model.on('relationshipChanged', (c) => {
      if (c.contact.uri === target.uri) reported.push({ to: c.to, ours: c.ours });
    });
    sim.control.faults.loseAnswerNext(1, { match: /privacyRelationship/, method: 'PUT' });
    const shown = nextEvent(model, 'relationshipChanged', (c) => c.contact.uri === target.uri);
    await model.setLevel(target.uri, 'Workgroup').catch(() => undefined);
    expect(sim.control.getLevel(target.uri)).toBe('Workgroup');
    expect(await shown).toMatchObject({ from: target.level, to: 'Workgroup', ours: true });
    await model.settled();
    expect(reported).toEqual([{ to: 'Workgroup', ours: true }]);
    expect(model.contacts().find((c) => c.uri === target.uri)?.level).toBe('Workgroup');
  });
});
