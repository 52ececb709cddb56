// XML (application/xml, application/vnd.microsoft.com.ucwa+xml) → UcwaResource, the same model JSON decodes to.
// `<resource rel href>`: the `rel` attribute is the embedding key (for nested resources) and `<property name="rel">`,
// when present, the resource's own rel. `<link>` elements repeat for multiples; `<property>` / `<propertyList>` hold
// values (`True`/`False` → booleans, ISO dates → UTC ISO strings, `xsi:nil` → null). Order is kept (preserveOrder),
// because event order matters. `<events>` roots decode to the event-batch form of events.ts; any other root
// (`<reason>`, `<operationsQueued>`, …) decodes to rel '' with its child elements as plain properties, which is what
// the JSON decoder does with an object that has no `rel`.
import { XMLParser } from 'fast-xml-parser';
import { malformed } from '../errors.js';
import { EVENTS_REL } from './events.js';
import type { NormalisedEvent, NormalisedSender } from './events.js';
import { addEntry, setEntry } from './model.js';
import type { UcwaLink, UcwaResource } from './model.js';
import { normaliseXmlText, withoutBom } from './values.js';

type Attrs = Record<string, string>;
/** One node of fast-xml-parser's preserveOrder output: `{ tag: children, ':@': attrs }` or `{ '#text': text }`. */
type XNode = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  // Only XML's five entities and character references: a DTD (the only way to declare more) is refused before
  // parsing, see decodeXml. The parser's own expansion limits stay as a second line.
  processEntities: true,
  htmlEntities: false,
  // Real UCWA XML nests under 10 levels; deeper is refused (as a parse error) so the recursive walk below is safe.
  maxNestedTags: 100,
});

function tagOf(node: XNode): string | undefined {
  return Object.keys(node).find((k) => k !== ':@');
}

function attrsOf(node: XNode): Attrs {
  const raw = node[':@'];
  return typeof raw === 'object' && raw !== null ? (raw as Attrs) : {};
}

function childrenOf(node: XNode): XNode[] {
  const tag = tagOf(node);
  const value = tag === undefined ? undefined : node[tag];
  return Array.isArray(value) ? (value as XNode[]) : [];
}

function textOf(node: XNode): string {
  return childrenOf(node)
    .map((c) => (typeof c['#text'] === 'string' || typeof c['#text'] === 'number' ? String(c['#text']) : ''))
    .join('');
}

function isNil(node: XNode): boolean {
  return attrsOf(node).nil === 'true';
}

function valueOf(node: XNode): unknown {
  if (isNil(node)) return null;
  return normaliseXmlText(textOf(node));
}

/** True for the elements that name a value: `<property name>` and `<propertyList name>`. */
function isNamedValue(node: XNode): boolean {
  const tag = tagOf(node);
  return (tag === 'property' || tag === 'propertyList') && attrsOf(node).name !== undefined;
}

/**
 * A `<property>`'s value: its text, or, when it holds named values itself (a property bag such as `debugInfo` with an
 * `errorReportId` inside), an object keyed by their names, as JSON has it.
 */
function propertyValue(node: XNode): unknown {
  if (isNil(node)) return null;
  const named = childrenOf(node).filter(isNamedValue);
  return named.length === 0 ? valueOf(node) : namedValues(named);
}

function listValue(node: XNode): unknown[] {
  return childrenOf(node)
    .filter((c) => tagOf(c) === 'item')
    .map(valueOf);
}

function namedValue(node: XNode): unknown {
  return tagOf(node) === 'propertyList' ? listValue(node) : propertyValue(node);
}

/** Named values as an object: `<property name="a">` → `a`, `<propertyList name="b">` → `b: [...]`. */
function namedValues(nodes: readonly XNode[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const node of nodes) setEntry(out, attrsOf(node).name ?? '', namedValue(node));
  return out;
}

function linkOf(attrs: Attrs): UcwaLink | undefined {
  if (attrs.href === undefined) return undefined;
  const out: UcwaLink = { href: attrs.href };
  if (attrs.title !== undefined) out.title = attrs.title;
  if (attrs.revision !== undefined) out.revision = attrs.revision;
  return out;
}

/** A `<resource>` element. Returns the resource and the embedding key (its `rel` attribute). */
function decodeResourceNode(node: XNode): { key: string; resource: UcwaResource } {
  const attrs = attrsOf(node);
  const res: UcwaResource = { rel: attrs.rel ?? '', properties: {}, links: {}, embedded: {} };
  if (attrs.href !== undefined) res.href = attrs.href;
  for (const child of childrenOf(node)) {
    const tag = tagOf(child);
    const a = attrsOf(child);
    if (tag === 'link') {
      const l = linkOf(a);
      if (a.rel === 'self') {
        if (l !== undefined && res.href === undefined) res.href = l.href;
      } else if (a.rel !== undefined && l !== undefined) addEntry(res.links, a.rel, l);
    } else if (tag === 'property' && a.name !== undefined) {
      const value = propertyValue(child);
      if (a.name === 'rel' && typeof value === 'string') res.rel = value;
      else setEntry(res.properties, a.name, value);
    } else if (tag === 'propertyList' && a.name !== undefined) {
      setEntry(res.properties, a.name, listValue(child));
    } else if (tag === 'resource') {
      const nested = decodeResourceNode(child);
      addEntry(res.embedded, nested.key, nested.resource);
    }
  }
  return { key: attrs.rel ?? res.rel, resource: res };
}

/**
 * Any other element as plain data: text when it has no child elements, else an object of its children, keyed by tag,
 * except that `<property name>` / `<propertyList name>` children are keyed by their name (`<debugInfo>` in a
 * `<reason>` is a bag of named properties).
 */
function plainValue(node: XNode): unknown {
  if (isNil(node)) return null;
  const elements = childrenOf(node).filter((c) => tagOf(c) !== '#text');
  if (elements.length === 0) return normaliseXmlText(textOf(node));
  const out: Record<string, unknown> = {};
  for (const child of elements) {
    const tag = tagOf(child);
    if (isNamedValue(child)) setEntry(out, attrsOf(child).name ?? '', namedValue(child));
    else if (tag !== undefined) addEntry(out, tag, plainValue(child));
  }
  return out;
}

function decodeEventNode(node: XNode, type: string): NormalisedEvent | undefined {
  const a = attrsOf(node);
  if (a.rel === undefined || a.href === undefined) return undefined;
  const event: NormalisedEvent = { type, link: { rel: a.rel, href: a.href } };
  if (a.title !== undefined) event.link.title = a.title;
  if (a.in !== undefined) event.in = { rel: a.in };
  if (a.status !== undefined) event.status = a.status;
  for (const child of childrenOf(node)) {
    const tag = tagOf(child);
    if (tag === 'resource') {
      event.embedded ??= {};
      setEntry(event.embedded, a.rel, decodeResourceNode(child).resource);
    } else if (tag === 'in') {
      const ia = attrsOf(child);
      if (ia.rel !== undefined) event.in = { rel: ia.rel, href: ia.href };
    } else if (tag === 'status') {
      event.status = textOf(child);
    } else if (tag === 'reason') {
      event.reason = plainValue(child) as Record<string, unknown>;
    }
  }
  return event;
}

function decodeEventsNode(node: XNode): UcwaResource {
  const attrs = attrsOf(node);
  const res: UcwaResource = { rel: EVENTS_REL, properties: {}, links: {}, embedded: {} };
  if (attrs.href !== undefined) res.href = attrs.href;
  const senders: NormalisedSender[] = [];
  for (const child of childrenOf(node)) {
    const tag = tagOf(child);
    const a = attrsOf(child);
    if (tag === 'link' && a.rel !== undefined) {
      const l = linkOf(a);
      if (l === undefined) continue;
      if (a.rel === 'self') res.href ??= l.href;
      else addEntry(res.links, a.rel, l);
    } else if (tag === 'sender') {
      const sender: NormalisedSender = { rel: a.rel ?? '', events: [] };
      if (a.href !== undefined) sender.href = a.href;
      for (const e of childrenOf(child)) {
        const type = tagOf(e);
        const event = type === undefined || type === '#text' ? undefined : decodeEventNode(e, type);
        if (event !== undefined) sender.events.push(event);
      }
      senders.push(sender);
    }
  }
  res.properties.sender = senders;
  return res;
}

/** Decode an XML body. Throws UcwaError MalformedResponse when it is not well-formed XML with a root element. */
export function decodeXml(text: string): UcwaResource {
  const body = withoutBom(text);
  // A hostile server could try entity expansion; UCWA never sends a DTD, so refuse one outright.
  if (/<!DOCTYPE|<!ENTITY/i.test(body)) throw malformed('XML with a DTD');
  let nodes: unknown;
  try {
    nodes = parser.parse(body, true);
  } catch {
    throw malformed('invalid XML');
  }
  if (!Array.isArray(nodes)) throw malformed('invalid XML');
  const root = (nodes as XNode[]).find((n) => {
    const tag = tagOf(n);
    return tag !== undefined && tag !== '?xml' && tag !== '#text' && tag !== '#comment';
  });
  const tag = root === undefined ? undefined : tagOf(root);
  if (root === undefined || tag === undefined) throw malformed('XML without a root element');
  if (tag === 'resource') return decodeResourceNode(root).resource;
  if (tag === 'events') return decodeEventsNode(root);
  const value = plainValue(root);
  const properties = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  return { rel: '', properties, links: {}, embedded: {} };
}
