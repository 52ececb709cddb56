// Autodiscovery (reference §1.1, §1.4): from a SIP address find the `user` resource URL.
// Candidates: https://lyncdiscoverinternal.<domain>, https://lyncdiscover.<domain>, then the http variants, which are
// only used for their redirect to https (no body is read over plain http from a non-loopback host). An attempt fails
// on no answer, a 404, or a redirect the trust policy refuses; the next candidate is tried. Every hop (a 3xx Location
// or a root's `redirect` link) and the `user` URL found are decided by the TrustPolicy (trust.ts): inside the
// sign-in domain (or the server the user typed, or a domain the organisation trusts) they are followed; another
// domain only when the user approved that host (approveHost, or approvals given to the policy). That is stricter
// than reference §1.4, which also accepts any redirect that came over https: an https answer from a pool we only
// asked anonymously is no reason to send the user's password to a third domain. A refused hop is reported as the
// refusal (naming the host) when no candidate succeeds; when nothing answered at all, the error lists the hosts
// tried (details.tried). A given discover URL (the simulator's) is used as is.
// The found URL may be cached by the caller; dropCachedDiscovery() says when to forget it.
import { UcwaError, isUcwaError } from './errors.js';
import { link } from './representation/index.js';
import type { UcwaResource } from './representation/index.js';
import type { Transport } from './transport.js';
import { refusalError } from './trust.js';
import type { TrustDecision, TrustPolicy } from './trust.js';
import { assertSafeUrl, isLoopbackHost, resolveHref } from './urls.js';

/** Asked when a hop leads to a host outside the trusted set; resolves true when the user trusts it. */
export type ApproveHost = (host: string) => boolean | Promise<boolean>;

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

/**
 * A decision of the trust policy, with the user's say on an untrusted host: approved, the host's origin joins the
 * policy (the caller remembers the approval) and the decision is taken again. Throws the refusal otherwise.
 */
export async function allowed(
  trust: TrustPolicy,
  decide: () => TrustDecision,
  target: URL,
  approveHost?: ApproveHost,
): Promise<void> {
  const first = decide();
  if (first.ok) return;
  if (first.code === 'UntrustedHost' && approveHost !== undefined && (await approveHost(first.host))) {
    trust.approve(target.origin);
    const again = decide();
    if (again.ok) return;
    throw refusalError(again, target);
  }
  throw refusalError(first, target);
}

const MAX_HOPS = 5;

type RootAttempt = { url: URL; resource: UcwaResource } | { error: UcwaError };

function failed(error?: UcwaError): { error: UcwaError } {
  return { error: error ?? new UcwaError({ status: 0, code: 'ServerNotFound', retryable: false }) };
}

interface Hop {
  transport: Transport;
  trust: TrustPolicy;
  approveHost?: ApproveHost;
  signal?: AbortSignal;
}

/** Follow one redirect from `from` to `target` if the trust policy (or the user) allows it; else the refusal. */
async function follow(hop: Hop, from: URL, target: URL): Promise<UcwaError | undefined> {
  try {
    await allowed(hop.trust, () => hop.trust.followRedirect(from, target.href), target, hop.approveHost);
    return undefined;
  } catch (e) {
    if (isUcwaError(e)) return e;
    throw e;
  }
}

/** GET a discovery URL anonymously, following the 3xx hops the trust policy allows. `error` = this attempt failed. */
async function fetchRoot(hop: Hop, start: URL): Promise<RootAttempt> {
  const { transport, signal } = hop;
  let url = start;
  for (let n = 0; n < MAX_HOPS; n++) {
    if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
      // Plain http is only a first hop that must redirect to https: ask, but read nothing but the Location.
      const target = await peekRedirect(transport, url, signal);
      if (target === undefined || target.protocol !== 'https:') return failed();
      const refused = await follow(hop, url, target);
      if (refused) return failed(refused);
      url = target;
      continue;
    }
    try {
      const res = await transport.request({
        href: url.href,
        anonymous: true,
        signal,
      });
      return res.resource === undefined ? failed() : { url, resource: res.resource };
    } catch (e) {
      if (isUcwaError(e) && e.code === 'Aborted') throw e;
      if (isUcwaError(e) && e.status >= 300 && e.status < 400) {
        const target = await peekRedirect(transport, url, signal);
        if (target === undefined) return failed();
        const refused = await follow(hop, url, target);
        if (refused) return failed(refused);
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
      { plainHttpProbe: true, signal },
    );
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || location === null) return undefined;
    return resolveHref(location, url.href);
  } catch (e) {
    if (isUcwaError(e) && e.code === 'Aborted') throw e;
    return undefined;
  }
}

/** Follow root `redirect` links until a root with a `user` link; that URL joins the trusted set. */
async function userFromRoot(hop: Hop, found: { url: URL; resource: UcwaResource }): Promise<DiscoveryResult> {
  let current = found;
  for (let n = 0; n < MAX_HOPS; n++) {
    const user = link(current.resource, 'user');
    if (user) {
      const userUrl = resolveHref(user.href, current.url.href);
      await allowed(hop.trust, () => hop.trust.reached(userUrl), userUrl, hop.approveHost);
      return { userUrl: userUrl.href, rootUrl: current.url.href };
    }
    const redirect = link(current.resource, 'redirect');
    if (!redirect) break;
    const target = resolveHref(redirect.href, current.url.href);
    const refused = await follow(hop, current.url, target);
    if (refused) throw refused;
    const next = await fetchRoot(hop, target);
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
  /** Built from the sign-in domain (and the discover URL); the user URL found joins its trusted set. */
  trust: TrustPolicy;
  approveHost?: ApproveHost;
  signal?: AbortSignal;
}

export async function discover(options: DiscoverOptions): Promise<DiscoveryResult> {
  const domain = domainOf(options.sipAddress);
  const candidates = options.discoverUrl !== undefined ? [options.discoverUrl] : discoveryCandidates(domain);
  const hop: Hop = {
    transport: options.transport,
    trust: options.trust,
    approveHost: options.approveHost,
    signal: options.signal,
  };
  let tls: UcwaError | undefined;
  let refused: UcwaError | undefined;
  const tried: string[] = [];
  for (const candidate of candidates) {
    const url = resolveHref(candidate);
    if (!tried.includes(url.hostname)) tried.push(url.hostname);
    if (options.discoverUrl !== undefined) assertSafeUrl(url);
    const found = await fetchRoot(hop, url);
    if (!('error' in found)) return userFromRoot(hop, found);
    // A configured URL that does not answer is "unreachable", not "no server for this domain".
    if (options.discoverUrl !== undefined && found.error.status === 0) throw found.error;
    if (found.error.code === 'Tls') tls ??= found.error;
    if (found.error.code === 'InsecureUrl') refused ??= found.error;
  }
  // A redirect we refused says where the server pointed; a bad certificate is the next likely real problem.
  throw refused ?? tls ?? notFoundAfter(domain, tried);
}

/**
 * No candidate answered usefully. The hosts asked (each once, though https and http were both tried) go with the error
 * as data, in the order tried, so the words can name them (main/words/discovery.ts).
 */
function notFoundAfter(domain: string, tried: string[]): UcwaError {
  return new UcwaError({ status: 0, code: 'ServerNotFound', retryable: false, details: { domain, tried } });
}

/** The hosts a failed discovery asked and the domain it asked for, when the error says (else undefined). */
export function discoveryTried(e: unknown): { domain: string; tried: string[] } | undefined {
  if (!isUcwaError(e) || e.code !== 'ServerNotFound') return undefined;
  const { domain, tried } = e.details ?? {};
  if (typeof domain !== 'string' || !Array.isArray(tried) || tried.length === 0) return undefined;
  if (!tried.every((h): h is string => typeof h === 'string')) return undefined;
  return { domain, tried };
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
