// The organisation's sign-in page in the booted app (the built main bundle over the fake Electron): when the page's
// server asks for a Windows account (app `login` from the sign-in window, as Chromium emits it for ADFS's Windows
// Integrated Authentication), the sign-in ends with words that make the form ask for one; signed in again with the
// account typed, the page's server gets it once, and a second ask (the server refused it) ends the sign-in in words.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IpcResult } from '../../../main/ipc/contract.js';
import { startSimulator } from '../../../main/sim/index.js';
import type { Simulator } from '../../../main/sim/index.js';
import { bootMain, mainBundle, userDataWith } from '../../support/fakeElectron/boot.js';

const run = existsSync(mainBundle) || process.env.CI === 'true';
type Asked = { prevented: boolean; answered: boolean };

describe.runIf(run)("the organisation's sign-in page asking for a Windows account, in Electron", () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ contacts: 1, signIn: { grants: ['urn:microsoft.rtc:passive'] } });
  });
  afterAll(() => sim?.close());

  it('asks the form for the account, then gives it to the page once and says when it was refused', async () => {
    const booted = await bootMain([], { FAKE_ELECTRON_USER_DATA: userDataWith({}) });
    try {
      await booted.call('waitForWindowVisible');
      const page = new URL(sim.origin);
      const asks = () =>
        booted.call<Asked>('appLogin', { host: page.hostname, port: Number(page.port), scheme: 'ntlm' });
      const signIn = (extra: Record<string, unknown>) =>
        booted.call<IpcResult<unknown>>('invoke', {
          channel: 'session:sign-in',
          args: {
            server: sim.discoverUrl,
            sipAddress: sim.user,
            method: 'passive',
            rememberPassword: false,
            ...extra,
          },
          as: 'window',
        });

      const first = signIn({});
      await booted.call('waitForWindows', { count: 2 });
      await expect(asks()).resolves.toEqual({ prevented: true, answered: false });
      await expect(first).resolves.toMatchObject({
        ok: false,
        error: {
          needsAccount: true,
          message: expect.stringContaining('asks for your Windows user name and password') as unknown,
        },
      });

      const second = signIn({ username: 'CONTOSO\\demo', password: 'windows-pw' });
      await booted.call('waitForWindows', { count: 3 });
      await expect(asks()).resolves.toEqual({ prevented: true, answered: true });
      await expect(asks()).resolves.toEqual({ prevented: true, answered: false });
      await expect(second).resolves.toMatchObject({
        ok: false,
        error: { message: expect.stringContaining('did not accept that Windows account') as unknown },
      });
      // The pool itself never got the password.
      expect(sim.control.signIn.history().filter((h) => h.method === 'password')).toEqual([]);
    } finally {
      booted.kill();
    }
  });
});
