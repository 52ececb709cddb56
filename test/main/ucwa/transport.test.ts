import { describe, expect, it } from 'vitest';
import { Transport } from '../../../main/ucwa/transport.js';
import type { UcwaLogger } from '../../../main/ucwa/log.js';
import { redactingLogger } from '../../../main/ucwa/log.js';
import { fakeFetch, json, xml } from './fakeFetch.js';

const BASE = 'https://pool.contoso.com/ucwa/oauth/v1/applications/1';

describe('Transport', () => {
  it('asks for JSON by default and XML when selected, resolving relative hrefs against the base', async () => {
    const f = fakeFetch({
      [`GET https://pool.contoso.com/ucwa/oauth/v1/applications/1/people`]: (req) =>
        req.headers.get('accept') === 'application/xml'
          ? xml(
              200,
              '<resource rel="people" href="/x" xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa"/>',
            )
          : json(200, { rel: 'people', _links: { self: { href: '/x' } } }),
    });
    const a = await new Transport({ fetch: f }).request({ href: 'people', base: `${BASE}/` });
    const b = await new Transport({ fetch: f, format: 'xml' }).request({
      href: '/ucwa/oauth/v1/applications/1/people',
      base: BASE,
    });
    expect(a.resource?.rel).toBe('people');
    expect(b.resource?.rel).toBe('people');
    expect(f.calls.map((c) => c.headers.get('accept'))).toEqual(['application/json', 'application/xml']);
  });

  it('sends a captured href exactly as the server wrote it, relative or absolute', async () => {
    // application.1.json's events link (\u0026 in the JSON) and a pool's next link from a client log (SOURCES.md).
    const events =
      '/ucwa/oauth/v1/applications/102150809602/events?ack=1&key=c2lwOnNtb25jYWRhQG1kbGl2ZS5jb20%3D-102150809602-';
    const next =
      'https://webpooldm12a16.infra.lync.com/ucwa/oauth/v1/applications/103377965311/events?ack=2&key=c2lwOndlYmNoYXRzZXJ2aWNlQHdlYmNoYXQ0Lm9ubWljcm9zb2Z0LmNvbQ%3D%3D-103377965311-ZGVmYXVsdA%3D%3D';
    const answer = () => json(200, { _links: { next: { href: '/x' } } });
    const f = fakeFetch({ [`GET https://pool.contoso.com${events}`]: answer, [`GET ${next}`]: answer });
    const t = new Transport({ fetch: f });
    await t.request({ href: events, base: BASE });
    await t.request({ href: next, base: BASE });
    expect(f.calls.map((c) => c.url)).toEqual([`https://pool.contoso.com${events}`, next]);
  });

  it("turns Electron's certificate error into the TLS code, not 'could not be reached'", async () => {
    const electronFetch = () => Promise.reject(new Error('net::ERR_CERT_AUTHORITY_INVALID'));
    await expect(
      new Transport({ fetch: electronFetch }).request({ href: `${BASE}/people` }),
    ).rejects.toMatchObject({
      status: 0,
      code: 'Tls',
      subcode: 'CertificateAuthorityInvalid',
      retryable: false,
    });
  });

  it('stops reading a body past the bound, and says the answer was too large', async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(1024).fill(0x20));
      },
    });
    const f = fakeFetch({
      [`GET ${BASE}/endless`]: () =>
        new Response(endless, { headers: { 'content-type': 'application/json' } }),
      [`GET ${BASE}/declared`]: () =>
        new Response('{}', {
          headers: { 'content-type': 'application/json', 'content-length': '999999999' },
        }),
    });
    const t = new Transport({ fetch: f, maxBodyBytes: 64 * 1024 });
    await expect(t.request({ href: `${BASE}/endless` })).rejects.toMatchObject({
      code: 'ResponseTooLarge',
      retryable: false,
    });
    expect(pulled).toBeLessThanOrEqual(66);
    await expect(t.request({ href: `${BASE}/declared` })).rejects.toMatchObject({ code: 'ResponseTooLarge' });
  });

  it('forgets every cached answer of an application that is gone, and only those', async () => {
    const other = 'https://pool.contoso.com/ucwa/oauth/v1/applications/12';
    const f = fakeFetch({
      [`GET ${BASE}/people/contacts`]: () => json(200, { rel: 'myContacts' }, { etag: '"1"' }),
      [`GET ${BASE}`]: () => json(200, { rel: 'application' }, { etag: '"1"' }),
      [`GET ${other}/people/contacts`]: () => json(200, { rel: 'myContacts' }, { etag: '"1"' }),
    });
    const t = new Transport({ fetch: f });
    for (const href of [`${BASE}/people/contacts`, BASE, `${other}/people/contacts`])
      await t.request({ href });
    expect(t.cachedHrefs).toHaveLength(3);
    t.forgetUnder(`${BASE}/`);
    // applications/12 is another application, not one under applications/1
    expect(t.cachedHrefs).toEqual([`${other}/people/contacts`]);
    const again = await t.request({ href: `${other}/people/contacts` });
    expect(f.calls.at(-1)?.headers.get('if-none-match')).toBe('"1"');
    expect(again.resource?.rel).toBe('myContacts');
  });

  it('answers from the ETag cache on 304', async () => {
    let version = 1;
    const f = fakeFetch({
      [`GET ${BASE}/r`]: (req) =>
        req.headers.get('if-none-match') === `"${version}"`
          ? new Response(null, { status: 304 })
          : json(200, { rel: 'r', v: version }, { etag: `"${version}"` }),
    });
    const t = new Transport({ fetch: f });
    const first = await t.request({ href: `${BASE}/r` });
    const second = await t.request({ href: `${BASE}/r` });
    expect(second.fromCache).toBe(true);
    expect(second.resource?.properties.v).toBe(1);
    version = 2;
    const third = await t.request({ href: `${BASE}/r` });
    expect(third.resource?.properties.v).toBe(2);
    expect(first.fromCache).toBe(false);
    expect(f.calls[1]?.headers.get('if-none-match')).toBe('"1"');
  });

  it('keeps no copy of a long answer (the whole contact list): asked again, it is sent in full', async () => {
    const f = fakeFetch({
      [`GET ${BASE}/big`]: () => json(200, { rel: 'big', text: 'x'.repeat(2000) }, { etag: '"1"' }),
      [`GET ${BASE}/small`]: () => json(200, { rel: 'small' }, { etag: '"1"' }),
    });
    const t = new Transport({ fetch: f, maxCachedBodyBytes: 1000 });
    await t.request({ href: `${BASE}/big` });
    await t.request({ href: `${BASE}/small` });
    const again = await t.request({ href: `${BASE}/big` });
    expect(again.fromCache).toBe(false);
    expect(again.resource?.properties.text).toHaveLength(2000);
    expect(f.calls[2]?.headers.get('if-none-match')).toBeNull();
    expect(t.cachedHrefs).toEqual([`${BASE}/small`]);
  });

  it('sends If-Match and the body in the selected format on PUT', async () => {
    const f = fakeFetch({ [`PUT ${BASE}/r`]: () => new Response(null, { status: 200 }) });
    await new Transport({ fetch: f, format: 'xml' }).request({
      method: 'PUT',
      href: `${BASE}/r`,
      ifMatch: '"7"',
      body: {
        kind: 'resource',
        rel: 'contactPrivacyRelationship',
        properties: { relationshipLevel: 'Workgroup', on: true },
      },
    });
    const put = f.calls[0];
    expect(put?.headers.get('if-match')).toBe('"7"');
    expect(put?.headers.get('content-type')).toBe('application/xml');
    expect(put?.body).toContain('<property name="relationshipLevel">Workgroup</property>');
    expect(put?.body).toContain('<property name="on">True</property>');
  });

  it('maps error answers, malformed bodies, timeouts and cancellation to UcwaError', async () => {
    const f = fakeFetch({
      [`GET ${BASE}/forbidden`]: () => json(403, { code: 'Forbidden', subcode: 'None', message: 'No.' }),
      [`GET ${BASE}/html`]: () =>
        new Response('<html>oops</html>', { status: 500, headers: { 'content-type': 'text/html' } }),
      [`GET ${BASE}/broken`]: () =>
        new Response('{"rel": "x", ', { status: 200, headers: { 'content-type': 'application/json' } }),
      [`GET ${BASE}/slow`]: (_req, signal) =>
        new Promise<Response>((_resolve, reject) =>
          signal?.addEventListener('abort', () => reject(signal.reason)),
        ),
    });
    const t = new Transport({ fetch: f, timeoutMs: 20 });
    await expect(t.request({ href: `${BASE}/forbidden` })).rejects.toMatchObject({
      status: 403,
      code: 'Forbidden',
    });
    await expect(t.request({ href: `${BASE}/html` })).rejects.toMatchObject({
      status: 500,
      code: 'ServiceFailure',
    });
    await expect(t.request({ href: `${BASE}/broken` })).rejects.toMatchObject({ code: 'MalformedResponse' });
    await expect(t.request({ href: `${BASE}/slow` })).rejects.toMatchObject({ status: 0, code: 'Timeout' });
    const controller = new AbortController();
    const pending = new Transport({ fetch: f }).request({ href: `${BASE}/slow`, signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ code: 'Aborted' });
    await expect(t.request({ href: `${BASE}/nowhere` })).rejects.toMatchObject({
      status: 0,
      code: 'Network',
    });
  });

  it('refuses plain http except to loopback, before sending anything', async () => {
    const f = fakeFetch({ 'GET http://127.0.0.1:9/x': () => json(200, { rel: 'x' }) });
    const t = new Transport({ fetch: f });
    await expect(t.request({ href: 'http://pool.contoso.com/x' })).rejects.toMatchObject({
      code: 'InsecureUrl',
    });
    await expect(t.request({ href: 'http://127.0.0.1:9/x' })).resolves.toMatchObject({ status: 200 });
    expect(f.calls).toHaveLength(1);
    expect(t.requestCount).toBe(1);
  });

  it('logs method, path, status and diagnostics, never secrets or query strings', async () => {
    const lines: string[] = [];
    const sink: UcwaLogger = {
      debug: (m, f) => lines.push(m + JSON.stringify(f)),
      info: (m, f) => lines.push(m + JSON.stringify(f)),
      warn: (m, f) => lines.push(m + JSON.stringify(f)),
      error: (m, f) => lines.push(m + JSON.stringify(f)),
    };
    const f = fakeFetch({
      [`GET ${BASE}/r?sessionContext=abc`]: () =>
        json(404, { code: 'NotFound' }, { 'x-ms-diagnostics': '28000;reason="x"; token cwt=AAAsecret' }),
    });
    const t = new Transport({ fetch: f, log: redactingLogger(sink) });
    await t.request({ href: `${BASE}/r?sessionContext=abc` }).catch(() => undefined);
    expect(lines.join('\n')).toContain('GET https://pool.contoso.com/ucwa/oauth/v1/applications/1/r → 404');
    expect(lines.join('\n')).toContain('28000');
    expect(lines.join('\n')).not.toContain('sessionContext');
    expect(lines.join('\n')).not.toContain('AAAsecret');
  });

  it('says in the log why an answer was unreadable and what the server called it, the user only that it was', async () => {
    const lines: string[] = [];
    const sink: UcwaLogger = {
      debug: () => {},
      info: (m, f) => lines.push(m + JSON.stringify(f)),
      warn: () => {},
      error: () => {},
    };
    const f = fakeFetch({
      [`GET ${BASE}/r`]: () =>
        new Response('<resource rel="r"><property', { headers: { 'content-type': 'application/xml' } }),
    });
    const t = new Transport({ fetch: f, format: 'xml', log: sink });
    const error = await t.request({ href: `${BASE}/r` }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'MalformedResponse',
      message: 'The server sent an unreadable answer (XML).',
    });
    expect(lines.join('\n')).toContain('unreadable: The server sent an unreadable answer (invalid XML).');
    expect(lines.join('\n')).toContain('"contentType":"application/xml","bytes":27');
  });
});
