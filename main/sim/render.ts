// Turns the simulator's resource model into UCWA JSON or XML, exactly as the protocol's samples lay them out.
// JSON: { rel, ...properties, _links: { self, rel: {href} | [{href}] }, _embedded: { key: resource | [resource] } }.
// XML: <resource rel href xmlns>, <link rel href/> (no self element), <property name>, <propertyList name><item/>,
// nested <resource rel="embedding key">; booleans as True/False. Errors: {code, subcode, message} / <reason>.
// Dates are UcwaDate values in the model, so each format writes them its own way (JSON `/Date(ms)/`, XML ISO 8601).

export const UCWA_NS = 'http://schemas.microsoft.com/rtc/2012/03/ucwa';

export interface Link {
  href: string;
  title?: string;
  revision?: string;
}

export interface Res {
  rel: string;
  href: string;
  props?: Record<string, unknown>;
  links?: Record<string, Link | Link[] | undefined>;
  embedded?: Record<string, Res | Res[] | undefined>;
}

export type Format = 'json' | 'xml';

/**
 * A date-valued property (e.g. contactPresence `lastActive`). The protocol writes dates differently per format:
 * JSON as the ASP.NET AJAX string `/Date(ms)/`, XML as ISO 8601 (see the contactPresence samples), so resources
 * carry the instant and the renderer picks the form.
 */
export class UcwaDate {
  constructor(readonly ms: number) {}

  /** The JSON form; also what JSON.stringify writes should a UcwaDate slip through unrendered. */
  toJSON(): string {
    return `/Date(${this.ms})/`;
  }

  /** The XML form. */
  toIso(): string {
    return new Date(this.ms).toISOString();
  }
}

/** One event as queued for an application. */
export interface SimEvent {
  sender: { rel: string; href: string };
  link: Link & { rel: string };
  in?: { rel: string; href: string };
  type: 'added' | 'updated' | 'deleted' | 'started' | 'completed';
  embedded?: Record<string, Res>;
  status?: 'Success' | 'Failure';
  reason?: { code: string; subcode?: string; message?: string };
}

export interface EventBatchLinks {
  self: string;
  next?: string;
  resume?: string;
  resync?: string;
}

// ---------- JSON ----------

function linkJson(l: Link): Record<string, string> {
  const o: Record<string, string> = { href: l.href };
  if (l.title !== undefined) o.title = l.title;
  if (l.revision !== undefined) o.revision = l.revision;
  return o;
}

function jsonValue(v: unknown): unknown {
  if (v instanceof UcwaDate) return v.toJSON();
  return Array.isArray(v) ? v.map(jsonValue) : v;
}

export function resourceToJson(r: Res): Record<string, unknown> {
  const out: Record<string, unknown> = { rel: r.rel };
  for (const [k, v] of Object.entries(r.props ?? {})) if (v !== undefined) out[k] = jsonValue(v);
  const links: Record<string, unknown> = { self: { href: r.href } };
  for (const [k, v] of Object.entries(r.links ?? {})) {
    if (v === undefined) continue;
    links[k] = Array.isArray(v) ? v.map(linkJson) : linkJson(v);
  }
  out._links = links;
  const emb = Object.entries(r.embedded ?? {}).filter(([, v]) => v !== undefined);
  if (emb.length > 0) {
    const e: Record<string, unknown> = {};
    for (const [k, v] of emb) e[k] = Array.isArray(v) ? v.map(resourceToJson) : resourceToJson(v as Res);
    out._embedded = e;
  }
  return out;
}

function eventToJson(e: SimEvent): Record<string, unknown> {
  const o: Record<string, unknown> = { link: { rel: e.link.rel, ...linkJson(e.link) } };
  if (e.in) o.in = { rel: e.in.rel, href: e.in.href };
  if (e.embedded) {
    const emb: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(e.embedded)) emb[k] = resourceToJson(v);
    o._embedded = emb;
  }
  if (e.status) o.status = e.status;
  if (e.reason) o.reason = e.reason;
  o.type = e.type;
  return o;
}

/** Groups consecutive events of the same sender into one block; order across senders is kept. */
export function senderBlocks(events: SimEvent[]): Array<{ rel: string; href: string; events: SimEvent[] }> {
  const blocks: Array<{ rel: string; href: string; events: SimEvent[] }> = [];
  for (const e of events) {
    const last = blocks[blocks.length - 1];
    if (last && last.rel === e.sender.rel && last.href === e.sender.href) last.events.push(e);
    else blocks.push({ rel: e.sender.rel, href: e.sender.href, events: [e] });
  }
  return blocks;
}

function eventsToJson(links: EventBatchLinks, events: SimEvent[]): Record<string, unknown> {
  const l: Record<string, unknown> = {};
  if (links.resync) return { _links: { resync: { href: links.resync } } };
  l.self = { href: links.self };
  if (links.next) l.next = { href: links.next };
  if (links.resume) l.resume = { href: links.resume };
  const out: Record<string, unknown> = { _links: l };
  if (events.length > 0) {
    out.sender = senderBlocks(events).map((b) => ({
      rel: b.rel,
      href: b.href,
      events: b.events.map(eventToJson),
    }));
  }
  return out;
}

// ---------- XML ----------

export function xmlEscape(s: string): string {
  return s.replace(/[&<>"']/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&apos;',
  );
}

function xmlValue(v: unknown): string {
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'string') return xmlEscape(v);
  if (typeof v === 'number') return String(v);
  if (v instanceof UcwaDate) return v.toIso();
  return xmlEscape(JSON.stringify(v));
}

function linkXml(rel: string, l: Link): string {
  let s = `<link rel="${xmlEscape(rel)}" href="${xmlEscape(l.href)}"`;
  if (l.title !== undefined) s += ` title="${xmlEscape(l.title)}"`;
  if (l.revision !== undefined) s += ` revision="${xmlEscape(l.revision)}"`;
  return s + ' />';
}

function resourceXmlParts(r: Res, key: string, out: string[], root: boolean): void {
  out.push(
    `<resource rel="${xmlEscape(key)}" href="${xmlEscape(r.href)}"${root ? ` xmlns="${UCWA_NS}"` : ''}>`,
  );
  for (const [k, v] of Object.entries(r.links ?? {})) {
    if (v === undefined) continue;
    for (const l of Array.isArray(v) ? v : [v]) out.push(linkXml(k, l));
  }
  out.push(`<property name="rel">${xmlEscape(r.rel)}</property>`);
  for (const [k, v] of Object.entries(r.props ?? {})) {
    if (v === undefined) continue;
    if (Array.isArray(v)) {
      out.push(`<propertyList name="${xmlEscape(k)}">`);
      for (const item of v) out.push(`<item>${xmlValue(item)}</item>`);
      out.push('</propertyList>');
    } else out.push(`<property name="${xmlEscape(k)}">${xmlValue(v)}</property>`);
  }
  for (const [k, v] of Object.entries(r.embedded ?? {})) {
    if (v === undefined) continue;
    for (const e of Array.isArray(v) ? v : [v]) resourceXmlParts(e, k, out, false);
  }
  out.push('</resource>');
}

const XML_DECL = '<?xml version="1.0" encoding="utf-8"?>';

export function resourceToXml(r: Res): string {
  const parts: string[] = [XML_DECL];
  resourceXmlParts(r, r.rel, parts, true);
  return parts.join('\n');
}

// Event batch in XML (EventChannelDetails.md): the event type is the element name; `in` is an <in rel href/>
// child; status is a <status> child and reason a <reason> child with <code>/<subcode>/<message>; an embedded
// resource is a nested <resource rel="embedding key">.
function eventsToXml(links: EventBatchLinks, events: SimEvent[]): string {
  const out: string[] = [XML_DECL];
  if (links.resync) {
    out.push(
      `<events xmlns="${UCWA_NS}">`,
      `<link rel="resync" href="${xmlEscape(links.resync)}" />`,
      '</events>',
    );
    return out.join('\n');
  }
  out.push(`<events href="${xmlEscape(links.self)}" xmlns="${UCWA_NS}">`);
  if (links.next) out.push(`<link rel="next" href="${xmlEscape(links.next)}" />`);
  if (links.resume) out.push(`<link rel="resume" href="${xmlEscape(links.resume)}" />`);
  for (const b of senderBlocks(events)) {
    out.push(`<sender rel="${xmlEscape(b.rel)}" href="${xmlEscape(b.href)}">`);
    for (const e of b.events) {
      let open = `<${e.type} rel="${xmlEscape(e.link.rel)}" href="${xmlEscape(e.link.href)}"`;
      if (e.link.title !== undefined) open += ` title="${xmlEscape(e.link.title)}"`;
      out.push(open + '>');
      if (e.in) out.push(`<in rel="${xmlEscape(e.in.rel)}" href="${xmlEscape(e.in.href)}" />`);
      if (e.status) out.push(`<status>${e.status}</status>`);
      if (e.reason) out.push(reasonXml(e.reason, false));
      for (const [k, v] of Object.entries(e.embedded ?? {})) resourceXmlParts(v, k, out, false);
      out.push(`</${e.type}>`);
    }
    out.push('</sender>');
  }
  out.push('</events>');
  return out.join('\n');
}

function reasonXml(r: { code: string; subcode?: string; message?: string }, root: boolean): string {
  return (
    `<reason${root ? ` xmlns="${UCWA_NS}"` : ''}><code>${xmlEscape(r.code)}</code>` +
    (r.subcode ? `<subcode>${xmlEscape(r.subcode)}</subcode>` : '') +
    (r.message ? `<message>${xmlEscape(r.message)}</message>` : '') +
    '</reason>'
  );
}

// ---------- entry points ----------

export function contentType(format: Format, accept: string): string {
  const vnd = accept.includes('vnd.microsoft.com.ucwa') || accept.includes('vnd.microsoft.ucwa');
  if (format === 'xml') return vnd ? 'application/vnd.microsoft.com.ucwa+xml' : 'application/xml';
  return vnd ? 'application/vnd.microsoft.com.ucwa+json' : 'application/json';
}

export function renderResource(r: Res, format: Format): string {
  return format === 'xml' ? resourceToXml(r) : JSON.stringify(resourceToJson(r));
}

export function renderEvents(links: EventBatchLinks, events: SimEvent[], format: Format): string {
  return format === 'xml' ? eventsToXml(links, events) : JSON.stringify(eventsToJson(links, events));
}

export interface ErrorBody {
  code: string;
  subcode?: string;
  message?: string;
}

export function renderError(e: ErrorBody, format: Format): string {
  if (format === 'xml') return XML_DECL + '\n' + reasonXml(e, true);
  const o: Record<string, string> = { code: e.code };
  if (e.subcode) o.subcode = e.subcode;
  if (e.message) o.message = e.message;
  return JSON.stringify(o);
}

/** A body that claims the negotiated format but cannot be parsed (fault injection). */
export function renderMalformed(format: Format): string {
  return format === 'xml'
    ? `${XML_DECL}\n<resource rel="contact" href="/x"><property name=`
    : '{"rel":"contact","_links":{"self":';
}
