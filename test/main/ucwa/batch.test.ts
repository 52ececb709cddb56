import { describe, expect, it } from 'vitest';
import { encodeBatch, getMany, mapLimit, parseBatch } from '../../../main/ucwa/batch.js';
import { Transport } from '../../../main/ucwa/transport.js';
import { fakeFetch, json } from './fakeFetch.js';

const BASE = 'https://pool.contoso.com/app/';

describe('multipart/batching', () => {
  it('encodes one GET part per href and parses answers in order, errors per part', () => {
    const body = encodeBatch([new URL('https://pool.contoso.com/a?x=1')], 'application/json', 'B');
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
