// Fetch many resources in few requests. With the application's `batch` link, GETs are sent as one
// `multipart/batching` POST per 100 hrefs (parts `application/http; msgtype=request`, answers in request order);
// without it (or if the server refuses batching), plain GETs with limited concurrency. Each href gets its own
// result: a resource or the UcwaError its part failed with.
import { UcwaError, errorFromResponse, isUcwaError } from './errors.js';
import { decode } from './representation/index.js';
import type { UcwaResource } from './representation/index.js';
import type { Transport } from './transport.js';
import { resolveHref } from './urls.js';

export const BATCH_PARTS = 100;
const CONCURRENCY = 6;

export type ManyResult = { ok: true; resource: UcwaResource; url: string } | { ok: false; error: UcwaError };

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

export function encodeBatch(urls: readonly URL[], accept: string, boundary: string): string {
  const parts = urls.map(
    (u) =>
      `--${boundary}\r\nContent-Type: application/http; msgtype=request\r\n\r\n` +
      `GET ${u.pathname}${u.search} HTTP/1.1\r\nHost: ${u.host}\r\nAccept: ${accept}\r\n\r\n`,
  );
  return `${parts.join('')}--${boundary}--\r\n`;
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

function partResult(part: BatchPartResponse | undefined, url: URL): ManyResult {
  if (part === undefined) {
    return {
      ok: false,
      error: new UcwaError({ status: 0, code: 'MalformedResponse', message: 'Missing batch part.' }),
    };
  }
  const contentType = part.headers['content-type'] ?? '';
  if (part.status >= 400) return { ok: false, error: errorFromResponse(part.status, contentType, part.body) };
  try {
    return { ok: true, resource: decode(part.body, contentType), url: url.href };
  } catch (e) {
    return {
      ok: false,
      error: isUcwaError(e) ? e : new UcwaError({ status: part.status, code: 'MalformedResponse' }),
    };
  }
}

async function oneByOne(
  transport: Transport,
  urls: readonly URL[],
  signal?: AbortSignal,
): Promise<ManyResult[]> {
  return mapLimit(urls, CONCURRENCY, async (url): Promise<ManyResult> => {
    try {
      const res = await transport.request({ href: url.href, ...(signal === undefined ? {} : { signal }) });
      if (res.resource === undefined) {
        return { ok: false, error: new UcwaError({ status: res.status, code: 'MalformedResponse' }) };
      }
      return { ok: true, resource: res.resource, url: res.url };
    } catch (e) {
      if (isUcwaError(e) && e.code === 'Aborted') throw e;
      return {
        ok: false,
        error: isUcwaError(e) ? e : new UcwaError({ status: 0, code: 'Network', cause: e }),
      };
    }
  });
}

/** Refusals that mean "this server does not batch": fall back to plain GETs. */
function batchUnsupported(e: unknown): boolean {
  return isUcwaError(e) && [400, 404, 405, 413, 415, 501].includes(e.status);
}

export interface GetManyOptions {
  transport: Transport;
  /** The application's `batch` link, absolute; undefined → plain GETs. */
  batchUrl?: string;
  /** Base for relative hrefs. */
  base: string;
  hrefs: readonly string[];
  signal?: AbortSignal;
}

export async function getMany(options: GetManyOptions): Promise<ManyResult[]> {
  const { transport, batchUrl, signal } = options;
  const urls = options.hrefs.map((h) => resolveHref(h, options.base));
  if (batchUrl === undefined || urls.length === 0) return oneByOne(transport, urls, signal);
  const chunks: URL[][] = [];
  for (let i = 0; i < urls.length; i += BATCH_PARTS) chunks.push(urls.slice(i, i + BATCH_PARTS));
  const accept = transport.format === 'xml' ? 'application/xml' : 'application/json';
  const results = await mapLimit(chunks, 4, async (chunk): Promise<ManyResult[]> => {
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
        ...(signal === undefined ? {} : { signal }),
      });
      const text = res.bytes === undefined ? '' : new TextDecoder().decode(res.bytes);
      const parts = parseBatch(text, res.contentType ?? '');
      return chunk.map((url, i) => partResult(parts[i], url));
    } catch (e) {
      if (batchUnsupported(e)) return oneByOne(transport, chunk, signal);
      throw e;
    }
  });
  return results.flat();
}
