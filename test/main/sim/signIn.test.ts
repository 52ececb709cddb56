import { afterEach, describe, expect, it } from 'vitest';
import { createManualClock, startSimulator, type Simulator } from '../../../main/sim/index.js';
import { decode, signIn, token } from './helpers.js';

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

describe('discovery and sign-in', () => {
  it('walks root → user 401 (both challenges) → token → user → applications, in JSON and XML', async () => {
    sim = await startSimulator();
    for (const format of ['json', 'xml'] as const) {
      const accept = format === 'json' ? 'application/json' : 'application/xml';
      const root = decode(
        await (await fetch(sim.discoverUrl, { headers: { Accept: accept } })).text(),
        format,
      );
      expect(root.rel).toBe('root');
      const userHref = root.links.user?.[0]?.href ?? '';
      expect(userHref.startsWith(sim.origin)).toBe(true);
      const challenge = await fetch(userHref, { headers: { Accept: accept } });
      expect(challenge.status).toBe(401);
      expect(challenge.headers.get('content-type')).toContain('text/html');
      const www = challenge.headers.get('www-authenticate') ?? '';
      expect(www).toContain('Bearer trusted_issuers=');
      expect(www).toContain(`MsRtcOAuth href="${sim.origin}/WebTicket/oauthtoken",grant_type="`);
      expect(www).toContain('password');
      const t = await token(sim.origin, 'demo@contoso.com', sim.password); // without sip:
      const user = decode(
        await (await fetch(userHref, { headers: { Accept: accept, Authorization: `Bearer ${t}` } })).text(),
        format,
      );
      expect(user.rel).toBe('user');
      expect(user.links.applications?.[0]?.href).toBe(`${sim.origin}/ucwa/oauth/v1/applications`);
    }
  });

  it('rejects a wrong password with 400 invalid_grant and an unknown grant with unsupported_grant_type', async () => {
    sim = await startSimulator({ password: 'right' });
    const post = (body: Record<string, string>): Promise<Response> =>
      fetch(`${sim?.origin}/WebTicket/oauthtoken`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(body).toString(),
      });
    const bad = await post({ grant_type: 'password', username: 'sip:demo@contoso.com', password: 'wrong' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: 'invalid_grant' });
    const other = await post({ grant_type: 'urn:microsoft.rtc:windows' });
    expect(((await other.json()) as { error: string }).error).toBe('unsupported_grant_type');
    const ok = await post({ grant_type: 'password', username: 'sip:demo@contoso.com', password: 'right' });
    const body = (await ok.json()) as Record<string, unknown>;
    expect(body.token_type).toBe('Bearer');
    expect(String(body.access_token)).toMatch(/^cwt=/);
    expect(body.expires_in).toBe(8 * 3600);
  });

  it('creates an application (201), finds it again for the same endpointId (200), with me/people/communication and events', async () => {
    sim = await startSimulator();
    const s = await signIn(sim, 'same');
    expect(s.app.rel).toBe('application');
    expect(Object.keys(s.app._embedded).sort()).toEqual(['communication', 'me', 'people']);
    expect(s.app._links.events?.href).toMatch(/^\/ucwa\/oauth\/v1\/applications\/[^/]+\/events\?ack=1$/);
    const again = await fetch(`${sim.origin}/ucwa/oauth/v1/applications`, {
      method: 'POST',
      headers: { ...s.headers, 'Content-Type': 'application/xml', Accept: 'application/xml' },
      body: '<input xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa"><property name="Culture">en-US</property><property name="EndpointId">same</property><property name="UserAgent">sim-tests</property></input>',
    });
    expect(again.status).toBe(200);
    expect(decode(await again.text(), 'xml').href).toBe(s.app._links.self?.href);
    const missing = await fetch(`${sim.origin}/ucwa/oauth/v1/applications`, {
      method: 'POST',
      headers: { ...s.headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({ culture: 'en-US' }),
    });
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { subcode: string }).subcode).toBe('ParameterValidationFailure');
  });

  it('expires tokens after their lifetime and on expireTokens(): the next request gets the challenge again', async () => {
    const clock = createManualClock();
    sim = await startSimulator({ clock, tokenLifetimeSeconds: 60 });
    const s = await signIn(sim);
    expect((await s.get(s.appHref)).status).toBe(200);
    clock.advance(61_000);
    const expired = await s.get(s.appHref);
    expect(expired.status).toBe(401);
    expect(expired.headers.get('www-authenticate')).toContain('MsRtcOAuth');
    const fresh = await token(sim.origin, sim.user, sim.password);
    expect((await fetch(s.appHref, { headers: { Authorization: `Bearer ${fresh}` } })).status).toBe(200);
    sim.control.faults.expireTokens();
    expect((await fetch(s.appHref, { headers: { Authorization: `Bearer ${fresh}` } })).status).toBe(401);
  });

  it('redirects to a second pool that demands its own token', async () => {
    sim = await startSimulator({ redirectToSecondPool: true });
    const t1 = await token(sim.origin, sim.user, sim.password);
    const root = (await (await fetch(sim.discoverUrl)).json()) as { _links: { user: { href: string } } };
    const user1 = (await (
      await fetch(root._links.user.href, { headers: { Authorization: `Bearer ${t1}` } })
    ).json()) as {
      _links: Record<string, { href: string }>;
    };
    expect(user1._links.applications).toBeUndefined();
    const redirect = user1._links.redirect?.href ?? '';
    expect(redirect.startsWith(sim.secondOrigin ?? 'none')).toBe(true);
    const root2 = (await (await fetch(redirect)).json()) as { _links: { user: { href: string } } };
    const withOldToken = await fetch(root2._links.user.href, { headers: { Authorization: `Bearer ${t1}` } });
    expect(withOldToken.status).toBe(401);
    expect(withOldToken.headers.get('www-authenticate')).toContain(
      `MsRtcOAuth href="${sim.secondOrigin}/WebTicket/oauthtoken"`,
    );
    const t2 = await token(sim.secondOrigin ?? '', sim.user, sim.password);
    const user2 = (await (
      await fetch(root2._links.user.href, { headers: { Authorization: `Bearer ${t2}` } })
    ).json()) as {
      _links: Record<string, { href: string }>;
    };
    expect(user2._links.applications?.href).toBe(`${sim.secondOrigin}/ucwa/oauth/v1/applications`);
  });
});
