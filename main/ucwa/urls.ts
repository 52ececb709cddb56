// Hrefs from the server are resolved against the URL of the response they came in (never constructed), and
// checked before use: TLS only, except plain http to loopback (the simulator).
import { UcwaError } from './errors.js';

/** Resolve an href (absolute or relative) against the URL it was found at. */
export function resolveHref(href: string, base?: string): URL {
  try {
    return base === undefined ? new URL(href) : new URL(href, base);
  } catch {
    throw new UcwaError({
      status: 0,
      code: 'MalformedResponse',
      message: 'The server sent an unusable link.',
    });
  }
}

/**
 * One host name, whatever letter case (and trailing dot) it came in: pools answer as `webdir1A` in one link and
 * `webdir1a` in the next. Every comparison of host names goes through this.
 */
export function hostKey(hostname: string): string {
  return hostname.toLowerCase().replace(/\.$/, '');
}

export function sameHost(a: string, b: string): boolean {
  return hostKey(a) === hostKey(b);
}

export function isLoopbackHost(hostname: string): boolean {
  const h = hostKey(hostname.replace(/^\[|\]$/g, ''));
  return h === 'localhost' || h === '::1' || /^127(?:\.\d{1,3}){3}$/.test(h);
}

/** Throw InsecureUrl unless the URL is https, or http to a loopback host. */
export function assertSafeUrl(url: URL): void {
  if (url.protocol === 'https:') return;
  if (url.protocol === 'http:' && isLoopbackHost(url.hostname)) return;
  throw new UcwaError({ status: 0, code: 'InsecureUrl', retryable: false });
}

/** What a log line may show of a URL: origin and path, no query (it can carry session context). */
export function loggable(url: URL): string {
  return `${url.origin}${url.pathname}`;
}
