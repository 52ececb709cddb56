import { afterEach, describe, expect, it } from 'vitest';
import { createManualClock, startSimulator, type Simulator } from '../../../main/sim/index.js';
import { ACCEPT, decode, signIn, token } from './helpers.js';

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

  it('creates an application (201), finds it again for the same endpointId (200), with me/people/onlineMeetings/communication and events', async () => {
    sim = await startSimulator();
    const s = await signIn(sim, 'same');
    expect(s.app.rel).toBe('application');
    expect(Object.keys(s.app._embedded).sort()).toEqual(['communication', 'me', 'onlineMeetings', 'people']);
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

  it.each(['json', 'xml'] as const)(
    'redirects through a redirect resource to a second pool that demands its own token (%s)',
    async (format) => {
      sim = await startSimulator({ redirectToSecondPool: true });
      const second = sim.secondOrigin ?? 'none';
      const accept = { Accept: ACCEPT[format] };
      const t1 = await token(sim.origin, sim.user, sim.password);
      const root = decode(await (await fetch(sim.discoverUrl, { headers: accept })).text(), format);
      const user1 = decode(
        await (
          await fetch(root.links.user?.[0]?.href ?? '', {
            headers: { ...accept, Authorization: `Bearer ${t1}` },
          })
        ).text(),
        format,
      );
      expect(user1.links.applications).toBeUndefined();
      // user → redirect resource (redirect_ref.md: rel redirect; links self, user, xframe) on the first pool.
      const redirectHref = user1.links.redirect?.[0]?.href ?? '';
      expect(redirectHref.startsWith(`${sim.origin}/`)).toBe(true);
      expect((await fetch(redirectHref, { headers: accept })).status).toBe(401);
      const redirect = decode(
        await (await fetch(redirectHref, { headers: { ...accept, Authorization: `Bearer ${t1}` } })).text(),
        format,
      );
      expect(redirect.rel).toBe('redirect');
      expect(redirect.href).toBe(redirectHref);
      expect(Object.keys(redirect.links).sort()).toEqual(['user', 'xframe']);
      const user2Href = redirect.links.user?.[0]?.href ?? '';
      expect(user2Href.startsWith(`${second}/`)).toBe(true);
      // The second pool's user resource refuses the first pool's token with its own challenge.
      const withOldToken = await fetch(user2Href, { headers: { ...accept, Authorization: `Bearer ${t1}` } });
      expect(withOldToken.status).toBe(401);
      expect(withOldToken.headers.get('www-authenticate')).toContain(
        `MsRtcOAuth href="${second}/WebTicket/oauthtoken"`,
      );
      const t2 = await token(second, sim.user, sim.password);
      const user2 = decode(
        await (await fetch(user2Href, { headers: { ...accept, Authorization: `Bearer ${t2}` } })).text(),
        format,
      );
      expect(user2.links.applications?.[0]?.href).toBe(`${second}/ucwa/oauth/v1/applications`);
      expect(user2.links.redirect).toBeUndefined();
      // The second pool has no redirect resource of its own.
      expect(
        (
          await fetch(`${second}${new URL(redirectHref).pathname}`, {
            headers: { Authorization: `Bearer ${t2}` },
          })
        ).status,
      ).toBe(404);
    },
  );

  it('answers a locked account with invalid_grant, a lockout description and diagnostics; unlock restores sign-in', async () => {
    sim = await startSimulator();
    const origin = sim.origin;
    const before = await token(origin, sim.user, sim.password);
    const lock = (locked: unknown): Promise<Response> =>
      fetch(`${origin}/_sim/faults/lockAccount`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ locked }),
      });
    expect((await lock('yes')).status).toBe(400);
    expect((await lock(true)).status).toBe(204);
    const post = (password: string): Promise<Response> =>
      fetch(`${origin}/WebTicket/oauthtoken`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'password',
          username: 'demo@contoso.com',
          password,
        }).toString(),
      });
    for (const password of [sim.password, 'wrong']) {
      const locked = await post(password);
      expect(locked.status).toBe(400);
      const body = (await locked.json()) as { error: string; error_description: string };
      expect(body.error).toBe('invalid_grant');
      expect(body.error_description).toMatch(/locked/i);
      expect(locked.headers.get('x-ms-diagnostics')).toMatch(/^\d+;.*reason="Account is locked out\."/);
    }
    // A token issued before the lock keeps working until it expires.
    const user = `${origin}/autodiscover/autodiscoverservice.svc/root/oauth/user`;
    expect((await fetch(user, { headers: { Authorization: `Bearer ${before}` } })).status).toBe(200);
    sim.control.faults.lockAccount(false);
    expect((await post(sim.password)).status).toBe(200);
    sim.control.faults.lockAccount(true);
    sim.control.faults.clear();
    expect((await post(sim.password)).status).toBe(200);
  });
});
