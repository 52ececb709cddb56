// Signing in through the organisation's sign-in page (the passive grant) in the backend, over the simulator: the
// page completed as the user would (test/support/passiveSignIn.ts, its cookie jar standing in for the sign-in
// window's session). The method is remembered in settings; the next start signs in with it without showing the page
// (the stored token, else the page's cookie), and when the cookie no longer works either, a notification says to
// sign in again, the page unopened. Sign-out forgets the page's cookies.
import { describe, expect, it } from 'vitest';
import { memorySecrets, memorySettings } from '../../../main/ipc/memoryPorts.js';
import type { SecretPort, SettingsPort } from '../../../main/ipc/ports.js';
import type { Simulator } from '../../../main/sim/index.js';
import { backendHarness } from '../../support/backendHarness.js';
import { nodePassiveSignIn, type NodePassiveSignIn } from '../../support/passiveSignIn.js';

const PASSIVE = 'urn:microsoft.rtc:passive';
const harness = backendHarness();

/** The page completed by the simulator's user; `forgotten`: how many times the app asked to drop its cookies. */
function page(s: Simulator): NodePassiveSignIn & { remembered: boolean[]; forgotten: number } {
  const signIn = nodePassiveSignIn({
    username: s.user.slice(4),
    password: s.password,
    code: () => s.control.signIn.issueCode(),
  });
  return Object.assign(signIn, { remembered: [] as boolean[], forgotten: 0 });
}

/** One app run over this keyring and settings, signing in through `signIn` (its cookies outlive the run). */
function launch(signIn: ReturnType<typeof page>, secrets: SecretPort, settings: SettingsPort) {
  return harness.launch({
    settings,
    secrets,
    passiveSignIn: Object.assign(
      (remember: boolean) => {
        signIn.remembered.push(remember);
        return signIn;
      },
      {
        forget: async () => {
          signIn.forgotten += 1;
        },
      },
    ),
  });
}

/** First run: the user picks "Organisation sign-in page", ticks Remember me, signs in; then quits. */
async function firstRun(s: Simulator) {
  const secrets = memorySecrets();
  const settings = memorySettings();
  const signIn = page(s);
  const app = launch(signIn, secrets, settings);
  const args = { server: s.discoverUrl, sipAddress: s.user, method: 'passive', rememberPassword: true };
  const result = await app.dispatch('session:sign-in', args);
  expect(result).toMatchObject({ ok: true, value: { session: { kind: 'connected' }, contactCount: 3 } });
  await app.backend.shutdown();
  return { secrets, settings, signIn };
}

describe('signing in through the organisation sign-in page', () => {
  it('reaches the contacts through the page, remembers the method, and keeps no password', async () => {
    const s = await harness.simulator({ contacts: 3, signIn: { grants: [PASSIVE, 'password'] } });
    const { secrets, settings, signIn } = await firstRun(s);
    expect(signIn.opened).toHaveLength(1);
    expect(signIn.remembered).toEqual([true]);
    expect(settings.get()).toMatchObject({ signInMethod: 'passive', user: s.user, rememberPassword: true });
    expect(await secrets.getPassword(s.user)).toBeNull();
    expect(s.control.signIn.history().at(-1)).toEqual({ method: 'passive', ok: true, user: s.user });
  });

  it('signs in again at start with the stored token, then with the page cookie, never showing the page', async () => {
    const s = await harness.simulator({ contacts: 3, signIn: { grants: [PASSIVE, 'password'] } });
    const { secrets, settings, signIn } = await firstRun(s);

    const second = launch(signIn, secrets, settings);
    await second.backend.restoreSession();
    expect(second.backend.getState()).toMatchObject({ session: { kind: 'connected' }, contactCount: 3 });
    await second.backend.shutdown();

    // The token ran out meanwhile: the page's cookie buys a new one.
    const grants = s.control.signIn.counts().passive;
    s.control.faults.expireTokens();
    const third = launch(signIn, secrets, settings);
    await third.backend.restoreSession();
    expect(third.backend.getState()).toMatchObject({ session: { kind: 'connected' }, contactCount: 3 });
    expect(s.control.signIn.counts().passive).toBe(grants + 1);
    expect(signIn.opened).toHaveLength(1);
    expect(third.notifier.shown).toEqual([]);
  });

  it('tells the user to sign in again with the page when its cookie no longer works, without opening it', async () => {
    const s = await harness.simulator({ contacts: 3, signIn: { grants: [PASSIVE, 'password'] } });
    const { secrets, settings, signIn } = await firstRun(s);
    s.control.signIn.expireSessions();
    s.control.faults.expireTokens();

    const second = launch(signIn, secrets, settings);
    await second.backend.restoreSession();
    const reason = "Sign in again with your organisation's page.";
    expect(second.backend.getState().session).toEqual({ kind: 'signedOut', reason });
    expect(signIn.opened).toHaveLength(1);
    expect(second.notifier.shown).toMatchObject([{ body: reason, target: { view: 'signIn' } }]);
    // Clicking it opens the window on the sign-in view, the method still the page.
    const windowOpened = new Promise((resolve) => second.backend.on('showWindow', resolve));
    second.notifier.shown[0]?.click();
    await windowOpened;
    expect(await second.call('settings:get')).toMatchObject({ signInMethod: 'passive' });
  });

  it('forgets the page cookies at sign-out directly, without making a sign-in page', async () => {
    const s = await harness.simulator({ contacts: 3, signIn: { grants: [PASSIVE, 'password'] } });
    const { secrets, settings, signIn } = await firstRun(s);
    const second = launch(signIn, secrets, settings);
    await second.backend.restoreSession();
    signIn.remembered.length = 0;
    await second.call('session:sign-out');
    // Once, for the pages of both kinds (kept between runs and of this run), and no page made just to forget it.
    expect(signIn.forgotten).toBe(1);
    expect(signIn.remembered).toEqual([]);
  });
});
