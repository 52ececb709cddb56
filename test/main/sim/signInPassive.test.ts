// The simulator's passive grant over real HTTP: the 400 with ms_rtc_passiveauthuri, the organisation's sign-in
// page (user name, password, one-time code) with words for each failure, the cookie it sets, the token for that
// cookie (again and again while it lasts: silent renewal), and the end of the session.
import { afterEach, describe, expect, it } from 'vitest';
import { createManualClock, startSimulator, type Simulator } from '../../../main/sim/index.js';

const PASSIVE = 'urn:microsoft.rtc:passive';
let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

function tokenRequest(origin: string, cookie?: string): Promise<Response> {
  const headers: Record<string, string> = { 'Content-Type': 'application/x-www-form-urlencoded' };
  if (cookie) headers.Cookie = cookie;
  return fetch(`${origin}/WebTicket/oauthtoken`, { method: 'POST', headers, body: `grant_type=${PASSIVE}` });
}

function submit(url: string, fields: Record<string, string>): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  });
}

/** The words the page shows after a failed submission. */
async function pageError(r: Response): Promise<string> {
  const html = await r.text();
  return (
    /<p id="error" role="alert">([^<]*)<\/p>/.exec(html)?.[1]?.replace(/&#39;/g, "'") ?? '(no error shown)'
  );
}

async function passiveUri(origin: string): Promise<string> {
  const r = await tokenRequest(origin);
  expect(r.status).toBe(400);
  expect(r.headers.get('x-ms-diagnostics')).toMatch(/^28020;.*No valid security token/);
  const body = (await r.json()) as { error: string; ms_rtc_passiveauthuri: string };
  expect(body.error).toBe('invalid_grant');
  return body.ms_rtc_passiveauthuri;
}

describe('passive grant', () => {
  it('sends the client to the sign-in page, which sets a cookie that buys tokens until the session ends', async () => {
    sim = await startSimulator({ password: 'pw', signIn: { grants: [PASSIVE, 'password'] } });
    const page = await passiveUri(sim.origin);
    expect(page).toBe(`${sim.origin}/PassiveAuth/PassiveAuth.aspx`);
    const form = await (await fetch(page)).text();
    for (const field of ['username', 'password', 'code']) expect(form).toContain(`name="${field}"`);
    const code = sim.control.signIn.issueCode();
    expect(code).toMatch(/^\d{6}$/);
    const ok = await submit(page, { username: 'demo@contoso.com', password: 'pw', code });
    expect(ok.status).toBe(303);
    const done = new URL(ok.headers.get('location') ?? '', page).href;
    expect(await (await fetch(done)).text()).toContain('You are signed in');
    const setCookie = ok.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^MsRtcPassiveAuth=[\w-]+; Path=\/; HttpOnly; SameSite=Lax; Max-Age=86400$/);
    const cookie = setCookie.split(';')[0] ?? '';
    for (let renewal = 0; renewal < 2; renewal++) {
      const token = await tokenRequest(sim.origin, `other=1; ${cookie}`);
      expect(token.status).toBe(200);
      expect(((await token.json()) as { access_token: string }).access_token).toMatch(/^cwt=/);
    }
    sim.control.signIn.expireSessions();
    expect((await tokenRequest(sim.origin, cookie)).status).toBe(400);
    expect(sim.control.signIn.history()).toEqual([
      { method: 'passive', ok: true, user: 'sip:demo@contoso.com' },
    ]);
    expect(sim.control.signIn.counts()).toMatchObject({ passive: 4, signInPage: 3 });
  });

  it('says what was wrong: missing fields, the password, the code (wrong, reused, expired), a locked account', async () => {
    const clock = createManualClock();
    sim = await startSimulator({ clock, password: 'pw', signIn: { grants: [PASSIVE] } });
    const page = `${sim.origin}/PassiveAuth/PassiveAuth.aspx`;
    const code = sim.control.signIn.issueCode();
    const cases: Array<[Record<string, string>, string]> = [
      [
        { username: 'demo@contoso.com', password: 'pw' },
        'Enter your user name, password and the one-time code.',
      ],
      [{ username: 'demo@contoso.com', password: 'nope', code }, 'The user name or password is incorrect.'],
      [{ username: 'mallory@contoso.com', password: 'pw', code }, 'The user name or password is incorrect.'],
      [
        { username: 'demo@contoso.com', password: 'pw', code: code === '000000' ? '000001' : '000000' },
        'The one-time code is wrong or has expired. Ask for a new code.',
      ],
    ];
    for (const [fields, words] of cases) {
      const r = await submit(page, fields);
      expect(r.status).toBe(200);
      expect(r.headers.get('set-cookie')).toBeNull();
      expect(await pageError(r)).toBe(words);
    }
    // The code was not used up by the failures above; DOMAIN\user is accepted too. Then it is gone.
    expect((await submit(page, { username: 'CONTOSO\\demo', password: 'pw', code })).status).toBe(303);
    const reused = await submit(page, { username: 'CONTOSO\\demo', password: 'pw', code });
    expect(await pageError(reused)).toMatch(/one-time code is wrong or has expired/);
    const late = sim.control.signIn.issueCode();
    clock.advance(5 * 60_000 + 1);
    expect(
      await pageError(await submit(page, { username: 'demo@contoso.com', password: 'pw', code: late })),
    ).toMatch(/expired/);
    sim.control.faults.lockAccount(true);
    const locked = await submit(page, {
      username: 'demo@contoso.com',
      password: 'pw',
      code: sim.control.signIn.issueCode(),
    });
    expect(await pageError(locked)).toBe('Your account is locked. Contact your administrator.');
  });

  it('keeps what the user typed but escapes it', async () => {
    sim = await startSimulator({ signIn: { grants: [PASSIVE] } });
    const r = await submit(`${sim.origin}/PassiveAuth/PassiveAuth.aspx`, {
      username: '"><script>alert(1)</script>',
      password: 'x',
      code: '1',
    });
    const html = await r.text();
    expect(html).not.toContain('<script>');
    expect(html).toContain('value="&#34;&#62;&#60;script&#62;alert(1)&#60;/script&#62;"');
  });

  it('ends a cookie at its lifetime, and refuses a made-up one', async () => {
    const clock = createManualClock();
    sim = await startSimulator({
      clock,
      signIn: { grants: [PASSIVE], passive: { sessionLifetimeSeconds: 60 } },
    });
    const code = sim.control.signIn.issueCode();
    const ok = await submit(`${sim.origin}/PassiveAuth/PassiveAuth.aspx`, {
      username: sim.user,
      password: sim.password,
      code,
    });
    const cookie = (ok.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect((await tokenRequest(sim.origin, cookie)).status).toBe(200);
    clock.advance(61_000);
    expect((await tokenRequest(sim.origin, cookie)).status).toBe(400);
    expect((await tokenRequest(sim.origin, 'MsRtcPassiveAuth=made-up')).status).toBe(400);
  });

  it('gives codes over the HTTP control API, and has no page or codes when the grant is off', async () => {
    sim = await startSimulator({ signIn: { grants: [PASSIVE] } });
    const r = await fetch(`${sim.origin}/_sim/signIn/code`, { method: 'POST' });
    const { code } = (await r.json()) as { code: string };
    expect(code).toMatch(/^\d{6}$/);
    const signedIn = await submit(`${sim.origin}/PassiveAuth/PassiveAuth.aspx`, {
      username: sim.user,
      password: sim.password,
      code,
    });
    const cookie = (signedIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const history = await fetch(`${sim.origin}/_sim/signIn/history`);
    expect(await history.json()).toEqual([{ method: 'passive', ok: true, user: sim.user }]);
    expect((await tokenRequest(sim.origin, cookie)).status).toBe(200);
    expect((await fetch(`${sim.origin}/_sim/signIn/expireSessions`, { method: 'POST' })).status).toBe(204);
    expect((await tokenRequest(sim.origin, cookie)).status).toBe(400);
    await sim.close();
    sim = await startSimulator();
    expect((await fetch(`${sim.origin}/PassiveAuth/PassiveAuth.aspx`)).status).toBe(404);
    expect(() => sim?.control.signIn.issueCode()).toThrow(/passive grant is not enabled/);
    expect((await tokenRequest(sim.origin)).status).toBe(400);
    const body = (await (await tokenRequest(sim.origin)).json()) as { error: string };
    expect(body.error).toBe('unsupported_grant_type');
  });
});
