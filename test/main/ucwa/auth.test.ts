import { describe, expect, it } from 'vitest';
import { TokenManager, parseChallenge } from '../../../main/ucwa/auth.js';
import type { StoredAuthToken, TokenStore } from '../../../main/ucwa/auth.js';
import { Transport } from '../../../main/ucwa/transport.js';
import { fakeFetch, json } from './fakeFetch.js';

const BEARER =
  'Bearer trusted_issuers="00000002-0000-0ff1-ce00-000000000000@contoso.com", client_id="00000004"';

describe('parseChallenge', () => {
  it('reads the quoted form, joined with the Bearer challenge', () => {
    const header = `${BEARER}, MsRtcOAuth href="https://lyncweb.contoso.com/WebTicket/oauthtoken",grant_type="urn:microsoft.rtc:windows,urn:microsoft.rtc:anonmeeting,password"`;
    expect(parseChallenge(header)).toEqual({
      href: 'https://lyncweb.contoso.com/WebTicket/oauthtoken',
      grantTypes: ['urn:microsoft.rtc:windows', 'urn:microsoft.rtc:anonmeeting', 'password'],
    });
  });

  it('reads an unquoted href', () => {
    expect(
      parseChallenge('MsRtcOAuth href=https://x.contoso.com/WebTicket/oauthtoken,grant_type="password"'),
    ).toEqual({
      href: 'https://x.contoso.com/WebTicket/oauthtoken',
      grantTypes: ['password'],
    });
  });

  it('returns undefined without MsRtcOAuth', () => {
    expect(parseChallenge(BEARER)).toBeUndefined();
    expect(parseChallenge('')).toBeUndefined();
  });
});

const ORIGIN = 'https://pool.contoso.com';
const CHALLENGE = `MsRtcOAuth href="${ORIGIN}/WebTicket/oauthtoken",grant_type="password"`;

function setup(tokenAnswer: () => Response, now: { t: number }) {
  let issued = 0;
  const f = fakeFetch({
    [`POST ${ORIGIN}/WebTicket/oauthtoken`]: () => {
      issued++;
      return tokenAnswer();
    },
    [`GET ${ORIGIN}/user`]: (req) =>
      req.headers.get('authorization') === `Bearer cwt=T${issued}`
        ? json(200, { rel: 'user', _links: { self: { href: '/user' } } })
        : new Response('<html>401</html>', { status: 401, headers: { 'www-authenticate': CHALLENGE } }),
  });
  const transport = new Transport({ fetch: f });
  const tokens = new TokenManager({
    transport,
    credentials: { username: 'alex@contoso.com', password: () => 's3cret!' },
    clock: { now: () => now.t },
  });
  transport.setAuthorizer(tokens);
  return { f, transport, tokens, issuedCount: () => issued };
}

describe('TokenManager', () => {
  it('answers the 401 challenge with the password grant and retries once', async () => {
    let n = 0;
    const now = { t: 0 };
    const { f, transport } = setup(
      () => json(200, { access_token: `cwt=T${++n}`, expires_in: 3600, token_type: 'Bearer' }),
      now,
    );
    const res = await transport.request({ href: `${ORIGIN}/user` });
    expect(res.resource?.rel).toBe('user');
    const post = f.calls.find((c) => c.method === 'POST');
    expect(post?.headers.get('content-type')).toContain('application/x-www-form-urlencoded');
    expect(new URLSearchParams(post?.body)).toEqual(
      new URLSearchParams({ grant_type: 'password', username: 'alex@contoso.com', password: 's3cret!' }),
    );
    expect(f.calls.map((c) => c.method)).toEqual(['GET', 'POST', 'GET']);
  });

  it('re-acquires shortly before expiry, without a 401', async () => {
    let n = 0;
    const now = { t: 0 };
    const { f, transport, issuedCount } = setup(
      () => json(200, { access_token: `cwt=T${++n}`, expires_in: 3600, token_type: 'Bearer' }),
      now,
    );
    await transport.request({ href: `${ORIGIN}/user` });
    now.t = 3600_000 - 60_000; // inside the refresh margin
    f.calls.length = 0;
    await transport.request({ href: `${ORIGIN}/user` });
    expect(issuedCount()).toBe(2);
    expect(f.calls.map((c) => c.method)).toEqual(['POST', 'GET']);
  });

  it('turns invalid_grant into InvalidGrant without the password in the error', async () => {
    const { transport } = setup(() => json(400, { error: 'invalid_grant' }), { t: 0 });
    const error = await transport.request({ href: `${ORIGIN}/user` }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'InvalidGrant', status: 400 });
    expect(JSON.stringify(error) + String(error)).not.toContain('s3cret');
  });

  it('reports a locked account distinctly', async () => {
    const { transport } = setup(
      () => json(400, { error: 'invalid_grant', error_description: 'Account is locked' }),
      {
        t: 0,
      },
    );
    await expect(transport.request({ href: `${ORIGIN}/user` })).rejects.toMatchObject({
      code: 'AccountLocked',
    });
  });

  it('gives up with Unauthorized when a fresh token is refused too', async () => {
    const f = fakeFetch({
      [`POST ${ORIGIN}/WebTicket/oauthtoken`]: () => json(200, { access_token: 'cwt=X', expires_in: 3600 }),
      [`GET ${ORIGIN}/user`]: () =>
        new Response('no', { status: 401, headers: { 'www-authenticate': CHALLENGE } }),
    });
    const transport = new Transport({ fetch: f });
    transport.setAuthorizer(
      new TokenManager({ transport, credentials: { username: 'u', password: () => 'p' } }),
    );
    await expect(transport.request({ href: `${ORIGIN}/user` })).rejects.toMatchObject({
      code: 'Unauthorized',
      status: 401,
    });
    expect(f.calls.filter((c) => c.method === 'GET')).toHaveLength(2);
  });
});

/** A token store in memory that records what was asked of it (the keyring, in the app). */
function memoryTokenStore(initial: Record<string, StoredAuthToken> = {}) {
  const tokens = new Map(Object.entries(initial));
  const calls: string[] = [];
  const store: TokenStore = {
    async load(origin) {
      calls.push(`load ${origin}`);
      return tokens.get(origin) ?? null;
    },
    async save(origin, token) {
      calls.push(`save ${origin}`);
      tokens.set(origin, token);
    },
    async clear(origin) {
      calls.push(`clear ${origin ?? '*'}`);
      if (origin === undefined) tokens.clear();
      else tokens.delete(origin);
    },
  };
  return { store, tokens, calls };
}

const HOUR = 3600_000;

/** The server accepts the tokens it issued, plus `cwt=STORED` while `storedAccepted` holds. */
function storeSetup(store: TokenStore, now: { t: number }, server = { storedAccepted: true }) {
  let issued = 0;
  let passwordAsked = 0;
  const warnings: string[] = [];
  const f = fakeFetch({
    [`POST ${ORIGIN}/WebTicket/oauthtoken`]: () =>
      json(200, { access_token: `cwt=T${++issued}`, expires_in: 3600, token_type: 'Bearer' }),
    [`GET ${ORIGIN}/user`]: (req) => {
      const auth = req.headers.get('authorization');
      const ok =
        (issued > 0 && auth === `Bearer cwt=T${issued}`) ||
        (server.storedAccepted && auth === 'Bearer cwt=STORED');
      return ok
        ? json(200, { rel: 'user', _links: { self: { href: '/user' } } })
        : new Response('<html>401</html>', { status: 401, headers: { 'www-authenticate': CHALLENGE } });
    },
  });
  const transport = new Transport({ fetch: f });
  transport.setAuthorizer(
    new TokenManager({
      transport,
      credentials: {
        username: 'alex@contoso.com',
        password: () => {
          passwordAsked++;
          return 's3cret!';
        },
      },
      clock: { now: () => now.t },
      store,
      log: {
        debug: () => {},
        info: () => {},
        warn: (message, fields) => warnings.push(`${message} ${JSON.stringify(fields)}`),
        error: () => {},
      },
    }),
  );
  return {
    f,
    transport,
    warnings,
    passwordAsked: () => passwordAsked,
    sent: () => f.calls.map((c) => `${c.method} ${c.headers.get('authorization') ?? '-'}`),
  };
}

describe('TokenManager with a token store', () => {
  const stored = (expiresAt: number): StoredAuthToken => ({
    accessToken: 'cwt=STORED',
    tokenType: 'Bearer',
    expiresAt,
  });

  it('uses a stored token that is not about to expire, without asking for the password', async () => {
    const now = { t: 1_000_000 };
    const { store, calls } = memoryTokenStore({ [ORIGIN]: stored(now.t + 8 * HOUR) });
    const { transport, passwordAsked, sent } = storeSetup(store, now);
    expect((await transport.request({ href: `${ORIGIN}/user` })).status).toBe(200);
    await transport.request({ href: `${ORIGIN}/user`, fresh: true });
    expect(sent()).toEqual(['GET Bearer cwt=STORED', 'GET Bearer cwt=STORED']);
    expect(passwordAsked()).toBe(0);
    expect(calls).toEqual([`load ${ORIGIN}`]); // read once per origin, not on every request
  });

  it('ignores a stored token within the refresh margin, acquires a new one and saves it with its expiry', async () => {
    const now = { t: 1_000_000 };
    const { store, tokens, calls } = memoryTokenStore({ [ORIGIN]: stored(now.t + 60_000) });
    const { transport, passwordAsked, sent } = storeSetup(store, now);
    await transport.request({ href: `${ORIGIN}/user` });
    expect(sent()).toEqual(['GET -', 'POST -', 'GET Bearer cwt=T1']);
    expect(passwordAsked()).toBe(1);
    expect(calls).toEqual([`load ${ORIGIN}`, `save ${ORIGIN}`]);
    expect(tokens.get(ORIGIN)).toEqual({
      accessToken: 'cwt=T1',
      tokenType: 'Bearer',
      expiresAt: now.t + HOUR,
    });
  });

  it('ignores an expired stored token', async () => {
    const now = { t: 1_000_000 };
    const { store } = memoryTokenStore({ [ORIGIN]: stored(now.t - 1) });
    const { transport, sent } = storeSetup(store, now);
    await transport.request({ href: `${ORIGIN}/user` });
    expect(sent()).not.toContain('GET Bearer cwt=STORED');
  });

  it('clears a stored token the server refuses, then acquires and saves a new one with the password', async () => {
    const now = { t: 1_000_000 };
    const { store, tokens, calls } = memoryTokenStore({ [ORIGIN]: stored(now.t + 8 * HOUR) });
    const { transport, passwordAsked, sent } = storeSetup(store, now, { storedAccepted: false });
    expect((await transport.request({ href: `${ORIGIN}/user` })).status).toBe(200);
    expect(sent()).toEqual(['GET Bearer cwt=STORED', 'POST -', 'GET Bearer cwt=T1']);
    expect(passwordAsked()).toBe(1);
    expect(calls).toEqual([`load ${ORIGIN}`, `clear ${ORIGIN}`, `save ${ORIGIN}`]);
    expect(tokens.get(ORIGIN)?.accessToken).toBe('cwt=T1');
  });

  it('answers the challenge once a stored token runs out mid-session', async () => {
    const now = { t: 1_000_000 };
    const { store } = memoryTokenStore({ [ORIGIN]: stored(now.t + HOUR) });
    const { transport, passwordAsked, sent } = storeSetup(store, now);
    await transport.request({ href: `${ORIGIN}/user` });
    now.t += HOUR - 60_000; // inside the refresh margin now
    await transport.request({ href: `${ORIGIN}/user`, fresh: true });
    expect(sent()).toEqual(['GET Bearer cwt=STORED', 'GET -', 'POST -', 'GET Bearer cwt=T1']);
    expect(passwordAsked()).toBe(1);
  });

  it('signs in as usual when the store fails, and logs no token', async () => {
    const failing: TokenStore = {
      load: () => Promise.reject(new Error('keyring locked')),
      save: (_origin, token) => Promise.reject(new Error(`could not save ${token.accessToken}`)),
      clear: () => Promise.reject(new Error('keyring locked')),
    };
    const { transport, warnings, passwordAsked } = storeSetup(failing, { t: 0 });
    expect((await transport.request({ href: `${ORIGIN}/user` })).status).toBe(200);
    expect(passwordAsked()).toBe(1);
    expect(warnings).toHaveLength(2);
    expect(warnings.join('\n')).not.toMatch(/cwt=|s3cret/);
  });

  it('skips a stored token that could not go into a header', async () => {
    const now = { t: 0 };
    const { store } = memoryTokenStore({
      [ORIGIN]: { accessToken: 'cwt=X\r\nX-Evil: 1', tokenType: 'Bearer', expiresAt: 8 * HOUR },
    });
    const { transport, sent } = storeSetup(store, now);
    await transport.request({ href: `${ORIGIN}/user` });
    expect(sent()[0]).toBe('GET -');
  });
});
