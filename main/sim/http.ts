// The simulator's request/response model, independent of node:http so that multipart batch parts run through
// the same router as real requests. Also: content negotiation, request-body decoding and UCWA error replies.
import { XMLParser } from 'fast-xml-parser';
import { UCWA_STATUS_CODES } from '../ucwa/errors.js';
import { mediaTypeOf } from '../ucwa/representation/mediaType.js';
import { type ErrorBody, type Format, type Res, contentType, renderError, renderResource } from './render.js';

export interface SimRequest {
  method: string;
  path: string; // decoded path without query
  query: URLSearchParams;
  rawUrl: string; // path + query as received
  headers: Record<string, string | undefined>; // lower-case names
  body: Buffer;
  format: Format; // negotiated from Accept
  accept: string;
  pool: number; // 1 = the discovery pool, 2 = the second pool
  origin: string;
  /** Register a callback for when the client goes away before the answer (parked P-GETs). */
  onClose(cb: () => void): void;
}

export interface SimResponse {
  status: number;
  headers?: Record<string, string | string[]>;
  body?: string | Buffer;
  /** Destroy the connection instead of answering. */
  drop?: boolean;
}

/** The code a UCWA server sends with a status (the client's table); any other 5xx is a ServiceFailure. */
export function codeForStatus(status: number): string {
  return UCWA_STATUS_CODES[status] ?? (status >= 500 ? 'ServiceFailure' : 'BadRequest');
}

/** Thrown by handlers; the router turns it into a UCWA error body. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly subcode?: string,
    message?: string,
    readonly code: string = codeForStatus(status),
  ) {
    super(message ?? `${codeForStatus(status)}${subcode ? ` (${subcode})` : ''}`);
  }
}

export function negotiate(accept: string | undefined): Format {
  const a = (accept ?? '').toLowerCase();
  if (a.includes('json')) return 'json';
  if (a.includes('xml')) return 'xml';
  return 'json';
}

export function baseHeaders(): Record<string, string> {
  return {
    'X-MS-UcwaVersion': '1.0.0.0',
    'Cache-Control': 'no-cache',
    Expires: '-1',
    'X-MS-Server-Fqdn': 'sim.contoso.com',
  };
}

export function errorResponse(
  req: Pick<SimRequest, 'format' | 'accept'>,
  status: number,
  e: ErrorBody,
): SimResponse {
  return {
    status,
    headers: { ...baseHeaders(), 'Content-Type': `${contentType(req.format, req.accept)}; charset=utf-8` },
    body: renderError(e, req.format),
  };
}

/** FNV-1a, enough for ETags. */
export function hashEtag(s: string | Buffer): string {
  let h = 0x811c9dc5;
  const buf = typeof s === 'string' ? Buffer.from(s) : s;
  for (const byte of buf) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return String(h);
}

/** Compares an If-Match / If-None-Match value with an ETag, tolerant of quotes and W/. */
export function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((v) => {
    const t = v.trim().replace(/^W\//i, '').replace(/^"|"$/g, '');
    return t === '*' || t === etag;
  });
}

export function resourceResponse(
  req: SimRequest,
  r: Res,
  opts: { status?: number; etag?: string } = {},
): SimResponse {
  const body = renderResource(r, req.format);
  const etag = opts.etag ?? hashEtag(body);
  if (req.method === 'GET' && etagMatches(req.headers['if-none-match'], etag)) {
    return { status: 304, headers: { ...baseHeaders(), ETag: `"${etag}"` } };
  }
  return {
    status: opts.status ?? 200,
    headers: {
      ...baseHeaders(),
      'Content-Type': `${contentType(req.format, req.accept)}; charset=utf-8`,
      ETag: `"${etag}"`,
    },
    body,
  };
}

export function noContent(status = 204, headers: Record<string, string> = {}): SimResponse {
  return { status, headers: { ...baseHeaders(), ...headers } };
}

const xmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  isArray: (name) => name === 'property' || name === 'propertyList' || name === 'item',
});

/** Decodes a JSON or XML (<input>/<resource> with <property>s) request body into a flat object. Empty → {}. */
export function parseBody(req: SimRequest): Record<string, unknown> {
  const text = req.body.toString('utf8').trim();
  if (text === '') return {};
  const type = mediaTypeOf(req.headers['content-type']);
  const looksXml = type.includes('xml') || (!type.includes('json') && text.startsWith('<'));
  if (!looksXml && !type.includes('json') && type !== '') {
    throw new HttpError(415, 'UnsupportedMediaType', `Content-Type ${type} is not supported`);
  }
  try {
    if (!looksXml) {
      const v: unknown = JSON.parse(text);
      if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Error('not an object');
      return v as Record<string, unknown>;
    }
    const doc = xmlParser.parse(text, true) as Record<string, unknown>;
    const root = (doc.input ?? doc.resource) as Record<string, unknown> | undefined;
    if (!root || typeof root !== 'object') throw new Error('no <input> or <resource> root');
    const out: Record<string, unknown> = {};
    for (const p of (root.property ?? []) as Array<Record<string, unknown> | string>) {
      if (typeof p !== 'object') continue;
      const name = p['@name'];
      if (typeof name === 'string') out[name] = typeof p['#text'] === 'string' ? p['#text'] : '';
    }
    for (const p of (root.propertyList ?? []) as Array<Record<string, unknown>>) {
      const name = p['@name'];
      if (typeof name === 'string')
        out[name] = ((p.item ?? []) as unknown[]).map((i) => (typeof i === 'string' ? i : ''));
    }
    return out;
  } catch (e) {
    throw new HttpError(
      400,
      'DeserializationFailure',
      `The request body could not be read: ${(e as Error).message}`,
    );
  }
}

/** Case-insensitive property lookup (real servers accept "EndpointId" and "endpointId"). */
export function prop(body: Record<string, unknown>, name: string): unknown {
  const lower = name.toLowerCase();
  for (const [k, v] of Object.entries(body)) if (k.toLowerCase() === lower) return v;
  return undefined;
}
