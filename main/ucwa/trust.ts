// Who may be asked, and who may be given a credential (design.md "Trust and sign-in"). One object per sign-in
// holds the trusted set: the origin the user typed, or what discovery reached from the user's own sign-in domain;
// pool origins that a trusted `user` (or its `redirect` resource) announces; origins the user approved (the caller
// persists them). A password, Windows auth, a cookie or a bearer token goes only to a trusted origin over https
// (plain http only to loopback: the simulator), and to a token endpoint only when a challenge from that same origin
// named it. Everything is decided on canonical origins (WHATWG URL parsing: lower case, punycode, default ports
// dropped, IPv6 compressed; trailing dots stripped here), never on strings as the server wrote them.
// Decisions are data: `{ok: true, …}` or `{ok: false, code, host}`; main/words/trust.ts has the words.
// Where it plugs in: the transport asks mayRequest (or mayDiscover for an anonymous discovery hop) before every
// fetch and maySend before attaching a token; discovery asks followRedirect for each 3xx/`redirect` and reached for
// the `user` URL it found; the pool walk asks announced for a user/redirect resource's link to another pool; the
// token layer asks mayAnswerChallenge before it posts any grant, and mayOpenSignInPage before the passive window.
// A refusal becomes a UcwaError with the same code and these words, and no request is made.
import { UcwaError, isUcwaError } from './errors.js';
import { isLoopbackHost } from './urls.js';

export type Credential = 'password' | 'windows' | 'cookie' | 'bearer';

export type TrustCode =
  /** The host is not in the trusted set: nothing is sent, not even an anonymous request. */
  | 'UntrustedHost'
  /** Plain http to a host that is not loopback. */
  | 'InsecureTransport'
  /** Not an http(s) URL, unparsable, or carrying a user name/password (`https://a@b/`). */
  | 'BadUrl'
  /** A challenge named a token endpoint on another origin than its own. */
  | 'TokenEndpointElsewhere';

export interface TrustRefusal {
  ok: false;
  code: TrustCode;
  /** The host (with a non-default port) the decision is about, canonical; '' when the URL had none. */
  host: string;
}

export type TrustDecision = { ok: true; origin: string } | TrustRefusal;
export type ChallengeDecision = { ok: true; origin: string; tokenUrl: string } | TrustRefusal;

export interface TrustInit {
  /** Discovery starts from this domain (`contoso.com`, from the sign-in address). */
  signInDomain?: string;
  /** Or from the server the user typed (a discover URL): its origin is trusted from the start. */
  server?: string;
  /** Origins (or bare host names, meaning https on 443) the user approved earlier. */
  approved?: readonly string[];
  /**
   * Hosts or domains the organisation trusts (managed policy `trustedHosts`): discovery may go there as it may in
   * the sign-in domain (a domain covers its subdomains); a host joins the trusted set once discovery reaches it.
   */
  trustedDomains?: readonly string[];
}

interface Canonical {
  url: URL;
  origin: string;
  /** host[:port], trailing dots stripped */
  host: string;
  hostname: string;
  secure: boolean;
}

function refuse(code: TrustCode, host: string): TrustRefusal {
  return { ok: false, code, host };
}

/** Parses and canonicalises an http(s) URL, or says why it cannot be used. */
function canonical(input: string | URL, base?: string): Canonical | TrustRefusal {
  let url: URL;
  try {
    url = new URL(input, base);
  } catch {
    return refuse('BadUrl', '');
  }
  const hostname = url.hostname.replace(/\.+$/, '');
  const host = url.port === '' ? hostname : `${hostname}:${url.port}`;
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return refuse('BadUrl', host);
  // userinfo never belongs in a UCWA href, and `https://trusted@evil/` exists only to mislead.
  if (url.username !== '' || url.password !== '' || hostname === '') return refuse('BadUrl', host);
  const secure = url.protocol === 'https:' || isLoopbackHost(hostname);
  return { url, origin: `${url.protocol}//${host}`, host, hostname, secure };
}

/** A bare host name or an origin/URL, as an origin (a bare host means https on the default port). */
function originOf(hostOrUrl: string): Canonical | TrustRefusal {
  const text = hostOrUrl.trim();
  return canonical(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}/`);
}

/** True when `hostname` is the domain or a name under it (label boundary: `evilcontoso.com` is not). */
function inDomain(hostname: string, domain: string): boolean {
  return domain !== '' && (hostname === domain || hostname.endsWith(`.${domain}`));
}

export class TrustPolicy {
  private readonly trusted = new Set<string>();
  /** Origins discovery was redirected to on the host it asked (http→https, another port): it may ask them. */
  private readonly discoverable = new Set<string>();
  private readonly approved = new Set<string>();
  private readonly domain: string;
  private readonly domains: string[] = [];
  private readonly server: string | undefined;

  constructor(init: TrustInit) {
    const domain = init.signInDomain === undefined ? undefined : originOf(init.signInDomain);
    this.domain = domain === undefined || 'ok' in domain ? '' : domain.hostname;
    const server = init.server === undefined ? undefined : canonical(init.server);
    if (server !== undefined && !('ok' in server)) {
      this.server = server.origin;
      if (server.secure) this.trusted.add(server.origin);
    }
    for (const entry of init.approved ?? []) this.approve(entry);
    for (const entry of init.trustedDomains ?? []) {
      const c = originOf(entry.replace(/^\*\./, ''));
      if (!('ok' in c)) this.domains.push(c.hostname);
    }
  }

  /** The user approved a host (the window's question, the CLI's --trust-host): returns the origin to persist. */
  approve(hostOrUrl: string): TrustDecision {
    const c = originOf(hostOrUrl);
    if ('ok' in c) return c;
    if (!c.secure) return refuse('InsecureTransport', c.host);
    this.approved.add(c.origin);
    this.trusted.add(c.origin);
    return { ok: true, origin: c.origin };
  }

  /** Origins the user approved, canonical, for the caller to remember. */
  approvedOrigins(): string[] {
    return [...this.approved];
  }

  /** Every trusted origin (diagnostics, tests). */
  trustedOrigins(): string[] {
    return [...this.trusted];
  }

  /**
   * May discovery send an anonymous GET here? The typed server, hosts of the sign-in domain, and trusted origins.
   * Plain http is allowed (the lyncdiscover http step, read only for its redirect); the caller keeps that rule.
   */
  mayDiscover(input: string | URL, base?: string): TrustDecision {
    const c = canonical(input, base);
    if ('ok' in c) return c;
    const ok =
      this.trusted.has(c.origin) ||
      this.discoverable.has(c.origin) ||
      c.origin === this.server ||
      inDomain(c.hostname, this.domain) ||
      this.domains.some((d) => inDomain(c.hostname, d));
    return ok ? { ok: true, origin: c.origin } : refuse('UntrustedHost', c.host);
  }

  /**
   * A discovery answer at `from` redirects (3xx Location or a root `redirect` link) to `to`. Allowed when `to` is
   * secure and discovery may go there, or stays on the host discovery asked (http→https, another port: the same
   * name's authority); refused for another domain: the caller asks the user, then approve()s.
   */
  followRedirect(from: string | URL, to: string, base?: string): TrustDecision {
    const source = canonical(from);
    if ('ok' in source) return source;
    const target = canonical(to, base ?? source.url.href);
    if ('ok' in target) return target;
    if (!target.secure) return refuse('InsecureTransport', target.host);
    if (target.hostname === source.hostname && this.mayDiscover(source.url).ok) {
      this.discoverable.add(target.origin);
      return { ok: true, origin: target.origin };
    }
    return this.mayDiscover(target.url);
  }

  /** Discovery found the `user` resource here: its origin joins the trusted set when discovery may go there. */
  reached(userUrl: string | URL, base?: string): TrustDecision {
    const c = canonical(userUrl, base);
    if ('ok' in c) return c;
    if (!c.secure) return refuse('InsecureTransport', c.host);
    const allowed = this.mayDiscover(c.url);
    if (!allowed.ok) return allowed;
    this.trusted.add(c.origin);
    return allowed;
  }

  /**
   * A trusted `user` resource (or the `redirect` resource it linked) at `from` announces another pool at `to`.
   * Call it only for those two resources: any other href names no pool.
   */
  announced(from: string | URL, to: string, base?: string): TrustDecision {
    const source = canonical(from);
    if ('ok' in source) return source;
    if (!this.trusted.has(source.origin)) return refuse('UntrustedHost', source.host);
    const target = canonical(to, base ?? source.url.href);
    if ('ok' in target) return target;
    if (!target.secure) return refuse('InsecureTransport', target.host);
    this.trusted.add(target.origin);
    return { ok: true, origin: target.origin };
  }

  /** May any request (with or without a credential) go to this URL? Only to trusted origins, over https. */
  mayRequest(input: string | URL, base?: string): TrustDecision {
    const c = canonical(input, base);
    if ('ok' in c) return c;
    if (!c.secure) return refuse('InsecureTransport', c.host);
    return this.trusted.has(c.origin) ? { ok: true, origin: c.origin } : refuse('UntrustedHost', c.host);
  }

  /**
   * May this credential go with a request to this URL? The same rule as mayRequest, asked separately so that a
   * caller that strips credentials (an anonymous discovery hop) can never attach one by mistake.
   */
  maySend(input: string | URL, _credential: Credential, base?: string): TrustDecision {
    return this.mayRequest(input, base);
  }

  /**
   * A request to `challengedUrl` got a 401 whose challenge names `tokenHref` (MsRtcOAuth href, resolved against
   * the challenged URL). The credential may be posted there only when the challenged origin is trusted and the
   * token endpoint is on that same origin.
   */
  mayAnswerChallenge(
    challengedUrl: string | URL,
    tokenHref: string,
    credential: Credential,
  ): ChallengeDecision {
    const challenged = canonical(challengedUrl);
    if ('ok' in challenged) return challenged;
    const allowed = this.maySend(challenged.url, credential);
    if (!allowed.ok) return allowed;
    const token = canonical(tokenHref, challenged.url.href);
    if ('ok' in token) return token;
    if (token.origin !== challenged.origin) return refuse('TokenEndpointElsewhere', token.host);
    return { ok: true, origin: token.origin, tokenUrl: token.url.href };
  }

  /**
   * May the organisation's sign-in page (ms_rtc_passiveauthuri) be opened? It is often another host (ADFS) and is
   * not added to the trusted set: the user types into it, the app sends nothing there. Https (or loopback) only.
   */
  mayOpenSignInPage(input: string, base?: string): TrustDecision {
    const c = canonical(input, base);
    if ('ok' in c) return c;
    return c.secure ? { ok: true, origin: c.origin } : refuse('InsecureTransport', c.host);
  }
}

/**
 * A refusal as the protocol layer's error: nothing was sent. main/words/trust.ts puts it into words. `url`: what was
 * refused, whose origin the caller may offer the user to approve (details.origin).
 */
export function refusalError(refusal: TrustRefusal, url?: URL): UcwaError {
  const origin = url === undefined ? undefined : canonical(url);
  return new UcwaError({
    status: 0,
    code: 'InsecureUrl',
    subcode: refusal.code,
    retryable: false,
    details: {
      host: refusal.host,
      origin: origin === undefined || 'ok' in origin ? undefined : origin.origin,
    },
  });
}

const CODES: ReadonlySet<string> = new Set<TrustCode>([
  'UntrustedHost',
  'InsecureTransport',
  'BadUrl',
  'TokenEndpointElsewhere',
]);

/** The refusal an error stands for (an error from refusalError), or undefined. */
export function refusalOf(e: unknown): TrustRefusal | undefined {
  if (!isUcwaError(e) || e.code !== 'InsecureUrl' || e.subcode === undefined || !CODES.has(e.subcode))
    return undefined;
  const host = e.details?.host;
  return { ok: false, code: e.subcode as TrustCode, host: typeof host === 'string' ? host : '' };
}
