// Property lists as macOS keeps managed preferences: binary (`bplist00`, what profiles install) through bplist-parser,
// XML through fast-xml-parser (which the protocol decoder already uses). Both are light to load; the `plist` package
// pulled in an XML DOM that alone cost more than the whole start-up budget for reading the policy (bench/policy.ts).
// Values come out as JSON-like data: dict → object, array → array, string/date → string, integer/real → number,
// true/false → boolean, data → base64 string. Anything else is not a property list: the reader throws.
import { parseBuffer } from 'bplist-parser';
import { XMLParser } from 'fast-xml-parser';

type Node = Record<string, unknown>;

export function parsePlist(bytes: Buffer): unknown {
  if (bytes.subarray(0, 6).toString('latin1') === 'bplist') return parseBuffer(bytes)[0];
  return parseXmlPlist(bytes.toString('utf8'));
}

// preserveOrder keeps a dict's <key>/<value> pairs in order; no entities, no DTD (policy files are not documents).
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: false,
  processEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

function parseXmlPlist(text: string): unknown {
  const doc = parser.parse(text) as Node[];
  const plist = doc.find((n) => 'plist' in n);
  const values = elements(plist?.plist);
  if (values.length !== 1) throw new Error('not a property list');
  return value(values[0] as Node);
}

/** The element children of a preserveOrder node (text between elements dropped). */
function elements(children: unknown): Node[] {
  return Array.isArray(children) ? (children as Node[]).filter((c) => !('#text' in c)) : [];
}

function text(children: unknown): string {
  return Array.isArray(children)
    ? (children as Node[]).map((c) => (typeof c['#text'] === 'string' ? c['#text'] : '')).join('')
    : '';
}

function value(node: Node): unknown {
  const [tag] = Object.keys(node);
  const children = tag === undefined ? undefined : node[tag];
  switch (tag) {
    case 'dict':
      return dict(elements(children));
    case 'array':
      return elements(children).map(value);
    case 'string':
    case 'date':
      return text(children);
    case 'data':
      return text(children).replace(/\s+/g, '');
    case 'integer':
    case 'real': {
      const n = Number(text(children).trim());
      if (!Number.isFinite(n)) throw new Error(`not a number in <${tag}>`);
      return n;
    }
    case 'true':
      return true;
    case 'false':
      return false;
    default:
      throw new Error(`not a property list element: <${tag ?? ''}>`);
  }
}

function dict(items: Node[]): Record<string, unknown> {
  const out: Record<string, unknown> = Object.create(null);
  for (let i = 0; i < items.length; i += 2) {
    const key = items[i];
    const item = items[i + 1];
    if (key === undefined || !('key' in key) || item === undefined)
      throw new Error('a <dict> key without a value');
    out[text(key.key)] = value(item);
  }
  return out;
}
