// The backend with the real app model, signed in to the simulator over loopback HTTP: the path the renderer's
// Chromium tests and the app take, minus Electron.
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../../main/backend/index.js';
import type { Backend, ShellEvents } from '../../../main/backend/index.js';
import type { ContactView } from '../../../main/ipc/contract.js';
import { memorySecrets, memorySettings, recordingNotifier } from '../../../main/ipc/memoryPorts.js';
import { startSimulator } from '../../../main/sim/index.js';
import type { Simulator } from '../../../main/sim/index.js';

const trusted = { trusted: true };
let sim: Simulator | undefined;
let backend: Backend | undefined;

afterEach(async () => {
  await backend?.shutdown();
  await sim?.close();
  backend = undefined;
  sim = undefined;
});

function next<E extends keyof ShellEvents>(b: Backend, event: E, when: (p: ShellEvents[E]) => boolean) {
  return new Promise<ShellEvents[E]>((resolve) => {
    const off = b.on(event, (payload) => {
      if (!when(payload)) return;
      off();
      resolve(payload);
    });
  });
}

async function setup() {
  const notifier = recordingNotifier();
  let closed = 0;
  const b = createBackend({
    settings: memorySettings(),
    secrets: memorySecrets(),
    notifier,
    startDemoServer: async () => {
      sim = await startSimulator({ contacts: 12 });
      const s = sim;
      return {
        discoverUrl: s.discoverUrl,
        user: s.user,
        password: s.password,
        close: async () => {
          closed += 1;
        },
      };
    },
  });
  backend = b;
  return { backend: b, notifier, closed: () => closed };
}

function current(): Simulator {
  if (!sim) throw new Error('the simulator has not started');
  return sim;
}

describe('backend over the simulator', () => {
  it('signs in to the demo, lists the contacts and changes a level on the server', async () => {
    const { backend, notifier } = await setup();
    const signedIn = await backend.dispatch('session:try-demo', undefined, trusted);
    expect(signedIn).toMatchObject({
      ok: true,
      value: { session: { kind: 'connected', demo: true }, contactCount: 12 },
    });

    const list = await backend.dispatch('contacts:list', undefined, trusted);
    if (!list.ok) throw new Error(list.error.message);
    const contacts = list.value as ContactView[];
    expect(contacts.map((c) => c.uri).sort()).toEqual(
      current()
        .control.contacts()
        .map((c) => c.uri)
        .sort(),
    );

    const target = contacts.find((c) => c.canSetLevel && c.level !== 'Workgroup');
    if (!target) throw new Error('no contact to change');
    const set = await backend.dispatch('privacy:set-level', { uri: target.uri, level: 'Workgroup' }, trusted);
    expect(set).toEqual({ ok: true, value: { level: 'Workgroup' } });
    expect(current().control.getLevel(target.uri)).toBe('Workgroup');
    const details = await backend.dispatch('contacts:details', { uri: target.uri }, trusted);
    expect(details).toMatchObject({ ok: true, value: { uri: target.uri, name: target.name } });
    // Our own change: in the history as ours, no notification.
    expect(notifier.shown).toEqual([]);
  });

  it('notifies once when a level changes on the server, with the contact name and both levels', async () => {
    const { backend, notifier } = await setup();
    await backend.dispatch('session:try-demo', undefined, trusted);
    const contact = current()
      .control.contacts()
      .find((c) => c.level === 'Colleagues');
    if (!contact) throw new Error('no Colleagues contact in the demo data');
    const decided = next(backend, 'notification', (n) => n.intent === 'relationshipChanged');
    current().control.setLevel(contact.uri, 'FriendsAndFamily');
    expect((await decided).outcome).toEqual({ outcome: 'sent' });
    expect(notifier.shown.map((n) => n.body)).toEqual([
      `${contact.name} now sees what Friends and Family see (was Colleagues).`,
    ]);
    expect(backend.getState().unseenChanges).toBe(1);
    const history = await backend.dispatch('history:list', undefined, trusted);
    expect(history).toMatchObject({
      ok: true,
      value: [{ contact: { uri: contact.uri }, from: 'Colleagues', to: 'FriendsAndFamily', ours: false }],
    });
  });

  it('notifies an invitation on behalf of someone, in words', async () => {
    const { backend, notifier } = await setup();
    await backend.dispatch('session:try-demo', undefined, trusted);
    const [caller, boss] = current().control.contacts();
    if (!caller || !boss) throw new Error('the demo needs two contacts');
    const decided = next(backend, 'notification', (n) => n.intent === 'invitation');
    current().control.sendInvitation({
      kind: 'audioVideo',
      from: caller.uri,
      onBehalfOf: boss.uri,
      subject: 'Budget',
    });
    expect((await decided).outcome).toEqual({ outcome: 'sent' });
    expect(notifier.shown.map((n) => [n.title, n.body])).toEqual([
      [
        `Call for ${boss.name}`,
        `${caller.name} is calling for ${boss.name}: “Budget”. Answer in Skype for Business.`,
      ],
    ]);
    const list = await backend.dispatch('invitations:list', undefined, trusted);
    expect(list).toMatchObject({ ok: true, value: [{ kind: 'audioVideo', onBehalfOf: { uri: boss.uri } }] });
  });

  it('rejects bad arguments and foreign senders without reaching the server', async () => {
    const { backend } = await setup();
    await backend.dispatch('session:try-demo', undefined, trusted);
    current().control.resetStats();
    const uri = current().control.contacts()[0]?.uri ?? '';
    expect(await backend.dispatch('privacy:set-level', { uri, level: 'Everyone' }, trusted)).toMatchObject({
      ok: false,
      error: { code: 'InvalidArgument' },
    });
    expect(
      await backend.dispatch('privacy:set-level', { uri, level: 'Blocked' }, { trusted: false }),
    ).toMatchObject({
      ok: false,
      error: { code: 'ForeignSender' },
    });
    expect(current().control.getLevel(uri)).not.toBe('Blocked');
    expect(Object.keys(current().control.stats().byRoute).filter((route) => route.startsWith('PUT'))).toEqual(
      [],
    );
  });

  it('reports a wrong password in words', async () => {
    const { backend } = await setup();
    await backend.dispatch('session:try-demo', undefined, trusted);
    await backend.dispatch('session:sign-out', undefined, trusted);
    const result = await backend.dispatch(
      'session:sign-in',
      {
        server: current().discoverUrl,
        sipAddress: current().user,
        password: 'wrong',
        rememberPassword: false,
      },
      trusted,
    );
    expect(result).toEqual({
      ok: false,
      error: { code: 'InvalidGrant', message: 'The user name or password is incorrect.' },
    });
  });

  it('signs out of the application on shutdown', async () => {
    const { backend, closed } = await setup();
    await backend.dispatch('session:try-demo', undefined, trusted);
    const before = current().control.stats().byRoute;
    await backend.shutdown();
    const after = current().control.stats().byRoute;
    const deletes = Object.entries(after).filter(([route]) => route.startsWith('DELETE'));
    expect(deletes.length).toBeGreaterThan(0);
    expect(JSON.stringify(before)).not.toBe(JSON.stringify(after));
    expect(closed()).toBe(1);
  });
});

describe('backend over the simulator: secrets', () => {
  it('never puts the password or a token in a log line, an IPC answer, a push or a shell event', async () => {
    const password = 'Pa55-word!';
    sim = await startSimulator({ contacts: 8, password });
    const s = sim;
    const tokens: string[] = [];
    const seen: unknown[] = [];
    const logged: string[] = [];
    const record =
      (level: string) =>
      (message: string, data?: Record<string, unknown>): void => {
        logged.push(`${level} ${message} ${JSON.stringify(data ?? {})}`);
      };
    const settings = memorySettings();
    const secrets = memorySecrets();
    const b = createBackend({
      // Reads every token the server issues, as a user could see it on the wire.
      runtime: {
        fetch: async (input, init) => {
          const res = await fetch(input, init);
          if (String(input).includes('oauthtoken') && res.ok) {
            const body = (await res.clone().json()) as { access_token?: string };
            if (body.access_token !== undefined) tokens.push(body.access_token);
          }
          return res;
        },
        log: { debug: record('debug'), info: record('info'), warn: record('warn'), error: record('error') },
      },
      settings,
      secrets,
      notifier: recordingNotifier(),
      startDemoServer: () => Promise.reject(new Error('no demo here')),
      signInAtStart: false,
    });
    backend = b;
    b.onPush((channel, payload) => seen.push({ push: channel, payload }));
    for (const event of ['state', 'showWindow', 'settings', 'relationshipChanged', 'notification'] as const) {
      b.on(event, (payload) => seen.push({ event, payload }));
    }
    const call = async (channel: string, args?: unknown) => {
      const result = await b.dispatch(channel, args, trusted);
      seen.push({ channel, result });
      return result;
    };

    await call('app:ready');
    const args = { server: s.discoverUrl, sipAddress: s.user, password, rememberPassword: true };
    expect(await call('session:sign-in', args)).toMatchObject({ ok: true });
    const list = await call('contacts:list');
    if (!list.ok) throw new Error(list.error.message);
    const [first, second] = list.value as ContactView[];
    if (first === undefined || second === undefined) throw new Error('the simulator has no contacts');
    await call('contacts:details', { uri: first.uri });
    const changed = next(b, 'relationshipChanged', (c) => c.contact.uri === second.uri);
    s.control.setLevel(second.uri, second.level === 'Blocked' ? 'Workgroup' : 'Blocked');
    await changed;

    // The token runs out on the server: the next request is answered with the challenge and a fresh token is
    // taken with the password the backend holds for the session.
    s.control.faults.expireTokens();
    const to = first.level === 'Workgroup' ? 'Blocked' : 'Workgroup';
    expect(await call('privacy:set-level', { uri: first.uri, level: to })).toEqual({
      ok: true,
      value: { level: to },
    });
    // Only the reset itself fails (a batched read of the same relationship after the change event must not take it).
    s.control.faults.failNext(1, 500, { match: /privacyRelationship\/reset/ });
    expect(await call('privacy:reset', { uri: first.uri })).toMatchObject({ ok: false });
    await call('history:list');
    await call('settings:get');
    // A wrong password typed in the form is refused, even with a valid token in the keyring, and not remembered.
    expect(await call('session:sign-in', { ...args, password: 'wrong-Pa55' })).toMatchObject({
      ok: false,
      error: { code: 'InvalidGrant' },
    });
    expect(secrets.dump().get(s.user)?.password).toBe(password);
    await call('session:sign-out');

    expect(tokens.length).toBe(2);
    const everything = JSON.stringify(seen) + JSON.stringify(settings.get());
    const lines = logged.join('\n');
    expect(seen.length).toBeGreaterThan(10);
    for (const secret of [
      password,
      encodeURIComponent(password),
      ...tokens.map((t) => t.replace(/^cwt=/, '')),
    ]) {
      expect(everything).not.toContain(secret);
      expect(lines).not.toContain(secret);
    }
    expect(everything).not.toContain('wrong-Pa55');
    expect(lines).not.toContain('wrong-Pa55');
  });
});
