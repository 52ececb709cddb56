// The request target of an HTTP request (RFC 9112 §3.2): origin-form "/path?query" or absolute-form
// "http://host/path". In origin-form a path may begin with "//" (an empty first segment is allowed): it is a path,
// never a host, whatever `new URL(target, base)` would make of it. Clients that join a root ending in "/" with hrefs
// beginning with "/" send such paths; IIS collapses repeated slashes and answers, so this server does too.
const ABSOLUTE = /^[a-z][a-z0-9+.-]*:\/\//i;

function collapse(path: string): string {
  return path.replace(/\/{2,}/g, '/');
}

/** The URL a request target names on a server at `origin`; a target that cannot be read names the root. */
export function parseTarget(target: string, origin: string): URL {
  try {
    if (ABSOLUTE.test(target)) {
      const url = new URL(target);
      url.pathname = collapse(url.pathname);
      return url;
    }
    const q = target.indexOf('?');
    const path = q < 0 ? target : target.slice(0, q);
    const query = q < 0 ? '' : target.slice(q);
    return new URL(`${origin}${collapse(`/${path}`)}${query}`);
  } catch {
    return new URL('/', origin);
  }
}
