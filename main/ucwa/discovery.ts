// Autodiscovery (reference §1.1, §1.4): from a SIP address find the `user` resource URL.
// Candidates: https://lyncdiscoverinternal.<domain>, https://lyncdiscover.<domain>, then the http variants, which are
// only used for their redirect to https (no body is read over plain http from a non-loopback host). An attempt fails
// on no answer, a 404, or a 3xx to another domain; the next candidate is tried. A root answer with only a `redirect`
// link is followed after the security check (securityCheck below). A given discover URL (the simulator's) is used as is.
// The found URL may be cached by the caller; dropCachedDiscovery() says when to forget it.
import { UcwaError, isUcwaError } from './errors.js';
import { link } from './representation/index.js';
import type { UcwaResource } from './representation/index.js';
import type { Transport } from './transport.js';
import { assertSafeUrl, hostKey, isLoopbackHost, resolveHref, sameHost } from './urls.js';

export interface RedirectPolicy {
  /** The domain of the sign-in address (`contoso.com`). */
  signInDomain: string;
  /** Extra domains the administrator trusts. */
  trustedDomains?: readonly string[];
  /** Ask the user whether to trust a host; resolves true to allow. */
  approveHost?: (host: string) => boolean | Promise<boolean>;
}

export interface DiscoveryResult {
  /** Absolute URL of the `user` resource. */
  userUrl: string;
  /** The root URL that answered. */
  rootUrl: string;
}

export function domainOf(sipAddress: string): string {
  const address = sipAddress.replace(/^sip:/i, '');
  const at = address.lastIndexOf('@');
  const domain = at < 0 ? '' : address.slice(at + 1).toLowerCase();
  if (!/^[a-z0-9.-]+$/.test(domain) || !domain.includes('.')) {
    throw new UcwaError({
      status: 0,
      code: 'ServerNotFound',
      retryable: false,
      message: 'The sign-in address must look like user@domain.',
    });
  }
  return domain;
}

export function discoveryCandidates(domain: string): string[] {
  return [
    `https://lyncdiscoverinternal.${domain}/`,
    `https://lyncdiscover.${domain}/`,
    `http://lyncdiscoverinternal.${domain}/`,
    `http://lyncdiscover.${domain}/`,
  ];
}

function hostMatches(host: string, domain: string): boolean {
  const h = hostKey(host);
  const d = hostKey(domain);
  return h === d || h.endsWith(`.${d}`);
}

/**
 * The security check before following a redirect (reference §1.4): accept when the answer containing it came over
 * https; otherwise when the target's domain is the sign-in domain, a trusted domain, or a host the user approved.
 * We also accept a redirect that stays on the host that answered (no new party is trusted), which covers loopback.
 */
export async function securityCheck(from: URL, target: URL, policy: RedirectPolicy): Promise<void> {
  assertSafeUrl(target);
  const ok =
    from.protocol === 'https:' ||
    sameHost(target.hostname, from.hostname) ||
    (isLoopbackHost(from.hostname) && isLoopbackHost(target.hostname)) ||
    hostMatches(target.hostname, policy.signInDomain) ||
    (policy.trustedDomains ?? []).some((d) => hostMatches(target.hostname, d)) ||
    (policy.approveHost !== undefined && (await policy.approveHost(target.hostname)));
  if (!ok) {
    throw new UcwaError({
      status: 0,
      code: 'InsecureUrl',
      retryable: false,
      message: `The server redirected to ${target.hostname}, which is not trusted.`,
    });
  }
}

const MAX_HOPS = 5;

type RootAttempt = { url: URL; resource: UcwaResource } | { error: UcwaError };

function failed(error?: UcwaError): { error: UcwaError } {
  return { error: error ?? new UcwaError({ status: 0, code: 'ServerNotFound', retryable: false }) };
}

/** GET a discovery URL anonymously, following http→https and same-domain 3xx hops. `error` = this attempt failed. */
async function fetchRoot(transport: Transport, start: URL, signal?: AbortSignal): Promise<RootAttempt> {
  let url = start;
  const serviceDomain = start.hostname.split('.').slice(1).join('.') || start.hostname;
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
      // Plain http is only a first hop that must redirect to https: ask, but read nothing but the Location.
      const target = await peekRedirect(transport, url, signal);
      if (target === undefined || target.protocol !== 'https:') return failed();
      url = target;
      continue;
    }
    try {
      const res = await transport.request({
        href: url.href,
        anonymous: true,
        ...(signal === undefined ? {} : { signal }),
      });
      return res.resource === undefined ? failed() : { url, resource: res.resource };
    } catch (e) {
      if (isUcwaError(e) && e.code === 'Aborted') throw e;
      if (isUcwaError(e) && e.status >= 300 && e.status < 400) {
        const target = await peekRedirect(transport, url, signal);
        if (target === undefined || !hostMatches(target.hostname, serviceDomain)) return failed();
        url = target;
        continue;
      }
      return failed(isUcwaError(e) ? e : undefined);
    }
  }
  return failed();
}

async function peekRedirect(transport: Transport, url: URL, signal?: AbortSignal): Promise<URL | undefined> {
  try {
    const { response } = await transport.send(
      url,
      { method: 'GET', redirect: 'manual', headers: { accept: 'application/json' } },
      { plainHttpProbe: true, ...(signal === undefined ? {} : { signal }) },
    );
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || location === null) return undefined;
    return resolveHref(location, url.href);
  } catch (e) {
    if (isUcwaError(e) && e.code === 'Aborted') throw e;
    return undefined;
  }
}

/** Follow root `redirect` links until a root with a `user` link. */
async function userFromRoot(
  transport: Transport,
  found: { url: URL; resource: UcwaResource },
  policy: RedirectPolicy,
  signal?: AbortSignal,
): Promise<DiscoveryResult> {
  let current = found;
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    const user = link(current.resource, 'user');
    if (user) return { userUrl: resolveHref(user.href, current.url.href).href, rootUrl: current.url.href };
    const redirect = link(current.resource, 'redirect');
    if (!redirect) break;
    const target = resolveHref(redirect.href, current.url.href);
    await securityCheck(current.url, target, policy);
    const next = await fetchRoot(transport, target, signal);
    if ('error' in next) throw next.error;
    current = next;
  }
  throw new UcwaError({ status: 0, code: 'ServerNotFound', retryable: false });
}

export interface DiscoverOptions {
  transport: Transport;
  sipAddress: string;
  /** Use this root URL instead of lyncdiscover candidates (the simulator's discoverUrl, or a configured one). */
  discoverUrl?: string;
  trustedDomains?: readonly string[];
  approveHost?: (host: string) => boolean | Promise<boolean>;
  signal?: AbortSignal;
}

export async function discover(options: DiscoverOptions): Promise<DiscoveryResult> {
  const policy: RedirectPolicy = {
    signInDomain: domainOf(options.sipAddress),
    ...(options.trustedDomains === undefined ? {} : { trustedDomains: options.trustedDomains }),
    ...(options.approveHost === undefined ? {} : { approveHost: options.approveHost }),
  };
  const candidates =
    options.discoverUrl !== undefined ? [options.discoverUrl] : discoveryCandidates(policy.signInDomain);
  let tls: UcwaError | undefined;
  for (const candidate of candidates) {
    const url = resolveHref(candidate);
    if (options.discoverUrl !== undefined) assertSafeUrl(url);
    const found = await fetchRoot(options.transport, url, options.signal);
    if (!('error' in found)) return userFromRoot(options.transport, found, policy, options.signal);
    // A configured URL that does not answer is "unreachable", not "no server for this domain".
    if (options.discoverUrl !== undefined && found.error.status === 0) throw found.error;
    if (found.error.code === 'Tls') tls ??= found.error;
  }
  // If a candidate answered TLS with a bad certificate, say that: it is the likely real problem.
  throw tls ?? new UcwaError({ status: 0, code: 'ServerNotFound', retryable: false });
}

/**
 * Whether a cached discovery result must be dropped (reference §1.1): after HTTP 403, HTTP 502, repeated connection
 * errors (`consecutiveNetworkFailures` >= 2), or an explicit sign-out (the caller clears it then). Nothing else.
 */
export function dropCachedDiscovery(error: unknown, consecutiveNetworkFailures: number): boolean {
  if (!isUcwaError(error)) return false;
  if (error.status === 403 || error.status === 502) return true;
  return (error.code === 'Network' || error.code === 'Timeout') && consecutiveNetworkFailures >= 2;
}

/**
 * Where a found `user` URL is remembered between sign-ins (the app backs it with its settings store; it is not a
 * secret). Keyed by SIP address.
 */
export interface DiscoveryCache {
  get(sipAddress: string): string | undefined;
  set(sipAddress: string, userUrl: string): void;
  delete(sipAddress: string): void;
}

/** A DiscoveryCache in memory (tests, the CLI). */
export function memoryDiscoveryCache(): DiscoveryCache {
  const map = new Map<string, string>();
  return {
    get: (k) => map.get(k),
    set: (k, v) => void map.set(k, v),
    delete: (k) => void map.delete(k),
  };
}
