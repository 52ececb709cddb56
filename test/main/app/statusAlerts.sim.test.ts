// Tags for status-change alerts in the app model, signed in to the simulator over real HTTP (JSON and XML): a tagged
// person — in the contact list or only found by search — is watched through a presence subscription, their coming
// online is told once, and after `resume` (which drops every presence subscription) the app makes it again.
import { afterEach, describe, expect, it } from 'vitest';
import { createAppModel, memoryHistoryStore } from '../../../main/app/index.js';
import type { AppEvents, AppModel } from '../../../main/app/index.js';
import { memoryTagStore } from '../../../main/app/statusAlerts.js';
import type { StatusAlert, TagStore } from '../../../main/app/statusAlerts.js';
import { startSimulator } from '../../../main/sim/index.js';
import type { Simulator } from '../../../main/sim/index.js';
import { simAccount } from '../../support/signIn.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

async function signedIn(format: 'json' | 'xml', tagStore?: TagStore) {
  const sim: Simulator = await startSimulator({ seed: 3 });
  const requests: string[] = [];
  const off = sim.control.onRequest((r) => requests.push(`${r.method} ${r.path}`));
  const model = createAppModel({ historyStore: memoryHistoryStore(), endpointId: `tags-${format}`, format });
  const alerts: StatusAlert[] = [];
  model.on('statusAlert', (a) => alerts.push(a));
  cleanups.push(async () => {
    off();
    await model.signOut();
    await sim.close();
  });
  await model.signIn({ ...simAccount(sim), tagStore });
  await model.settled();
  return { sim, model, requests, alerts };
}

/** The first payload of `event` (from now on) that satisfies `ok`. */
function next<K extends keyof AppEvents>(
  model: AppModel,
  event: K,
  ok: (p: AppEvents[K]) => boolean,
): Promise<AppEvents[K]> {
  return new Promise((resolve) => {
    const off = model.on(event, (p) => {
      if (!ok(p)) return;
      off();
      resolve(p);
    });
  });
}

/** Resolves once `ok` holds (now, or at a later `tags` push). */
function whenTags(model: AppModel, ok: () => boolean): Promise<void> {
  if (ok()) return Promise.resolve();
  return next(model, 'tags', ok).then(() => undefined);
}

const availabilityOf = (model: AppModel, uri: string) =>
  model.alerts.list().find((t) => t.uri === uri)?.availability;

async function stranger(sim: Simulator, model: AppModel): Promise<string> {
  const found = await model.contactList.search('contoso', 100);
  const listed = new Set(sim.control.contacts().map((c) => c.uri));
  const p = found.people.find((x) => !listed.has(x.uri));
  if (p === undefined) throw new Error('no one outside the list');
  return p.uri;
}

describe.each(['json', 'xml'] as const)('status-change alerts against the simulator (%s)', (format) => {
  it('tells once when a tagged person (not in the list) comes online, and again after resume', async () => {
    const { sim, model, requests, alerts } = await signedIn(format);
    const uri = await stranger(sim, model);
    sim.control.setPresence(uri, 'Offline');
    const watched = next(model, 'tags', () => availabilityOf(model, uri) === 'Offline');
    await model.alerts.tag(uri);
    await watched;

    const told = next(model, 'statusAlert', (a) => a.uri === uri);
    sim.control.setPresence(uri, 'Online');
    expect(await told).toMatchObject({ uri, from: 'Offline', to: 'Online', reason: 'available' });
    sim.control.setPresence(uri, 'Online', 'In a call');
    await model.settled();
    expect(alerts.filter((a) => a.uri === uri)).toHaveLength(1);

    // Resume: the server dropped every presence subscription; the app makes the tagged people's again.
    const before = requests.length;
    const remade = next(model, 'tags', () => availabilityOf(model, uri) === 'Busy');
    sim.control.setPresence(uri, 'Busy');
    sim.control.faults.forceResume();
    await remade; // the new subscription's first presence event says where they are now
    expect(
      requests
        .slice(before)
        .filter((r) => r.startsWith('POST') && r.endsWith('/people/presenceSubscriptions')),
    ).toHaveLength(1);
    const again = next(model, 'statusAlert', (a) => a.uri === uri);
    sim.control.setPresence(uri, 'Online');
    expect(await again).toMatchObject({ from: 'Busy', to: 'Online' });
  });

  it('keeps the tags of the account between runs and watches them from the start', async () => {
    const first = await signedIn(format);
    const uri = await stranger(first.sim, first.model);
    const listedUri = first.model.contacts()[0]?.uri ?? '';
    const store = memoryTagStore([uri, listedUri]);
    await first.model.signOut();

    const { sim, model } = await signedIn(format, store);
    await model.settled();
    expect(model.alerts.list().map((t) => t.uri)).toEqual([uri, listedUri]);
    // Where they are now came with the subscription made at sign-in (no search: the app read who it was).
    await whenTags(model, () => availabilityOf(model, uri) !== 'Unknown');
    const to = availabilityOf(model, uri) === 'Away' ? 'Busy' : 'Away';
    const known = whenTags(model, () => availabilityOf(model, uri) === to);
    sim.control.setPresence(uri, to);
    await known;
    const offline = whenTags(model, () => availabilityOf(model, listedUri) === 'Offline');
    sim.control.setPresence(listedUri, 'Offline');
    await offline; // one event batch may carry only the latest presence of a contact
    const told = next(model, 'statusAlert', (a) => a.uri === listedUri);
    sim.control.setPresence(listedUri, 'Online');
    expect((await told).name).toBe(model.contacts()[0]?.name);
    await model.alerts.untag(listedUri);
    expect(store.load()).toEqual([uri]);
  });
});
