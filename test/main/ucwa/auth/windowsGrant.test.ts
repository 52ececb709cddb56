// The protocol client signing in with the Windows account: a real ticket from a real KDC (test/support/kdc.ts)
// answers the simulator's 401 Negotiate on the token endpoint; no password is asked for or sent. The token renews
// the same way after it expires. Without a ticket the user is told to get one; a pool that does not offer the
// Windows grant says so. A challenge naming another host never gets a Negotiate header (the foreign origin records).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../../../main/sim/index.js';
import { Negotiator } from '../../../../main/ucwa/auth/negotiate.js';
import { UcwaClient } from '../../../../main/ucwa/client.js';
import { errorMessage } from '../../../../main/words/trust.js';
import { startForeignOrigin, startRewritingProxy } from '../../../support/foreignOrigin.js';
import { canRunKerberos, type Kdc, startKdc } from '../../../support/kdc.js';

const WINDOWS = 'urn:microsoft.rtc:windows';
const run = await canRunKerberos('Windows grant (Kerberos)');

describe.skipIf(!run)('signing in with the Windows account (Kerberos)', () => {
  let kdc: Kdc;
  let restore: () => void;
  let sim: Simulator;
  beforeAll(async () => {
    kdc = await startKdc({ serviceHosts: ['127.0.0.1'] });
    restore = kdc.useEnv();
    sim = await startSimulator({
      contacts: 3,
      signIn: { grants: [WINDOWS, 'password'], kerberos: { keytab: kdc.keytab } },
    });
  });
  afterAll(async () => {
    await sim?.close();
    restore?.();
    await kdc?.stop();
  });

  const signIn = (extra: Partial<Parameters<typeof UcwaClient.signIn>[0]> = {}) =>
    UcwaClient.signIn({
      sipAddress: sim.user,
      discoverUrl: sim.discoverUrl,
      endpointId: 'windows-grant',
      windows: new Negotiator(),
      ...extra,
    });

  it('signs in with no password, and renews the token the same way', async () => {
    const bodies: string[] = [];
    const client = await signIn({
      fetch: (url: string, init: RequestInit) => {
        if (typeof init.body === 'string') bodies.push(init.body);
        return fetch(url, init);
      },
    });
    try {
      expect((await client.contacts()).length).toBeGreaterThan(0);
      expect(sim.control.signIn.history().at(-1)).toMatchObject({ method: 'kerberos', ok: true });
      sim.control.faults.expireTokens();
      expect((await client.contacts()).length).toBeGreaterThan(0);
      const kerberos = sim.control.signIn.history().filter((r) => r.method === 'kerberos' && r.ok);
      expect(kerberos.length).toBeGreaterThanOrEqual(2);
      expect(bodies.some((b) => b.includes('password'))).toBe(false);
    } finally {
      await client.signOut();
    }
  });

  it('tells the user to get a Kerberos ticket when there is none', async () => {
    await kdc.kdestroy();
    try {
      const refused = await signIn().catch((e: unknown) => e);
      expect(refused).toMatchObject({ code: 'Unauthorized', subcode: 'NoKerberosTicket' });
      expect(errorMessage(refused)).toBe(
        'You have no Kerberos ticket. Sign in to your domain first (for example with kinit), then try again.',
      );
    } finally {
      await kdc.kinit();
    }
  });

  it('sends no Negotiate header to a challenge that names another host', async () => {
    const foreign = await startForeignOrigin();
    const proxy = await startRewritingProxy(sim);
    proxy.rewrite = (a) => {
      const challenge = a.headers.get('www-authenticate');
      if (challenge?.includes('MsRtcOAuth'))
        a.headers.set(
          'www-authenticate',
          challenge.replace(/href="[^"]*"/, `href="${foreign.origin}/token"`),
        );
      return a;
    };
    try {
      const refused = await signIn({ discoverUrl: proxy.discoverUrl }).catch((e: unknown) => e);
      expect(refused).toMatchObject({ subcode: 'TokenEndpointElsewhere' });
      expect(foreign.requests).toEqual([]);
    } finally {
      await proxy.close();
      await foreign.close();
    }
  });
});

describe('signing in with the Windows account over NTLM (no Kerberos to be had)', () => {
  const noKerberos = { authorization: () => Promise.reject(new Error('Kerberos is not offered here')) };
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ contacts: 2, signIn: { grants: [WINDOWS], ntlm: {} } });
  });
  afterAll(() => sim?.close());
  const signIn = (password: string) =>
    UcwaClient.signIn({
      sipAddress: sim.user,
      discoverUrl: sim.discoverUrl,
      endpointId: 'windows-ntlm',
      windows: noKerberos,
      ntlm: true,
      username: 'CONTOSO\\demo',
      password,
    });

  it('answers NTLM with the Windows user name and password, and renews the same way', async () => {
    const client = await signIn(sim.password);
    try {
      expect((await client.contacts()).length).toBeGreaterThan(0);
      sim.control.faults.expireTokens();
      expect((await client.contacts()).length).toBeGreaterThan(0);
      const ntlm = sim.control.signIn.history().filter((r) => r.method === 'ntlm' && r.ok);
      expect(ntlm.map((r) => r.user)).toEqual(['CONTOSO\\demo', 'CONTOSO\\demo']);
    } finally {
      await client.signOut();
    }
  });

  it('says NTLM refused a wrong password in words', async () => {
    const refused = await signIn('wrong').catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'Unauthorized', subcode: 'NtlmRefused' });
    expect(errorMessage(refused)).toBe(
      'The server refused your Windows user name or password (NTLM). Check both and try again.',
    );
  });
});

describe('a pool that does not offer the Windows grant', () => {
  it('says so, and asks Kerberos for nothing', async () => {
    const sim = await startSimulator({ contacts: 1 });
    let asked = 0;
    try {
      const refused = await UcwaClient.signIn({
        sipAddress: sim.user,
        discoverUrl: sim.discoverUrl,
        endpointId: 'windows-not-offered',
        windows: { authorization: () => (asked++, Promise.reject(new Error('unused'))) },
      }).catch((e: unknown) => e);
      expect(refused).toMatchObject({ code: 'Unauthorized', subcode: 'WindowsNotOffered' });
      expect(asked).toBe(0);
    } finally {
      await sim.close();
    }
  });
});
