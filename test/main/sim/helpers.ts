// Test helpers: sign in to a simulator over real HTTP, and a tiny decoder of UCWA JSON/XML into one model
// (rel, href, properties, links, embedded) so JSON and XML answers can be checked the same way.
import { XMLParser } from 'fast-xml-parser';
import type { Simulator } from '../../../main/sim/index.js';

export type Format = 'json' | 'xml';
export interface Model {
  rel: string;
  href?: string;
  properties: Record<string, unknown>;
  links: Record<string, Array<{ href: string; revision?: string }>>;
  embedded: Record<string, Model[]>;
}

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  isArray: (name) => ['property', 'propertyList', 'item', 'link', 'resource'].includes(name),
});

function fromJson(o: Record<string, unknown>, key?: string): Model {
  const m: Model = { rel: String(o.rel ?? key ?? ''), properties: {}, links: {}, embedded: {} };
  for (const [k, v] of Object.entries(o)) if (!k.startsWith('_') && k !== 'rel') m.properties[k] = v;
  for (const [k, v] of Object.entries((o._links ?? {}) as Record<string, unknown>)) {
    const list = (Array.isArray(v) ? v : [v]) as Array<{ href: string; revision?: string }>;
    if (k === 'self') m.href = list[0]?.href;
    else m.links[k] = list;
  }
  for (const [k, v] of Object.entries((o._embedded ?? {}) as Record<string, unknown>)) {
    m.embedded[k] = (Array.isArray(v) ? v : [v]).map((e) => fromJson(e as Record<string, unknown>, k));
  }
  return m;
}

function fromXml(r: Record<string, unknown>): Model {
  const m: Model = { rel: String(r['@rel'] ?? ''), properties: {}, links: {}, embedded: {} };
  if (typeof r['@href'] === 'string') m.href = r['@href'];
  for (const l of (r.link ?? []) as Array<Record<string, string>>) {
    const rel = l['@rel'] ?? '';
    (m.links[rel] ??= []).push({
      href: l['@href'] ?? '',
      ...(l['@revision'] ? { revision: l['@revision'] } : {}),
    });
  }
  for (const p of (r.property ?? []) as Array<Record<string, string> | string>) {
    if (typeof p !== 'object') continue;
    const name = p['@name'] ?? '';
    const value = p['#text'] ?? '';
    if (name === 'rel') m.rel = value;
    else m.properties[name] = value;
  }
  for (const p of (r.propertyList ?? []) as Array<Record<string, unknown>>) {
    m.properties[String(p['@name'])] = ((p.item ?? []) as unknown[]).map(String);
  }
  for (const e of (r.resource ?? []) as Array<Record<string, unknown>>) {
    (m.embedded[String(e['@rel'])] ??= []).push(fromXml(e));
  }
  return m;
}

export function decode(text: string, format: Format): Model {
  if (format === 'json') return fromJson(JSON.parse(text) as Record<string, unknown>);
  const doc = xml.parse(text, true) as Record<string, unknown>;
  const root = (doc.resource as Array<Record<string, unknown>> | undefined)?.[0];
  if (!root) throw new Error('no <resource> root');
  return fromXml(root);
}

export const ACCEPT: Record<Format, string> = { json: 'application/json', xml: 'application/xml' };

export interface Session {
  token: string;
  headers: Record<string, string>;
  app: Record<string, unknown> & {
    _links: Record<string, { href: string }>;
    _embedded: Record<string, { _links: Record<string, { href: string }> }>;
  };
  appHref: string;
  origin: string;
  url(href: string): string;
  get(href: string, format?: Format, extra?: Record<string, string>): Promise<Response>;
  model(href: string, format?: Format): Promise<Model>;
}

export async function token(origin: string, user: string, password: string): Promise<string> {
  const r = await fetch(`${origin}/WebTicket/oauthtoken`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8' },
    body: new URLSearchParams({ grant_type: 'password', username: user, password }).toString(),
  });
  if (r.status !== 200) throw new Error(`token ${r.status}`);
  return ((await r.json()) as { access_token: string }).access_token;
}

/** Discovery → user → token → POST applications (always JSON for the app; tests pick formats per request). */
export async function signIn(sim: Simulator, endpointId = 'ep-1'): Promise<Session> {
  const t = await token(sim.origin, sim.user, sim.password);
  const headers = { Authorization: `Bearer ${t}` };
  const root = (await (
    await fetch(sim.discoverUrl, { headers: { Accept: 'application/json' } })
  ).json()) as Session['app'];
  const user = (await (
    await fetch(root._links.user?.href ?? '', { headers: { ...headers, Accept: 'application/json' } })
  ).json()) as Session['app'];
  const appsHref = user._links.applications?.href ?? '';
  const r = await fetch(appsHref, {
    method: 'POST',
    headers: { ...headers, Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify({ culture: 'en-US', endpointId, userAgent: 'sim-tests' }),
  });
  const app = (await r.json()) as Session['app'];
  const origin = new URL(appsHref).origin;
  const url = (href: string): string => new URL(href, origin).href;
  const s: Session = {
    token: t,
    headers,
    app,
    appHref: url(app._links.self?.href ?? ''),
    origin,
    url,
    get: (href, format = 'json', extra = {}) =>
      fetch(url(href), { headers: { ...headers, Accept: ACCEPT[format], ...extra } }),
    model: async (href, format = 'json') => {
      const res = await s.get(href, format);
      if (res.status !== 200) throw new Error(`GET ${href} → ${res.status}`);
      return decode(await res.text(), format);
    },
  };
  return s;
}

/**
 * makeMeAvailable (invitations reach only available applications), then read the events it raises (`me` updated,
 * presence/note/location added) so they are out of the way. Resolves to the events href to poll next.
 */
export async function makeAvailable(
  s: Session,
  { modalities = ['Messaging', 'Audio', 'Video', 'PhoneAudio'], drain = true } = {},
): Promise<string> {
  const r = await fetch(s.url(link(s, 'me', 'makeMeAvailable')), {
    method: 'POST',
    headers: { ...s.headers, Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify({ supportedModalities: modalities }),
  });
  if (r.status !== 204) throw new Error(`makeMeAvailable → ${r.status}`);
  if (!drain) return s.app._links.events?.href ?? '';
  const batch = (await (await s.get(s.app._links.events?.href ?? '')).json()) as {
    _links: { next?: { href: string } };
  };
  const next = batch._links.next?.href;
  if (next === undefined) throw new Error('no next link after makeMeAvailable');
  return next;
}

/**
 * Start the contact-list subscription: without one (or a presence subscription for that contact) an application
 * hears of no relationship or contact-list change. Raises no event of its own.
 */
export async function subscribeToContacts(s: Session): Promise<void> {
  const r = await fetch(
    s.url(`${link(s, 'people', 'myContactsAndGroupsSubscription')}/startOrRefresh?duration=30`),
    {
      method: 'POST',
      headers: s.headers,
    },
  );
  if (r.status !== 200) throw new Error(`startOrRefresh → ${r.status}`);
}

export function link(s: Session, embedded: string, rel: string): string {
  const href = s.app._embedded[embedded]?._links[rel]?.href;
  if (!href) throw new Error(`no ${embedded}.${rel} link`);
  return href;
}

/** Waits for the simulator to have recorded a request matching the predicate (no sleeps). */
export function waitForRequest(
  sim: Simulator,
  pred: (r: { method: string; path: string; status: number }) => boolean,
): Promise<void> {
  return new Promise((resolve) => {
    const off = sim.control.onRequest((r) => {
      if (pred(r)) {
        off();
        resolve();
      }
    });
  });
}

/** Resolves once the condition holds, checking after each turn of the event loop. */
export async function until(cond: () => boolean, turns = 10_000): Promise<void> {
  for (let i = 0; i < turns; i++) {
    if (cond()) return;
    await new Promise((r) => setImmediate(r));
  }
  throw new Error('condition never became true');
}

/** A request body in the negotiated format: JSON, or the XML `<input>` UCWA takes (lists as propertyList). */
export function inputBody(format: Format, props: Record<string, string | string[] | number>): string {
  if (format === 'json') return JSON.stringify(props);
  const esc = (v: string): string => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const parts = Object.entries(props).map(([k, v]) =>
    Array.isArray(v)
      ? `<propertyList name="${k}">${v.map((i) => `<item>${esc(i)}</item>`).join('')}</propertyList>`
      : `<property name="${k}">${esc(String(v))}</property>`,
  );
  return `<input xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa">${parts.join('')}</input>`;
}

/** POST (or PUT, DELETE) in a format: the body as `inputBody`, Accept and Content-Type to match. */
export function send(
  s: Session,
  method: string,
  href: string,
  format: Format,
  props?: Record<string, string | string[] | number>,
  extra: Record<string, string> = {},
): Promise<Response> {
  return fetch(s.url(href), {
    method,
    headers: { ...s.headers, Accept: ACCEPT[format], 'Content-Type': ACCEPT[format], ...extra },
    body: props === undefined ? undefined : inputBody(format, props),
  });
}
