// Request bodies in either format. POST operations take an input (`<input>` in XML); PUT sends the resource back
// (`<resource rel href>` in XML). Booleans are written `True`/`False` in XML as the server does; arrays become
// `<propertyList>`; null/undefined values are left out.
export type WireFormat = 'json' | 'xml';

export const UCWA_NS = 'http://schemas.microsoft.com/rtc/2012/03/ucwa';

export interface EncodedBody {
  contentType: string;
  body: string;
}

export interface BodySpec {
  /** `input` for POST operation parameters, `resource` for a PUT of a whole resource. */
  kind: 'input' | 'resource';
  rel?: string;
  href?: string;
  properties: Record<string, unknown>;
}

export function contentTypeFor(format: WireFormat): string {
  return format === 'json' ? 'application/json' : 'application/xml';
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function xmlScalar(value: unknown): string | undefined {
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'string') return escapeXml(value);
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (value instanceof Date) return value.toISOString();
  return undefined;
}

function xmlProperties(properties: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const [name, value] of Object.entries(properties)) {
    if (value === null || value === undefined) continue;
    const n = escapeXml(name);
    if (Array.isArray(value)) {
      const items = value.map(xmlScalar).filter((v): v is string => v !== undefined);
      out.push(`<propertyList name="${n}">${items.map((i) => `<item>${i}</item>`).join('')}</propertyList>`);
      continue;
    }
    const text = xmlScalar(value);
    if (text !== undefined) out.push(`<property name="${n}">${text}</property>`);
  }
  return out;
}

function jsonValue(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}

export function encodeBody(format: WireFormat, spec: BodySpec): EncodedBody {
  if (format === 'json') {
    const obj: Record<string, unknown> = {};
    if (spec.rel !== undefined) obj.rel = spec.rel;
    for (const [name, value] of Object.entries(spec.properties)) {
      if (value !== null && value !== undefined) obj[name] = jsonValue(value);
    }
    return { contentType: contentTypeFor('json'), body: JSON.stringify(obj) };
  }
  const props = xmlProperties(spec.properties);
  let root: string;
  if (spec.kind === 'resource') {
    const rel = spec.rel === undefined ? '' : ` rel="${escapeXml(spec.rel)}"`;
    const href = spec.href === undefined ? '' : ` href="${escapeXml(spec.href)}"`;
    root = `<resource${rel}${href} xmlns="${UCWA_NS}">`;
    if (spec.rel !== undefined) props.unshift(`<property name="rel">${escapeXml(spec.rel)}</property>`);
  } else {
    root = `<input xmlns="${UCWA_NS}">`;
  }
  const closing = spec.kind === 'resource' ? '</resource>' : '</input>';
  return {
    contentType: contentTypeFor('xml'),
    body: `<?xml version="1.0" encoding="utf-8"?>${root}${props.join('')}${closing}`,
  };
}
