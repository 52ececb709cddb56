// The CLI's Negotiate: a real ticket from a real KDC turned into an Authorization value the simulator accepts
// (see test/main/sim/signInWindows.test.ts for the server's side), and every way it can fail, in words.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type KerberosClientApi,
  type NegotiateRefusal,
  Negotiator,
  negotiateToken,
} from '../../../../main/ucwa/auth/negotiate.js';
import { negotiateMessage } from '../../../../main/words/trust.js';
import { canRunKerberos, type Kdc, startKdc } from '../../../support/kdc.js';

function failingKerberos(message: string): KerberosClientApi {
  return {
    GSS_MECH_OID_SPNEGO: 6,
    initializeClient: () => Promise.reject(new Error(message)),
  };
}

describe('Negotiator without Kerberos', () => {
  it('refuses plain http to a non-loopback host before touching Kerberos', async () => {
    let loaded = 0;
    const n = new Negotiator({ load: () => (loaded++, Promise.reject(new Error('unused'))) });
    const r = await n.authorization('http://pool.contoso.com/WebTicket/oauthtoken');
    expect(r).toMatchObject({ ok: false, code: 'InsecureTransport', host: 'pool.contoso.com' });
    expect(loaded).toBe(0);
  });

  it('says so when the kerberos addon is missing, and tries to load it again next time', async () => {
    let loaded = 0;
    const n = new Negotiator({
      load: () => (loaded++, Promise.reject(new Error("Cannot find module 'kerberos'"))),
    });
    const r = await n.authorization('https://pool.contoso.com/');
    expect(r).toMatchObject({ ok: false, code: 'KerberosUnavailable' });
    expect(negotiateMessage(r as NegotiateRefusal)).toBe(
      'Windows sign-in needs Kerberos support, which is not installed with this copy of the app.',
    );
    await n.authorization('https://pool.contoso.com/');
    expect(loaded).toBe(2);
  });

  it.each([
    ['No Kerberos credentials available (default cache: FILE:/tmp/krb5cc_0)', 'NoKerberosTicket'],
    ['Ticket expired', 'KerberosTicketExpired'],
    ['Server HTTP/pool.contoso.com@CONTOSO.COM not found in Kerberos database', 'UnknownService'],
    ['Cannot contact any KDC for realm CONTOSO.COM', 'KdcUnreachable'],
    ['Something else entirely', 'KerberosFailed'],
  ])('tells GSSAPI failures apart: %s', async (message, code) => {
    const r = await new Negotiator({ load: () => Promise.resolve(failingKerberos(message)) }).authorization(
      'https://Pool.Contoso.com./WebTicket/oauthtoken',
    );
    expect(r).toEqual({ ok: false, code, host: 'pool.contoso.com', detail: message });
    const words = negotiateMessage(r as NegotiateRefusal);
    expect(words).toMatch(/^[A-Zp].*\.$/);
    expect(words).not.toContain(message);
  });

  it('finds the Negotiate token among joined WWW-Authenticate values', () => {
    expect(negotiateToken('NTLM, Negotiate YIIabc+/==')).toBe('YIIabc+/==');
    expect(negotiateToken('Negotiate')).toBeUndefined();
    expect(negotiateToken(null)).toBeUndefined();
  });
});

const run = await canRunKerberos('Negotiate client (Kerberos)');

describe.skipIf(!run)('Negotiator with a real KDC', () => {
  let kdc: Kdc;
  let restore: () => void;
  beforeAll(async () => {
    kdc = await startKdc({ serviceHosts: ['127.0.0.1', 'pool.contoso.test'] });
    restore = kdc.useEnv();
  });
  afterAll(async () => {
    restore?.();
    await kdc?.stop();
  });

  it('makes a SPNEGO token for HTTP@<host> from the ticket cache', async () => {
    const r = await new Negotiator().authorization('https://pool.contoso.test/WebTicket/oauthtoken');
    if (!r.ok) throw new Error(r.detail);
    expect(r.service).toBe('HTTP@pool.contoso.test');
    // SPNEGO's initial token: an ASN.1 [APPLICATION 0] with the SPNEGO OID 1.3.6.1.5.5.2.
    const bytes = Buffer.from(r.header.replace(/^Negotiate /, ''), 'base64');
    expect(bytes[0]).toBe(0x60);
    expect(bytes.includes(Buffer.from([0x06, 0x06, 0x2b, 0x06, 0x01, 0x05, 0x05, 0x02]))).toBe(true);
    // The server sent no mutual-authentication token: not verified.
    expect(await r.verify(null)).toBe(false);
    expect(await r.verify('Negotiate AAAA')).toBe(false);
  });

  it('names the host when the realm has no service for it', async () => {
    const r = await new Negotiator().authorization('https://unknown.contoso.test/');
    expect(r).toMatchObject({ ok: false, code: 'UnknownService', host: 'unknown.contoso.test' });
    expect(negotiateMessage(r as NegotiateRefusal)).toBe(
      'unknown.contoso.test is not set up for Kerberos sign-in in your domain.',
    );
  });

  it('asks for a ticket when the cache is empty, and works again after kinit', async () => {
    await kdc.kdestroy();
    const r = await new Negotiator().authorization('https://pool.contoso.test/');
    expect(r).toMatchObject({ ok: false, code: 'NoKerberosTicket' });
    expect(negotiateMessage(r as NegotiateRefusal)).toMatch(/no Kerberos ticket/);
    await kdc.kinit();
    expect((await new Negotiator().authorization('https://pool.contoso.test/')).ok).toBe(true);
  });

  it('says the KDC cannot be reached when it is down', async () => {
    const other = await startKdc({ realm: 'DOWN.TEST' });
    const back = other.useEnv();
    try {
      await other.halt();
      const r = await new Negotiator().authorization('https://pool.down.test/');
      expect(r).toMatchObject({ ok: false, code: 'KdcUnreachable' });
      expect(negotiateMessage(r as NegotiateRefusal)).toMatch(/cannot be reached/);
    } finally {
      back();
      await other.stop();
    }
  });
});
