// Windows sign-in in the booted app: Chromium may answer Negotiate/NTLM only for the hosts the user or the
// organisation trusts and, for a Windows sign-in, those of the sign-in under way (allowNTLMCredentialsForDomains,
// as the fake records it); with nothing trusted, a value that matches no host. A Negotiate 401 that reaches the app
// (the fake's net, like Chromium without a ticket, does not answer it) is a failure in words, no password asked for.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IpcResult } from '../../../main/ipc/contract.js';
import { startSimulator } from '../../../main/sim/index.js';
import type { Simulator } from '../../../main/sim/index.js';
import { bootMain, mainBundle, userDataWith } from '../../support/fakeElectron/boot.js';
import type { Snapshot } from '../../support/fakeElectron/boot.js';

const run = existsSync(mainBundle) || process.env.CI === 'true';
type Recorded = Snapshot & { ntlmDomains: string[] };

function policyFile(policy: Record<string, unknown>): string {
  const file = join(mkdtempSync(join(tmpdir(), 'ucwa-tray-policy-')), 'policy.json');
  writeFileSync(file, JSON.stringify(policy));
  return file;
}

describe.runIf(run)('integrated Windows authentication in Electron', () => {
  let sim: Simulator;
  beforeAll(async () => {
    // Negotiate is offered (the keytab is only read to check a ticket, and none will come).
    sim = await startSimulator({
      contacts: 1,
      signIn: { grants: ['urn:microsoft.rtc:windows'], kerberos: { keytab: join(tmpdir(), 'no.keytab') } },
    });
  });
  afterAll(() => sim?.close());

  it('allows no host before any sign-in when nothing is trusted', async () => {
    const booted = await bootMain([], { FAKE_ELECTRON_USER_DATA: userDataWith({}) });
    try {
      await booted.call('waitForWindowVisible');
      expect((await booted.call<Recorded>('snapshot')).ntlmDomains).toEqual(['*.invalid']);
    } finally {
      booted.kill();
    }
  });

  it('allows the trusted hosts, then those of the Windows sign-in, which fails in words where Chromium could not answer', async () => {
    const booted = await bootMain([], {
      FAKE_ELECTRON_PLATFORM: 'linux',
      FAKE_ELECTRON_USER_DATA: userDataWith({ trustedHosts: ['https://pool.fabrikam.com:4443'] }),
      UCWA_TRAY_POLICY_FILE: policyFile({ TrustedHosts: ['contoso.net'] }),
    });
    try {
      await booted.call('waitForWindowVisible');
      const trusted = 'pool.fabrikam.com,contoso.net,*.contoso.net';
      expect((await booted.call<Recorded>('snapshot')).ntlmDomains).toEqual([trusted]);
      const result = await booted.call<IpcResult<unknown>>('invoke', {
        channel: 'session:sign-in',
        args: { server: sim.discoverUrl, sipAddress: sim.user, method: 'windows', rememberPassword: false },
        as: 'window',
      });
      expect(result).toEqual({
        ok: false,
        error: { code: 'InvalidGrant', message: 'Kerberos sign-in to 127.0.0.1 did not work.' },
      });
      const domain = sim.user.split('@')[1];
      expect((await booted.call<Recorded>('snapshot')).ntlmDomains.at(-1)).toBe(
        `${trusted},127.0.0.1,${domain},*.${domain}`,
      );
      // A password sign-in needs no Windows credentials: the sign-in's hosts go again.
      await booted.call('invoke', {
        channel: 'session:sign-in',
        args: { server: sim.discoverUrl, sipAddress: sim.user, password: 'x', rememberPassword: false },
        as: 'window',
      });
      expect((await booted.call<Recorded>('snapshot')).ntlmDomains.at(-1)).toBe(trusted);
    } finally {
      booted.kill();
    }
  });
});

// NTLM where no Windows account can answer: Chromium asks through `login` (the token request's ClientRequest, the
// sign-in page's app event). The fake's net asks as Chromium does and, given an account, runs NTLM's two rounds.
describe.runIf(run)('NTLM asking for a user name and password in Electron', () => {
  type Login = {
    via: string;
    host: string;
    port: number;
    isProxy: boolean;
    scheme: string;
    answered: boolean;
  };
  type WithLogins = Snapshot & { logins: Login[] };
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ contacts: 1, signIn: { grants: ['urn:microsoft.rtc:windows'], ntlm: {} } });
  });
  afterAll(() => sim?.close());
  const windowsArgs = (account?: { username: string; password: string }) => ({
    server: sim.discoverUrl,
    sipAddress: sim.user,
    method: 'windows',
    rememberPassword: false,
    ...account,
  });

  it('answers the pool with the account typed in the sign-in form, once, and refuses any other host, a proxy and Basic', async () => {
    const booted = await bootMain([], { FAKE_ELECTRON_USER_DATA: userDataWith({}) });
    try {
      await booted.call('waitForWindowVisible');
      const result = await booted.call<IpcResult<unknown>>('invoke', {
        channel: 'session:sign-in',
        args: windowsArgs({ username: 'CONTOSO\\demo', password: sim.password }),
        as: 'window',
      });
      expect(result).toMatchObject({ ok: true });
      // Chromium asked once, for the pool, and got the account: the server checked NTLMv2 for it.
      const port = Number(new URL(sim.discoverUrl).port);
      expect((await booted.call<WithLogins>('snapshot')).logins).toEqual([
        {
          via: 'request',
          isProxy: false,
          scheme: 'ntlm',
          host: '127.0.0.1',
          port,
          realm: '',
          answered: true,
        },
      ]);
      expect(sim.control.signIn.history().at(-1)).toMatchObject({
        method: 'ntlm',
        ok: true,
        user: 'CONTOSO\\demo',
      });

      // A page asking from a host nobody trusts, a proxy, Basic, or the pool again: nothing goes.
      const ask = (info: Record<string, unknown>) =>
        booted.call<{ prevented: boolean; answered: boolean }>('appLogin', info);
      await expect(ask({ host: 'fabrikam.example' })).resolves.toEqual({ prevented: true, answered: false });
      await expect(ask({ host: 'evil.127.0.0.1' })).resolves.toEqual({ prevented: true, answered: false });
      await expect(ask({ host: '127.0.0.1', port: 8080, isProxy: true })).resolves.toEqual({
        prevented: true,
        answered: false,
      });
      await expect(ask({ host: '127.0.0.1', port, scheme: 'basic' })).resolves.toEqual({
        prevented: true,
        answered: false,
      });
      await expect(ask({ host: '127.0.0.1', port })).resolves.toEqual({ prevented: true, answered: false });
      const logins = (await booted.call<WithLogins>('snapshot')).logins;
      expect(logins.filter((l) => l.answered)).toHaveLength(1);
    } finally {
      booted.kill();
    }
  });

  it('refuses when no account was typed, and the sign-in says to enter the Windows user name and password', async () => {
    const booted = await bootMain([], { FAKE_ELECTRON_USER_DATA: userDataWith({}) });
    try {
      await booted.call('waitForWindowVisible');
      const before = sim.control.signIn.history().length;
      const result = await booted.call<IpcResult<unknown>>('invoke', {
        channel: 'session:sign-in',
        args: windowsArgs(),
        as: 'window',
      });
      expect(result).toMatchObject({
        ok: false,
        error: {
          message: expect.stringContaining('enter your Windows user name and password') as unknown,
        },
      });
      expect((await booted.call<WithLogins>('snapshot')).logins).toMatchObject([
        { via: 'request', host: '127.0.0.1', answered: false },
      ]);
      // Chromium was refused, so no NTLM answer reached the server.
      expect(sim.control.signIn.history().slice(before)).not.toContainEqual(
        expect.objectContaining({ method: 'ntlm' }),
      );
    } finally {
      booted.kill();
    }
  });
});
