// session:sign-in-methods: what the server's challenge offers for an address, in its order, less what the
// organisation's policy does not allow; only anonymous requests are made (no password exists yet).
import { describe, expect, it } from 'vitest';
import type { BackendDeps } from '../../../main/backend/index.js';
import type { SimGrant } from '../../../main/sim/index.js';
import { backendHarness } from '../../support/backendHarness.js';

const harness = backendHarness();

async function methods(grants: SimGrant[] | undefined, extra: Partial<BackendDeps> = {}) {
  // NTLM stands in for the Windows grant's proof here: only the offer is read.
  const sim = await harness.simulator({
    contacts: 1,
    signIn: grants === undefined ? undefined : { grants, ntlm: {} },
  });
  const requests: Array<{ path: string; status: number }> = [];
  sim.control.onRequest((r) => requests.push({ path: r.path, status: r.status }));
  const { dispatch } = harness.launch({ signInAtStart: false, ...extra });
  const result = await dispatch('session:sign-in-methods', { server: sim.discoverUrl, sipAddress: sim.user });
  return { result, requests };
}

describe('the sign-in methods a server offers', () => {
  it('lists the advertised grants in the server’s order, sending no credential', async () => {
    const { result, requests } = await methods([
      'urn:microsoft.rtc:windows',
      'urn:microsoft.rtc:passive',
      'urn:microsoft.rtc:anonmeeting',
      'password',
    ]);
    expect(result).toEqual({ ok: true, value: { methods: ['windows', 'passive', 'password'] } });
    // Discovery, then the user resource's 401: no token was asked for.
    expect(requests.at(-1)).toMatchObject({ path: expect.stringMatching(/oauth\/user(\?|$)/), status: 401 });
    expect(requests.filter((r) => /oauthtoken/i.test(r.path))).toEqual([]);
  });

  it('offers only the password method for a pool that only takes passwords', async () => {
    expect((await methods(undefined)).result).toEqual({ ok: true, value: { methods: ['password'] } });
  });

  it('leaves out what the organisation does not allow', async () => {
    const { result } = await methods(['urn:microsoft.rtc:windows', 'password'], {
      policy: { policy: { signInMethods: ['password', 'passive'] }, problems: [], found: ['test'] },
    });
    expect(result).toEqual({ ok: true, value: { methods: ['password'] } });
  });
});
