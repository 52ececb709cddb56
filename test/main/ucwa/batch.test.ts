import { describe, expect, it } from 'vitest';
import { parseBatch as simParseBatch } from '../../../main/sim/batch.js';
import { encodeBatch, getMany, mapLimit, parseBatch, sendMany } from '../../../main/ucwa/batch.js';
import { Transport } from '../../../main/ucwa/transport.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { capturesDir } from '../../support/samples.js';
import { fakeFetch, json } from './fakeFetch.js';

const BASE = 'https://pool.contoso.com/app/';

describe('multipart/batching', () => {
  it('reads a batch answer whose parts start with a byte-order mark (as the captured answer does)', async () => {
    // The two parts of MimeLibrary.md's captured batch answer, myContacts first (it carries the BOM).
    const part = (file: string): string =>
      '--Z\r\nContent-Type: application/http; msgtype=response\r\n\r\nHTTP/1.1 200 OK\r\n' +
      `Content-Type: application/json; charset=utf-8\r\n\r\n${readFileSync(join(capturesDir, file), 'utf8')}\r\n`;
    const answer = `${part('myContacts.3.json')}${part('me.1.json')}--Z--\r\n`;
    const f = fakeFetch({
      [`POST ${BASE}batch`]: () =>
        new Response(answer, { headers: { 'content-type': 'multipart/batching; boundary=Z' } }),
    });
    const results = await getMany({
      transport: new Transport({ fetch: f }),
      batchUrl: `${BASE}batch`,
      base: BASE,
      hrefs: ['people/contacts', 'me'],
    });
    expect(results.map((r) => (r.ok ? r.resource.rel : r.error.code))).toEqual(['myContacts', 'me']);
    expect(results[0]?.ok && Object.keys(results[0].resource.embedded)).toEqual(['contact']);
  });

  // The boundary is free text: the simulator's are random base-36 words, which now and then spell "xml" or "json"
  // (about one batch in 5,000: twice in a full CI run). Read as a format, such a boundary made a good batch "an unreadable answer (XML)".
  it.each(['batchresponse_k2xmlq7', 'batchresponse_0jsonz'])(
    'reads a batch answer whose boundary happens to contain a format name (%s)',
    async (boundary) => {
      const part = `--${boundary}\r\nContent-Type: application/http; msgtype=response\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n{"rel":"me"}\r\n`;
      const f = fakeFetch({
        [`POST ${BASE}batch`]: () =>
          new Response(`${part}--${boundary}--\r\n`, {
            headers: { 'content-type': `multipart/batching;boundary=${boundary}` },
          }),
      });
      const results = await getMany({
        transport: new Transport({ fetch: f, format: 'xml' }),
        batchUrl: `${BASE}batch`,
        base: BASE,
        hrefs: ['me'],
      });
      expect(results.map((r) => (r.ok ? r.resource.rel : r.error.message))).toEqual(['me']);
    },
  );

  it('encodes one GET part per href and parses answers in order, errors per part', () => {
    const body = encodeBatch(
      [{ method: 'GET', url: new URL('https://pool.contoso.com/a?x=1') }],
      'application/json',
      'B',
    );
    expect(body).toContain(
      '--B\r\nContent-Type: application/http; msgtype=request\r\n\r\nGET /a?x=1 HTTP/1.1\r\n',
    );
    expect(body.endsWith('--B--\r\n')).toBe(true);
    const answer =
      '--Z\r\nContent-Type: application/http; msgtype=response\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n{"rel":"a"}\r\n' +
      '--Z\r\nContent-Type: application/http; msgtype=response\r\n\r\nHTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\n\r\n{"code":"NotFound"}\r\n--Z--\r\n';
    const parts = parseBatch(answer, 'multipart/batching; boundary=Z');
    expect(parts.map((p) => [p.status, p.body])).toEqual([
      [200, '{"rel":"a"}'],
      [404, '{"code":"NotFound"}'],
    ]);
  });

  it('encodes a POST part as a full HTTP request with its body, which a server reads back as sent', () => {
    const text = JSON.stringify({ duration: 30, uris: ['sip:zoë@contoso.com'] });
    const body = encodeBatch(
      [
        {
          method: 'POST',
          url: new URL('https://pool.contoso.com/subs'),
          body: { contentType: 'application/json', text },
        },
        { method: 'GET', url: new URL('https://pool.contoso.com/a') },
      ],
      'application/json',
      'B',
    );
    expect(body).toContain(
      `POST /subs HTTP/1.1\r\nHost: pool.contoso.com\r\nAccept: application/json\r\n` +
        `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}\r\n--B`,
    );
    const parts = simParseBatch(Buffer.from(body), 'B');
    expect(parts.map((p) => [p.method, p.target, p.headers['content-type'], p.body.toString()])).toEqual([
      ['POST', '/subs', 'application/json', text],
      ['GET', '/a', undefined, ''],
    ]);
  });

  it('sends POSTs with bodies one by one when the server refuses batching, results in order', async () => {
    const f = fakeFetch({
      [`POST ${BASE}batch`]: () => json(415, { code: 'UnsupportedMediaType' }),
      [`POST ${BASE}subs`]: (req) => {
        const uris = (JSON.parse(req.body ?? '{}') as { uris: string[] }).uris;
        return json(201, { rel: 'presenceSubscription', _links: { self: { href: `/subs/${uris[0]}` } } });
      },
      [`POST ${BASE}start`]: () => json(204, null),
    });
    const results = await sendMany({
      transport: new Transport({ fetch: f }),
      batchUrl: `${BASE}batch`,
      base: BASE,
      requests: [
        { method: 'POST', href: 'start', body: { kind: 'input', properties: { duration: 30 } } },
        { method: 'POST', href: 'subs', body: { kind: 'input', properties: { uris: ['a'] } } },
        { method: 'POST', href: 'subs', body: { kind: 'input', properties: { uris: ['b'] } } },
      ],
    });
    expect(results.map((r) => (r.ok ? [r.status, r.resource?.href] : r.error.code))).toEqual([
      [204, undefined],
      [201, '/subs/a'],
      [201, '/subs/b'],
    ]);
    expect(f.calls.map((c) => `${c.method} ${c.url.slice(BASE.length)}`)).toEqual([
      'POST batch',
      'POST start',
      'POST subs',
      'POST subs',
    ]);
  });

  it('chunks by 100 parts', async () => {
    const f = fakeFetch({
      [`POST ${BASE}batch`]: (req) => {
        const boundary = /boundary=(\S+)/.exec(req.headers.get('content-type') ?? '')?.[1] ?? '';
        const n = (req.body?.match(/msgtype=request/g) ?? []).length;
        const part = `--${boundary}\r\nContent-Type: application/http; msgtype=response\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n{"rel":"p"}\r\n`;
        return new Response(part.repeat(n) + `--${boundary}--\r\n`, {
          headers: { 'content-type': `multipart/batching;boundary=${boundary}` },
        });
      },
    });
    const hrefs = Array.from({ length: 250 }, (_, i) => `p/${i}`);
    const results = await getMany({
      transport: new Transport({ fetch: f }),
      batchUrl: `${BASE}batch`,
      base: BASE,
      hrefs,
    });
    expect(results).toHaveLength(250);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(f.calls).toHaveLength(3);
  });

  it('falls back to plain GETs without a batch link', async () => {
    const f = fakeFetch({
      [`GET ${BASE}p/1`]: () => json(200, { rel: 'p' }),
      [`GET ${BASE}p/2`]: () => json(403, { code: 'Forbidden' }),
    });
    const results = await getMany({
      transport: new Transport({ fetch: f }),
      base: BASE,
      hrefs: ['p/1', 'p/2'],
    });
    expect(results[0]?.ok).toBe(true);
    expect(results[1]).toMatchObject({ ok: false, error: { code: 'Forbidden' } });
  });

  it('mapLimit keeps order and the limit', async () => {
    let inFlight = 0;
    let peak = 0;
    const out = await mapLimit([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      peak = Math.max(peak, ++inFlight);
      await Promise.resolve();
      inFlight--;
      return n * 2;
    });
    expect(out).toEqual([2, 4, 6, 8, 10, 12, 14]);
    expect(peak).toBe(3);
  });
});
