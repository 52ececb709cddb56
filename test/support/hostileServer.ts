// A UCWA server that misbehaves on purpose, on loopback, for the hostile-server tests and the bench: just enough of
// the protocol to sign in (root → user with a 401 challenge → token → application), then an event channel that
// does whatever `behave()` was last told. It counts what it was asked and what it wrote, and it parks a P-GET while
// it behaves, so a test can tell "the client is waiting" from "the client is busy".
// With `upstream` (a simulator's origin; start it with gzip off) it is a proxy in front of that server instead: every
// request goes through unchanged (the upstream origin in bodies and headers rewritten to its own) except P-GETs
// while it misbehaves, so the app model has contacts and levels to come back to once it behaves again.
import { createServer, request as httpRequest } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Misbehaviour =
  /** A real server: P-GETs are held until release() (or the client gives up). */
  | 'behave'
  /** The application is gone and stays gone: every request under it answers 404 ApplicationNotFound. */
  | 'notFound'
  /** Every P-GET answers at once, without events, with a next link. */
  | 'instantEmpty'
  /** Every P-GET answers a body that says it is 400 MB long, and keeps writing. */
  | 'hugeBody'
  /** Every P-GET answers a chunked body that never ends. */
  | 'endlessBody'
  /** Events whose every string carries markup, terminal escapes and bidi overrides; then it parks. */
  | 'markup'
  /** The next link is `file:`, `javascript:`, `data:` or plain http to another host (one per P-GET). */
  | 'dangerousLink'
  /** 200 with a body that is not JSON at all. */
  | 'nonsense';

/** Every dangerous next link the 'dangerousLink' behaviour hands out, in turn. */
export const DANGEROUS_LINKS = [
  'file:///etc/passwd',
  'javascript:alert(1)',
  'data:text/plain,next',
  'http://evil.example.com/ucwa/events?ack=2',
];

/** What the 'markup' behaviour puts in every string field (a contact's name, a subject, a title). */
export const HOSTILE_TEXT =
  '<b>Boss</b> <a href="https://evil.example.com">x</a> &amp; \u001b[31mred\u0007 \u202eevil';

export interface HostileStats {
  /** Every request, by route (`POST /apps`, `GET events`, ...). */
  byRoute: Record<string, number>;
  requests: number;
  /** Body bytes written to P-GET answers since the last behave() (what a bounded client stopped reading). */
  eventBytes: number;
}

export interface HostileServer {
  origin: string;
  discoverUrl: string;
  user: string;
  password: string;
  behave(kind: Misbehaviour): void;
  /** Answer the parked P-GETs with an empty batch (as a real server does at its timeout). */
  release(): void;
  /** P-GETs held open right now. */
  parked(): number;
  stats(): HostileStats;
  /** Called for every request as it arrives (a test's clock stamps it). */
  onRequest(listener: (route: string) => void): void;
  /** Called whenever a P-GET is parked (a test waiting for the client to settle listens). */
  onParked(listener: () => void): void;
  close(): Promise<void>;
}

const json = (
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
};

const notFound = (res: ServerResponse): void =>
  json(res, 404, { code: 'NotFound', subcode: 'ApplicationNotFound', message: 'Gone.' });

function application(id: number): unknown {
  const self = `/apps/${id}`;
  return {
    rel: 'application',
    _links: { self: { href: self }, events: { href: `${self}/events?ack=1` } },
    _embedded: {
      me: {
        rel: 'me',
        name: HOSTILE_TEXT,
        uri: 'sip:me@hostile.test',
        _links: { self: { href: `${self}/me` } },
      },
      people: { rel: 'people', _links: { self: { href: `${self}/people` } } },
    },
  };
}

function markupEvents(id: number, ack: number): unknown {
  const self = `/apps/${id}`;
  return {
    _links: { self: { href: `${self}/events?ack=${ack}` }, next: { href: `${self}/events?ack=${ack + 1}` } },
    sender: [
      {
        rel: 'communication',
        href: `${self}/communication`,
        events: [
          {
            type: 'started',
            link: { rel: 'messagingInvitation', href: `${self}/invitations/1`, title: HOSTILE_TEXT },
            _embedded: {
              messagingInvitation: {
                rel: 'messagingInvitation',
                subject: HOSTILE_TEXT,
                direction: 'Incoming',
                _links: {
                  self: { href: `${self}/invitations/1` },
                  from: { href: `${self}/p/1`, title: HOSTILE_TEXT },
                },
              },
            },
          },
        ],
      },
    ],
  };
}

/** Write `chunk` as fast as the client reads it until the client goes away or `limit` bytes are out. */
function pour(res: ServerResponse, chunk: Buffer, limit: number, count: (n: number) => void): void {
  let sent = 0;
  const more = (): void => {
    while (sent < limit && !res.destroyed) {
      sent += chunk.length;
      count(chunk.length);
      if (!res.write(chunk)) return void res.once('drain', more);
    }
    if (!res.destroyed) res.end();
  };
  res.on('error', () => {});
  more();
}

/** Pass a request on to `upstream` and its answer back, with every `upstream` origin in it made `origin`. */
function forward(
  req: IncomingMessage,
  res: ServerResponse,
  upstream: string,
  origin: string,
  done: () => void,
): void {
  const target = new URL(req.url ?? '/', upstream);
  const body: Buffer[] = [];
  req.on('data', (c: Buffer) => body.push(c));
  req.on('end', () => {
    const up = httpRequest(
      target,
      { method: req.method, headers: { ...req.headers, host: target.host } },
      (ur) => {
        const chunks: Buffer[] = [];
        ur.on('data', (c: Buffer) => chunks.push(c));
        ur.on('end', () => {
          done();
          const text = Buffer.concat(chunks).toString('utf8').replaceAll(upstream, origin);
          const headers: Record<string, string | string[]> = {};
          for (const [k, v] of Object.entries(ur.headers)) {
            if (v === undefined || k === 'content-length' || k === 'transfer-encoding') continue;
            headers[k] = Array.isArray(v)
              ? v.map((x) => x.replaceAll(upstream, origin))
              : v.replaceAll(upstream, origin);
          }
          if (res.destroyed || res.headersSent) return; // answered meanwhile (release())
          res.writeHead(ur.statusCode ?? 502, headers);
          res.end(text);
        });
      },
    );
    up.on('error', () => {
      done();
      if (!res.writableEnded) res.destroy();
    });
    // The client gave up (an aborted P-GET): so does the proxy, and the upstream server sees it as the client would.
    res.on('close', () => up.destroy());
    up.end(Buffer.concat(body));
  });
}

/**
 * A P-GET answered as `kind` says; false: answer it as a real server would (hold it). `dangerousLink` gives the next
 * link to hand out, `written` counts the bytes of huge and endless bodies.
 */
function answerBadly(
  res: ServerResponse,
  url: URL,
  kind: Misbehaviour,
  dangerousLink: () => string,
  written: (n: number) => void,
): boolean {
  const ack = Number(url.searchParams.get('ack') ?? '1');
  const next = `${url.pathname}?ack=${ack + 1}`;
  const batch = { _links: { self: { href: url.pathname + url.search }, next: { href: next } }, sender: [] };
  switch (kind) {
    case 'notFound':
      notFound(res);
      return true;
    case 'instantEmpty':
      json(res, 200, batch);
      return true;
    case 'hugeBody':
      res.writeHead(200, {
        'content-type': 'application/json',
        'content-length': String(400 * 1024 * 1024),
      });
      pour(res, Buffer.alloc(64 * 1024, 0x20), 400 * 1024 * 1024, written);
      return true;
    case 'endlessBody':
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"sender":[');
      pour(res, Buffer.from('{"rel":"people","events":[]},'.repeat(2048)), Infinity, written);
      return true;
    case 'dangerousLink': {
      const href = dangerousLink();
      json(res, 200, { ...batch, _links: { self: batch._links.self, next: { href } } });
      return true;
    }
    case 'nonsense':
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('<html>this is not the answer you are looking for</html>');
      return true;
    case 'markup':
    case 'behave':
      return false;
  }
}

export async function startHostileServer(options: { upstream?: string } = {}): Promise<HostileServer> {
  const { upstream } = options;
  let behaviour: Misbehaviour = 'behave';
  let apps = 0;
  let dangerous = 0;
  let markupSent = false;
  const stats: HostileStats = { byRoute: {}, requests: 0, eventBytes: 0 };
  const parked = new Set<{ res: ServerResponse; next: string }>();
  const requestListeners: Array<(route: string) => void> = [];
  const parkedListeners: Array<() => void> = [];
  const password = 'hostile-password';

  const count = (route: string): void => {
    stats.requests++;
    stats.byRoute[route] = (stats.byRoute[route] ?? 0) + 1;
    for (const l of requestListeners) l(route);
  };

  const events = (res: ServerResponse, id: number, url: URL): void => {
    const ack = Number(url.searchParams.get('ack') ?? '1');
    if (behaviour === 'markup' && !markupSent) {
      markupSent = true;
      return json(res, 200, markupEvents(id, ack));
    }
    if (misbehave(res, url)) return;
    const entry = { res, next: `/apps/${id}/events?ack=${ack + 1}` };
    parked.add(entry);
    res.on('close', () => parked.delete(entry));
    for (const l of parkedListeners) l();
  };

  /** A P-GET answered as the current behaviour says; false: answer it as a real server would (hold it). */
  const misbehave = (res: ServerResponse, url: URL): boolean =>
    answerBadly(
      res,
      url,
      behaviour,
      () => DANGEROUS_LINKS[dangerous++ % DANGEROUS_LINKS.length] ?? '',
      (n) => {
        stats.eventBytes += n;
      },
    );

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://hostile.invalid');
    const path = url.pathname;
    // The bench's client process switches behaviour and reads the counts here; not counted as client traffic.
    if (path === '/_control/behave') {
      control.behave((url.searchParams.get('kind') ?? 'behave') as Misbehaviour);
      return json(res, 200, {});
    }
    if (path === '/_control/stats') return json(res, 200, control.stats());
    const authorized = req.headers.authorization === 'Bearer cwt=hostile';
    const app = /^\/apps\/(\d+)(\/.*)?$/.exec(path);
    const route =
      app === null
        ? `${req.method ?? 'GET'} ${path}`
        : `${req.method ?? 'GET'} ${app[2] === undefined ? 'app' : app[2].split('/')[1]}`;
    count(route);
    if (upstream !== undefined) return proxied(req, res, url);
    req.resume();
    if (path === '/discover')
      return json(res, 200, { _links: { self: { href: '/discover' }, user: { href: '/user' } } });
    if (path === '/token')
      return json(res, 200, { access_token: 'cwt=hostile', token_type: 'Bearer', expires_in: 28800 });
    if (!authorized) {
      res.writeHead(401, { 'www-authenticate': 'MsRtcOAuth href="/token",grant_type="password"' });
      return void res.end();
    }
    if (path === '/user')
      return json(res, 200, { _links: { self: { href: '/user' }, applications: { href: '/apps' } } });
    if (path === '/apps' && req.method === 'POST') {
      apps++;
      return json(res, 201, application(apps));
    }
    if (app === null) return json(res, 404, { code: 'NotFound' });
    const id = Number(app[1]);
    if (behaviour === 'notFound' || id !== apps) return notFound(res);
    if (app[2] === undefined)
      return req.method === 'DELETE' ? void res.writeHead(204).end() : json(res, 200, application(id));
    if (app[2] === '/events') return events(res, id, url);
    return json(res, 404, { code: 'NotFound' });
  });
  /** Proxy mode: P-GETs misbehave as told (held upstream while behaving: parked); everything else goes through. */
  const proxied = (req: IncomingMessage, res: ServerResponse, url: URL): void => {
    const pget = /\/events$/.test(url.pathname);
    if (!pget) return forward(req, res, upstream ?? '', origin, () => {});
    if (misbehave(res, url)) return void req.resume();
    // release() answers it empty, pointing at the same ack again (what the client asks after any failure).
    const entry = { res, next: url.pathname + url.search };
    parked.add(entry);
    res.on('close', () => parked.delete(entry));
    for (const l of parkedListeners) l();
    forward(req, res, upstream ?? '', origin, () => parked.delete(entry));
  };

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const release = (): void => {
    for (const entry of [...parked]) {
      parked.delete(entry);
      json(entry.res, 200, { _links: { next: { href: entry.next } }, sender: [] });
    }
  };

  const control: HostileServer = {
    origin,
    discoverUrl: `${origin}/discover`,
    user: 'sip:me@hostile.test',
    password,
    behave(kind) {
      behaviour = kind;
      stats.eventBytes = 0;
      markupSent = false;
      if (kind !== 'behave') release();
    },
    release,
    parked: () => parked.size,
    stats: () => ({ ...stats, byRoute: { ...stats.byRoute } }),
    onRequest: (l) => void requestListeners.push(l),
    onParked: (l) => void parkedListeners.push(l),
    close: async () => {
      for (const { res } of parked) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return control;
}
