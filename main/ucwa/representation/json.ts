// JSON (application/json, application/vnd.microsoft.com.ucwa+json) → UcwaResource.
// `_links.self` becomes `href`; other `_links` keep single-vs-array as sent; `_embedded` values are decoded
// recursively; every other key is a property (the own `rel` excepted), with `/Date(ms)/` turned into ISO strings.
// An event batch (an object with a `sender` array) becomes rel `events` (see events.ts).
import { malformed } from '../errors.js';
import { EVENTS_REL } from './events.js';
import type { NormalisedEvent, NormalisedSender } from './events.js';
import { setEntry } from './model.js';
import type { UcwaLink, UcwaResource } from './model.js';
import { normaliseJsonString, withoutBom } from './values.js';

type Json = Record<string, unknown>;

/**
 * Deepest nesting of objects and arrays accepted in a body. Real UCWA bodies nest at most ~15 deep; the limit keeps
 * a hostile body from overflowing the stack here or later (JSON.stringify, IPC), as the XML parser's tag limit does.
 */
const MAX_JSON_DEPTH = 100;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

function normaliseValue(value: unknown): unknown {
  if (typeof value === 'string') return normaliseJsonString(value);
  if (Array.isArray(value)) return value.map(normaliseValue);
  return value;
}

function decodeLink(value: unknown): UcwaLink | undefined {
  if (!isObject(value)) return undefined;
  const href = str(value.href);
  if (href === undefined) return undefined;
  const out: UcwaLink = { href };
  const title = str(value.title);
  const revision = str(value.revision);
  if (title !== undefined) out.title = title;
  if (revision !== undefined) out.revision = revision;
  return out;
}

function decodeLinks(value: unknown, into: UcwaResource): void {
  if (!isObject(value)) return;
  for (const [rel, raw] of Object.entries(value)) {
    if (rel === 'self') {
      const self = decodeLink(Array.isArray(raw) ? raw[0] : raw);
      if (self !== undefined) into.href = self.href;
      continue;
    }
    if (Array.isArray(raw)) {
      setEntry(
        into.links,
        rel,
        raw.map(decodeLink).filter((l): l is UcwaLink => l !== undefined),
      );
    } else {
      const l = decodeLink(raw);
      if (l !== undefined) setEntry(into.links, rel, l);
    }
  }
}

/**
 * Decode one already-parsed JSON resource object. An embedded resource without its own `rel` takes its embedding
 * key, as XML does (its `rel` attribute doubles as both).
 */
export function decodeJsonObject(obj: Json, defaultRel = ''): UcwaResource {
  const res: UcwaResource = { rel: str(obj.rel) ?? defaultRel, properties: {}, links: {}, embedded: {} };
  decodeLinks(obj._links, res);
  if (isObject(obj._embedded)) {
    for (const [key, raw] of Object.entries(obj._embedded)) {
      if (Array.isArray(raw))
        setEntry(
          res.embedded,
          key,
          raw.filter(isObject).map((o) => decodeJsonObject(o, key)),
        );
      else if (isObject(raw)) setEntry(res.embedded, key, decodeJsonObject(raw, key));
    }
  }
  for (const [key, value] of Object.entries(obj)) {
    if (key === 'rel' || key === '_links' || key === '_embedded') continue;
    setEntry(res.properties, key, normaliseValue(value));
  }
  // An event-channel answer: senders, or (timeout / resync answers) only next/resume/resync links.
  const channelLink = ['next', 'resume', 'resync'].some((rel) => rel in res.links);
  if (res.rel === '' && (Array.isArray(obj.sender) || channelLink)) {
    res.rel = EVENTS_REL;
    res.properties.sender = Array.isArray(obj.sender) ? obj.sender.filter(isObject).map(decodeSender) : [];
  }
  return res;
}

function eventLink(value: unknown): { rel: string; href: string; title?: string } | undefined {
  if (!isObject(value)) return undefined;
  const rel = str(value.rel);
  const href = str(value.href);
  if (rel === undefined || href === undefined) return undefined;
  const title = str(value.title);
  return title === undefined ? { rel, href } : { rel, href, title };
}

function decodeSender(raw: Json): NormalisedSender {
  const sender: NormalisedSender = { rel: str(raw.rel) ?? '', events: [] };
  const href = str(raw.href);
  if (href !== undefined) sender.href = href;
  const events = Array.isArray(raw.events) ? raw.events : [];
  for (const e of events) {
    if (!isObject(e)) continue;
    const link = eventLink(e.link);
    const type = str(e.type);
    if (link === undefined || type === undefined) continue;
    const event: NormalisedEvent = { type, link };
    if (isObject(e.in) && str(e.in.rel) !== undefined) {
      event.in = { rel: str(e.in.rel) ?? '', href: str(e.in.href) };
    }
    const status = str(e.status);
    if (status !== undefined) event.status = status;
    if (isObject(e.reason)) event.reason = e.reason;
    if (isObject(e._embedded)) {
      event.embedded = {};
      for (const [key, value] of Object.entries(e._embedded)) {
        if (isObject(value)) setEntry(event.embedded, key, decodeJsonObject(value, key));
      }
    }
    sender.events.push(event);
  }
  return sender;
}

/** True when objects/arrays nest deeper than `max` (checked without recursion, so any depth is safe to ask). */
function deeperThan(root: object, max: number): boolean {
  const stack: Array<[object, number]> = [[root, 1]];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const [value, depth] = item;
    if (depth > max) return true;
    for (const child of Array.isArray(value) ? (value as unknown[]) : Object.values(value)) {
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
    }
  }
  return false;
}

/** Decode a JSON body. Throws UcwaError MalformedResponse when it is not a JSON object. */
export function decodeJson(text: string): UcwaResource {
  let parsed: unknown;
  try {
    parsed = JSON.parse(withoutBom(text));
  } catch {
    throw malformed('invalid JSON');
  }
  if (!isObject(parsed)) throw malformed('JSON body is not an object');
  if (deeperThan(parsed, MAX_JSON_DEPTH)) throw malformed('JSON nested too deeply');
  return decodeJsonObject(parsed);
}
