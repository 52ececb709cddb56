// A server that links less than the simulator: wraps `fetch` and takes relationship links out of its JSON answers,
// per contact, the way a real server does when it does not let the user change (or reset) a relationship.
// The simulator has no such control; this stands in for it at the HTTP boundary (the protocol client, the app
// model and everything above it run unchanged).

export type RelationshipLinkRule =
  /** The contact links no contactPrivacyRelationship at all: nothing can be changed. */
  | { relationship: 'absent' }
  /** The contact links the relationship with this revision (e.g. '1': read only; '10': newer than 2). */
  | { revision: string }
  /** The relationship resource has no resetContactPrivacyRelationship link. */
  | { reset: 'absent' };

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function rewrite(node: unknown, rules: ReadonlyMap<string, RelationshipLinkRule[]>): void {
  if (Array.isArray(node)) {
    for (const item of node) rewrite(item, rules);
    return;
  }
  if (!isObject(node)) return;
  const links = isObject(node._links) ? node._links : undefined;
  if (links !== undefined && node.rel === 'contact' && typeof node.uri === 'string') {
    for (const rule of rules.get(node.uri.toLowerCase()) ?? []) {
      const rel = links.contactPrivacyRelationship;
      if ('relationship' in rule) delete links.contactPrivacyRelationship;
      else if ('revision' in rule && isObject(rel)) rel.revision = rule.revision;
    }
  }
  if (links !== undefined && node.rel === 'contactPrivacyRelationship' && isObject(links.self)) {
    const self = String(links.self.href).toLowerCase();
    for (const [uri, list] of rules) {
      if (!self.includes(`/people/${uri.replace(/^sip:/, '')}/`)) continue;
      if (list.some((r) => 'reset' in r)) delete links.resetContactPrivacyRelationship;
    }
  }
  for (const value of Object.values(node)) rewrite(value, rules);
}

/** `fetch`, except that the JSON answers link relationships as `rules` say (keyed by SIP URI). */
export function withRelationshipLinks(
  rules: Record<string, RelationshipLinkRule | RelationshipLinkRule[]>,
  base: typeof fetch = fetch,
): typeof fetch {
  const byUri = new Map(
    Object.entries(rules).map(([uri, r]) => [uri.toLowerCase(), Array.isArray(r) ? r : [r]] as const),
  );
  return async (input, init) => {
    const response = await base(input, init);
    if (!(response.headers.get('content-type') ?? '').includes('json')) return response;
    const text = await response.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return new Response(text, response);
    }
    rewrite(body, byUri);
    const headers = new Headers(response.headers);
    headers.delete('content-length');
    headers.delete('content-encoding');
    return new Response(JSON.stringify(body), {
      status: response.status,
      statusText: response.statusText,
      headers,
    });
  };
}
