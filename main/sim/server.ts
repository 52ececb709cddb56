// The HTTP front: node:http servers (one per pool), request reading, the control prefix, statistics, injected faults,
// and hand-off to dispatch.ts. Every handler is wrapped: any input gets a protocol-shaped answer, never a crash.
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Front, type Outcome, dispatch } from './dispatch.js';
import {
  type SimRequest,
  type SimResponse,
  baseHeaders,
  codeForStatus,
  errorResponse,
  negotiate,
} from './http.js';
import { acceptsGzip, compressible, gzip } from './compression.js';
import { contentType, renderMalformed } from './render.js';
import { parseTarget } from './requestTarget.js';

export const CONTROL_PREFIX = '/_sim/';
const MAX_BODY = 8 * 1024 * 1024;

function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY) chunks.push(c);
    });
    req.on('end', () => resolve(size > MAX_BODY ? undefined : Buffer.concat(chunks)));
    req.on('error', () => resolve(Buffer.alloc(0)));
  });
}

function toSimRequest(
  nreq: IncomingMessage,
  nres: ServerResponse,
  body: Buffer,
  pool: number,
  origin: string,
): SimRequest {
  const rawUrl = nreq.url ?? '/';
  const url = parseTarget(rawUrl, origin);
  let path = url.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    /* keep the raw path: it will be a 404 */
  }
  const headers: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(nreq.headers))
    headers[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  const accept = headers.accept ?? '';
  return {
    method: (nreq.method ?? 'GET').toUpperCase(),
    path,
    query: url.searchParams,
    rawUrl,
    headers,
    body,
    accept,
    format: negotiate(accept),
    pool,
    origin,
    onClose: (cb) =>
      nres.on('close', () => {
        if (!nres.writableFinished) cb();
      }),
  };
}

function write(
  nres: ServerResponse,
  resp: SimResponse,
  req: Pick<SimRequest, 'method' | 'headers'>,
  gzipping = false,
): void {
  if (nres.destroyed) return;
  let body =
    resp.body === undefined ? undefined : typeof resp.body === 'string' ? Buffer.from(resp.body) : resp.body;
  const headers = resp.headers ?? {};
  for (const [k, v] of Object.entries(headers)) nres.setHeader(k, v);
  if (gzipping && body !== undefined && body.length > 0 && compressible(headers['Content-Type'])) {
    nres.setHeader('Vary', 'Accept-Encoding');
    if (acceptsGzip(req.headers['accept-encoding'])) {
      body = gzip(body);
      nres.setHeader('Content-Encoding', 'gzip');
    }
  }
  nres.setHeader('Content-Length', String(body?.length ?? 0));
  nres.writeHead(resp.status);
  nres.end(req.method === 'HEAD' ? undefined : body);
}

/** The answer an injected `fail` or `malformed` fault gives instead of the real one. */
function faultOutcome(
  front: Front,
  req: SimRequest,
  fault: { kind: 'fail'; status: number; code?: string; subcode?: string } | { kind: 'malformed' },
): Outcome {
  if (fault.kind === 'malformed') {
    return {
      route: 'fault',
      resp: {
        status: 200,
        headers: {
          ...baseHeaders(),
          'Content-Type': `${contentType(req.format, req.accept)}; charset=utf-8`,
        },
        body: renderMalformed(req.format),
      },
    };
  }
  return {
    route: 'fault',
    resp:
      fault.status === 401
        ? front.ctx.auth.challenge(req)
        : errorResponse(req, fault.status, {
            code: fault.code ?? codeForStatus(fault.status),
            subcode: fault.subcode,
            message: 'Injected fault.',
          }),
  };
}

export async function handle(
  front: Front,
  nreq: IncomingMessage,
  nres: ServerResponse,
  pool: number,
  origin: string,
): Promise<void> {
  const body = await readBody(nreq);
  const req = toSimRequest(nreq, nres, body ?? Buffer.alloc(0), pool, origin);
  const record = (status: number): void => {
    for (const l of front.listeners) {
      try {
        l({ method: req.method, path: req.rawUrl, status });
      } catch {
        /* a listener's failure is not the client's problem */
      }
    }
  };
  if (req.path.startsWith(CONTROL_PREFIX)) {
    write(nres, await front.control(req), { method: 'GET', headers: {} });
    return;
  }
  front.stats.requests++;
  if (body === undefined) {
    const resp = errorResponse(req, 413, {
      code: 'EntityTooLarge',
      message: 'The request body is too large.',
    });
    write(nres, resp, req, front.ctx.gzip);
    record(413);
    return;
  }
  const { faults } = front.ctx;
  const delay = faults.take(req.rawUrl, ['delay']);
  if (delay?.kind === 'delay') await new Promise<void>((r) => front.ctx.clock.setTimeout(r, delay.ms));
  const fault = faults.take(req.rawUrl, ['fail', 'drop', 'malformed', 'lose'], req.method);
  if (fault?.kind === 'drop') {
    nreq.socket.destroy();
    record(0);
    return;
  }
  const out =
    fault?.kind === 'fail' || fault?.kind === 'malformed'
      ? faultOutcome(front, req, fault)
      : await dispatch(req, front);
  if (fault === undefined && faults.vanishesAfter(req.rawUrl, req.method)) front.ctx.apps.deleteAll();
  front.stats.byRoute[`${req.method} ${out.route}`] =
    (front.stats.byRoute[`${req.method} ${out.route}`] ?? 0) + 1;
  if (fault?.kind === 'lose') {
    nreq.socket.destroy();
    record(0);
    return;
  }
  write(nres, out.resp, req, front.ctx.gzip);
  record(out.resp.status);
}

export async function listen(
  front: Front,
  host: string,
  port: number,
  pool: number,
): Promise<{ server: Server; origin: string }> {
  let origin = '';
  const server = createServer((nreq, nres) => {
    handle(front, nreq, nres, pool, origin).catch(() => {
      if (!nres.headersSent && !nres.destroyed) {
        nres.writeHead(500, { 'Content-Type': 'application/json' });
        nres.end(JSON.stringify({ code: 'ServiceFailure', message: 'Internal server error.' }));
      }
    });
  });
  // IIS keeps an idle connection for 120 s (connectionTimeout); a short one races clients that reuse it (ECONNRESET).
  server.keepAliveTimeout = 120_000;
  server.requestTimeout = 0; // P-GETs may be held for up to 30 minutes
  server.headersTimeout = 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const addr = server.address() as AddressInfo;
  const h = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  origin = `http://${h}:${addr.port}`;
  return { server, origin };
}
