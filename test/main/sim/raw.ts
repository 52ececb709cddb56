// Raw HTTP the way other authors' clients speak to a pool: node:http with only the headers they send (no Accept
// unless asked, no Accept-Encoding unless asked), request targets exactly as written (so "//ucwa/..." reaches the
// server as a path), and bodies as bytes. Also a decoder of event batches in JSON and XML into one shape, in order.
import { request } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { XMLParser } from 'fast-xml-parser';
import { type Format, type Model, decode } from './helpers.js';

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  /** The bytes as sent (still compressed if the server compressed them). */
  bytes: Buffer;
  /** The body as text, gunzipped when the server said Content-Encoding: gzip. */
  text: string;
}

export function raw(
  origin: string,
  method: string,
  target: string,
  opts: { headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<RawResponse> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, method, path: target, headers: opts.headers ?? {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const bytes = Buffer.concat(chunks);
        const plain = res.headers['content-encoding'] === 'gzip' ? gunzipSync(bytes) : bytes;
        resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes, text: plain.toString('utf8') });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

/** A JSON body as the plain object it is (what a client without a UCWA library works with). */
export function json<T = Record<string, unknown>>(r: RawResponse): T {
  return JSON.parse(r.text) as T;
}

export interface Ev {
  sender: string;
  senderHref: string;
  rel: string;
  href: string;
  type: string;
  in?: string;
  title?: string;
  status?: string;
  reason?: { code: string; subcode?: string };
  embedded?: Model;
}

export interface Batch {
  links: Record<string, string>;
  events: Ev[];
}

type Node = Record<string, unknown> & { ':@'?: Record<string, string> };

const ordered = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  preserveOrder: true,
});

const tagOf = (n: Node): string => Object.keys(n).find((k) => k !== ':@') ?? '';
const kids = (n: Node): Node[] => (n[tagOf(n)] as Node[] | undefined) ?? [];
const textOf = (n: Node): string =>
  kids(n)
    .map((c) => (typeof c['#text'] === 'string' ? c['#text'] : ''))
    .join('');

function modelOf(n: Node): Model {
  const m: Model = { rel: n[':@']?.rel ?? '', href: n[':@']?.href, properties: {}, links: {}, embedded: {} };
  for (const c of kids(n)) {
    const tag = tagOf(c);
    const a = c[':@'] ?? {};
    if (tag === 'link') (m.links[a.rel ?? ''] ??= []).push({ href: a.href ?? '' });
    else if (tag === 'property' && a.name === 'rel') m.rel = textOf(c);
    else if (tag === 'property') m.properties[a.name ?? ''] = textOf(c);
    else if (tag === 'propertyList') m.properties[a.name ?? ''] = kids(c).map(textOf);
    else if (tag === 'resource') (m.embedded[a.rel ?? ''] ??= []).push(modelOf(c));
  }
  return m;
}

function fromJson(text: string): Batch {
  const o = JSON.parse(text) as {
    _links: Record<string, { href: string }>;
    sender?: Array<{ rel: string; href: string; events: Array<Record<string, unknown>> }>;
  };
  const links: Record<string, string> = {};
  for (const [k, v] of Object.entries(o._links)) links[k] = v.href;
  const events: Ev[] = [];
  for (const s of o.sender ?? []) {
    for (const e of s.events) {
      const link = e.link as { rel: string; href: string; title?: string };
      const emb = e._embedded as Record<string, Record<string, unknown>> | undefined;
      const first = emb ? Object.entries(emb)[0] : undefined;
      events.push({
        sender: s.rel,
        senderHref: s.href,
        rel: link.rel,
        href: link.href,
        title: link.title,
        type: String(e.type),
        in: (e.in as { rel?: string } | undefined)?.rel,
        status: e.status as string | undefined,
        reason: e.reason as Ev['reason'],
        embedded: first ? decode(JSON.stringify(first[1]), 'json') : undefined,
      });
    }
  }
  return { links, events };
}

function fromXml(text: string): Batch {
  const doc = ordered.parse(text) as Node[];
  const root = doc.find((n) => tagOf(n) === 'events');
  if (!root) throw new Error('no <events> root');
  const links: Record<string, string> = {};
  if (root[':@']?.href) links.self = root[':@'].href;
  const events: Ev[] = [];
  for (const c of kids(root)) {
    const a = c[':@'] ?? {};
    if (tagOf(c) === 'link') links[a.rel ?? ''] = a.href ?? '';
    if (tagOf(c) !== 'sender') continue;
    for (const e of kids(c)) {
      const ea = e[':@'] ?? {};
      const ev: Ev = {
        sender: a.rel ?? '',
        senderHref: a.href ?? '',
        rel: ea.rel ?? '',
        href: ea.href ?? '',
        type: tagOf(e),
      };
      if (ea.title) ev.title = ea.title;
      for (const part of kids(e)) {
        const tag = tagOf(part);
        if (tag === 'in') ev.in = part[':@']?.rel;
        else if (tag === 'status') ev.status = textOf(part);
        else if (tag === 'resource') ev.embedded = modelOf(part);
        else if (tag === 'reason') {
          const field = (name: string): string | undefined => {
            const f = kids(part).find((k) => tagOf(k) === name);
            return f ? textOf(f) : undefined;
          };
          ev.reason = { code: field('code') ?? '', subcode: field('subcode') };
        }
      }
      events.push(ev);
    }
  }
  return { links, events };
}

export function decodeBatch(text: string, format: Format): Batch {
  return format === 'json' ? fromJson(text) : fromXml(text);
}

/** Follows `next` from `href`, gathering events until one matches; resolves with everything read and the next href. */
export async function readUntil(
  get: (href: string) => Promise<Batch>,
  href: string,
  done: (e: Ev) => boolean,
): Promise<{ events: Ev[]; next: string }> {
  const events: Ev[] = [];
  let next = href;
  for (let i = 0; i < 20; i++) {
    const b = await get(next);
    events.push(...b.events);
    next = b.links.next ?? '';
    if (b.events.some(done)) return { events, next };
  }
  throw new Error(`not seen in 20 batches: ${events.map((e) => `${e.rel} ${e.type}`).join(', ')}`);
}
