import { describe, expect, it } from 'vitest';
import { TokenManager, parseChallenge } from '../../../main/ucwa/auth.js';
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
