// The backend asks once about a server outside the one the user signed in to: the sign-in is refused with the
// server named (UntrustedHost, its origin for the window to offer), a sign-in that carries the user's approval
// (trustHost) goes through and is remembered in settings, and the next sign-in trusts it without asking. A host the
// organisation trusts (the managed policy's trustedHosts, given as BackendDeps.policy) is never asked about.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackendDeps } from '../../../main/backend/index.js';
import { memorySettings } from '../../../main/ipc/memoryPorts.js';
import { startSimulator } from '../../../main/sim/index.js';
import type { Simulator } from '../../../main/sim/index.js';
import { backendHarness } from '../../support/backendHarness.js';
import { startRewritingProxy } from '../../support/foreignOrigin.js';
import type { RewritingProxy } from '../../support/foreignOrigin.js';

const harness = backendHarness();
let sim: Simulator;
let typed: RewritingProxy;
let pool: RewritingProxy;
beforeAll(async () => {
  sim = await startSimulator({ contacts: 3, seed: 9 });
  typed = await startRewritingProxy(sim);
  pool = await startRewritingProxy(sim, '127.0.0.3');
  // The address the user types redirects discovery to a pool on another host.
  typed.rewrite = (a) =>
    /autodiscoverservice\.svc\/root$/i.test(a.path)
      ? { ...a, status: 302, headers: new Headers({ location: `${pool.origin}${a.path}` }), body: '' }
      : a;
});
afterAll(async () => {
  await typed.close();
  await pool.close();
  await sim.close();
});

function setup(extra: Partial<BackendDeps> = {}) {
  const settings = memorySettings();
  const app = harness.launch({ settings, signInAtStart: false, ...extra });
  const account = { discoverUrl: typed.discoverUrl, user: sim.user, password: sim.password };
  const signIn = (trustHost?: string) => app.signIn(account, { trustHost });
  return { ...app, settings, signIn };
}

describe('a server outside the sign-in domain', () => {
  it('is refused with its name, then trusted once the user says so, and remembered', async () => {
    const { dispatch, settings, signIn } = setup();
    const host = pool.origin.slice('http://'.length);
    expect(await signIn()).toEqual({
      ok: false,
      error: {
        code: 'UntrustedHost',
        message: `The server pointed to ${host}, which you have not signed in to.`,
        host: pool.origin,
      },
    });
    expect(settings.get().trustedHosts).toEqual([]);

    expect(await signIn(pool.origin)).toMatchObject({
      ok: true,
      value: { session: { kind: 'connected' } },
    });
    expect(settings.get().trustedHosts).toEqual([pool.origin]);

    await dispatch('session:sign-out');
    expect(await signIn()).toMatchObject({ ok: true, value: { session: { kind: 'connected' } } });
  });

  it('is not asked about when the organisation trusts it', async () => {
    const { settings, signIn } = setup({
      policy: { policy: { trustedHosts: ['127.0.0.3'] }, problems: [], found: ['test'] },
    });
    expect(await signIn()).toMatchObject({ ok: true, value: { session: { kind: 'connected' } } });
    expect(settings.get().trustedHosts).toEqual([]);
  });
});
