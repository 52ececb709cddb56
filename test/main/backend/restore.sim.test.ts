// Remembered sign-in across restarts, over the simulator: a second backend built from the same (memory) keyring
// and settings — as the app is after a restart — signs in by itself at start, with the stored token alone when it
// is still valid, and with the remembered password when it is not. Sign-out forgets both.
import { describe, expect, it } from 'vitest';
import { createAppModel } from '../../../main/app/index.js';
import { memorySecrets, memorySettings } from '../../../main/ipc/memoryPorts.js';
import type { SecretPort, SettingsPort } from '../../../main/ipc/ports.js';
import type { Simulator } from '../../../main/sim/index.js';
import { backendHarness } from '../../support/backendHarness.js';

const harness = backendHarness();

/** One app run: a backend over the given keyring and settings, counting every time it asks for a password. */
function launch(secrets: SecretPort, settings: SettingsPort) {
  let passwordAsked = 0;
  const app = harness.launch({
    settings,
    secrets,
    createModel: (options) => {
      const model = createAppModel(options);
      const signIn = model.signIn.bind(model);
      model.signIn = ({ credentials, ...params }) =>
        signIn({
          ...params,
          credentials: {
            password: () => {
              passwordAsked += 1;
              return credentials.password?.() ?? Promise.reject(new Error('no password method'));
            },
          },
        });
      return model;
    },
  });
  return { ...app, passwordAsked: () => passwordAsked };
}

/** First run: sign in by hand, then quit (the application is deleted; the keyring keeps what it keeps). */
async function firstRun(s: Simulator, rememberPassword: boolean) {
  const secrets = memorySecrets();
  const settings = memorySettings();
  const { backend, signIn } = launch(secrets, settings);
  const result = await signIn(s, { rememberPassword });
  expect(result).toMatchObject({ ok: true, value: { session: { kind: 'connected' } } });
  await backend.shutdown();
  return { secrets, settings };
}

function tokenGrants(s: Simulator): () => number {
  let grants = 0;
  s.control.onRequest((r) => {
    if (r.method === 'POST' && r.path.startsWith('/WebTicket/oauthtoken')) grants += 1;
  });
  return () => grants;
}

describe('remembered sign-in at start', () => {
  it('keeps nothing in the keyring when the user did not ask to be remembered, and starts signed out', async () => {
    const s = await harness.simulator({ contacts: 6 });
    const { secrets, settings } = await firstRun(s, false);
    expect(secrets.dump().has(s.user)).toBe(false);
    const second = launch(secrets, settings);
    await second.backend.restoreSession();
    expect(second.backend.getState().session).toEqual({ kind: 'signedOut' });
    expect(second.passwordAsked()).toBe(0);
    expect(second.notifier.shown).toEqual([]);
  });

  it('signs in silently with the stored token, without asking for the password, and sign-out forgets it', async () => {
    const s = await harness.simulator({ contacts: 6 });
    const { secrets, settings } = await firstRun(s, true);
    // Remembered: the password and the token (with its expiry) are kept.
    const kept = secrets.dump().get(s.user);
    expect(kept?.password).toBe(s.password);
    expect(Object.values(kept?.tokens ?? {}).map((t) => t.expiresAt > Date.now())).toEqual([true]);

    const grants = tokenGrants(s);
    const second = launch(secrets, settings);
    await second.backend.restoreSession();
    expect(second.backend.getState()).toMatchObject({
      session: { kind: 'connected', user: s.user },
      contactCount: 6,
    });
    expect(second.passwordAsked()).toBe(0);
    expect(grants()).toBe(0);

    await second.dispatch('session:sign-out');
    expect(secrets.dump().has(s.user)).toBe(false);
    // And so the next start stays signed out, quietly.
    const third = launch(secrets, settings);
    await third.backend.restoreSession();
    expect(third.backend.getState().session).toEqual({ kind: 'signedOut' });
    expect(third.notifier.shown).toEqual([]);
  });

  it('falls back on the remembered password when the server refuses the stored token', async () => {
    const s = await harness.simulator({ contacts: 3 });
    const { secrets, settings } = await firstRun(s, true);
    const before = secrets.dump().get(s.user)?.tokens;
    s.control.faults.expireTokens();

    const second = launch(secrets, settings);
    await second.backend.restoreSession();
    expect(second.backend.getState().session).toMatchObject({ kind: 'connected' });
    expect(second.passwordAsked()).toBe(1);
    // The refused token was replaced by the new one.
    const after = secrets.dump().get(s.user)?.tokens;
    expect(Object.keys(after ?? {})).toEqual(Object.keys(before ?? {}));
    expect(Object.values(after ?? {})[0]?.accessToken).not.toBe(Object.values(before ?? {})[0]?.accessToken);
  });

  it('ends signed out with the reason in words when the saved password is no longer accepted', async () => {
    const s = await harness.simulator({ contacts: 3 });
    const { secrets, settings } = await firstRun(s, true);
    s.control.faults.expireTokens();
    await secrets.setPassword(s.user, 'changed-since'); // as if the password changed on the server

    const second = launch(secrets, settings);
    await second.backend.restoreSession();
    const reason = 'Your saved password was not accepted; sign in again.';
    expect(second.backend.getState().session).toEqual({ kind: 'signedOut', reason });
    expect(second.notifier.shown.map((n) => n.body)).toEqual([reason]);
    // Not tried again at every start: the refused password and token are gone.
    expect(secrets.dump().has(s.user)).toBe(false);
  });

  it('ends signed out in words when only an expired-on-the-server token is left', async () => {
    const s = await harness.simulator({ contacts: 3 });
    const { secrets, settings } = await firstRun(s, true);
    await secrets.deletePassword(s.user); // a token kept, no password (an older keyring entry)
    s.control.faults.expireTokens();

    const second = launch(secrets, settings);
    await second.backend.restoreSession();
    expect(second.backend.getState().session).toEqual({
      kind: 'signedOut',
      reason: 'Your saved sign-in has expired; sign in again.',
    });
    expect(secrets.dump().has(s.user)).toBe(false);
  });

  it('without a keyring, works for the session and starts signed out next time', async () => {
    const s = await harness.simulator({ contacts: 3 });
    const secrets = memorySecrets({ available: false });
    const settings = memorySettings();
    const first = launch(secrets, settings);
    const result = await first.signIn(s, { rememberPassword: true });
    expect(result).toMatchObject({
      ok: true,
      value: { session: { kind: 'connected' }, keyringAvailable: false },
    });
    await first.backend.shutdown();

    const second = launch(secrets, settings);
    await second.backend.restoreSession();
    expect(second.backend.getState().session).toEqual({ kind: 'signedOut' });
  });
});
