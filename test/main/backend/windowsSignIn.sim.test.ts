// session:sign-in with the Windows account: Kerberos from the user's ticket (a real KDC, the Node Negotiator as the
// backend's windowsAuth) with no password anywhere, NTLM with a user name and password where the pool offers only
// NTLM, each failure in words; the token reaches the keyring only with "Remember me", an NTLM password never.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../../main/backend/index.js';
import type { BackendDeps } from '../../../main/backend/index.js';
import { memorySecrets, memorySettings, recordingNotifier } from '../../../main/ipc/memoryPorts.js';
import { startSimulator } from '../../../main/sim/index.js';
import type { SimOptions, Simulator } from '../../../main/sim/index.js';
import { Negotiator } from '../../../main/ucwa/auth/negotiate.js';
import { canRunKerberos, type Kdc, startKdc } from '../../support/kdc.js';

const trusted = { trusted: true };
const WINDOWS = 'urn:microsoft.rtc:windows';

function backendFor(extra: Partial<BackendDeps> = {}) {
  const secrets = memorySecrets();
  const backend = createBackend({
    settings: memorySettings(),
    secrets,
    notifier: recordingNotifier(),
    startDemoServer: () => Promise.reject(new Error('no demo here')),
    signInAtStart: false,
    ...extra,
  });
  return { backend, secrets };
}

let sim: Simulator | undefined;
let backend: ReturnType<typeof createBackend> | undefined;
afterEach(async () => {
  await backend?.shutdown();
  backend = undefined;
});

async function simulator(signIn: SimOptions['signIn']): Promise<Simulator> {
  await sim?.close();
  sim = await startSimulator({ contacts: 2, signIn });
  return sim;
}

const run = await canRunKerberos('backend Windows sign-in (Kerberos)');

describe.skipIf(!run)('Windows sign-in with Kerberos', () => {
  let kdc: Kdc;
  let restoreEnv: () => void;
  beforeAll(async () => {
    kdc = await startKdc({ serviceHosts: ['127.0.0.1'] });
    restoreEnv = kdc.useEnv();
  });
  afterAll(async () => {
    await sim?.close();
    sim = undefined;
    restoreEnv?.();
    await kdc?.stop();
  });

  it('signs in with the ticket and no password, and keeps the token only when remembered', async () => {
    const s = await simulator({ grants: [WINDOWS, 'password'], kerberos: { keytab: kdc.keytab } });
    const made = backendFor({ windowsAuth: new Negotiator() });
    backend = made.backend;
    const args = { server: s.discoverUrl, sipAddress: s.user, method: 'windows', rememberPassword: false };
    const result = await backend.dispatch('session:sign-in', args, trusted);
    expect(result).toMatchObject({ ok: true, value: { session: { kind: 'connected' } } });
    expect(s.control.signIn.history().at(-1)).toMatchObject({ method: 'kerberos', ok: true });
    expect(await made.secrets.getTokens(s.user)).toEqual({});
    await backend.dispatch('session:sign-in', { ...args, rememberPassword: true }, trusted);
    expect(Object.keys(await made.secrets.getTokens(s.user))).toHaveLength(1);
    expect(await made.secrets.getPassword(s.user)).toBeNull();
    await expect(backend.dispatch('app:about', undefined, trusted)).resolves.toMatchObject({
      value: { signInMethod: 'windows' },
    });
  });

  it('says to get a ticket when there is none', async () => {
    const s = await simulator({ grants: [WINDOWS], kerberos: { keytab: kdc.keytab } });
    backend = backendFor({ windowsAuth: new Negotiator() }).backend;
    await kdc.kdestroy();
    try {
      const args = { server: s.discoverUrl, sipAddress: s.user, method: 'windows', rememberPassword: false };
      const result = await backend.dispatch('session:sign-in', args, trusted);
      expect(result).toMatchObject({
        ok: false,
        error: { message: expect.stringContaining('no Kerberos ticket') },
      });
      expect(backend.getState().session.kind).toBe('signedOut');
    } finally {
      await kdc.kinit();
    }
  });
});

describe('Windows sign-in with NTLM', () => {
  afterAll(async () => {
    await sim?.close();
    sim = undefined;
  });

  const ntlmArgs = (s: Simulator, password: string) => ({
    server: s.discoverUrl,
    sipAddress: s.user,
    method: 'windows',
    username: 'CONTOSO\\demo',
    password,
    rememberPassword: true,
  });

  it('signs in with the user name and password where the pool offers only NTLM, remembering no password', async () => {
    const s = await simulator({ grants: [WINDOWS], ntlm: {} });
    const made = backendFor({ windowsAuth: new Negotiator() });
    backend = made.backend;
    const result = await backend.dispatch('session:sign-in', ntlmArgs(s, s.password), trusted);
    expect(result).toMatchObject({ ok: true, value: { session: { kind: 'connected' } } });
    expect(s.control.signIn.history().at(-1)).toMatchObject({
      method: 'ntlm',
      ok: true,
      user: 'CONTOSO\\demo',
    });
    expect(await made.secrets.getPassword(s.user)).toBeNull();
  });

  it('says NTLM refused a wrong password', async () => {
    const s = await simulator({ grants: [WINDOWS], ntlm: {} });
    backend = backendFor({ windowsAuth: new Negotiator() }).backend;
    const result = await backend.dispatch('session:sign-in', ntlmArgs(s, 'not-the-password'), trusted);
    expect(result).toMatchObject({
      ok: false,
      error: {
        message: 'The server refused your Windows user name or password (NTLM). Check both and try again.',
      },
    });
  });

  it('asks for a user name and password where NTLM needs them and none were given', async () => {
    const s = await simulator({ grants: [WINDOWS], ntlm: {} });
    backend = backendFor({ windowsAuth: new Negotiator() }).backend;
    const args = { server: s.discoverUrl, sipAddress: s.user, method: 'windows', rememberPassword: false };
    const result = await backend.dispatch('session:sign-in', args, trusted);
    expect(result).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('enter your Windows user name') },
    });
  });
});

describe('the other methods', () => {
  it('sends the separate user name with the password grant, not the SIP address', async () => {
    // The simulator knows its user only by the SIP address: the refusal it records shows which name was sent.
    const s = await simulator(undefined);
    backend = backendFor().backend;
    const args = { server: s.discoverUrl, sipAddress: s.user, password: s.password, rememberPassword: false };
    const result = await backend.dispatch('session:sign-in', { ...args, username: 'CONTOSO\\demo' }, trusted);
    expect(result).toMatchObject({ ok: false, error: { code: 'InvalidGrant' } });
    expect(s.control.signIn.history().at(-1)).toMatchObject({ method: 'password', user: 'CONTOSO\\demo' });
    await expect(backend.dispatch('session:sign-in', args, trusted)).resolves.toMatchObject({ ok: true });
  });

  // With the organisation page a password is only ever the Windows account its page's server asked for: the pool
  // never gets it, as a password grant or otherwise.
  it('sends no password to the pool with the organisation page, and says that method is not here yet', async () => {
    const s = await simulator(undefined);
    backend = backendFor().backend;
    const args = { server: s.discoverUrl, sipAddress: s.user, method: 'passive', rememberPassword: false };
    await expect(
      backend.dispatch('session:sign-in', { ...args, password: s.password }, trusted),
    ).resolves.toMatchObject({ ok: false, error: { code: 'NotAvailable' } });
    expect(s.control.signIn.history()).toEqual([]);
    await expect(backend.dispatch('session:sign-in', args, trusted)).resolves.toMatchObject({
      ok: false,
      error: {
        code: 'NotAvailable',
        message: "Signing in with your organisation's page is not available yet.",
      },
    });
  });
});
