// The 401 challenge: `WWW-Authenticate: MsRtcOAuth href=…,grant_type=…` names the token endpoint and the grants
// the server accepts.

export interface Challenge {
  href: string;
  grantTypes: string[];
}

const PARAM = /^\s*,?\s*([A-Za-z_][\w-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/;

/**
 * Parse the MsRtcOAuth challenge out of a WWW-Authenticate value (fetch joins several headers with ", ").
 * Accepts quoted and unquoted parameter values; returns undefined when there is no MsRtcOAuth challenge with an href.
 */
export function parseChallenge(header: string): Challenge | undefined {
  const start = /(?:^|[\s,])MsRtcOAuth\s+/i.exec(header);
  if (!start) return undefined;
  let rest = header.slice(start.index + start[0].length);
  const params: Record<string, string> = {};
  for (;;) {
    const m = PARAM.exec(rest);
    if (!m?.[1]) break;
    params[m[1].toLowerCase()] = (m[2] ?? m[3] ?? '').replace(/\\(.)/g, '$1');
    rest = rest.slice(m[0].length);
  }
  const href = params.href;
  if (href === undefined || href === '') return undefined;
  const grantTypes = (params.grant_type ?? '')
    .split(',')
    .map((g) => g.trim())
    .filter((g) => g !== '');
  return { href, grantTypes };
}
