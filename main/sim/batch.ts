// multipart/batching (BatchingRequests.md): each part is `Content-Type: application/http; msgtype=request` holding
// a raw HTTP request ("GET <href> HTTP/1.1", headers, blank line, body). The answer is multipart/batching with one
// `application/http; msgtype=response` part per request, in request order.
import { STATUS_CODES } from 'node:http';
import type { SimResponse } from './http.js';

export interface BatchPart {
  method: string;
  target: string; // href as written (absolute or relative)
  headers: Record<string, string>;
  body: Buffer;
}

export function boundaryOf(contentType: string | undefined): string | undefined {
  const m = /boundary="?([^";]+)"?/i.exec(contentType ?? '');
  return m?.[1];
}

function splitHead(text: string): [string, string] {
  const i = text.search(/\r?\n\r?\n/);
  if (i < 0) return [text, ''];
  const sep = /\r?\n\r?\n/.exec(text.slice(i));
  return [text.slice(0, i), text.slice(i + (sep?.[0].length ?? 2))];
}

function headerLines(block: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of block.split(/\r?\n/)) {
    const c = line.indexOf(':');
    if (c > 0) out[line.slice(0, c).trim().toLowerCase()] = line.slice(c + 1).trim();
  }
  return out;
}

/** Parses the batch body; throws on anything that is not a well-formed batch. */
export function parseBatch(body: Buffer, boundary: string): BatchPart[] {
  const text = body.toString('utf8');
  const delimiter = `--${boundary}`;
  const chunks = text.split(delimiter);
  if (chunks.length < 2) throw new Error('no batch parts');
  const parts: BatchPart[] = [];
  for (const raw of chunks.slice(1)) {
    if (raw.startsWith('--')) break; // closing delimiter
    const chunk = raw.replace(/^\r?\n/, '');
    if (chunk.trim() === '') continue;
    const [, http] = splitHead(chunk); // skip the part's own MIME headers
    const [head, partBody] = splitHead(http);
    const [requestLine = '', ...rest] = head.split(/\r?\n/);
    const m = /^([A-Z]+)\s+(\S+)(\s+HTTP\/1\.[01])?$/.exec(requestLine.trim());
    if (!m?.[1] || !m[2]) throw new Error(`bad request line in batch part: ${requestLine.slice(0, 80)}`);
    parts.push({
      method: m[1],
      target: m[2],
      headers: headerLines(rest.join('\n')),
      body: Buffer.from(partBody.replace(/\r?\n$/, ''), 'utf8'),
    });
  }
  return parts;
}

export function renderBatch(responses: SimResponse[], boundary: string): Buffer {
  const chunks: Buffer[] = [];
  for (const r of responses) {
    const lines = [
      `--${boundary}`,
      'Content-Type: application/http; msgtype=response',
      '',
      `HTTP/1.1 ${r.status} ${STATUS_CODES[r.status] ?? ''}`,
    ];
    for (const [k, v] of Object.entries(r.headers ?? {}))
      for (const one of Array.isArray(v) ? v : [v]) lines.push(`${k}: ${one}`);
    lines.push('', '');
    chunks.push(Buffer.from(lines.join('\r\n')));
    if (r.body !== undefined) chunks.push(typeof r.body === 'string' ? Buffer.from(r.body) : r.body);
    chunks.push(Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(chunks);
}
