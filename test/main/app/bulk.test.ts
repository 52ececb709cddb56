// A bulk change and its undo through the app model, signed in to the simulator over real HTTP (JSON and XML): every
// contact changed in a handful of batched requests, each reported once as the user's own, one changed meanwhile from
// another device named as a conflict with the level it has now, and the undo (back to auto-assigned) as batched.
import { afterEach, describe, expect, it } from 'vitest';
import { createAppModel, memoryHistoryStore } from '../../../main/app/index.js';
import type { AppEvents, AppModel } from '../../../main/app/index.js';
import { startSimulator } from '../../../main/sim/index.js';
import type { Simulator } from '../../../main/sim/index.js';
import { toIpcError } from '../../../main/ipc/errors.js';
import type { LevelChange } from '../../../main/ipc/contract.js';
import { simAccount } from '../../support/signIn.js';

const COUNT = 200;
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

async function signedIn(
  format: 'json' | 'xml',
  hooked?: typeof fetch,
  contacts = COUNT,
): Promise<{ sim: Simulator; model: AppModel }> {
  const sim = await startSimulator({ seed: 11, contacts, demoScenario: false });
  const model = createAppModel({
    historyStore: memoryHistoryStore(),
    endpointId: `bulk-${format}`,
    format,
    runtime: { fetch: hooked },
  });
  cleanups.push(async () => {
    await model.signOut();
    await sim.close();
  });
  await model.signIn(simAccount(sim));
  await model.settled();
  return { sim, model };
}

describe.each(['json', 'xml'] as const)('bulk change through the model (%s)', (format) => {
  it('changes every contact in batched requests, reports each once as ours, and names a conflict', async () => {
    let putBatches = 0;
    const hook: { onPut?: () => void } = {};
    // Just before the first batch of changes goes out, the user changes one contact from another device.
    const hooked: typeof fetch = (input, init) => {
      const body = typeof init?.body === 'string' ? init.body : '';
      if (/^PUT /m.test(body) && ++putBatches === 1) hook.onPut?.();
      return fetch(input, init);
    };
    const { sim, model } = await signedIn(format, hooked);
    const contacts = model.contacts();
    expect(contacts).toHaveLength(COUNT);
    const victim = contacts[7];
    if (victim === undefined) throw new Error('no contacts');
    hook.onPut = () => sim.control.setLevels([{ uri: victim.uri, level: 'Blocked' }]);
    const seen: AppEvents['relationshipChanged'][] = [];
    model.on('relationshipChanged', (c) => seen.push(c));
    const progress: number[] = [];
    sim.control.resetStats();
    const results = await model.setLevels(
      contacts.map((c) => ({ uri: c.uri, level: c.level === 'Workgroup' ? 'Colleagues' : 'Workgroup' })),
      (done) => progress.push(done),
    );
    await model.settled();
    const failed = results.filter((r) => !r.ok);
    expect(failed.map((r) => r.uri)).toEqual([victim.uri]);
    expect(failed[0]).toMatchObject({ conflict: { current: 'Blocked' } });
    expect(progress.at(-1)).toBe(COUNT);
    // Two batches to read, two to change, one to read the conflict again, and whatever the echoes needed: far
    // fewer than the three requests per contact of one-by-one changes.
    expect(sim.control.stats().requests).toBeLessThan(20);
    const ours = seen.filter((c) => c.ours);
    expect(ours).toHaveLength(COUNT - 1);
    expect(new Set(ours.map((c) => c.contact.uri)).size).toBe(COUNT - 1);
    // The change from the other device is reported once, not as ours.
    expect(seen.filter((c) => c.contact.uri === victim.uri && !c.ours)).toHaveLength(1);
    const server = new Map(sim.control.contacts().map((c) => [c.uri, c.level]));
    expect(model.contacts().every((c) => server.get(c.uri) === c.level)).toBe(true);
  });

  it('undoes to auto-assigned in batched requests', async () => {
    const { sim, model } = await signedIn(format);
    const some = model.contacts().slice(0, 120);
    await model.setLevels(some.map((c) => ({ uri: c.uri, level: 'Blocked' })));
    sim.control.resetStats();
    const results = await model.setLevels(some.map((c) => ({ uri: c.uri, level: 'auto' })));
    await model.settled();
    expect(results.every((r) => r.ok)).toBe(true);
    expect(sim.control.stats().requests).toBeLessThan(20);
    const server = new Map(sim.control.contacts().map((c) => [c.uri, c.level]));
    expect(some.every((c) => server.get(c.uri) !== 'Blocked')).toBe(true);
    expect(model.contacts().every((c) => server.get(c.uri) === c.level)).toBe(true);
  });
});

describe('bulk change when the server loses the application midway (a restart)', () => {
  const SOME = 50;
  /** Every contact to a level it does not have. */
  const toOtherLevels = (model: AppModel): LevelChange[] =>
    model
      .contacts()
      .map((c) => ({ uri: c.uri, level: c.level === 'Workgroup' ? 'Colleagues' : 'Workgroup' }));

  it('makes a new application and changes the contacts not yet changed: all of them, nothing failed', async () => {
    const { sim, model } = await signedIn('json', undefined, SOME);
    const before = sim.control.applications();
    const changes = toOtherLevels(model);
    expect(changes).toHaveLength(SOME);
    // The server forgets every application once it has applied ten of the changes.
    sim.control.faults.deleteApplicationsAfter(10, { method: 'PUT' });
    const progress: number[] = [];
    const results = await model.setLevels(changes, (done) => progress.push(done));
    await model.settled();
    expect(results.filter((r) => !r.ok)).toEqual([]);
    expect(results.map((r) => r.uri)).toEqual(changes.map((c) => c.uri));
    const server = new Map(sim.control.contacts().map((c) => [c.uri, c.level]));
    expect(changes.filter((c) => server.get(c.uri) !== c.level)).toEqual([]);
    expect(model.contacts().every((c) => server.get(c.uri) === c.level)).toBe(true);
    expect(progress.at(-1)).toBe(SOME);
    expect(Math.max(...progress)).toBe(SOME);
    expect(sim.control.applications()).not.toEqual(before);
    expect(model.getState().session.kind).toBe('connected');
  });

  it('if no new application can be had, names who was not changed and why', async () => {
    const { sim, model } = await signedIn('json', undefined, SOME);
    const changes = toOtherLevels(model);
    sim.control.faults.deleteApplicationsAfter(10, { method: 'PUT' });
    // The server is still coming up: creating an application fails for a while.
    sim.control.faults.failNext(100, 503, { match: /\/applications$/ });
    const results = await model.setLevels(changes);
    const server = new Map(sim.control.contacts().map((c) => [c.uri, c.level]));
    const notChanged = changes.filter((c) => server.get(c.uri) !== c.level).map((c) => c.uri);
    expect(notChanged).toHaveLength(SOME - 10);
    const failed = results.filter((r) => !r.ok);
    expect(failed.map((r) => r.uri)).toEqual(notChanged);
    const said = failed.map((r) => ('error' in r ? toIpcError(r.error) : r));
    expect(new Set(said.map((e) => JSON.stringify(e)))).toEqual(
      new Set([
        JSON.stringify({
          code: 'ServiceFailure',
          message: 'The server is temporarily unavailable. Try again later.',
        }),
      ]),
    );
    sim.control.faults.clear();
  });
});
