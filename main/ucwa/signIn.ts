// Signing in: discovery (or the remembered user URL), a token, and the application — the steps before a UcwaClient
// exists. The transport and the token manager are wired here, for this sign-in's trust policy, and handed to the
// client with the application they created (client.ts).
import { TokenManager } from './auth.js';
import type { AnyCredentials, PassiveSignIn, TokenStore } from './auth.js';
import type { Negotiator } from './auth/negotiate.js';
import { createApplication } from './application.js';
import type { Application, ApplicationParams } from './application.js';
import type { Clock } from './clock.js';
import { allowed, discover, domainOf, dropCachedDiscovery } from './discovery.js';
import type { ApproveHost, DiscoveryCache } from './discovery.js';
import { UcwaError, isUcwaError, malformed } from './errors.js';
import { redactingLogger, silentLogger } from './log.js';
import type { UcwaLogger } from './log.js';
import { link } from './representation/index.js';
import type { WireFormat } from './representation/index.js';
import { Transport } from './transport.js';
import type { FetchLike } from './transport.js';
import { TrustPolicy } from './trust.js';
import { resolveHref } from './urls.js';

export type SignInStep = 'discovering' | 'authenticating' | 'creatingApplication';

export interface SignInOptions {
  /** SIP address of the user (`sip:alex@contoso.com` or `alex@contoso.com`). */
  sipAddress: string;
  /** Root URL to use instead of lyncdiscover discovery (the simulator's discoverUrl, or a cached/configured one). */
  discoverUrl?: string;
  /** User name for the password grant; default: the SIP address without `sip:`. */
  username?: string;
  /** Either the password, or a provider asked each time a token is needed (preferred: nothing is kept). */
  password?: string;
  passwordProvider?: () => string | Promise<string>;
  /**
   * Sign in with the Windows account instead (the urn:microsoft.rtc:windows grant, HTTP Negotiate from the user's
   * Kerberos ticket): no password is asked for or sent. The CLI passes a Negotiator (auth/negotiate.ts).
   */
  windows?: Pick<Negotiator, 'authorization'>;
  /**
   * Sign in through the organisation's sign-in page instead (the urn:microsoft.rtc:passive grant, ADFS): the app's
   * window (main/shell/passiveWindow.ts) shows it; its session's cookies buy the token. No password is asked for.
   */
  passive?: PassiveSignIn;
  /** With `windows`: NTLM where Kerberos is not to be had, with `username` (DOMAIN\user or UPN) and the password. */
  ntlm?: boolean;
  /**
   * Keeps tokens between runs (the OS keyring). A stored token that is not about to expire is used without asking
   * for the password; a new one is saved; one the server refuses is cleared. With a store the password may be
   * absent: the sign-in then succeeds only while the stored token does.
   */
  tokenStore?: TokenStore;
  fetch?: FetchLike;
  format?: WireFormat;
  /** Stable per install (a GUID kept in settings). */
  endpointId: string;
  userAgent?: string;
  culture?: string;
  clock?: Pick<Clock, 'now'>;
  log?: UcwaLogger;
  timeoutMs?: number;
  /** Hosts or domains the organisation trusts (managed policy `trustedHosts`; a domain covers its subdomains). */
  trustedDomains?: readonly string[];
  /** Hosts or origins the user approved earlier (remembered by the caller), or `--trust-host` in the CLI. */
  approvedHosts?: readonly string[];
  /** Asked when discovery leads outside the trusted set; true trusts that host for this sign-in. */
  approveHost?: ApproveHost;
  onStep?: (step: SignInStep) => void;
  signal?: AbortSignal;
  /**
   * Remembers the discovered `user` URL between sign-ins. A cached URL is dropped only after HTTP 403, HTTP 502,
   * two connection errors in a row, or an explicit signOut() (reference §1.1); then discovery runs again.
   */
  discoveryCache?: DiscoveryCache;
}

/** What a sign-in leaves for the client: the wired transport and tokens, and the application they created. */
export interface SignedIn {
  transport: Transport;
  tokens: TokenManager;
  applicationsUrl: string;
  params: ApplicationParams;
  app: Application;
  /** The user's SIP URI (with `sip:`). */
  user: string;
  discoveryCache: DiscoveryCache | undefined;
}

/** How far the walk from the user resource to another pool may go, and who decides about a host on the way. */
interface PoolWalk {
  trust: TrustPolicy;
  approveHost?: ApproveHost;
  signal?: AbortSignal;
}

const MAX_USER_HOPS = 5;

/** discovery → token → application. */
export async function signIn(options: SignInOptions): Promise<SignedIn> {
  const fetchImpl = options.fetch ?? ((input: string, init: RequestInit) => globalThis.fetch(input, init));
  const log = redactingLogger(options.log ?? silentLogger);
  const transport = new Transport({
    fetch: fetchImpl,
    format: options.format ?? 'json',
    log,
    userAgent: options.userAgent,
    timeoutMs: options.timeoutMs,
  });
  const sip = options.sipAddress.startsWith('sip:') ? options.sipAddress : `sip:${options.sipAddress}`;
  const credentials = credentialsFor(options, sip);
  // Who may be asked and who may be given a credential, for this sign-in: the transport and the token layer
  // both ask it before anything is sent.
  const trust = new TrustPolicy({
    signInDomain: domainOf(sip),
    server: options.discoverUrl,
    approved: options.approvedHosts,
    trustedDomains: options.trustedDomains,
  });
  transport.setTrust(trust);
  const tokens = new TokenManager({
    trust,
    transport,
    credentials,
    log,
    store: options.tokenStore,
    clock: options.clock,
  });
  transport.setAuthorizer(tokens);

  const policy: PoolWalk = { trust, approveHost: options.approveHost, signal: options.signal };
  const applicationsUrl = await locateApplications(transport, sip, policy, options);

  options.onStep?.('creatingApplication');
  const params = {
    culture: options.culture ?? 'en-US',
    endpointId: options.endpointId,
    userAgent: options.userAgent ?? 'UCWA Tray',
  };
  const app = await createApplication(transport, applicationsUrl, params, options.signal);
  log.info('signed in', { format: transport.format });
  return {
    transport,
    tokens,
    applicationsUrl,
    params,
    app,
    user: sip,
    discoveryCache: options.discoveryCache,
  };
}

/**
 * The organisation's sign-in page, the Windows account (Kerberos, or NTLM with the password) or the password grant;
 * no password at all fails.
 */
function credentialsFor(options: SignInOptions, sip: string): AnyCredentials {
  if (options.passive !== undefined) return { passive: options.passive };
  const password = options.passwordProvider ?? options.password;
  const noPassword = (): never => {
    throw new UcwaError({
      status: 0,
      code: 'InvalidGrant',
      retryable: false,
      message: 'No password was given.',
    });
  };
  if (password === undefined && options.tokenStore === undefined && options.windows === undefined)
    noPassword();
  const username = options.username ?? sip.slice(4);
  if (options.windows !== undefined) {
    return {
      windows: options.windows,
      ntlm:
        options.ntlm === true && password !== undefined
          ? { username, password: typeof password === 'function' ? password : () => password }
          : undefined,
    };
  }
  return {
    username,
    password:
      password === undefined ? noPassword : typeof password === 'function' ? password : () => password,
  };
}

/** The `applications` URL: from the remembered user URL while it still works, else from a fresh discovery. */
async function locateApplications(
  transport: Transport,
  sip: string,
  policy: PoolWalk,
  options: SignInOptions,
): Promise<string> {
  const cache = options.discoveryCache;
  let cached = cache?.get(sip);
  // A remembered user URL is used only while the trust policy would reach it again (same rules as discovery).
  if (cached !== undefined && !policy.trust.reached(cached).ok) {
    cache?.delete(sip);
    cached = undefined;
  }
  if (cached !== undefined) {
    options.onStep?.('authenticating');
    const found = await fromCachedUser(transport, cached, policy);
    if (found !== undefined) return found;
    cache?.delete(sip);
  }
  options.onStep?.('discovering');
  const fresh = await discover({ transport, sipAddress: sip, ...policy, discoverUrl: options.discoverUrl });
  cache?.set(sip, fresh.userUrl);
  options.onStep?.('authenticating');
  return findApplications(transport, fresh.userUrl, policy);
}

/**
 * The `applications` URL through a remembered user URL, or undefined when the failure says to drop it (403, 502, two
 * connection errors in a row). Any other failure is thrown: discovering again would not help.
 */
async function fromCachedUser(
  transport: Transport,
  userUrl: string,
  policy: PoolWalk,
): Promise<string | undefined> {
  let networkFailures = 0;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      return await findApplications(transport, userUrl, policy);
    } catch (e) {
      networkFailures =
        isUcwaError(e) && (e.code === 'Network' || e.code === 'Timeout') ? networkFailures + 1 : 0;
      if (!dropCachedDiscovery(e, networkFailures)) {
        if (networkFailures === 0) throw e;
        continue; // one connection error: try the cached URL once more before dropping it
      }
      return undefined;
    }
  }
  return undefined;
}

/**
 * GET the user resource (the 401 challenge gets us a token on the way) and follow `redirect`s to other pools,
 * each of which demands its own token, until one links `applications`.
 */
async function findApplications(transport: Transport, userUrl: string, policy: PoolWalk): Promise<string> {
  let url = userUrl;
  for (let hop = 0; hop < MAX_USER_HOPS; hop++) {
    const res = await transport.request({
      href: url,
      signal: policy.signal,
    });
    if (res.resource === undefined) throw malformed('user', res.status);
    const applications = link(res.resource, 'applications');
    if (applications) return resolveHref(applications.href, res.url).href;
    // Homed elsewhere: a `redirect` link leads to a redirect resource or another pool's root; either of those
    // links that pool's `user` resource, which answers with its own 401 challenge (a new token for that pool).
    const target =
      res.resource.rel !== 'user' && link(res.resource, 'user') !== undefined
        ? link(res.resource, 'user')
        : link(res.resource, 'redirect');
    if (target === undefined) break;
    const next = resolveHref(target.href, res.url);
    // Only the user resource (or the redirect resource it linked, itself fetched as trusted) announces a pool.
    await allowed(policy.trust, () => policy.trust.announced(res.url, next.href), next, policy.approveHost);
    url = next.href;
  }
  throw new UcwaError({
    status: 0,
    code: 'ServerNotFound',
    retryable: false,
    message: 'The server did not offer an application endpoint for this user.',
  });
}
