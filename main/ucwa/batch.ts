// Many requests in few HTTP requests. With the application's `batch` link, requests are sent as one
// `multipart/batching` POST per 100 parts (BatchingRequests.md: each part `application/http; msgtype=request` is a
// full HTTP request — request line, headers, blank line, body — so GETs and POSTs with a body both batch; answers
// come back in request order). Without the link (or if the server refuses batching), plain requests with limited
// concurrency. Each request gets its own result: the answer, or the UcwaError its part failed with.
//   sendMany(requests)  any GET/POST/PUT mix (subscriptions, bulk relationship changes: each PUT part carries its own
//                       If-Match)                             getMany(hrefs)  GETs that must return a resource
import { isApplicationGone } from './application.js';
import { UcwaError, isUcwaError } from './errors.js';
import { errorFromResponse } from './failures.js';
import { decode, encodeBody } from './representation/index.js';
import type { BodySpec, UcwaResource, WireFormat } from './representation/index.js';
import type { Transport } from './transport.js';
import { resolveHref } from './urls.js';

export const BATCH_PARTS = 100;
const CONCURRENCY = 6;

export type ManyResult =
  { ok: true; resource: UcwaResource; url: string; etag?: string } | { ok: false; error: UcwaError };

/** One request of a batch. Relative hrefs resolve against `base` (default: the batch's base). */
export interface BatchRequest {
  method?: 'GET' | 'POST' | 'PUT';
  href: string;
  base?: string;
  body?: BodySpec;
  /** This part's own If-Match (a PUT of a resource read earlier). */
  ifMatch?: string;
}

/** The answer to one BatchRequest: `resource` is absent for an empty body (e.g. 204). */
export type SentResult =
  | { ok: true; status: number; resource?: UcwaResource; url: string; etag?: string }
  | { ok: false; error: UcwaError };

/** What sendMany needs of the transport (the client's request, which resolves against its application, will do). */
export type BatchTransport = Pick<Transport, 'request' | 'format'>;

/** A request ready to be written into a batch part. */
export interface EncodedPart {
  method: 'GET' | 'POST' | 'PUT';
  url: URL;
  body?: { contentType: string; text: string };
  ifMatch?: string;
}

/** Run `work` over items with at most `limit` in flight; results in item order. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** The multipart/batching body: one `application/http; msgtype=request` part per request, a body after its headers. */
export function encodeBatch(parts: readonly EncodedPart[], accept: string, boundary: string): string {
  const encoded = parts.map(({ method, url, body, ifMatch }) => {
    const condition = ifMatch === undefined ? '' : `If-Match: ${ifMatch}\r\n`;
    const head =
      `--${boundary}\r\nContent-Type: application/http; msgtype=request\r\n\r\n` +
      `${method} ${url.pathname}${url.search} HTTP/1.1\r\nHost: ${url.host}\r\nAccept: ${accept}\r\n${condition}`;
    if (body === undefined) return `${head}\r\n`;
    const length = new TextEncoder().encode(body.text).length;
    return `${head}Content-Type: ${body.contentType}\r\nContent-Length: ${length}\r\n\r\n${body.text}\r\n`;
  });
  return `${encoded.join('')}--${boundary}--\r\n`;
}

export interface BatchPartResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

function splitHead(text: string): { head: string; rest: string } {
  const m = /\r?\n\r?\n/.exec(text);
  return m
    ? { head: text.slice(0, m.index), rest: text.slice(m.index + m[0].length) }
    : { head: text, rest: '' };
}

/** Parse a multipart/batching answer into its HTTP responses, in order. */
export function parseBatch(body: string, contentType: string): BatchPartResponse[] {
  const m = /boundary="?([^";]+)"?/i.exec(contentType);
  if (!m?.[1])
    throw new UcwaError({
      status: 200,
      code: 'MalformedResponse',
      message: 'Batch answer without boundary.',
    });
  const delimiter = `--${m[1]}`;
  const out: BatchPartResponse[] = [];
  for (const raw of body.split(delimiter).slice(1)) {
    if (raw.startsWith('--')) break;
    const part = splitHead(raw.replace(/^\r?\n/, '')).rest; // drop the part headers
    const { head, rest } = splitHead(part);
    const lines = head.split(/\r?\n/);
    const status = Number(/^HTTP\/\d(?:\.\d)?\s+(\d{3})/.exec(lines[0] ?? '')?.[1]);
    if (!Number.isFinite(status) || status === 0) continue;
    const headers: Record<string, string> = {};
    for (const line of lines.slice(1)) {
      const colon = line.indexOf(':');
      if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    out.push({ status, headers, body: rest.replace(/\r?\n$/, '') });
  }
  return out;
}

function partResult(part: BatchPartResponse | undefined, url: URL): SentResult {
  if (part === undefined) {
    return {
      ok: false,
      error: new UcwaError({ status: 0, code: 'MalformedResponse', message: 'Missing batch part.' }),
    };
  }
  const contentType = part.headers['content-type'] ?? '';
  if (part.status >= 400) return { ok: false, error: errorFromResponse(part.status, contentType, part.body) };
  const etag = part.headers.etag;
  if (part.body.trim() === '') return { ok: true, status: part.status, url: url.href, etag };
  try {
    return { ok: true, status: part.status, resource: decode(part.body, contentType), url: url.href, etag };
  } catch (e) {
    return {
      ok: false,
      error: isUcwaError(e) ? e : new UcwaError({ status: part.status, code: 'MalformedResponse' }),
    };
  }
}

function encodePart(request: BatchRequest, base: string, format: WireFormat): EncodedPart {
  const url = resolveHref(request.href, request.base ?? base);
  const method = request.method ?? 'GET';
  const ifMatch = request.ifMatch;
  if (request.body === undefined) return { method, url, ifMatch };
  const encoded = encodeBody(format, request.body);
  return { method, url, ifMatch, body: { contentType: encoded.contentType, text: encoded.body } };
}

async function oneByOne(
  transport: BatchTransport,
  parts: readonly EncodedPart[],
  requests: readonly BatchRequest[],
  signal?: AbortSignal,
): Promise<SentResult[]> {
  const indices = parts.map((_, i) => i);
  return mapLimit(indices, CONCURRENCY, async (i): Promise<SentResult> => {
    const part = parts[i] as EncodedPart;
    const body = requests[i]?.body;
    try {
      const res = await transport.request({
        method: part.method,
        href: part.url.href,
        ifMatch: part.ifMatch,
        body,
        signal,
      });
      return {
        ok: true,
        status: res.status,
        url: res.url,
        etag: res.etag,
        resource: res.resource,
      };
    } catch (e) {
      if (isUcwaError(e) && e.code === 'Aborted') throw e;
      return {
        ok: false,
        error: isUcwaError(e) ? e : new UcwaError({ status: 0, code: 'Network', cause: e }),
      };
    }
  });
}

/** Refusals that mean "this server does not batch (or not this much)": fall back to plain requests. */
function batchUnsupported(e: unknown): boolean {
  return isUcwaError(e) && [400, 404, 405, 413, 415, 501].includes(e.status);
}

export interface SendManyOptions {
  transport: BatchTransport;
  /** The application's `batch` link, absolute; undefined → plain requests. */
  batchUrl?: string;
  /** Base for relative hrefs. */
  base: string;
  requests: readonly BatchRequest[];
  signal?: AbortSignal;
}

/** Send every request, batched by 100 parts when the server batches; results in request order. */
export async function sendMany(options: SendManyOptions): Promise<SentResult[]> {
  const { transport, batchUrl, signal, requests } = options;
  const parts = requests.map((r) => encodePart(r, options.base, transport.format));
  if (batchUrl === undefined || parts.length === 0) return oneByOne(transport, parts, requests, signal);
  const chunks: number[] = [];
  for (let i = 0; i < parts.length; i += BATCH_PARTS) chunks.push(i);
  const accept = transport.format === 'xml' ? 'application/xml' : 'application/json';
  const results = await mapLimit(chunks, 4, async (start): Promise<SentResult[]> => {
    const chunk = parts.slice(start, start + BATCH_PARTS);
    const boundary = `batch_${crypto.randomUUID()}`;
    try {
      const res = await transport.request({
        method: 'POST',
        href: batchUrl,
        accept: 'multipart/batching',
        body: {
          contentType: `multipart/batching;boundary=${boundary}`,
          text: encodeBatch(chunk, accept, boundary),
        },
        signal,
      });
      const text = res.bytes === undefined ? '' : new TextDecoder().decode(res.bytes);
      const answers = parseBatch(text, res.contentType ?? '');
      return chunk.map((part, i) => partResult(answers[i], part.url));
    } catch (e) {
      // The application is gone, not its batch: every part would get the same 404 one by one.
      if (batchUnsupported(e) && !isApplicationGone(e)) {
        return oneByOne(transport, chunk, requests.slice(start, start + BATCH_PARTS), signal);
      }
      throw e;
    }
  });
  return results.flat();
}

export interface GetManyOptions {
  transport: BatchTransport;
  /** The application's `batch` link, absolute; undefined → plain GETs. */
  batchUrl?: string;
  /** Base for relative hrefs. */
  base: string;
  hrefs: readonly string[];
  signal?: AbortSignal;
}

/** GET every href (see sendMany); an answer without a resource is a MalformedResponse for that href. */
export async function getMany(options: GetManyOptions): Promise<ManyResult[]> {
  const { hrefs, ...rest } = options;
  const sent = await sendMany({ ...rest, requests: hrefs.map((href) => ({ href })) });
  return sent.map((r): ManyResult => {
    if (!r.ok) return r;
    if (r.resource === undefined) {
      return { ok: false, error: new UcwaError({ status: r.status, code: 'MalformedResponse' }) };
    }
    return { ok: true, resource: r.resource, url: r.url, etag: r.etag };
  });
}
