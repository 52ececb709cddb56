// HTTP Negotiate (Kerberos, SPNEGO) for the CLI and any plain-Node client: the `Authorization: Negotiate …` value
// for a URL, from the user's Kerberos ticket cache (KRB5CCNAME, or the system default), through the npm `kerberos`
// addon. The Electron app does not use this: Chromium's network stack answers Negotiate itself. The addon is an
// optional dependency, loaded on first use and injectable (tests, and a clear refusal where it is not installed).
// The service principal is HTTP@<host of the URL>, as browsers ask for it (no DNS canonicalisation here).
// Only for a URL the trust policy allowed (trust.mayAnswerChallenge with 'windows'); over https, or http to loopback.
import type * as KerberosModule from 'kerberos';
import { isLoopbackHost } from '../urls.js';

/** The part of the `kerberos` package this module uses. */
export interface KerberosClientApi {
  GSS_MECH_OID_SPNEGO: number;
  initializeClient(
    service: string,
    options?: { mechOID?: number },
  ): Promise<{ step(challenge: string): Promise<string>; contextComplete: boolean }>;
}

export type NegotiateCode =
  /** The kerberos addon is not installed or did not load. */
  | 'KerberosUnavailable'
  /** No ticket in the cache (not signed in to a Kerberos realm: kinit). */
  | 'NoKerberosTicket'
  | 'KerberosTicketExpired'
  /** The realm has no HTTP/<host> principal: the server is not set up for Kerberos under that name. */
  | 'UnknownService'
  | 'KdcUnreachable'
  | 'KerberosFailed'
  | 'InsecureTransport';

export interface NegotiateRefusal {
  ok: false;
  code: NegotiateCode;
  host: string;
  /** GSSAPI's own words, for the log (not for the user). */
  detail: string;
}

export interface Negotiation {
  ok: true;
  /** `Negotiate <base64>`: the Authorization header value. */
  header: string;
  /** `HTTP@pool.contoso.com` */
  service: string;
  /**
   * Checks the server's answer token (the 200's `WWW-Authenticate: Negotiate …`): true when the server proved it
   * holds the service key (mutual authentication), false when it sent none or a wrong one.
   */
  verify(wwwAuthenticate: string | null): Promise<boolean>;
}

export type NegotiateResult = Negotiation | NegotiateRefusal;

export interface NegotiatorOptions {
  /** Default: import('kerberos'). */
  load?: () => Promise<KerberosClientApi>;
}

const defaultLoad = (): Promise<KerberosClientApi> =>
  import('kerberos').then(
    (m) => ((m as { default?: typeof KerberosModule }).default ?? m) as KerberosClientApi,
  );

function classify(message: string): NegotiateCode {
  if (/not found in Kerberos database/i.test(message)) return 'UnknownService';
  if (/expired/i.test(message)) return 'KerberosTicketExpired';
  if (/No Kerberos credentials|credentials cache|No credentials were supplied|No such file/i.test(message))
    return 'NoKerberosTicket';
  if (/Cannot contact any KDC|Cannot find KDC|Cannot resolve network address/i.test(message))
    return 'KdcUnreachable';
  return 'KerberosFailed';
}

/** The Negotiate token in a WWW-Authenticate value (fetch joins several headers with ", "). */
export function negotiateToken(wwwAuthenticate: string | null): string | undefined {
  const m = /(?:^|,)\s*Negotiate\s+([A-Za-z0-9+/]+=*)/i.exec(wwwAuthenticate ?? '');
  return m?.[1];
}

export class Negotiator {
  private readonly load: () => Promise<KerberosClientApi>;
  private loaded: Promise<KerberosClientApi> | undefined;

  constructor(options: NegotiatorOptions = {}) {
    this.load = options.load ?? defaultLoad;
  }

  /** A fresh Negotiate exchange for this URL's host. */
  async authorization(input: string | URL): Promise<NegotiateResult> {
    const url = new URL(input);
    const hostname = url.hostname.replace(/\.+$/, '');
    const refuse = (code: NegotiateCode, detail: string): NegotiateRefusal => ({
      ok: false,
      code,
      host: hostname,
      detail,
    });
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHost(hostname))) {
      return refuse('InsecureTransport', 'Negotiate is only sent over https');
    }
    let kerberos: KerberosClientApi;
    try {
      this.loaded ??= this.load();
      kerberos = await this.loaded;
    } catch (e) {
      this.loaded = undefined;
      return refuse('KerberosUnavailable', (e as Error).message);
    }
    const service = `HTTP@${hostname}`;
    try {
      const client = await kerberos.initializeClient(service, { mechOID: kerberos.GSS_MECH_OID_SPNEGO });
      const token = await client.step('');
      return {
        ok: true,
        header: `Negotiate ${token}`,
        service,
        async verify(wwwAuthenticate) {
          const answer = negotiateToken(wwwAuthenticate);
          if (answer === undefined) return false;
          try {
            await client.step(answer);
            return client.contextComplete;
          } catch {
            return false;
          }
        },
      };
    } catch (e) {
      const detail = (e as Error).message;
      return refuse(classify(detail), detail);
    }
  }
}
