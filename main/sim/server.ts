// The HTTP front: node:http servers (one per pool), request reading, faults, stats, the auth gate, discovery,
// the token endpoint, application creation, batch, and hand-off to routes.ts. Every handler is wrapped: any input
// gets a protocol-shaped answer, never a crash.
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { boundaryOf, parseBatch, renderBatch } from './batch.js';
import type { SimContext } from './context.js';
import {
  HttpError,
  type SimRequest,
  type SimResponse,
  baseHeaders,
  codeForStatus,
  errorResponse,
  negotiate,
  parseBody,
  prop,
  resourceResponse,
} from './http.js';
import { contentType, renderMalformed, type Res } from './render.js';
import { APPLICATIONS_PATH, matchRoute } from './routes.js';
import * as R from './resources.js';
import type { SimRequestRecord, SimStats } from './types.js';

export const DISCOVERY_PATH = '/autodiscover/autodiscoverservice.svc/root';
const USER_PATH = `${DISCOVERY_PATH}/oauth/user`;
const XFRAME_PATH = `${DISCOVERY_PATH}/xframe`;
const REDIRECT_PATH = `${USER_PATH}/redirect`;
export const CONTROL_PREFIX = '/_sim/';
const MAX_BODY = 8 * 1024 * 1024;

export interface Front {
  ctx: SimContext;
  stats: SimStats;
  listeners: Set<(r: SimRequestRecord) => void>;
  control(req: SimRequest): Promise<SimResponse>;
}

type Outcome = { resp: SimResponse; route: string };

function rootRes(origin: string): Res {
  return {
    rel: 'root',
    href: `${origin}${DISCOVERY_PATH}?originalDomain=contoso.com`,
    links: {
      user: { href: `${origin}${USER_PATH}?originalDomain=contoso.com` },
      xframe: { href: `${origin}${XFRAME_PATH}` },
    },
  };
}

/** The second pool's origin when this request's user is homed there (redirectToSecondPool, asked on pool 1). */
function homePool(ctx: SimContext, req: SimRequest): string | undefined {
  const second = ctx.origins.get(2);
  return req.pool === 1 && ctx.redirectToSecondPool ? second : undefined;
}

function userRes(ctx: SimContext, req: SimRequest): Res {
  const self = `${req.origin}${USER_PATH}?originalDomain=contoso.com`;
  if (homePool(ctx, req)) {
    // Homed on another pool: `redirect` links a redirect resource (redirect_ref.md) that links that pool's user.
    return {
      rel: 'user',
      href: self,
      links: {
        redirect: { href: `${req.origin}${REDIRECT_PATH}` },
        xframe: { href: `${req.origin}${XFRAME_PATH}` },
      },
    };
  }
  return {
    rel: 'user',
    href: self,
    links: {
      applications: { href: `${req.origin}${APPLICATIONS_PATH}` },
      xframe: { href: `${req.origin}${XFRAME_PATH}` },
    },
  };
}

/** redirect_ref.md: links self, user (the home pool's user resource, which demands its own token), xframe. */
function redirectRes(req: SimRequest, home: string): Res {
  return {
    rel: 'redirect',
    href: `${req.origin}${REDIRECT_PATH}`,
    links: {
      user: { href: `${home}${USER_PATH}?originalDomain=contoso.com` },
      xframe: { href: `${req.origin}${XFRAME_PATH}` },
    },
  };
}

function createApplication(req: SimRequest, ctx: SimContext): SimResponse {
  const body = parseBody(req);
  const missing = ['culture', 'endpointId', 'userAgent'].filter((k) => {
    const v = prop(body, k);
    return typeof v !== 'string' || v.trim() === '' || v.length > 100;
  });
  if (missing.length > 0)
    throw new HttpError(400, 'ParameterValidationFailure', `Missing or invalid: ${missing.join(', ')}.`);
  const instanceId = prop(body, 'instanceId');
  const [app, created] = ctx.apps.create(req.pool, {
    culture: prop(body, 'culture') as string,
    endpointId: prop(body, 'endpointId') as string,
    userAgent: prop(body, 'userAgent') as string,
    ...(typeof instanceId === 'string' && instanceId ? { instanceId } : {}),
  });
  const resp = resourceResponse(req, R.applicationRes(app, R.meRes(app, ctx.user), ctx.user), {
    status: created ? 201 : 200,
  });
  resp.headers = { ...resp.headers, Location: app.base };
  return resp;
}

async function batch(req: SimRequest, front: Front, base: string): Promise<SimResponse> {
  const boundary = boundaryOf(req.headers['content-type']);
  if (!boundary || !(req.headers['content-type'] ?? '').toLowerCase().includes('multipart/batching')) {
    throw new HttpError(415, undefined, 'A batch must be multipart/batching with a boundary.');
  }
  let parts;
  try {
    parts = parseBatch(req.body, boundary);
  } catch (e) {
    throw new HttpError(400, 'DeserializationFailure', (e as Error).message);
  }
  if (parts.length > front.ctx.maxBatchParts) {
    throw new HttpError(413, undefined, `At most ${front.ctx.maxBatchParts} requests per batch.`);
  }
  const responses: SimResponse[] = [];
  for (const part of parts) {
    let url: URL;
    try {
      url = new URL(part.target, req.origin);
    } catch {
      responses.push(errorResponse(req, 400, { code: 'BadRequest', message: 'Bad request target.' }));
      continue;
    }
    const sub: SimRequest = {
      ...req,
      method: part.method,
      path: url.pathname,
      query: url.searchParams,
      rawUrl: url.pathname + url.search,
      headers: { authorization: req.headers.authorization, ...part.headers },
      body: part.body,
      accept: part.headers.accept ?? req.accept,
      format: negotiate(part.headers.accept ?? req.accept),
    };
    if (!url.pathname.startsWith(`${base}/`) || /\/(events|batch)$/.test(url.pathname)) {
      responses.push(
        errorResponse(sub, 400, {
          code: 'BadRequest',
          message: 'Only resources of this application can be batched (not events or batch).',
        }),
      );
      continue;
    }
    const out = await dispatch(sub, front);
    front.stats.byRoute[`batched ${out.route}`] = (front.stats.byRoute[`batched ${out.route}`] ?? 0) + 1;
    responses.push(out.resp);
  }
  const outBoundary = `batchresponse_${Math.random().toString(36).slice(2)}`;
  return {
    status: 200,
    headers: { ...baseHeaders(), 'Content-Type': `multipart/batching; boundary=${outBoundary}` },
    body: renderBatch(responses, outBoundary),
  };
}

/** Routes one (possibly batched) request. Never throws. */
async function dispatch(req: SimRequest, front: Front): Promise<Outcome> {
  const { ctx } = front;
  let route = 'unknown';
  try {
    const path = req.path;
    const lower = path.toLowerCase().replace(/\/+$/, '');
    if (lower === DISCOVERY_PATH) {
      route = 'root';
      if (req.method !== 'GET') throw new HttpError(405);
      return { route, resp: resourceResponse(req, rootRes(req.origin)) };
    }
    if (lower === USER_PATH) {
      route = 'user';
      if (req.method !== 'GET') throw new HttpError(405);
      if (!ctx.auth.check(req)) return { route, resp: ctx.auth.challenge(req) };
      return { route, resp: resourceResponse(req, userRes(ctx, req)) };
    }
    if (lower === REDIRECT_PATH) {
      route = 'redirect';
      const home = homePool(ctx, req);
      if (!home) throw new HttpError(404, undefined, 'No such resource.');
      if (req.method !== 'GET') throw new HttpError(405);
      if (!ctx.auth.check(req)) return { route, resp: ctx.auth.challenge(req) };
      return { route, resp: resourceResponse(req, redirectRes(req, home)) };
    }
    if (lower === XFRAME_PATH) {
      route = 'xframe';
      return {
        route,
        resp: {
          status: 200,
          headers: { 'Content-Type': 'text/html' },
          body: '<!DOCTYPE html><html><body></body></html>',
        },
      };
    }
    const signIn = await ctx.auth.handle(req); // the token endpoint and the organisation's sign-in page
    if (signIn) return signIn;
    if (path === APPLICATIONS_PATH || path.startsWith(`${APPLICATIONS_PATH}/`)) {
      route = 'applications';
      if (!ctx.auth.check(req)) return { route, resp: ctx.auth.challenge(req) };
      if (path === APPLICATIONS_PATH) {
        if (req.method !== 'POST') throw new HttpError(405);
        return { route, resp: createApplication(req, ctx) };
      }
      const m = /^\/([^/]+)(\/.*)?$/.exec(path.slice(APPLICATIONS_PATH.length));
      const app = m?.[1] ? ctx.apps.get(m[1]) : undefined;
      if (!app || app.pool !== req.pool) {
        route = 'application';
        throw new HttpError(404, 'ApplicationNotFound', 'The application does not exist.');
      }
      const rest = m?.[2] ?? '';
      if (rest === '/batch') {
        route = 'batch';
        if (req.method !== 'POST') throw new HttpError(405);
        return { route, resp: await batch(req, front, app.base) };
      }
      const found = matchRoute(rest);
      if (!found) throw new HttpError(404, undefined, 'No such resource.');
      const [r, match] = found;
      route = r.name;
      const handler = r.methods[req.method as keyof typeof r.methods];
      if (!handler) throw new HttpError(405, undefined, `${req.method} is not supported on ${r.name}.`);
      return { route, resp: await handler(req, ctx, app, match) };
    }
    throw new HttpError(404, undefined, 'No such resource.');
  } catch (e) {
    if (e instanceof HttpError) {
      return {
        route,
        resp: errorResponse(req, e.status, {
          code: e.code,
          ...(e.subcode ? { subcode: e.subcode } : {}),
          message: e.message,
        }),
      };
    }
    return {
      route,
      resp: errorResponse(req, 500, { code: 'ServiceFailure', message: 'Internal server error.' }),
    };
  }
}

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
  let url: URL;
  try {
    url = new URL(rawUrl, origin);
  } catch {
    url = new URL('/', origin);
  }
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

function write(nres: ServerResponse, resp: SimResponse, head: boolean): void {
  if (nres.destroyed) return;
  const body =
    resp.body === undefined ? undefined : typeof resp.body === 'string' ? Buffer.from(resp.body) : resp.body;
  for (const [k, v] of Object.entries(resp.headers ?? {})) nres.setHeader(k, v);
  nres.setHeader('Content-Length', String(body?.length ?? 0));
  nres.writeHead(resp.status);
  nres.end(head ? undefined : body);
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
    write(nres, await front.control(req), false);
    return;
  }
  front.stats.requests++;
  if (body === undefined) {
    const resp = errorResponse(req, 413, {
      code: 'EntityTooLarge',
      message: 'The request body is too large.',
    });
    write(nres, resp, false);
    record(413);
    return;
  }
  const { faults } = front.ctx;
  const delay = faults.take(req.rawUrl, ['delay']);
  if (delay?.kind === 'delay') await new Promise<void>((r) => front.ctx.clock.setTimeout(r, delay.ms));
  const fault = faults.take(req.rawUrl, ['fail', 'drop', 'malformed']);
  let out: Outcome;
  if (fault?.kind === 'drop') {
    nreq.socket.destroy();
    record(0);
    return;
  } else if (fault?.kind === 'fail') {
    out = {
      route: 'fault',
      resp:
        fault.status === 401
          ? front.ctx.auth.challenge(req)
          : errorResponse(req, fault.status, {
              code: fault.code ?? codeForStatus(fault.status),
              ...(fault.subcode ? { subcode: fault.subcode } : {}),
              message: 'Injected fault.',
            }),
    };
  } else if (fault?.kind === 'malformed') {
    out = {
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
  } else {
    out = await dispatch(req, front);
  }
  front.stats.byRoute[`${req.method} ${out.route}`] =
    (front.stats.byRoute[`${req.method} ${out.route}`] ?? 0) + 1;
  write(nres, out.resp, req.method === 'HEAD');
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
  server.keepAliveTimeout = 5_000;
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
