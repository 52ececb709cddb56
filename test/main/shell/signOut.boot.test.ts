// Signing out in the booted app leaves nothing that would sign the next person in without asking: the
// organisation page's session (both partitions, the one kept on disk with "Remember me" and the one in memory) loses
// its cookies, storage, HTTP cache and auth cache, and the default session the NTLM identities Chromium cached.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IpcResult } from '../../../main/ipc/contract.js';
import { startSimulator } from '../../../main/sim/index.js';
import type { Simulator } from '../../../main/sim/index.js';
import { bootMain, mainBundle, userDataWith } from '../../support/fakeElectron/boot.js';
import type { Snapshot } from '../../support/fakeElectron/boot.js';

const run = existsSync(mainBundle) || process.env.CI === 'true';
const PARTITIONS = ['ucwa-passive', 'persist:ucwa-passive'];
type State = { cookies: number; cleared: number; cacheCleared: number; authCacheCleared: number };

describe.runIf(run)('signing out in Electron', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({
      contacts: 1,
      signIn: { grants: ['urn:microsoft.rtc:passive', 'password'] },
    });
  });
  afterAll(() => sim?.close());

  it("clears the organisation page's sign-in session and the cached Windows identities", async () => {
    const booted = await bootMain([], { FAKE_ELECTRON_USER_DATA: userDataWith({}) });
    try {
      await booted.call('waitForWindowVisible');
      const signedIn = await booted.call<IpcResult<unknown>>('invoke', {
        channel: 'session:sign-in',
        args: {
          server: sim.discoverUrl,
          sipAddress: sim.user,
          password: sim.password,
          rememberPassword: true,
        },
        as: 'window',
      });
      expect(signedIn).toMatchObject({ ok: true });
      // What the page left behind once the user signed in there (in either partition).
      for (const partition of PARTITIONS)
        await booted.call('setCookie', { partition, url: sim.origin, name: 'MsRtcPassive', value: 'x' });
      const state = (partition: string) =>
        booted.call<State>('partitionState', { partition, url: sim.origin });
      await expect(state(PARTITIONS[0] ?? '')).resolves.toMatchObject({ cookies: 1 });
      const authBefore = (await booted.call<Snapshot & { defaultAuthCacheCleared: number }>('snapshot'))
        .defaultAuthCacheCleared;

      const out = await booted.call<IpcResult<unknown>>('invoke', {
        channel: 'session:sign-out',
        as: 'window',
      });
      expect(out).toMatchObject({ ok: true });
      for (const partition of PARTITIONS) {
        const after = await state(partition);
        expect(after.cookies).toBe(0);
        expect(after.cleared).toBeGreaterThan(0);
        expect(after.cacheCleared).toBeGreaterThan(0);
        expect(after.authCacheCleared).toBeGreaterThan(0);
      }
      const snap = await booted.call<Snapshot & { defaultAuthCacheCleared: number }>('snapshot');
      expect(snap.defaultAuthCacheCleared).toBe(authBefore + 1);
    } finally {
      booted.kill();
    }
  });
});
