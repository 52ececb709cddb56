// The trust policy on its own: what may be asked, what may carry a credential, which challenge may be answered,
// with host names written every way a hostile or sloppy server might (case, trailing dots, IDN, ports, userinfo,
// IPv6 literals, http vs https).
import { describe, expect, it } from 'vitest';
import { type Credential, type TrustRefusal, TrustPolicy } from '../../../main/ucwa/trust.js';
import { trustMessage } from '../../../main/words/trust.js';

const CREDENTIALS: Credential[] = ['password', 'windows', 'cookie', 'bearer'];

/** Discovery from contoso.com that reached lyncweb.contoso.com's user resource. */
function signedInToContoso(): TrustPolicy {
  const trust = new TrustPolicy({ signInDomain: 'contoso.com' });
  expect(
    trust.reached('https://lyncweb.contoso.com/Autodiscover/AutodiscoverService.svc/root/oauth/user').ok,
  ).toBe(true);
  return trust;
}

describe('the trusted set', () => {
  it('starts with the typed server only: same origin yes, another port, scheme or host no', () => {
    const trust = new TrustPolicy({ server: 'https://pool.contoso.com/autodiscover/root' });
    expect(trust.mayRequest('https://pool.contoso.com/ucwa/oauth/v1/applications')).toEqual({
      ok: true,
      origin: 'https://pool.contoso.com',
    });
    expect(trust.mayRequest('https://pool.contoso.com:4443/x')).toEqual({
      ok: false,
      code: 'UntrustedHost',
      host: 'pool.contoso.com:4443',
    });
    expect(trust.mayRequest('http://pool.contoso.com/x')).toEqual({
      ok: false,
      code: 'InsecureTransport',
      host: 'pool.contoso.com',
    });
    expect(trust.mayRequest('https://other.contoso.com/x')).toMatchObject({
      ok: false,
      code: 'UntrustedHost',
    });
    expect(trust.trustedOrigins()).toEqual(['https://pool.contoso.com']);
  });

  it('from a sign-in domain, trusts nothing until discovery reaches the user resource', () => {
    const trust = new TrustPolicy({ signInDomain: 'contoso.com' });
    expect(trust.mayDiscover('https://lyncdiscoverinternal.contoso.com/').ok).toBe(true);
    expect(trust.mayDiscover('http://lyncdiscover.contoso.com/').ok).toBe(true);
    // Discovery may ask; nobody may be given anything yet.
    for (const c of CREDENTIALS) expect(trust.maySend('https://lyncdiscover.contoso.com/', c).ok).toBe(false);
    expect(trust.reached('https://lyncweb.contoso.com/user').ok).toBe(true);
    expect(trust.maySend('https://lyncweb.contoso.com/ucwa/x', 'bearer').ok).toBe(true);
    // Another host of the same domain that discovery did not reach is not trusted by being in the domain.
    expect(trust.maySend('https://files.contoso.com/x', 'bearer')).toMatchObject({ code: 'UntrustedHost' });
  });

  it('keeps discovery inside the sign-in domain on label boundaries', () => {
    const trust = new TrustPolicy({ signInDomain: 'Contoso.COM.' });
    for (const ok of [
      'https://contoso.com/',
      'https://LyncDiscover.Contoso.Com./',
      'https://a.b.contoso.com/',
    ])
      expect(trust.mayDiscover(ok).ok, ok).toBe(true);
    for (const bad of [
      'https://evilcontoso.com/',
      'https://contoso.com.evil.example/',
      'https://contoso.co/',
      'https://contoso.com@evil.example/',
    ]) {
      expect(trust.mayDiscover(bad).ok, bad).toBe(false);
    }
  });

  it('refuses a user resource outside the domain until the user approves it, and remembers the approval', () => {
    const trust = new TrustPolicy({ signInDomain: 'contoso.com' });
    const refused = trust.reached('https://pool.fabrikam.example/user');
    expect(refused).toEqual({ ok: false, code: 'UntrustedHost', host: 'pool.fabrikam.example' });
    expect(trustMessage(refused as TrustRefusal)).toBe(
      'The server pointed to pool.fabrikam.example, which you have not signed in to.',
    );
    expect(trust.approve('POOL.Fabrikam.Example.')).toEqual({
      ok: true,
      origin: 'https://pool.fabrikam.example',
    });
    expect(trust.reached('https://pool.fabrikam.example/user').ok).toBe(true);
    // The caller persists approvedOrigins(); a new sign-in given them trusts the same origins.
    const next = new TrustPolicy({ signInDomain: 'contoso.com', approved: trust.approvedOrigins() });
    expect(next.maySend('https://pool.fabrikam.example/ucwa', 'password').ok).toBe(true);
    expect(next.approvedOrigins()).toEqual(['https://pool.fabrikam.example']);
  });

  it('approves only secure origins; a bare host means https on the default port', () => {
    const trust = new TrustPolicy({});
    expect(trust.approve('http://pool.fabrikam.example')).toMatchObject({ code: 'InsecureTransport' });
    expect(trust.approve('pool.fabrikam.example').ok).toBe(true);
    expect(trust.mayRequest('https://pool.fabrikam.example:443/x').ok).toBe(true);
    expect(trust.mayRequest('https://pool.fabrikam.example:8443/x').ok).toBe(false);
    expect(trust.approve('https://pool.fabrikam.example:8443').ok).toBe(true);
    expect(trust.mayRequest('https://pool.fabrikam.example:8443/x').ok).toBe(true);
    expect(trust.approve('https://user:pw@pool.fabrikam.example')).toMatchObject({ code: 'BadUrl' });
  });
});

describe('redirects', () => {
  it('follows discovery redirects inside the domain and upgrades to https; asks for another domain', () => {
    const trust = new TrustPolicy({ signInDomain: 'contoso.com' });
    expect(
      trust.followRedirect('http://lyncdiscover.contoso.com/', 'https://lyncdiscover.contoso.com/').ok,
    ).toBe(true);
    expect(trust.followRedirect('https://lyncdiscover.contoso.com/', '/root?x=1').ok).toBe(true);
    expect(
      trust.followRedirect('http://lyncdiscover.contoso.com/', 'https://sfb.fabrikam.example/root'),
    ).toEqual({
      ok: false,
      code: 'UntrustedHost',
      host: 'sfb.fabrikam.example',
    });
    expect(
      trust.followRedirect('https://lyncdiscover.contoso.com/', 'http://web.contoso.com/root'),
    ).toMatchObject({
      code: 'InsecureTransport',
    });
    expect(trust.followRedirect('https://lyncdiscover.contoso.com/', 'ftp://web.contoso.com/')).toMatchObject(
      {
        code: 'BadUrl',
      },
    );
  });

  it('follows a typed server to https or another port on the same host, and no further', () => {
    const trust = new TrustPolicy({
      signInDomain: 'contoso.com',
      server: 'http://127.0.0.1:8080/autodiscover',
    });
    expect(trust.followRedirect('http://127.0.0.1:8080/autodiscover', 'https://127.0.0.1:8443/root').ok).toBe(
      true,
    );
    expect(trust.reached('https://127.0.0.1:8443/user').ok).toBe(true);
    expect(trust.followRedirect('http://127.0.0.1:8080/autodiscover', 'http://127.0.0.2:8080/root')).toEqual({
      ok: false,
      code: 'UntrustedHost',
      host: '127.0.0.2:8080',
    });
    // From a host discovery may not ask, nothing is followed (not even on that host).
    expect(
      trust.followRedirect('https://sfb.fabrikam.example/', 'https://sfb.fabrikam.example:4443/').ok,
    ).toBe(false);
  });

  it('adds a pool that a trusted user resource announces, and only from a trusted one', () => {
    const trust = signedInToContoso();
    expect(trust.announced('https://lyncweb.contoso.com/user', 'https://pool2.contoso-int.net/user')).toEqual(
      {
        ok: true,
        origin: 'https://pool2.contoso-int.net',
      },
    );
    expect(trust.maySend('https://pool2.contoso-int.net/ucwa/oauth/v1/applications', 'password').ok).toBe(
      true,
    );
    expect(trust.announced('https://evil.example/user', 'https://pool3.evil.example/user')).toEqual({
      ok: false,
      code: 'UntrustedHost',
      host: 'evil.example',
    });
    expect(trust.maySend('https://pool3.evil.example/', 'bearer').ok).toBe(false);
    expect(
      trust.announced('https://lyncweb.contoso.com/user', 'http://pool4.contoso.com/user'),
    ).toMatchObject({
      code: 'InsecureTransport',
    });
  });
});

describe('challenges', () => {
  it('answers a challenge only with a token endpoint on the challenged, trusted origin', () => {
    const trust = signedInToContoso();
    const user = 'https://lyncweb.contoso.com/user';
    for (const credential of CREDENTIALS) {
      expect(
        trust.mayAnswerChallenge(user, 'https://LYNCWEB.contoso.com./WebTicket/oauthtoken', credential),
      ).toEqual({
        ok: true,
        origin: 'https://lyncweb.contoso.com',
        tokenUrl: 'https://lyncweb.contoso.com./WebTicket/oauthtoken',
      });
      expect(trust.mayAnswerChallenge(user, '/WebTicket/oauthtoken', credential)).toMatchObject({ ok: true });
    }
    // A legitimate host's challenge naming another host: nothing goes there.
    const elsewhere = trust.mayAnswerChallenge(
      user,
      'https://fabrikam.example/WebTicket/oauthtoken',
      'password',
    );
    expect(elsewhere).toEqual({ ok: false, code: 'TokenEndpointElsewhere', host: 'fabrikam.example' });
    expect(trustMessage(elsewhere as TrustRefusal)).toContain('fabrikam.example');
    // Same host, other port or scheme: another origin.
    expect(trust.mayAnswerChallenge(user, 'https://lyncweb.contoso.com:444/t', 'password')).toMatchObject({
      code: 'TokenEndpointElsewhere',
    });
    expect(trust.mayAnswerChallenge(user, 'http://lyncweb.contoso.com/t', 'password')).toMatchObject({
      code: 'TokenEndpointElsewhere',
    });
    expect(trust.mayAnswerChallenge(user, 'https://x@lyncweb.contoso.com/t', 'password')).toMatchObject({
      code: 'BadUrl',
    });
    expect(trust.mayAnswerChallenge(user, 'https://[bad/t', 'password')).toEqual({
      ok: false,
      code: 'BadUrl',
      host: '',
    });
  });

  it('never answers a challenge from an untrusted origin (a contact href, a foreign next link)', () => {
    const trust = signedInToContoso();
    for (const credential of CREDENTIALS) {
      expect(
        trust.mayAnswerChallenge(
          'https://evil.example/ucwa/x',
          'https://evil.example/WebTicket/oauthtoken',
          credential,
        ),
      ).toEqual({ ok: false, code: 'UntrustedHost', host: 'evil.example' });
    }
  });

  it('opens an https sign-in page on another host without trusting it', () => {
    const trust = signedInToContoso();
    expect(trust.mayOpenSignInPage('https://adfs.contoso.com/adfs/ls/?wa=wsignin1.0').ok).toBe(true);
    expect(trust.mayRequest('https://adfs.contoso.com/').ok).toBe(false);
    expect(trust.mayOpenSignInPage('http://adfs.contoso.com/')).toMatchObject({ code: 'InsecureTransport' });
    expect(trust.mayOpenSignInPage('javascript:alert(1)')).toMatchObject({ code: 'BadUrl' });
  });
});

describe('host names', () => {
  it('compares IDN hosts in their punycode form, whatever case or script they are written in', () => {
    const trust = new TrustPolicy({ approved: ['Bücher.Example'] });
    expect(trust.approvedOrigins()).toEqual(['https://xn--bcher-kva.example']);
    for (const href of [
      'https://xn--bcher-kva.example/x',
      'https://BÜCHER.example./x',
      'https://bücher.example:443/',
    ])
      expect(trust.mayRequest(href).ok, href).toBe(true);
    expect(trust.mayRequest('https://bucher.example/')).toMatchObject({ code: 'UntrustedHost' });
  });

  it('treats loopback http as the simulator: IPv4, IPv6 literals in any spelling, localhost', () => {
    const trust = new TrustPolicy({ server: 'http://[0:0:0:0:0:0:0:1]:8080/autodiscover/root' });
    expect(trust.mayRequest('http://[::1]:8080/ucwa').ok).toBe(true);
    expect(trust.maySend('http://[::1]:8080/ucwa', 'password').ok).toBe(true);
    expect(trust.mayRequest('http://[::1]:8081/ucwa')).toMatchObject({
      code: 'UntrustedHost',
      host: '[::1]:8081',
    });
    // Another loopback address is another origin (the hostile tests' foreign server lives there).
    const v4 = new TrustPolicy({ server: 'http://127.0.0.1:5000/root' });
    expect(v4.mayRequest('http://2130706433:5000/x').ok).toBe(true); // the same address, written as a number
    expect(v4.mayRequest('http://127.0.0.2:5000/x')).toMatchObject({
      code: 'UntrustedHost',
      host: '127.0.0.2:5000',
    });
    expect(new TrustPolicy({ server: 'http://[2001:db8::1]/' }).mayRequest('http://[2001:db8::1]/')).toEqual({
      ok: false,
      code: 'InsecureTransport',
      host: '[2001:db8::1]',
    });
  });

  it('decides the same for every spelling of a trusted or untrusted origin (seeded)', () => {
    const seed = Number(process.env.TRUST_SEED ?? Date.now() % 100_000);
    console.log(`trust spelling seed: ${seed} (TRUST_SEED=${seed} replays it)`);
    let state = seed;
    const random = (n: number): number => {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      return state % n;
    };
    const respell = (host: string): string =>
      [...host].map((ch) => (random(2) === 0 ? ch.toUpperCase() : ch)).join('') +
      (random(3) === 0 ? '.' : '');
    const trust = signedInToContoso();
    trust.approve('https://pool.fabrikam.example:4443');
    const cases: Array<[string, string, boolean]> = [
      ['lyncweb.contoso.com', '', true],
      ['pool.fabrikam.example', ':4443', true],
      ['pool.fabrikam.example', '', false],
      ['evil.example', '', false],
      ['lyncweb.contoso.com.evil.example', '', false],
    ];
    for (let i = 0; i < 200; i++) {
      const [host, port, expected] = cases[random(cases.length)] ?? ['evil.example', '', false];
      const explicit = port === '' && random(2) === 0 ? ':443' : port;
      const href = `https://${respell(host)}${explicit}/ucwa/oauth/v1/applications`;
      expect(trust.maySend(href, 'bearer').ok, href).toBe(expected);
    }
  });
});

describe('words', () => {
  it('names the host for every refusal and never prints undefined', () => {
    const refusals: TrustRefusal[] = [
      { ok: false, code: 'UntrustedHost', host: 'fabrikam.example' },
      { ok: false, code: 'InsecureTransport', host: 'fabrikam.example' },
      { ok: false, code: 'BadUrl', host: 'fabrikam.example' },
      { ok: false, code: 'TokenEndpointElsewhere', host: 'fabrikam.example' },
    ];
    for (const r of refusals) {
      expect(trustMessage(r)).toContain('fabrikam.example');
      expect(trustMessage(r)).toMatch(/^[A-Zf].*\.$/);
    }
    expect(trustMessage({ ok: false, code: 'BadUrl', host: '' })).toBe(
      'The server sent a link that cannot be used.',
    );
    expect(trustMessage({ ok: false, code: 'UntrustedHost', host: '' })).not.toContain('undefined');
  });
});
