// A hostile server for the trust tests: a real origin on another loopback address (127.0.0.2: Linux routes all of
// 127/8 to lo) that records every request it gets and answers each like a UCWA pool would to lure a credential (a
// 401 MsRtcOAuth challenge naming its own token endpoint, a token for any grant). In front of the simulator, a
// rewriting proxy on 127.0.0.1 plays the server the user signed in to turning hostile: it passes everything to the
// simulator (its own origin put in place of the simulator's) and lets a test rewrite an answer's body or headers so
// that an href, a challenge or a redirect points at the foreign origin. A test then checks `foreign.requests`.
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ForeignRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface ForeignOrigin {
  /** `http://127.0.0.2:<port>` */
  origin: string;
  /** `127.0.0.2:<port>`, as the trust refusal names it. */
  host: string;
  requests: ForeignRequest[];
  close(): Promise<void>;
}

function listen(server: Server, host: string): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => {
      const { port } = server.address() as AddressInfo;
      resolve(`http://${host}:${port}`);
    });
  });
}

function closing(server: Server): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
}

export async function startForeignOrigin(): Promise<ForeignOrigin> {
  const requests: ForeignRequest[] = [];
  let origin = '';
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '/';
      requests.push({
        method: req.method ?? 'GET',
        path,
        headers: req.headers,
        body: Buffer.concat(chunks).toString(),
      });
      if (path.startsWith('/token')) {
        res.writeHead(200, { 'content-type': 'application/json', 'set-cookie': 'stolen=1; Path=/' });
        res.end(JSON.stringify({ access_token: 'evil', token_type: 'Bearer', expires_in: 3600 }));
        return;
      }
      res.writeHead(401, {
        'www-authenticate': `MsRtcOAuth href="${origin}/token",grant_type="password", Negotiate, NTLM`,
        'content-type': 'application/json',
      });
      res.end('{}');
    });
  });
  origin = await listen(server, '127.0.0.2');
  return { origin, host: origin.slice('http://'.length), requests, close: closing(server) };
}

export interface Answer {
  method: string;
  /** Path and query as the client asked for them. */
  path: string;
  status: number;
  contentType: string;
  headers: Headers;
  body: string;
}

/** Returns the answer to send instead (or the same one); `headers` may be changed in place. */
export type Rewrite = (answer: Answer) => Answer;

export interface RewritingProxy {
  /** `http://127.0.0.1:<port>` (or the host given) */
  origin: string;
  /** The simulator's discover URL, through the proxy. */
  discoverUrl: string;
  /** Set by a test; identity by default. */
  rewrite: Rewrite;
  close(): Promise<void>;
}

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'host']);

/** `host`: another loopback address makes the proxy another origin (a second, legitimate pool). */
export async function startRewritingProxy(
  sim: { discoverUrl: string },
  host = '127.0.0.1',
): Promise<RewritingProxy> {
  const target = new URL(sim.discoverUrl).origin;
  let origin = '';
  const proxy: RewritingProxy = {
    origin: '',
    discoverUrl: '',
    rewrite: (a) => a,
    close: async () => undefined,
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const headers = new Headers();
        for (const [name, value] of Object.entries(req.headers)) {
          if (value === undefined || HOP_BY_HOP.has(name) || name === 'accept-encoding') continue;
          headers.set(name, Array.isArray(value) ? value.join(', ') : value);
        }
        const method = req.method ?? 'GET';
        const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
        const upstream = await fetch(`${target}${req.url ?? '/'}`, {
          method,
          headers,
          body,
          redirect: 'manual',
        });
        const answerHeaders = new Headers();
        upstream.headers.forEach((value, name) => {
          if (!HOP_BY_HOP.has(name) && name !== 'content-encoding')
            answerHeaders.set(name, value.replaceAll(target, origin));
        });
        const text = (await upstream.text()).replaceAll(target, origin);
        const answer = proxy.rewrite({
          method,
          path: req.url ?? '/',
          status: upstream.status,
          contentType: upstream.headers.get('content-type') ?? '',
          headers: answerHeaders,
          body: text,
        });
        const out: Record<string, string> = {};
        answer.headers.forEach((value, name) => (out[name] = value));
        res.writeHead(answer.status, out);
        res.end(answer.body);
      })().catch(() => {
        res.writeHead(502);
        res.end();
      });
    });
  });
  origin = await listen(server, host);
  proxy.origin = origin;
  proxy.discoverUrl = sim.discoverUrl.replace(target, origin);
  proxy.close = closing(server);
  return proxy;
}

/**
 * Points the href of every link named `rel` in a JSON or XML body at `origin` (the path kept): `"rel":{"href":…}`
 * in JSON, `<link rel="…" href="…"/>` in XML. Returns the body unchanged when there is no such link.
 */
export function pointLinks(body: string, rel: string, origin: string): string {
  const move = (href: string): string => {
    const url = new URL(href, 'http://placeholder');
    return `${origin}${url.pathname}${url.search}`;
  };
  return body
    .replace(
      new RegExp(`("${rel}"\\s*:\\s*\\{\\s*"href"\\s*:\\s*")([^"]*)(")`, 'g'),
      (_m, a: string, href: string, b: string) => `${a}${move(href)}${b}`,
    )
    .replace(
      new RegExp(`(<link\\s+rel="${rel}"\\s+href=")([^"]*)(")`, 'g'),
      (_m, a: string, href: string, b: string) => `${a}${move(href)}${b}`,
    );
}

/** What a request must never carry to a foreign origin: the names of the headers and the secrets seen. */
export function leaks(requests: readonly ForeignRequest[], secrets: readonly string[]): string[] {
  const found: string[] = [];
  for (const r of requests) {
    for (const name of ['authorization', 'cookie', 'proxy-authorization'])
      if (r.headers[name] !== undefined) found.push(`${r.method} ${r.path}: ${name}`);
    for (const secret of secrets)
      if (r.body.includes(secret) || JSON.stringify(r.headers).includes(secret))
        found.push(`${r.method} ${r.path}: a secret`);
  }
  return found;
}
