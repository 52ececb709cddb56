// The simulator's Windows grant over real HTTP: the 401 Negotiate/NTLM offer, a real Kerberos ticket from a real
// KDC checked by GSSAPI against the keytab (the client side is the CLI's Negotiator), NTLMv2 for the known password
// (the client side is @ewsjs/ntlm-client), and the refusals: no ticket for the pool, a forged token, a wrong
// password, NTLMv1, a password sent with the Windows grant.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../../main/sim/index.js';
import { Negotiator, negotiateToken } from '../../../main/ucwa/auth/negotiate.js';
import { ntlmAuthenticate, ntlmNegotiate } from '../../../main/ucwa/auth/ntlm.js';
import { canRunKerberos, type Kdc, startKdc } from '../../support/kdc.js';

const WINDOWS = 'urn:microsoft.rtc:windows';
let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

function postToken(
  origin: string,
  authorization?: string,
  extra: Record<string, string> = {},
): Promise<Response> {
  const headers: Record<string, string> = {
    'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8',
  };
  if (authorization) headers.Authorization = authorization;
  return fetch(`${origin}/WebTicket/oauthtoken`, {
    method: 'POST',
    headers,
    body: new URLSearchParams({ grant_type: WINDOWS, ...extra }).toString(),
  });
}

async function bearerWorks(s: Simulator, response: Response): Promise<boolean> {
  const body = (await response.json()) as { access_token: string; token_type: string };
  const user = await fetch(`${s.origin}/autodiscover/autodiscoverservice.svc/root/oauth/user`, {
    headers: { Authorization: `${body.token_type} ${body.access_token}` },
  });
  return user.status === 200;
}

describe('Windows grant: NTLM', () => {
  it('offers the configured grants and schemes, then signs in with NTLMv2 and names the user', async () => {
    sim = await startSimulator({
      password: 'Winter2026!',
      signIn: { grants: [WINDOWS, 'password'], ntlm: {} },
    });
    const challenge = await fetch(`${sim.origin}/autodiscover/autodiscoverservice.svc/root/oauth/user`);
    expect(challenge.headers.get('www-authenticate')).toContain(`grant_type="${WINDOWS},password"`);
    const offer = await postToken(sim.origin);
    expect(offer.status).toBe(401);
    expect(offer.headers.get('www-authenticate')).toBe('NTLM'); // no Kerberos set up: no Negotiate offered
    const round1 = await postToken(sim.origin, ntlmNegotiate());
    expect(round1.status).toBe(401);
    const type3 = ntlmAuthenticate(round1.headers.get('www-authenticate'), {
      username: 'CONTOSO\\demo',
      password: 'Winter2026!',
    });
    const done = await postToken(sim.origin, type3);
    expect(done.status).toBe(200);
    expect(await bearerWorks(sim, done)).toBe(true);
    expect(sim.control.signIn.history()).toEqual([{ method: 'ntlm', ok: true, user: 'CONTOSO\\demo' }]);
    expect(sim.control.signIn.counts().windows).toBe(3);
  });

  it('refuses a wrong password, another user, and a replayed answer, with the reason recorded', async () => {
    sim = await startSimulator({
      signIn: { grants: [WINDOWS], ntlm: { domain: 'FABRIKAM', password: 'right' } },
    });
    const origin = sim.origin;
    const attempt = async (username: string, password: string): Promise<[Response, string | undefined]> => {
      const round1 = await postToken(origin, ntlmNegotiate());
      const type3 = ntlmAuthenticate(round1.headers.get('www-authenticate'), { username, password });
      return [await postToken(origin, type3), type3];
    };
    const [wrong] = await attempt('FABRIKAM\\demo', 'wrong');
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('www-authenticate')).toBe('NTLM');
    const [other] = await attempt('FABRIKAM\\mallory', 'right');
    expect(other.status).toBe(401);
    const [ok, type3] = await attempt('fabrikam\\DEMO', 'right');
    expect(ok.status).toBe(200);
    // The challenge is single use: the same AUTHENTICATE message again is refused.
    expect((await postToken(origin, type3)).status).toBe(401);
    expect(sim.control.signIn.history().map((r) => [r.ok, r.user, r.reason])).toEqual([
      [false, 'FABRIKAM\\demo', 'wrong password (or an unknown challenge)'],
      [false, 'FABRIKAM\\mallory', 'unknown user'],
      [true, 'FABRIKAM\\demo', undefined],
      [false, 'fabrikam\\DEMO', 'wrong password (or an unknown challenge)'],
    ]);
  });

  it('refuses a locked account after a good NTLM proof, in the words the password grant uses', async () => {
    sim = await startSimulator({ signIn: { grants: [WINDOWS], ntlm: {} } });
    sim.control.faults.lockAccount(true);
    const round1 = await postToken(sim.origin, ntlmNegotiate());
    const type3 = ntlmAuthenticate(round1.headers.get('www-authenticate'), {
      username: 'CONTOSO\\demo',
      password: sim.password,
    });
    const locked = await postToken(sim.origin, type3);
    expect(locked.status).toBe(400);
    expect(((await locked.json()) as { error_description: string }).error_description).toMatch(/locked/);
    expect(sim.control.signIn.history()).toEqual([
      { method: 'ntlm', ok: false, user: 'CONTOSO\\demo', reason: 'account locked' },
    ]);
  });

  it('answers NTLM inside Negotiate in kind, and refuses a password sent with the Windows grant', async () => {
    sim = await startSimulator({ signIn: { grants: [WINDOWS], ntlm: {} } });
    const type1 = ntlmNegotiate().replace(/^NTLM /, 'Negotiate ');
    const round1 = await postToken(sim.origin, type1);
    expect(round1.status).toBe(401);
    const offered = round1.headers.get('www-authenticate') ?? '';
    expect(offered).toMatch(/^Negotiate [A-Za-z0-9+/=]+$/);
    const type3 = ntlmAuthenticate(offered.replace(/^Negotiate/, 'NTLM'), {
      username: 'CONTOSO\\demo',
      password: sim.password,
    });
    expect((await postToken(sim.origin, type3?.replace(/^NTLM /, 'Negotiate '))).status).toBe(200);
    const withPassword = await postToken(sim.origin, undefined, { username: 'demo', password: sim.password });
    expect(withPassword.status).toBe(400);
    expect(((await withPassword.json()) as { error: string }).error).toBe('invalid_request');
  });

  it('answers hostile NTLM and Negotiate tokens with 401, never a crash (seeded)', async () => {
    sim = await startSimulator({ signIn: { grants: [WINDOWS], ntlm: {} } });
    const seed = Number(process.env.NTLM_FUZZ_SEED ?? Date.now() % 100_000);
    console.log(`NTLM fuzz seed: ${seed} (NTLM_FUZZ_SEED=${seed} replays it)`);
    let state = seed;
    const byte = (): number => (state = (state * 1103515245 + 12345) % 2 ** 31) % 256;
    for (let i = 0; i < 40; i++) {
      const body = Buffer.from(Array.from({ length: 12 + (byte() % 200) }, byte));
      Buffer.from('NTLMSSP\0', 'latin1').copy(body, 0);
      body.writeUInt32LE(i % 2 === 0 ? 3 : 1 + (byte() % 4), 8);
      for (const scheme of ['NTLM', 'Negotiate']) {
        const r = await postToken(sim.origin, `${scheme} ${body.toString('base64')}`);
        expect(r.status, `${scheme} token ${body.toString('hex')}`).toBe(401);
      }
    }
    expect(sim.control.signIn.history().every((r) => !r.ok)).toBe(true);
  });

  it('will not start a Windows grant with nothing to check it', async () => {
    await expect(startSimulator({ signIn: { grants: [WINDOWS] } })).rejects.toThrow(
      /kerberos .*or signIn\.ntlm/,
    );
  });
});

const kerberosRuns = await canRunKerberos('simulator Windows grant (Kerberos)');

describe.skipIf(!kerberosRuns)('Windows grant: Kerberos with a real KDC', () => {
  let kdc: Kdc;
  let restore: () => void;
  beforeAll(async () => {
    kdc = await startKdc({ serviceHosts: ['127.0.0.1'] });
    restore = kdc.useEnv();
  });
  afterAll(async () => {
    restore?.();
    await kdc?.stop();
  });

  it('offers Negotiate and NTLM, accepts the user ticket, names the principal and proves itself', async () => {
    sim = await startSimulator({
      signIn: { grants: [WINDOWS, 'password'], kerberos: { keytab: kdc.keytab }, ntlm: {} },
    });
    const offer = await postToken(sim.origin);
    expect(offer.status).toBe(401);
    expect(offer.headers.get('www-authenticate')).toBe('Negotiate, NTLM');
    const negotiation = await new Negotiator().authorization(`${sim.origin}/WebTicket/oauthtoken`);
    if (!negotiation.ok) throw new Error(negotiation.detail);
    expect(negotiation.service).toBe('HTTP@127.0.0.1');
    const done = await postToken(sim.origin, negotiation.header);
    expect(done.status).toBe(200);
    const mutual = done.headers.get('www-authenticate');
    expect(negotiateToken(mutual)).toBeDefined();
    expect(await negotiation.verify(mutual)).toBe(true);
    expect(await bearerWorks(sim, done)).toBe(true);
    expect(sim.control.signIn.history()).toEqual([{ method: 'kerberos', ok: true, user: kdc.principal }]);
  });

  it('refuses a forged token and a ticket of another principal, recording why', async () => {
    sim = await startSimulator({
      signIn: { grants: [WINDOWS], kerberos: { keytab: kdc.keytab, principal: 'someone-else@CONTOSO.TEST' } },
    });
    const forged = await postToken(sim.origin, `Negotiate ${Buffer.from('not a ticket').toString('base64')}`);
    expect(forged.status).toBe(401);
    expect(forged.headers.get('www-authenticate')).toBe('Negotiate');
    const negotiation = await new Negotiator().authorization(sim.origin);
    if (!negotiation.ok) throw new Error(negotiation.detail);
    expect((await postToken(sim.origin, negotiation.header)).status).toBe(401);
    const history = sim.control.signIn.history();
    expect(history[0]).toMatchObject({ method: 'kerberos', ok: false });
    expect(history[0]?.reason).toBeTruthy();
    expect(history[1]).toEqual({
      method: 'kerberos',
      ok: false,
      user: kdc.principal,
      reason: 'not a user of this pool',
    });
  });

  it('refuses a ticket replayed by an eavesdropper', async () => {
    sim = await startSimulator({ signIn: { grants: [WINDOWS], kerberos: { keytab: kdc.keytab } } });
    const negotiation = await new Negotiator().authorization(sim.origin);
    if (!negotiation.ok) throw new Error(negotiation.detail);
    expect((await postToken(sim.origin, negotiation.header)).status).toBe(200);
    expect((await postToken(sim.origin, negotiation.header)).status).toBe(401);
    expect(sim.control.signIn.history()[1]?.reason).toMatch(/replay/i);
  });
});
