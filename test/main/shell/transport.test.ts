// The production transport over Electron's net, against the fake's Chromium rules (test/support/fakeElectron/net.mjs):
// a caller asking for manual redirects gets the 3xx and its Location (net.fetch alone cancels the request), and
// failures keep Chromium's words.
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { netFetch } from '../../../main/shell/transport.js';
import { net } from '../../support/fakeElectron/net.mjs';
import { readiness } from '../../support/fakeElectron/state.mjs';

let server: Server;
let origin: string;
const seen: Array<{ method: string; url: string; auth?: string; body: string; type?: string }> = [];

beforeAll(async () => {
  readiness.ready = true;
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      seen.push({
        method: req.method ?? '',
        url: req.url ?? '',
        auth: req.headers.authorization,
        body,
        type: req.headers['content-type'],
      });
      if (req.url === '/moved') {
        res.writeHead(302, { location: '/target', 'x-hop': 'first' });
        res.end('moved');
      } else if (req.url === '/target') {
        res.writeHead(200, { 'content-type': 'text/plain', 'set-cookie': ['a=1', 'b=2'] });
        res.end('here');
      } else {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ method: req.method, body }));
      }
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((done) => server.close(() => done())));

describe('the net transport', () => {
  it('answers a manual request with the 3xx and its Location, without taking the hop', async () => {
    const before = seen.length;
    const response = await netFetch(net)(`${origin}/moved`, {
      redirect: 'manual',
      headers: { authorization: 'Bearer t' },
    });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/target');
    expect(response.headers.get('x-hop')).toBe('first');
    expect(await response.text()).toBe('');
    expect(seen.slice(before).map((s) => s.url)).toEqual(['/moved']);
    expect(seen.at(-1)?.auth).toBe('Bearer t');
  });

  it('is needed: net.fetch with redirect manual cancels the request, as Electron documents', async () => {
    await expect(net.fetch(`${origin}/moved`, { redirect: 'manual' })).rejects.toThrow(
      /^Redirect was cancelled$/,
    );
  });

  it('lets net.fetch follow redirects the caller did not ask to handle', async () => {
    const response = await netFetch(net)(`${origin}/moved`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('here');
  });

  it('sends the method, headers and body of a manual request and streams the answer', async () => {
    const response = await netFetch(net)(`${origin}/token`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=password&username=me',
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ method: 'POST', body: 'grant_type=password&username=me' });
    expect(seen.at(-1)?.type).toBe('application/x-www-form-urlencoded');
  });

  it('keeps Chromium’s words for a failure: a bare net::ERR_ message, no code and no cause', async () => {
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((done) => closed.close(() => done()));
    for (const redirect of ['manual', 'follow'] as const) {
      const error: unknown = await netFetch(net)(`http://127.0.0.1:${port}/`, { redirect }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).toBe('net::ERR_CONNECTION_REFUSED');
      expect(error).not.toHaveProperty('code');
      expect((error as Error).cause).toBeUndefined();
    }
  });

  it('stops a manual request when the caller cancels it', async () => {
    const controller = new AbortController();
    controller.abort(new DOMException('gone', 'TimeoutError'));
    await expect(
      netFetch(net)(`${origin}/moved`, { redirect: 'manual', signal: controller.signal }),
    ).rejects.toMatchObject({
      name: 'TimeoutError',
    });
  });
});
