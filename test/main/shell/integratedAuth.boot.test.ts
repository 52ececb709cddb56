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
