// The app model signed in to the simulator over real HTTP: what a user would see (contacts, levels, one
// notification per change, own changes marked as ours, invitations on behalf of someone) through the event
// channel's special cases (resync, resume, application loss, token expiry, another instance taking over).
import { afterEach, describe, expect, it } from 'vitest';
import { createAppModel, memoryHistoryStore } from '../../../main/app/index.js';
import type { AppEvents, AppModel, PrivacyLevel } from '../../../main/app/index.js';
import { startSimulator } from '../../../main/sim/index.js';
import type { Simulator } from '../../../main/sim/index.js';
import { nextEvent } from '../../support/appEvents.js';
import { simAccount } from '../../support/signIn.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

/** A model for this simulator (signed out and the simulator closed after the test), optionally over a hooked fetch. */
function modelFor(
  sim: Simulator,
  format: 'json' | 'xml',
  endpointId: string,
  hooked?: typeof fetch,
): AppModel {
  const model = createAppModel({
    historyStore: memoryHistoryStore(),
    endpointId,
    format,
    runtime: { fetch: hooked },
  });
  cleanups.push(async () => {
    await model.signOut();
    await sim.close();
  });
  return model;
}

const signInTo = (model: AppModel, sim: Simulator) => model.signIn(simAccount(sim));

async function signedIn(format: 'json' | 'xml' = 'json', endpointId = 'test-endpoint') {
  const sim: Simulator = await startSimulator({ seed: 7 });
  const model = modelFor(sim, format, endpointId);
  await signInTo(model, sim);
  await model.settled();
  return { sim, model };
}

/**
 * fetch that runs `hook` once, just before the first subscription request (the contact snapshot is taken by then);
 * a Response the hook returns answers that request instead of the server.
 */
function beforeFirstSubscription(hook: () => Response | undefined): typeof fetch {
  let done = false;
  return (input, init) => {
    const body = typeof init?.body === 'string' ? init.body : '';
    if (!done && body.includes('startOrRefresh')) {
      done = true;
      const answer = hook();
      if (answer !== undefined) return Promise.resolve(answer);
    }
    return fetch(input, init);
  };
}

function otherLevel(level: PrivacyLevel): PrivacyLevel {
  return level === 'Workgroup' ? 'Blocked' : 'Workgroup';
}

function levelsEqual(sim: Simulator, model: AppModel): void {
  const app = new Map(model.contacts().map((c) => [c.uri, c.level]));
  const server = new Map(
    sim.control
      .contacts()
      .filter((c) => c.inContactList)
      .map((c) => [c.uri, c.level]),
  );
  expect(app).toEqual(server);
}

describe.each(['json', 'xml'] as const)('app model against the simulator (%s)', (format) => {
  it('signs in, shows every contact with its level, and reports a change made elsewhere exactly once', async () => {
    const { sim, model } = await signedIn(format);
    expect(model.getState()).toMatchObject({
      session: { kind: 'connected', user: sim.user },
      user: sim.user,
    });
    levelsEqual(sim, model);
    expect(model.history()).toEqual([]); // the first snapshot is never a change

    const target = model.contacts()[3];
    if (target === undefined) throw new Error('simulator has no contacts');
    const to = otherLevel(target.level);
    const seen: AppEvents['relationshipChanged'][] = [];
    model.on('relationshipChanged', (c) => seen.push(c));
    const changed = nextEvent(model, 'relationshipChanged');
    sim.control.setLevel(target.uri, to);
    expect(await changed).toMatchObject({
      contact: { uri: target.uri, name: target.name },
      from: target.level,
      to,
      ours: false,
    });
    sim.control.faults.duplicateNextEvents();
    sim.control.setLevel(target.uri, to); // no real change
    await model.settled();
    expect(seen).toHaveLength(1);
    expect(model.history()).toMatchObject([
      { contact: { uri: target.uri }, from: target.level, to, ours: false },
    ]);
  });

  it('asks again for subscriptions that failed (a 503), so changes made later still arrive', async () => {
    const sim = await startSimulator({ seed: 7 });
    let refused = 0;
    // The first subscription request fails as a busy server's would; without subscriptions no event would come.
    const hooked = beforeFirstSubscription(() => {
      refused++;
      return new Response('busy', { status: 503 });
    });
    const model = modelFor(sim, format, 'retry', hooked);
    await signInTo(model, sim);
    expect(refused).toBe(1);
    const target = model.contacts()[2];
    if (target === undefined) throw new Error('simulator has no contacts');
    const to = otherLevel(target.level);
    const changed = nextEvent(model, 'relationshipChanged', (c) => c.contact.uri === target.uri);
    sim.control.setLevel(target.uri, to);
    expect(await changed).toMatchObject({ from: target.level, to, ours: false });
  });

  it('drops a contact who left the list while the subscriptions were failing (no event told of it)', async () => {
    const sim = await startSimulator({ seed: 7 });
    const leaving = sim.control.contacts().find((c) => c.inContactList)?.uri;
    if (leaving === undefined) throw new Error('simulator has no contacts');
    // The contact-list subscription fails once (a 503); meanwhile someone leaves the list elsewhere.
    const hooked = beforeFirstSubscription(() => {
      sim.control.removeContact(leaving);
      return new Response('busy', { status: 503 });
    });
    const model = modelFor(sim, format, 'unsubscribed', hooked);
    const gone = nextEvent(model, 'contacts', (c) => c.reset && !c.upserts.some((x) => x.uri === leaving));
    await signInTo(model, sim);
    await gone;
    expect(model.contacts().some((c) => c.uri === leaving)).toBe(false);
  });

  it('reports a change made between the contact snapshot and the subscription, which no event announces', async () => {
    const sim = await startSimulator({ seed: 7 });
    const target = sim.control.contacts().find((c) => c.inContactList);
    if (target === undefined) throw new Error('simulator has no contacts');
    const to = otherLevel(target.level);
    let changedBeforeSubscribing = false;
    // The change lands on the server just before the subscription request does (the snapshot is already taken).
    const hooked = beforeFirstSubscription(() => {
      changedBeforeSubscribing = true;
      sim.control.setLevel(target.uri, to);
      return undefined;
    });
    const model = modelFor(sim, format, 'gap', hooked);
    const changed = nextEvent(model, 'relationshipChanged');
    await signInTo(model, sim);
    expect(changedBeforeSubscribing).toBe(true);
    expect(await changed).toMatchObject({
      contact: { uri: target.uri },
      from: target.level,
      to,
      ours: false,
    });
    await model.settled();
    expect(model.history()).toHaveLength(1);
    levelsEqual(sim, model);
  });
});

describe('app model: own changes', () => {
  it('setLevel is reported once, as ours; reset goes back to the auto-assigned level, also ours', async () => {
    const { sim, model } = await signedIn();
    const c = model.contacts().find((x) => x.level !== 'Blocked' && x.canSetLevel);
    if (c === undefined) throw new Error('no settable contact');
    const seen: AppEvents['relationshipChanged'][] = [];
    model.on('relationshipChanged', (x) => seen.push(x));
    expect(await model.setLevel(c.uri, 'Blocked')).toEqual({ level: 'Blocked' });
    expect(sim.control.getLevel(c.uri)).toBe('Blocked');
    await model.settled(); // the server's echo event has been fetched by now
    expect(seen).toMatchObject([{ contact: { uri: c.uri }, from: c.level, to: 'Blocked', ours: true }]);

    expect(await model.resetLevel(c.uri)).toEqual({ level: c.autoLevel });
    await model.settled();
    expect(seen.map((x) => `${x.to}${x.ours ? ' ours' : ''}`)).toEqual([
      'Blocked ours',
      `${c.autoLevel} ours`,
    ]);
    expect(model.history().every((h) => h.ours)).toBe(true);
    // The history says which of them was the reset to the auto-assigned level.
    expect(model.history().map((h) => h.reset === true)).toEqual([false, true]);
    levelsEqual(sim, model);
  });
});

describe('app model: the event channel special cases', () => {
  it('resync, resume and application loss rebuild the snapshot and report only real changes', async () => {
    const { sim, model } = await signedIn();
    const seen: AppEvents['relationshipChanged'][] = [];
    model.on('relationshipChanged', (x) => seen.push(x));
    const [a, b, c] = model.contacts();
    if (a === undefined || b === undefined || c === undefined) throw new Error('need 3 contacts');

    sim.control.faults.forceResync();
    sim.control.setLevel(a.uri, otherLevel(a.level));
    await nextEvent(model, 'relationshipChanged', (x) => x.contact.uri === a.uri);

    sim.control.faults.forceResume();
    sim.control.setLevel(b.uri, otherLevel(b.level));
    await nextEvent(model, 'relationshipChanged', (x) => x.contact.uri === b.uri);

    const recovered = nextEvent(model, 'state', (s) => s.session.kind === 'connected');
    sim.control.faults.deleteApplications();
    sim.control.setLevel(c.uri, otherLevel(c.level)); // made while the app has no application: found by the snapshot
    await nextEvent(model, 'relationshipChanged', (x) => x.contact.uri === c.uri);
    await recovered;
    await model.settled();
    expect(seen.map((x) => x.contact.uri)).toEqual([a.uri, b.uri, c.uri]);
    expect(model.stats().snapshots).toBeGreaterThanOrEqual(4); // sign-in + resync + resume + new application
    levelsEqual(sim, model);
  });

  it('a token that expires mid-session is renewed and changes keep flowing', async () => {
    const { sim, model } = await signedIn();
    const a = model.contacts()[0];
    if (a === undefined) throw new Error('no contacts');
    sim.control.faults.expireTokens();
    const changed = nextEvent(model, 'relationshipChanged', (x) => x.contact.uri === a.uri);
    sim.control.setLevel(a.uri, otherLevel(a.level));
    await changed;
    expect(model.getState().session.kind).toBe('connected');
  });

  it('another instance with the same application takes over: this one says so and stops', async () => {
    const { sim, model } = await signedIn('json', 'shared-endpoint');
    const replaced = nextEvent(model, 'state', (s) => s.session.kind === 'replaced');
    const other = createAppModel({ historyStore: memoryHistoryStore(), endpointId: 'shared-endpoint' });
    cleanups.push(() => other.signOut());
    await other.signIn(simAccount(sim));
    const state = await replaced;
    expect(state.session).toMatchObject({
      kind: 'replaced',
      reason: expect.stringMatching(/somewhere else/),
    });
  });

  it('a 500 on the event channel shows reconnecting, then connected again', async () => {
    const sim = await startSimulator({ seed: 3 });
    const model = createAppModel({
      historyStore: memoryHistoryStore(),
      endpointId: 'e',
      channel: { backoff: { baseMs: 50, capMs: 200 } },
    });
    cleanups.push(async () => {
      await model.signOut();
      await sim.close();
    });
    await model.signIn(simAccount(sim));
    const reconnecting = nextEvent(model, 'state', (s) => s.session.kind === 'reconnecting');
    const back = nextEvent(model, 'state', (s) => s.session.kind === 'connected');
    sim.control.faults.failNext(2, 500, { match: /\/events/ });
    const a = model.contacts()[1];
    if (a === undefined) throw new Error('no contacts');
    sim.control.setLevel(a.uri, otherLevel(a.level)); // releases the parked P-GET; the next two get 500
    expect((await reconnecting).session).toMatchObject({ kind: 'reconnecting', reason: expect.any(String) });
    await back;
    await nextEvent(model, 'relationshipChanged', (x) => x.contact.uri === a.uri);
  });
});

describe('app model: invitations', () => {
  it('an audio/video invitation on behalf of a manager names both, and its end is tracked', async () => {
    const { sim, model } = await signedIn();
    const [from, boss] = sim.control.contacts();
    if (from === undefined || boss === undefined) throw new Error('need 2 contacts');
    const got = nextEvent(model, 'invitation');
    const id = sim.control.sendInvitation({
      kind: 'audioVideo',
      from: from.uri,
      onBehalfOf: boss.uri,
      delegator: boss.uri,
      subject: 'Budget',
    });
    const inv = await got;
    expect(inv).toMatchObject({
      kind: 'audioVideo',
      from: { uri: from.uri, name: from.name },
      onBehalfOf: { uri: boss.uri, name: boss.name },
      delegator: { uri: boss.uri },
      subject: 'Budget',
      state: 'ringing',
    });
    const ended = nextEvent(model, 'invitation', (i) => i.state !== 'ringing');
    sim.control.endInvitation(id, 'acceptedElsewhere');
    expect(await ended).toMatchObject({ id: inv.id, state: 'acceptedElsewhere' });
  });

  it('a plain messaging invitation has no onBehalfOf; a missed one ends as missed', async () => {
    const { sim, model } = await signedIn('xml');
    const [from] = sim.control.contacts();
    if (from === undefined) throw new Error('no contacts');
    const got = nextEvent(model, 'invitation');
    const id = sim.control.sendInvitation({ kind: 'messaging', from: from.uri, subject: 'Lunch?' });
    expect(await got).toMatchObject({ kind: 'messaging', onBehalfOf: null, subject: 'Lunch?' });
    const ended = nextEvent(model, 'invitation', (i) => i.state !== 'ringing');
    sim.control.endInvitation(id, 'missed');
    expect((await ended).state).toBe('missed');
  });
});

describe('app model: session state and presence', () => {
  it('walks through the sign-in steps; a wrong password ends signed out with the reason in words', async () => {
    const sim = await startSimulator({ seed: 5, password: 'S3cret-pa55' });
    cleanups.push(() => sim.close());
    const model = createAppModel({ historyStore: memoryHistoryStore(), endpointId: 'e' });
    const steps: string[] = [];
    model.on('state', (s) => {
      if (s.session.kind === 'signingIn') steps.push(s.session.step);
    });
    await expect(model.signIn(simAccount(sim, 'wrong'))).rejects.toMatchObject({ code: 'InvalidGrant' });
    expect(model.getState().session).toEqual({
      kind: 'signedOut',
      reason: 'The user name or password is incorrect.',
    });
    await model.signIn(simAccount(sim));
    cleanups.push(() => model.signOut());
    expect(steps).toEqual(
      expect.arrayContaining(['discovering', 'authenticating', 'creatingApplication', 'loadingContacts']),
    );
    expect(JSON.stringify(model.getState())).not.toContain(sim.password);
  });

  it('410 on the event channel: signed out with the reason', async () => {
    const { sim, model } = await signedIn();
    const out = nextEvent(model, 'state', (s) => s.session.kind === 'signedOut');
    sim.control.faults.failNext(1, 410, {
      code: 'Gone',
      subcode: 'InactiveApplicationExpired',
      match: /\/events/,
    });
    const a = model.contacts()[0];
    sim.control.setLevel(a?.uri ?? '', otherLevel(a?.level ?? 'Blocked')); // releases the parked P-GET
    expect((await out).session).toEqual({
      kind: 'signedOut',
      reason: 'The session expired after a long time without contact with the server.',
    });
  });

  it('presence changes reach the contact list', async () => {
    const { sim, model } = await signedIn();
    const a = model.contacts()[4];
    if (a === undefined) throw new Error('no contacts');
    const to = a.availability === 'Busy' ? 'Away' : 'Busy';
    const pushed = nextEvent(model, 'contacts', (c) =>
      c.upserts.some((x) => x.uri === a.uri && x.availability === to),
    );
    sim.control.setPresence(a.uri, to, 'in-a-meeting');
    await pushed;
    expect(model.contacts().find((x) => x.uri === a.uri)).toMatchObject({
      availability: to,
      activity: 'in-a-meeting',
    });
  });

  it('after a resume (the server dropped its subscriptions) presence and contact-list events still arrive', async () => {
    const { sim, model } = await signedIn();
    const [a, b] = model.contacts();
    if (a === undefined || b === undefined) throw new Error('need 2 contacts');
    sim.control.faults.forceResume();
    // Any event releases the batch that carries `resume`; the model rebuilds and subscribes again.
    sim.control.setLevel(a.uri, otherLevel(a.level));
    await nextEvent(model, 'relationshipChanged', (x) => x.contact.uri === a.uri);
    await model.settled();
    const to = b.availability === 'Busy' ? 'Away' : 'Busy';
    const pushed = nextEvent(model, 'contacts', (c) =>
      c.upserts.some((x) => x.uri === b.uri && x.availability === to),
    );
    sim.control.setPresence(b.uri, to);
    await pushed;
    const uri = 'sip:after.resume@contoso.com';
    const added = nextEvent(model, 'contacts', (c) => c.upserts.some((x) => x.uri === uri));
    sim.control.addContact({
      uri,
      name: 'After Resume',
      sourceNetwork: 'SameEnterprise',
      level: 'Colleagues',
    });
    await added;
  });

  it('a contact added or removed elsewhere appears in / leaves the list (thanks to the contact-list subscription)', async () => {
    const { sim, model } = await signedIn();
    const uri = 'sip:new.person@contoso.com';
    const added = nextEvent(model, 'contacts', (c) => c.reset && c.upserts.some((x) => x.uri === uri));
    sim.control.addContact({ uri, name: 'New Person', sourceNetwork: 'SameEnterprise', level: 'Colleagues' });
    await added;
    expect(model.history()).toEqual([]); // appearing is not a relationship change
    const changed = nextEvent(model, 'relationshipChanged', (x) => x.contact.uri === uri);
    sim.control.setLevel(uri, 'Workgroup');
    expect(await changed).toMatchObject({
      contact: { name: 'New Person' },
      from: 'Colleagues',
      to: 'Workgroup',
    });
    const removed = nextEvent(model, 'contacts', (c) => c.reset && !c.upserts.some((x) => x.uri === uri));
    sim.control.removeContact(uri);
    await removed;
    expect(model.contacts().some((x) => x.uri === uri)).toBe(false);
  });

  it('drops a contact removed elsewhere even when the snapshot that event asks for fails once (it is retried)', async () => {
    const { sim, model } = await signedIn();
    const uri = model.contacts()[1]?.uri;
    if (uri === undefined) throw new Error('simulator has no contacts');
    // The soak found this: the app is settled (every event read) while the list it must re-read waits for a retry.
    sim.control.faults.failNext(1, 503, { match: /people\/contacts/ });
    const removed = nextEvent(model, 'contacts', (c) => c.reset && !c.upserts.some((x) => x.uri === uri));
    sim.control.removeContact(uri);
    await removed;
    expect(model.contacts().some((x) => x.uri === uri)).toBe(false);
    expect(model.stats().snapshots).toBeGreaterThanOrEqual(2);
  });

  it('contact details: photo as a data URL, note, phones', async () => {
    const { model } = await signedIn();
    const a = model.contacts()[0];
    if (a === undefined) throw new Error('no contacts');
    const details = await model.contactDetails(a.uri);
    expect(details.uri).toBe(a.uri);
    expect(details.photo).toMatch(/^data:image\/(png|jpeg);base64,/);
    expect(Array.isArray(details.phones)).toBe(true);
  });
});
