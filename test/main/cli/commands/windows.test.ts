// `ucwa relationship … --windows`: the Windows grant from the CLI with a real Kerberos ticket (test KDC), no
// password anywhere; without a ticket, the words say to get one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../../../main/sim/index.js';
import { canRunKerberos, type Kdc, startKdc } from '../../../support/kdc.js';
import { runCli } from './cli.js';

const run = await canRunKerberos('CLI Windows sign-in (Kerberos)');

describe.skipIf(!run)('ucwa relationship --windows', () => {
  let kdc: Kdc;
  let sim: Simulator;
  beforeAll(async () => {
    kdc = await startKdc({ serviceHosts: ['127.0.0.1'] });
    sim = await startSimulator({
      contacts: 2,
      signIn: { grants: ['urn:microsoft.rtc:windows'], kerberos: { keytab: kdc.keytab } },
    });
  });
  afterAll(async () => {
    await sim?.close();
    await kdc?.stop();
  });

  const contact = (): string => {
    const c = sim.control.contacts().find((x) => x.inContactList);
    if (c === undefined) throw new Error('no contact');
    return c.uri;
  };
  const relationship = () =>
    runCli(
      ['relationship', 'get', '--discover', sim.discoverUrl, '--user', sim.user, '--windows', contact()],
      {
        env: { ...kdc.env },
      },
    );

  it('signs in with the Kerberos ticket and no password', async () => {
    const r = await relationship();
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ uri: contact() });
    expect(sim.control.signIn.history().at(-1)).toMatchObject({ method: 'kerberos', ok: true });
  });

  it('says to get a ticket when there is none', async () => {
    await kdc.kdestroy();
    try {
      const r = await relationship();
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('You have no Kerberos ticket.');
    } finally {
      await kdc.kinit();
    }
  });
});

describe('ucwa relationship --windows over NTLM', () => {
  it('signs in with --account DOMAIN\\user and the password where the pool offers only NTLM', async () => {
    const sim = await startSimulator({
      contacts: 2,
      signIn: { grants: ['urn:microsoft.rtc:windows'], ntlm: {} },
    });
    try {
      const c = sim.control.contacts().find((x) => x.inContactList);
      if (c === undefined) throw new Error('no contact');
      const args = ['relationship', 'get', '--discover', sim.discoverUrl, '--user', sim.user, '--windows'];
      const r = await runCli([...args, '--account', 'CONTOSO\\demo', c.uri], {
        env: { UCWA_PASSWORD: sim.password },
      });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(sim.control.signIn.history().at(-1)).toMatchObject({
        method: 'ntlm',
        ok: true,
        user: 'CONTOSO\\demo',
      });
    } finally {
      await sim.close();
    }
  });
});
