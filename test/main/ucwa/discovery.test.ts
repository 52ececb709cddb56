import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { discover as discoverWith, dropCachedDiscovery } from '../../../main/ucwa/discovery.js';
import type { DiscoverOptions } from '../../../main/ucwa/discovery.js';
import { UcwaError } from '../../../main/ucwa/errors.js';
import { Transport } from '../../../main/ucwa/transport.js';
import { TrustPolicy } from '../../../main/ucwa/trust.js';
import type { TrustInit } from '../../../main/ucwa/trust.js';
import { errorMessage } from '../../../main/words/trust.js';
import { capturesDir } from '../../support/samples.js';
import { fakeFetch, json } from './fakeFetch.js';

/** A captured payload answered as the server sent it. */
const capture = (file: string) => (): Response =>
  new Response(readFileSync(join(capturesDir, file), 'utf8'), {
    headers: { 'content-type': 'application/json' },
  });

/** Discovery as UcwaClient runs it: with the trust policy of this sign-in (domain, typed server, approvals). */
function discover(options: Omit<DiscoverOptions, 'trust'> & { trust?: Omit<TrustInit, 'signInDomain'> }) {
  const domain = options.sipAddress.slice(options.sipAddress.lastIndexOf('@') + 1);
  const trust = new TrustPolicy({ signInDomain: domain, server: options.discoverUrl, ...options.trust });
  return discoverWith({ ...options, trust }).then((found) => ({ ...found, trust }));
}

const root = (user: string) =>
  json(200, { rel: 'root', _links: { self: { href: '/root' }, user: { href: user } } });

describe('discover', () => {
  it('tries internal first, then external, and returns the absolute user URL', async () => {
    const f = fakeFetch({
      'GET https://lyncdiscover.contoso.com/': () =>
        root('https://lyncweb.contoso.com/Autodiscover/root/oauth/user'),
    });
    const found = await discover({
      transport: new Transport({ fetch: f }),
      sipAddress: 'sip:alex@contoso.com',
    });
    expect(found.userUrl).toBe('https://lyncweb.contoso.com/Autodiscover/root/oauth/user');
    expect(f.calls.map((c) => c.url)).toEqual([
      'https://lyncdiscoverinternal.contoso.com/',
      'https://lyncdiscover.contoso.com/',
    ]);
    expect(f.calls.every((c) => !c.headers.has('authorization'))).toBe(true);
  });

  it('counts a 404 and a redirect to another domain as a failed internal attempt', async () => {
    const f = fakeFetch({
      'GET https://lyncdiscoverinternal.contoso.com/': () =>
        new Response(null, { status: 302, headers: { location: 'https://evil.example.net/root' } }),
      'GET https://lyncdiscover.contoso.com/': () => json(404, { code: 'NotFound' }),
      'GET http://lyncdiscoverinternal.contoso.com/': () =>
        new Response(null, { status: 301, headers: { location: 'https://secure.contoso.com/root' } }),
      'GET https://secure.contoso.com/root': () => root('/user'),
    });
    const found = await discover({ transport: new Transport({ fetch: f }), sipAddress: 'alex@contoso.com' });
    expect(found.userUrl).toBe('https://secure.contoso.com/user');
    expect(f.calls.some((c) => c.url.startsWith('https://evil'))).toBe(false);
  });

  it('refuses a root redirect to another domain, naming the host, unless the organisation trusts it', async () => {
    const f = fakeFetch({
      'GET https://lyncdiscoverinternal.contoso.com/': () =>
        json(200, { _links: { redirect: { href: 'https://webdir.fabrikam.com/root' } } }),
      'GET https://webdir.fabrikam.com/root': () => root('/user'),
    });
    const refused = discover({ transport: new Transport({ fetch: f }), sipAddress: 'alex@contoso.com' });
    await expect(refused).rejects.toMatchObject({ code: 'InsecureUrl', subcode: 'UntrustedHost' });
    expect(errorMessage(await refused.catch((e: unknown) => e))).toBe(
      'The server pointed to webdir.fabrikam.com, which you have not signed in to.',
    );
    expect(f.calls.some((c) => c.url.includes('fabrikam'))).toBe(false);
    // The administrator's trusted domain (managed policy trustedHosts) lets discovery go there.
    const found = await discover({
      transport: new Transport({ fetch: f }),
      sipAddress: 'alex@contoso.com',
      trust: { trustedDomains: ['fabrikam.com'] },
    });
    expect(found.userUrl).toBe('https://webdir.fabrikam.com/user');
    expect(found.trust.maySend(found.userUrl, 'password').ok).toBe(true);
  });

  it('follows http→https and same-domain redirects; a plain-http redirect to another host is refused', async () => {
    const f = fakeFetch({
      'GET https://lyncdiscoverinternal.contoso.com/': () =>
        new Response(null, { status: 301, headers: { location: 'https://lyncweb.contoso.com/root' } }),
      'GET https://lyncweb.contoso.com/root': () => root('/user'),
    });
    const found = await discover({ transport: new Transport({ fetch: f }), sipAddress: 'alex@contoso.com' });
    expect(found.userUrl).toBe('https://lyncweb.contoso.com/user');

    const hostile = fakeFetch({
      'GET http://lyncdiscoverinternal.contoso.com/': () =>
        new Response(null, { status: 302, headers: { location: 'https://sfb.fabrikam.example/root' } }),
      'GET https://sfb.fabrikam.example/root': () => root('/user'),
    });
    await expect(
      discover({ transport: new Transport({ fetch: hostile }), sipAddress: 'alex@contoso.com' }),
    ).rejects.toMatchObject({ subcode: 'UntrustedHost', details: { host: 'sfb.fabrikam.example' } });
    expect(hostile.calls.map((c) => c.url)).not.toContain('https://sfb.fabrikam.example/root');
  });

  it('refuses a redirect from plain http (loopback) to an untrusted host unless approved', async () => {
    const routes = {
      'GET http://127.0.0.1:1/root': () =>
        json(200, { _links: { redirect: { href: 'https://pool.fabrikam.com/root' } } }),
      'GET https://pool.fabrikam.com/root': () => root('/user'),
    };
    const t = new Transport({ fetch: fakeFetch(routes) });
    await expect(
      discover({ transport: t, sipAddress: 'alex@contoso.com', discoverUrl: 'http://127.0.0.1:1/root' }),
    ).rejects.toMatchObject({ code: 'InsecureUrl', subcode: 'UntrustedHost' });
    const approved: string[] = [];
    const found = await discover({
      transport: t,
      sipAddress: 'alex@contoso.com',
      discoverUrl: 'http://127.0.0.1:1/root',
      approveHost: (h) => {
        approved.push(h);
        return true;
      },
    });
    expect(approved).toEqual(['pool.fabrikam.com']);
    expect(found.userUrl).toBe('https://pool.fabrikam.com/user');
  });

  it('reports ServerNotFound when nothing answers, and an unreachable configured URL as Network', async () => {
    const t = new Transport({ fetch: fakeFetch({}) });
    await expect(discover({ transport: t, sipAddress: 'alex@contoso.com' })).rejects.toMatchObject({
      code: 'ServerNotFound',
    });
    await expect(
      discover({
        transport: t,
        sipAddress: 'alex@contoso.com',
        discoverUrl: 'https://lync.contoso.com/root',
      }),
    ).rejects.toMatchObject({ code: 'Network' });
    await expect(discover({ transport: t, sipAddress: 'nobody' })).rejects.toMatchObject({
      code: 'ServerNotFound',
    });
  });
});

describe('discover: which hosts a failed discovery tried', () => {
  /** A local server that answers every request with a 404, as a web server without Skype for Business would. */
  let server: ReturnType<typeof createServer>;
  const asked: string[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      asked.push(req.headers['x-asked-host'] as string);
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('lists the hosts when none of the names resolves (real DNS, .invalid never does)', async () => {
    const failed = await discover({
      transport: new Transport({ fetch: (url, init) => fetch(url, init) }),
      sipAddress: 'sip:alex@contoso.invalid',
    }).catch((e: unknown) => e);
    expect(failed).toMatchObject({
      code: 'ServerNotFound',
      details: {
        domain: 'contoso.invalid',
        tried: ['lyncdiscoverinternal.contoso.invalid', 'lyncdiscover.contoso.invalid'],
      },
    });
  });

  it('lists the hosts when every one answers, but with a 404', async () => {
    const port = (server.address() as AddressInfo).port;
    // Every candidate reaches the local server; the host it was meant for travels in a header.
    const toLocal = (href: string, init: RequestInit): Promise<Response> => {
      const url = new URL(href);
      const headers = new Headers(init.headers);
      headers.set('x-asked-host', `${url.protocol}//${url.hostname}`);
      return fetch(`http://127.0.0.1:${port}${url.pathname}`, { ...init, headers });
    };
    const failed = await discover({
      transport: new Transport({ fetch: toLocal }),
      sipAddress: 'alex@contoso.com',
    }).catch((e: unknown) => e);
    expect(asked).toEqual([
      'https://lyncdiscoverinternal.contoso.com',
      'https://lyncdiscover.contoso.com',
      'http://lyncdiscoverinternal.contoso.com',
      'http://lyncdiscover.contoso.com',
    ]);
    expect(failed).toMatchObject({
      code: 'ServerNotFound',
      details: {
        domain: 'contoso.com',
        tried: ['lyncdiscoverinternal.contoso.com', 'lyncdiscover.contoso.com'],
      },
    });
    expect(errorMessage(failed)).toBe(
      'No Skype for Business server answered for contoso.com. Tried: lyncdiscoverinternal.contoso.com, lyncdiscover.contoso.com.',
    );
  });
});

describe('discover against captured roots', () => {
  it('follows a root with only redirect (no user) to a trusted host in another letter case', async () => {
    // root.1.json: self on webdir0b, redirect to webdir1A; root.2.json is the redirected root on webdir1a.
    const f = fakeFetch({
      'GET https://lyncdiscover.domain.com/': capture('root.1.json'),
      'GET https://webdir1a.online.lync.com/Autodiscover/AutodiscoverService.svc/root?originalDomain=domain.com':
        capture('root.2.json'),
    });
    const found = await discover({
      transport: new Transport({ fetch: f }),
      sipAddress: 'someone@domain.com',
      trust: { trustedDomains: ['online.lync.com'] },
    });
    expect(found.userUrl).toBe(
      'https://webdir1a.online.lync.com/Autodiscover/AutodiscoverService.svc/root/oauth/user?originalDomain=domain.com',
    );
  });

  it('takes a root without self (the user link resolves against the URL that answered)', async () => {
    const f = fakeFetch({ 'GET https://lyncdiscover.testcompany.com/': capture('root.5.json') });
    const found = await discover({ transport: new Transport({ fetch: f }), sipAddress: 'u@testcompany.com' });
    expect(found.userUrl).toBe(
      'https://dc2.testcompany.com/Autodiscover/AutodiscoverService.svc/root/oauth/user',
    );
    expect(found.rootUrl).toBe('https://lyncdiscover.testcompany.com/');
  });

  it('compares host names without regard to letter case in the trust check', async () => {
    const routes = {
      'GET http://127.0.0.1:1/root': () =>
        json(200, {
          _links: {
            redirect: { href: 'https://webdir1E.online.lync.com/Autodiscover/AutodiscoverService.svc/root' },
          },
        }),
      'GET https://webdir1e.online.lync.com/Autodiscover/AutodiscoverService.svc/root': () => root('/user'),
    };
    const from = { sipAddress: 'x@ondrejvalenta.com', discoverUrl: 'http://127.0.0.1:1/root' };
    await expect(
      discover({ transport: new Transport({ fetch: fakeFetch(routes) }), ...from }),
    ).rejects.toMatchObject({ code: 'InsecureUrl' });
    const trusted = await discover({
      transport: new Transport({ fetch: fakeFetch(routes) }),
      ...from,
      trust: { trustedDomains: ['Online.LYNC.com.'] },
    });
    expect(trusted.userUrl).toBe('https://webdir1e.online.lync.com/user');
    const approved = await discover({
      transport: new Transport({ fetch: fakeFetch(routes) }),
      ...from,
      trust: { approved: ['WEBDIR1e.online.lync.COM'] },
    });
    expect(approved.userUrl).toBe('https://webdir1e.online.lync.com/user');
  });
});

describe('dropCachedDiscovery', () => {
  it('drops only on 403, 502 and repeated connection errors', () => {
    expect(dropCachedDiscovery(new UcwaError({ status: 403, code: 'Forbidden' }), 0)).toBe(true);
    expect(dropCachedDiscovery(new UcwaError({ status: 502, code: 'GatewayTimeout' }), 0)).toBe(true);
    expect(dropCachedDiscovery(new UcwaError({ status: 0, code: 'Network' }), 1)).toBe(false);
    expect(dropCachedDiscovery(new UcwaError({ status: 0, code: 'Network' }), 2)).toBe(true);
    expect(dropCachedDiscovery(new UcwaError({ status: 500, code: 'ServiceFailure' }), 5)).toBe(false);
    expect(dropCachedDiscovery(new UcwaError({ status: 404, code: 'NotFound' }), 0)).toBe(false);
  });
});
