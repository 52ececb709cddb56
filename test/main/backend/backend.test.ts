// The backend's own decisions, over a fake app model: the IPC door (sender, schema, error-as-data), the push
// queue, notifications (own changes, pause, click → window), remembered sign-in and quitting.
import { describe, expect, it, vi } from 'vitest';
import { createBackend } from '../../../main/backend/index.js';
import type { BackendDeps } from '../../../main/backend/index.js';
import type { PushChannel } from '../../../main/ipc/contract.js';
import { memorySecrets, memorySettings, recordingNotifier } from '../../../main/ipc/memoryPorts.js';
import { createManualClock } from '../../../main/sim/clock.js';
import { contact, fakeModelFactory } from '../fakeAppModel.js';

const trusted = { trusted: true };

function setup({
  clock = createManualClock(),
  ...overrides
}: Partial<BackendDeps> & { clock?: ReturnType<typeof createManualClock> } = {}) {
  const notifier = recordingNotifier();
  const secrets = memorySecrets();
  const settings = memorySettings();
  const models = fakeModelFactory([
    contact('sip:alex@contoso.com', 'Alex Doe', 'Colleagues'),
    contact('sip:sam@contoso.com', 'Sam Lee', 'Workgroup'),
  ]);
  const demoClose = vi.fn(async () => {});
  const startDemoServer = vi.fn(async () => ({
    discoverUrl: 'http://127.0.0.1:9/autodiscover/autodiscoverservice.svc/root',
    user: 'sip:demo@contoso.com',
    password: 'demo',
    close: demoClose,
  }));
  const backend = createBackend({
    runtime: { fetch: () => Promise.reject(new Error('no network in this test')), clock },
    settings,
    secrets,
    notifier,
    startDemoServer,
    createModel: models.factory,
    ...overrides,
  });
  const pushes: Array<{ channel: PushChannel; payload: unknown }> = [];
  backend.onPush((channel, payload) => pushes.push({ channel, payload }));
  const model = () => {
    const m = models.made.at(-1);
    if (!m) throw new Error('no model');
    return m;
  };
  return { backend, clock, notifier, secrets, settings, startDemoServer, demoClose, pushes, model };
}

describe('backend: the IPC door', () => {
  it('refuses a foreign sender before looking at the request', async () => {
    const { backend, startDemoServer } = setup();
    const result = await backend.dispatch('session:try-demo', undefined, { trusted: false });
    expect(result).toEqual({ ok: false, error: { code: 'ForeignSender', message: expect.any(String) } });
    expect(startDemoServer).not.toHaveBeenCalled();
  });

  it('answers unknown channels and bad arguments with InvalidArgument, naming the field', async () => {
    const { backend, model } = setup();
    const signIn = vi.spyOn(model(), 'signIn');
    expect(await backend.dispatch('session:hack', {}, trusted)).toMatchObject({
      ok: false,
      error: { code: 'InvalidArgument' },
    });
    const bad = await backend.dispatch(
      'session:sign-in',
      { sipAddress: 'alex', password: 'x', rememberPassword: false },
      trusted,
    );
    expect(bad).toMatchObject({ ok: false, error: { code: 'InvalidArgument' } });
    expect(!bad.ok && bad.error.message).toContain('sipAddress');
    const extra = await backend.dispatch(
      'privacy:set-level',
      { uri: 'sip:a@b.c', level: 'Unknown' },
      trusted,
    );
    expect(extra).toMatchObject({ ok: false, error: { code: 'InvalidArgument' } });
    expect(signIn).not.toHaveBeenCalled();
  });

  it('turns a wrong password into InvalidGrant with a sentence, never a stack trace', async () => {
    const { backend } = setup();
    const result = await backend.dispatch(
      'session:sign-in',
      {
        server: 'https://lyncdiscover.contoso.com',
        sipAddress: 'sip:me@contoso.com',
        password: 'nope',
        rememberPassword: false,
      },
      trusted,
    );
    expect(result).toEqual({
      ok: false,
      error: { code: 'InvalidGrant', message: 'The user name or password is incorrect.' },
    });
    expect(JSON.stringify(result)).not.toMatch(/at .*\.ts|nope/);
  });

  it('refuses a plain-http server that is not this computer, before any request', async () => {
    const { backend, model } = setup();
    const signIn = vi.spyOn(model(), 'signIn');
    const result = await backend.dispatch(
      'session:sign-in',
      {
        server: 'http://lync.contoso.com/autodiscover',
        sipAddress: 'sip:me@contoso.com',
        password: 'demo',
        rememberPassword: false,
      },
      trusted,
    );
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'InsecureUrl', message: expect.stringMatching(/https/) },
    });
    expect(signIn).not.toHaveBeenCalled();
  });

  it('says NotSignedIn for contact operations before sign-in', async () => {
    const { backend } = setup();
    expect(
      await backend.dispatch('contacts:details', { uri: 'sip:alex@contoso.com' }, trusted),
    ).toMatchObject({
      ok: false,
      error: { code: 'NotSignedIn' },
    });
  });

  it('answers a stale level with the conflict as data: the level set meanwhile', async () => {
    const { backend } = setup();
    await backend.dispatch('session:try-demo', undefined, trusted);
    const result = await backend.dispatch(
      'privacy:set-level',
      { uri: 'sip:sam@contoso.com', level: 'Blocked', expected: 'Colleagues' },
      trusted,
    );
    expect(result).toEqual({ ok: true, value: { conflict: { current: 'Workgroup' } } });
  });
});

describe('backend: demo, pushes and state', () => {
  it('signs in to the demo and lists its contacts', async () => {
    const { backend, startDemoServer } = setup();
    const result = await backend.dispatch('session:try-demo', undefined, trusted);
    expect(result).toMatchObject({
      ok: true,
      value: {
        session: { kind: 'connected', user: 'sip:demo@contoso.com', demo: true },
        contactCount: 2,
        firstRun: true,
      },
    });
    expect(startDemoServer).toHaveBeenCalledTimes(1);
    const list = await backend.dispatch('contacts:list', null, trusted);
    expect(list.ok && (list.value as Array<{ name: string }>).map((c) => c.name)).toEqual([
      'Alex Doe',
      'Sam Lee',
    ]);
  });

  it('queues pushes until app:ready, coalescing state, then delivers directly', async () => {
    const { backend, pushes } = setup();
    await backend.dispatch('session:try-demo', undefined, trusted);
    expect(pushes).toEqual([]);
    const ready = await backend.dispatch('app:ready', undefined, trusted);
    expect(ready).toMatchObject({ ok: true, value: { session: { kind: 'connected' } } });
    const channels = pushes.map((p) => p.channel);
    expect(channels.filter((c) => c === 'state:changed')).toHaveLength(1);
    expect(channels.filter((c) => c === 'contacts:changed')).toHaveLength(1);
    pushes.length = 0;
    await backend.dispatch('privacy:set-level', { uri: 'sip:alex@contoso.com', level: 'Workgroup' }, trusted);
    expect(pushes.map((p) => p.channel)).toEqual(['contacts:changed', 'relationship:changed']);
  });
});

describe('backend: notifications', () => {
  it('notifies a change made elsewhere once, with the words a user expects; a click opens that contact', async () => {
    const { backend, notifier, pushes, model } = setup();
    const shown = vi.fn();
    backend.on('showWindow', shown);
    await backend.dispatch('session:try-demo', undefined, trusted);
    await backend.dispatch('app:ready', undefined, trusted);
    model().changeElsewhere('sip:alex@contoso.com', 'Workgroup');
    expect(notifier.shown.map((n) => n.body)).toEqual([
      'Alex Doe now sees what Workgroup see (was Colleagues).',
    ]);
    expect(backend.getState().unseenChanges).toBe(1);
    notifier.shown[0]?.click();
    expect(shown).toHaveBeenCalledWith({ view: 'contacts', uri: 'sip:alex@contoso.com' });
    expect(pushes).toContainEqual({
      channel: 'app:navigate',
      payload: { view: 'contacts', uri: 'sip:alex@contoso.com' },
    });
    await backend.dispatch('history:mark-seen', undefined, trusted);
    expect(backend.getState().unseenChanges).toBe(0);
  });

  it('says nothing for the user own change, and nothing while paused', async () => {
    const { backend, notifier, model, clock } = setup();
    const outcomes: unknown[] = [];
    backend.on('notification', (n) => outcomes.push(n.outcome));
    await backend.dispatch('session:try-demo', undefined, trusted);
    await backend.dispatch('privacy:set-level', { uri: 'sip:alex@contoso.com', level: 'Blocked' }, trusted);
    const paused = await backend.dispatch('notifications:pause', { for: '1h' }, trusted);
    expect(paused).toEqual({ ok: true, value: { pausedUntil: clock.now() + 3_600_000 } });
    model().changeElsewhere('sip:sam@contoso.com', 'External');
    expect(notifier.shown).toEqual([]);
    expect(outcomes).toEqual([
      { outcome: 'suppressed', why: 'own-change' },
      { outcome: 'suppressed', why: 'paused' },
    ]);
    clock.advance(3_600_001);
    expect(backend.getState().pausedUntil).toBeNull();
    model().changeElsewhere('sip:sam@contoso.com', 'Colleagues');
    expect(notifier.shown.map((n) => n.body)).toEqual([
      'Sam Lee now sees what Colleagues see (was External Contacts).',
    ]);
  });

  it('ends a pause saved by an earlier run on time, telling the tray', () => {
    const clock = createManualClock();
    const settings = memorySettings();
    settings.update({ pausedUntil: clock.now() + 60_000 });
    const { backend } = setup({ clock, settings });
    const states: Array<number | null> = [];
    backend.on('state', (s) => states.push(s.pausedUntil));
    expect(backend.getState().pausedUntil).toBe(clock.now() + 60_000);
    clock.advance(60_001);
    expect(states).toEqual([null]);
  });

  it('tells the user when the server signed them out, but not when they signed out themselves', async () => {
    const { backend, notifier, model } = setup();
    await backend.dispatch('session:try-demo', undefined, trusted);
    await backend.dispatch('session:sign-out', undefined, trusted);
    expect(notifier.shown).toEqual([]);
    await backend.dispatch('session:try-demo', undefined, trusted);
    model().setSession({
      kind: 'signedOut',
      reason: 'Your session expired after a long time without a connection.',
    });
    expect(notifier.shown.map((n) => [n.title, n.body])).toEqual([
      ['UCWA Tray signed out', 'Your session expired after a long time without a connection.'],
    ]);
  });
});

describe('backend: remembered sign-in', () => {
  const real = {
    server: 'lync.contoso.com',
    sipAddress: 'sip:me@contoso.com',
    password: 'demo',
    rememberPassword: true,
  };

  it('keeps the password in the keyring only when asked, never in settings; sign-out deletes it', async () => {
    const { backend, secrets, settings } = setup();
    const result = await backend.dispatch('session:sign-in', real, trusted);
    expect(result).toMatchObject({
      ok: true,
      value: { session: { kind: 'connected', server: 'lync.contoso.com', demo: false }, firstRun: false },
    });
    expect(secrets.dump().get('sip:me@contoso.com')?.password).toBe('demo');
    expect(JSON.stringify(settings.get())).not.toContain('"demo"');
    const view = await backend.dispatch('settings:get', undefined, trusted);
    expect(view).toMatchObject({ ok: true, value: { user: 'sip:me@contoso.com', rememberPassword: true } });
    expect(JSON.stringify(view)).not.toMatch(/endpointId|password":/);
    await backend.dispatch('session:sign-out', undefined, trusted);
    expect(secrets.dump().has('sip:me@contoso.com')).toBe(false);
  });

  it('leaving the demo keeps the real account remembered', async () => {
    const { backend, secrets } = setup();
    await backend.dispatch('session:sign-in', real, trusted);
    await backend.dispatch('session:try-demo', undefined, trusted);
    await backend.dispatch('session:sign-out', undefined, trusted);
    expect(secrets.dump().get('sip:me@contoso.com')?.password).toBe('demo');
  });

  it('works for the session without a keyring, and says it cannot remember', async () => {
    const { backend } = setup({ secrets: memorySecrets({ available: false }) });
    await Promise.resolve();
    const result = await backend.dispatch('session:sign-in', real, trusted);
    expect(result).toMatchObject({
      ok: true,
      value: { session: { kind: 'connected' }, keyringAvailable: false },
    });
  });

  it('signs in again at start-up with the remembered password', async () => {
    const secrets = memorySecrets();
    await secrets.setPassword('sip:me@contoso.com', 'demo');
    const settings = memorySettings({
      serverAddress: 'lync.contoso.com',
      user: 'sip:me@contoso.com',
      rememberPassword: true,
    });
    const { backend, model } = setup({ secrets, settings });
    const signIn = vi.spyOn(model(), 'signIn');
    await backend.restoreSession();
    expect(signIn).toHaveBeenCalledWith(
      expect.objectContaining({
        discoverUrl: 'https://lync.contoso.com/autodiscover/autodiscoverservice.svc/root',
        sipAddress: 'sip:me@contoso.com',
      }),
    );
    expect(await signIn.mock.calls[0]?.[0].credentials.password?.()).toBe('demo');
    expect(backend.getState().session.kind).toBe('connected');
  });
});

describe('backend: quitting', () => {
  it('signs out of the application and closes the demo server, once', async () => {
    const { backend, model, demoClose } = setup();
    await backend.dispatch('session:try-demo', undefined, trusted);
    await backend.shutdown();
    await backend.shutdown();
    expect(model().signOutCalls).toBe(1);
    expect(demoClose).toHaveBeenCalledTimes(1);
  });
});
