// Signing in the way published bots do (python-ucwa-bot, the Orange connector): no Accept header, PascalCase
// bodies, the token endpoint read from the challenge, and every href joined to a root that ends in "/" — so each
// request path after discovery begins with "//".
import type { Simulator } from '../../../main/sim/index.js';
import { json, raw, type RawResponse } from './raw.js';

export interface BotSession {
  origin: string;
  auth: Record<string, string>;
  app: {
    _links: Record<string, { href: string }>;
    _embedded: Record<string, { _links: Record<string, { href: string }> }>;
  };
  /** The target a bot sends for a server href: root "http://host:port/" + "/ucwa/..." → "//ucwa/...". */
  target(href: string): string;
  get(href: string, headers?: Record<string, string>): Promise<RawResponse>;
  post(href: string, body?: unknown, headers?: Record<string, string>): Promise<RawResponse>;
}

export async function signInLikeABot(
  sim: Simulator,
  headers: Record<string, string> = {},
): Promise<BotSession> {
  const discovery = json<{ _links: Record<string, { href: string }> }>(
    await raw(sim.origin, 'GET', new URL(sim.discoverUrl).pathname, {
      headers: { 'Content-Type': 'application/json', ...headers },
    }),
  );
  const root = /^(https?:\/\/.*?\/)/.exec(discovery._links.self?.href ?? '')?.[1] ?? '';
  const pathOf = (absolute: string): string => `/${absolute.slice(root.length)}`;
  const userHref = discovery._links.user?.href ?? '';
  const challenge = await raw(sim.origin, 'GET', pathOf(userHref));
  const tokenUrl = /MsRtcOAuth href="(.*?)"/.exec(String(challenge.headers['www-authenticate']))?.[1] ?? '';
  const token = json<{ token_type: string; access_token: string }>(
    await raw(sim.origin, 'POST', pathOf(tokenUrl), {
      headers: { 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8' },
      body: new URLSearchParams({
        grant_type: 'password',
        username: sim.user,
        password: sim.password,
      }).toString(),
    }),
  );
  const auth = { Authorization: `${token.token_type} ${token.access_token}`, ...headers };
  const user = json<{ _links: Record<string, { href: string }> }>(
    await raw(sim.origin, 'GET', pathOf(userHref), {
      headers: { 'Content-Type': 'application/json', ...auth },
    }),
  );
  const created = await raw(sim.origin, 'POST', pathOf(user._links.applications?.href ?? ''), {
    headers: { 'Content-Type': 'application/json', ...auth },
    body: JSON.stringify({ UserAgent: 'Python Client', EndpointId: 'a1b2c3', Culture: 'en-US' }),
  });
  if (created.status !== 201) throw new Error(`POST applications → ${created.status} ${created.text}`);
  const target = (href: string): string => `/${href}`;
  return {
    origin: sim.origin,
    auth,
    app: json(created),
    target,
    get: (href, extra = {}) =>
      raw(sim.origin, 'GET', target(href), {
        headers: { 'Content-Type': 'application/json', ...auth, ...extra },
      }),
    post: (href, body, extra = {}) =>
      raw(sim.origin, 'POST', target(href), {
        headers: { 'Content-Type': 'application/json', ...auth, ...extra },
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      }),
  };
}
