// Hostile server replies: the JSON and XML decoders and the error-body parser fed with mutated versions of every
// real sample (truncated, bytes flipped, types swapped, prototype-pollution keys, deep nesting, huge strings, DTD
// entity bombs). Each must give a well-formed model (or, for error bodies, a UcwaError) or throw a UcwaError
// MalformedResponse: never another exception, never a hang, never a changed Object.prototype.
//
// Seed: UCWA_FUZZ_SEED (default fixed, so a run is repeatable; a failure prints the seed and the case).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prng } from '../../../../main/sim/directory.js';
import { UcwaError } from '../../../../main/ucwa/errors.js';
import { errorFromResponse } from '../../../../main/ucwa/failures.js';
import { parseErrorBody } from '../../../../main/ucwa/representation/reason.js';
import { toEventBatch } from '../../../../main/ucwa/eventChannelBatch.js';
import { decode, decodeJson, decodeXml, isUcwaResource } from '../../../../main/ucwa/representation/index.js';
import type { UcwaResource } from '../../../../main/ucwa/representation/index.js';
import { samplesDir } from '../../../support/samples.js';

const SEED = Number(process.env.UCWA_FUZZ_SEED ?? 20_240_917);
const MUTATIONS_PER_SAMPLE = 24;
const DEPTH = 10_000;
const HUGE = 1024 * 1024;
const DANGEROUS_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];

const samples = readdirSync(samplesDir)
  .filter((f) => f.endsWith('.json') || f.endsWith('.xml'))
  .map((file) => ({
    file,
    text: readFileSync(join(samplesDir, file), 'utf8'),
    json: file.endsWith('.json'),
  }));

type Rnd = () => number;
const int = (rnd: Rnd, n: number): number => Math.floor(rnd() * n);
function pick<T>(rnd: Rnd, xs: readonly T[]): T {
  const x = xs[int(rnd, xs.length)];
  if (x === undefined) throw new Error('empty list');
  return x;
}

// ---------------------------------------------------------------------------------------------------------------
// Mutators: text-level (either format) and structure-level (JSON values, XML names).

const STRUCTURAL = [
  '{',
  '}',
  '[',
  ']',
  '<',
  '>',
  '"',
  "'",
  '=',
  '/',
  '&',
  ';',
  ':',
  ',',
  '\\',
  '\u0000',
  '\uFFFF',
];

const textMutators: Record<string, (rnd: Rnd, text: string) => string> = {
  truncate: (rnd, t) => t.slice(0, int(rnd, t.length)),
  flipBytes: (rnd, t) => {
    const chars = [...t];
    for (let n = 1 + int(rnd, 8); n > 0; n--) {
      chars[int(rnd, chars.length)] =
        rnd() < 0.5 ? pick(rnd, STRUCTURAL) : String.fromCharCode(int(rnd, 0xffff));
    }
    return chars.join('');
  },
  insertJunk: (rnd, t) => {
    const at = int(rnd, t.length);
    const junk = Array.from({ length: 1 + int(rnd, 6) }, () => pick(rnd, STRUCTURAL)).join('');
    return t.slice(0, at) + junk + t.slice(at);
  },
  duplicateSlice: (rnd, t) => {
    const a = int(rnd, t.length);
    const b = a + int(rnd, t.length - a);
    return t.slice(0, b) + t.slice(a, b) + t.slice(b);
  },
  dropSlice: (rnd, t) => {
    const a = int(rnd, t.length);
    return t.slice(0, a) + t.slice(a + 1 + int(rnd, 40));
  },
};

const WRONG_TYPES: unknown[] = [
  null,
  0,
  -1,
  1e308,
  true,
  [],
  {},
  [null, 1, 'x', { href: 5 }],
  { href: { href: 'x' } },
  '',
  '/Date(99999999999999999999)/',
  '9999-99-99T99:99:99Z',
];

/** Every object and array inside a parsed JSON value. */
function containers(value: unknown, out: Array<Record<string, unknown> | unknown[]> = []): typeof out {
  if (Array.isArray(value)) {
    out.push(value);
    for (const v of value) containers(v, out);
  } else if (typeof value === 'object' && value !== null) {
    out.push(value as Record<string, unknown>);
    for (const v of Object.values(value)) containers(v, out);
  }
  return out;
}

function pollutionPayload(rnd: Rnd): unknown {
  return pick(rnd, [
    { polluted: 'yes', href: '/evil' },
    { prototype: { polluted: 'yes' } },
    [{ href: '/evil', polluted: 'yes' }],
    'polluted',
  ]);
}

const jsonMutators: Record<string, (rnd: Rnd, doc: unknown) => void> = {
  wrongType: (rnd, doc) => {
    for (let n = 1 + int(rnd, 4); n > 0; n--) {
      const c = pick(rnd, containers(doc));
      const value = structuredClone(pick(rnd, WRONG_TYPES)); // a copy: never a shared (or cyclic) value
      if (Array.isArray(c)) {
        if (c.length > 0) c[int(rnd, c.length)] = value;
      } else {
        const keys = Object.keys(c);
        if (keys.length > 0) c[pick(rnd, keys)] = value;
      }
    }
  },
  dangerousKey: (rnd, doc) => {
    const objects = containers(doc).filter((c) => !Array.isArray(c));
    for (let n = 1 + int(rnd, 3); n > 0; n--) {
      const o = pick(rnd, objects) as Record<string, unknown>;
      // defineProperty: a JSON text with a `__proto__` key parses to an own property, which is what a server sends.
      Object.defineProperty(o, pick(rnd, DANGEROUS_KEYS), {
        value: pollutionPayload(rnd),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  },
};

function xmlMutate(rnd: Rnd, text: string): string {
  switch (int(rnd, 4)) {
    case 0: // a server-chosen name (link/embedding rel, property name) that is an Object.prototype member
      return text.replace(/\b(rel|name)="[^"]*"/g, (m, attr: string) =>
        rnd() < 0.3 ? `${attr}="${pick(rnd, DANGEROUS_KEYS)}"` : m,
      );
    case 1: // an element name that is one
      return text.replace(/<(\/?)(property|link|code|message|item|sender|reason)\b/g, (m, close: string) =>
        rnd() < 0.2 ? `<${close}${pick(rnd, DANGEROUS_KEYS)}` : m,
      );
    case 2: // structure where text is expected, and text where structure is
      return text
        .replace(/>([^<]{1,40})</g, (m) =>
          rnd() < 0.3 ? '><resource rel="x"><item>1</item></resource><' : m,
        )
        .replace(/<propertyList /g, (m) => (rnd() < 0.5 ? '<property ' : m));
    default: // entities and character references, valid and not
      return text.replace(/>([^<]{1,40})</g, (m) =>
        rnd() < 0.3
          ? `>${pick(rnd, ['&amp;', '&lt;&gt;', '&#0;', '&#x110000;', '&bogus;', '&#xD800;', '&'])}<`
          : m,
      );
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Hand-made hostile bodies.

const nest = (open: string, close: string, inner: string, n = DEPTH): string =>
  open.repeat(n) + inner + close.repeat(n);

const LOL = (() => {
  let defs = '<!ENTITY lol0 "lololololololololol">';
  for (let i = 1; i <= 9; i++) defs += `<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`;
  return `<?xml version="1.0"?><!DOCTYPE r [${defs}]>`;
})();

const hostile: Array<{ name: string; body: string; type: 'json' | 'xml' }> = [
  { name: 'deep _embedded', type: 'json', body: nest('{"_embedded":{"x":', '}}', '{}') },
  { name: 'deep array property', type: 'json', body: `{"p":${nest('[', ']', '')}}` },
  { name: 'deep object property', type: 'json', body: `{"p":${nest('{"a":', '}', '1')}}` },
  { name: 'deep embedded arrays', type: 'json', body: nest('{"_embedded":{"x":[', ']}}', '{}') },
  {
    name: 'deep event embedding',
    type: 'json',
    body: `{"sender":[{"rel":"people","events":[{"type":"updated","link":{"rel":"contact","href":"/c"},"_embedded":{"contact":${nest('{"_embedded":{"x":', '}}', '{}')}}}]}]}`,
  },
  { name: 'deep code (error body)', type: 'json', body: `{"code":${nest('{"#text":', '}', '"x"')}}` },
  { name: 'deep resources', type: 'xml', body: nest('<resource rel="x">', '</resource>', '') },
  { name: 'deep plain root', type: 'xml', body: `<reason>${nest('<a>', '</a>', 'x')}</reason>` },
  {
    name: 'deep events',
    type: 'xml',
    body: `<events><sender rel="people">${nest('<added>', '</added>', '')}</sender></events>`,
  },
  {
    name: 'huge JSON string',
    type: 'json',
    body: `{"rel":"contact","name":"${'A'.repeat(HUGE)}","code":"BadRequest"}`,
  },
  {
    name: 'huge JSON date-like string',
    type: 'json',
    body: `{"rel":"contact","lastActive":"/Date(${'1'.repeat(HUGE)})/","when":"2016-09-26T${'1'.repeat(HUGE)}"}`,
  },
  {
    name: 'huge XML text',
    type: 'xml',
    body: `<resource rel="contact" href="/c"><property name="name">${'A'.repeat(HUGE)}</property></resource>`,
  },
  {
    name: 'huge XML attribute',
    type: 'xml',
    body: `<resource rel="contact" href="${'/a'.repeat(HUGE / 2)}"/>`,
  },
  {
    name: 'many siblings',
    type: 'xml',
    body: `<resource rel="x">${'<link rel="a" href="/a"/>'.repeat(20_000)}</resource>`,
  },
  { name: 'billion laughs', type: 'xml', body: `${LOL}<resource rel="&lol9;" href="/x"/>` },
  {
    name: 'billion laughs (error)',
    type: 'xml',
    body: `${LOL}<reason><code>&lol9;</code><message>&lol9;</message></reason>`,
  },
  {
    name: 'one large entity many times',
    type: 'xml',
    body: `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "${'A'.repeat(9_000)}">]><reason><code>BadRequest</code><message>${'&a;'.repeat(5_000)}</message></reason>`,
  },
  {
    name: 'external entity',
    type: 'xml',
    body: '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><reason><code>&x;</code></reason>',
  },
  {
    name: 'lower-case doctype',
    type: 'xml',
    body: '<!doctype r [<!entity x "y">]><reason><code>&x;</code></reason>',
  },
  {
    name: 'JSON prototype keys everywhere',
    type: 'json',
    body: '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"_links":{"__proto__":{"href":"/p"},"constructor":{"href":"/c"},"self":{"href":"/s"}},"_embedded":{"__proto__":{"rel":"contact","polluted":"yes"},"toString":[{"rel":"x"}]},"sender":[{"rel":"people","__proto__":{"polluted":"yes"},"events":[{"type":"updated","link":{"rel":"__proto__","href":"/x"},"_embedded":{"__proto__":{"polluted":"yes"}}}]}]}',
  },
  {
    name: 'XML prototype names everywhere',
    type: 'xml',
    body: '<resource rel="__proto__" href="/x"><link rel="__proto__" href="/p"/><link rel="constructor" href="/c"/><link rel="constructor" href="/c2"/><property name="__proto__">polluted</property><propertyList name="__proto__"><item>polluted</item></propertyList><property name="constructor">x</property><resource rel="__proto__" href="/e"><property name="polluted">yes</property></resource><resource rel="hasOwnProperty" href="/h"/></resource>',
  },
  {
    name: 'XML prototype names in events',
    type: 'xml',
    body: '<events href="/ev"><link rel="__proto__" href="/n"/><sender rel="__proto__" href="/p"><updated rel="__proto__" href="/x"><resource rel="__proto__" href="/r"/></updated><constructor rel="constructor" href="/y"/></sender></events>',
  },
  {
    name: 'XML prototype element names',
    type: 'xml',
    body: '<reason><__proto__><polluted>yes</polluted></__proto__><code>BadRequest</code></reason>',
  },
  {
    name: 'XML constructor element',
    type: 'xml',
    body: '<reason><constructor><prototype><polluted>yes</polluted></prototype></constructor><code>x</code></reason>',
  },
  {
    name: 'XML prototype attributes',
    type: 'xml',
    body: '<resource __proto__="yes" constructor="x" rel="a"/>',
  },
  { name: 'empty', type: 'json', body: '' },
  { name: 'JSON null', type: 'json', body: 'null' },
  { name: 'JSON array', type: 'json', body: '[{"rel":"x"}]' },
  { name: 'JSON string', type: 'json', body: '"x"' },
  { name: 'XML declaration only', type: 'xml', body: '<?xml version="1.0"?>' },
  { name: 'XML text only', type: 'xml', body: 'hello' },
  { name: 'XML comment only', type: 'xml', body: '<!-- x -->' },
  { name: 'XML CDATA root', type: 'xml', body: '<![CDATA[<resource/>]]>' },
];

// ---------------------------------------------------------------------------------------------------------------
// Checks.

/** A well-formed model: every link has a string href, every embedded value is a resource, no swapped prototypes. */
function modelProblem(res: UcwaResource, path = 'root', depth = 0): string | undefined {
  if (!isUcwaResource(res)) return `${path} is not a resource`;
  if (depth > 200) return `${path} nests deeper than any UCWA resource`;
  for (const [what, bag] of [
    ['properties', res.properties],
    ['links', res.links],
    ['embedded', res.embedded],
  ] as const) {
    if (Object.getPrototypeOf(bag) !== Object.prototype) return `${path}.${what} has a swapped prototype`;
  }
  for (const [rel, value] of Object.entries(res.links)) {
    for (const l of Array.isArray(value) ? value : [value]) {
      if (typeof l !== 'object' || typeof (l as { href?: unknown }).href !== 'string')
        return `${path}.links.${rel} is not a link`;
    }
  }
  for (const [rel, value] of Object.entries(res.embedded)) {
    for (const e of Array.isArray(value) ? value : [value]) {
      const problem = modelProblem(e, `${path}.embedded.${rel}`, depth + 1);
      if (problem !== undefined) return problem;
    }
  }
  return undefined;
}

/** The outcome of one decode: undefined when acceptable, else what went wrong. */
function decodeProblem(run: () => UcwaResource): string | undefined {
  let res: UcwaResource;
  try {
    res = run();
  } catch (e) {
    if (e instanceof UcwaError && e.code === 'MalformedResponse') return undefined;
    return `threw ${e instanceof Error ? `${e.name}: ${e.message.slice(0, 120)}` : String(e)}`;
  }
  const problem = modelProblem(res);
  if (problem !== undefined) return problem;
  try {
    JSON.stringify(res); // what `ucwa decode` prints and IPC would carry
    if (res.rel === 'events') toEventBatch(res); // what the event channel reads
  } catch (e) {
    return `decoded, but using it threw ${e instanceof Error ? e.name : String(e)}`;
  }
  return undefined;
}

function errorBodyProblem(body: string, type: 'json' | 'xml'): string | undefined {
  const contentType = type === 'json' ? 'application/json' : 'application/xml';
  try {
    const parsed = parseErrorBody(contentType, body);
    if (parsed !== undefined && typeof parsed.code !== 'string') return 'error body without a string code';
    const e = errorFromResponse(500, contentType, body);
    if (!(e instanceof UcwaError)) return 'errorFromResponse gave something else than a UcwaError';
    if (typeof e.message !== 'string' || e.message.length > 500) return 'error message not a short string';
  } catch (e) {
    return `error-body parsing threw ${e instanceof Error ? e.name : String(e)}`;
  }
  return undefined;
}

/** Every decoder this body could meet: by content type, sniffed, and as an error answer. */
function allProblems(body: string, type: 'json' | 'xml'): string[] {
  const out = [
    decodeProblem(() => (type === 'json' ? decodeJson(body) : decodeXml(body))),
    decodeProblem(() => decode(body)),
    errorBodyProblem(body, type),
  ];
  return out.filter((p): p is string => p !== undefined);
}

const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
const before = PROTOTYPES.map((p) => Object.getOwnPropertyNames(p).sort().join());

function unpolluted(): boolean {
  const probe = {} as Record<string, unknown>;
  return (
    probe.polluted === undefined &&
    ([] as unknown as Record<string, unknown>).polluted === undefined &&
    PROTOTYPES.every((p, i) => Object.getOwnPropertyNames(p).sort().join() === before[i])
  );
}

// ---------------------------------------------------------------------------------------------------------------

describe(`hostile server replies (seed ${SEED})`, () => {
  let cases = 0;
  beforeAll(() => {
    expect(samples.length).toBeGreaterThan(100);
  });
  afterAll(() => {
    expect(unpolluted()).toBe(true);
  });

  it('mutated samples decode to a well-formed model or a MalformedResponse, never anything else', () => {
    const rnd = prng(SEED);
    const failures: string[] = [];
    const textNames = Object.keys(textMutators);
    const jsonNames = Object.keys(jsonMutators);
    for (const sample of samples) {
      for (let i = 0; i < MUTATIONS_PER_SAMPLE; i++) {
        let name: string;
        let body: string;
        const structural = rnd() < 0.4;
        if (structural && sample.json) {
          name = pick(rnd, jsonNames);
          const doc: unknown = JSON.parse(sample.text);
          jsonMutators[name]?.(rnd, doc);
          body = JSON.stringify(doc);
        } else if (structural) {
          name = 'xmlNames';
          body = xmlMutate(rnd, sample.text);
        } else {
          name = pick(rnd, textNames);
          body = textMutators[name]?.(rnd, sample.text) ?? sample.text;
        }
        cases++;
        for (const p of allProblems(body, sample.json ? 'json' : 'xml')) {
          failures.push(`${sample.file} #${i} ${name}: ${p}`);
        }
      }
    }
    expect(cases).toBeGreaterThan(2_500);
    expect(failures, `seed ${SEED}`).toEqual([]);
    expect(unpolluted()).toBe(true);
  });

  it.each(hostile)('$name: a model or a MalformedResponse, in bounded time', ({ body, type }) => {
    expect(allProblems(body, type)).toEqual([]);
    expect(unpolluted()).toBe(true);
  });

  it('keeps what the server named __proto__ or constructor as plain data, not as a prototype', () => {
    const json = decodeJson(
      '{"rel":"x","__proto__":{"polluted":"yes"},"_links":{"constructor":{"href":"/c"},"__proto__":{"href":"/p"}},"_embedded":{"__proto__":{"rel":"e"}}}',
    );
    expect(Object.getOwnPropertyDescriptor(json.properties, '__proto__')?.value).toEqual({ polluted: 'yes' });
    expect(json.properties.polluted).toBeUndefined();
    expect(Object.getOwnPropertyDescriptor(json.links, '__proto__')?.value).toEqual({ href: '/p' });
    expect(json.links.constructor).toEqual({ href: '/c' });
    expect(Object.getOwnPropertyDescriptor(json.embedded, '__proto__')?.value).toMatchObject({ rel: 'e' });

    const xml = decodeXml(
      '<resource rel="x" href="/x"><link rel="constructor" href="/c"/><link rel="toString" href="/t1"/><link rel="toString" href="/t2"/><property name="__proto__">yes</property><resource rel="hasOwnProperty" href="/h"/></resource>',
    );
    expect(xml.links.constructor).toEqual({ href: '/c' });
    expect(xml.links.toString).toEqual([{ href: '/t1' }, { href: '/t2' }]);
    expect(Object.getOwnPropertyDescriptor(xml.properties, '__proto__')?.value).toBe('yes');
    expect(xml.embedded.hasOwnProperty).toMatchObject({ rel: 'hasOwnProperty', href: '/h' });
  });
});
