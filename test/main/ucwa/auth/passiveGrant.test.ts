// The protocol client signing in through the organisation's sign-in page (the passive grant) against the simulator
// over real HTTP: the page completed as the user would (user name, password, one-time code) with a cookie jar for the
// window's session; the token bought with its cookie; renewal silent while the cookie lasts, the page again once it
// has ended; a closed page, a pool without the grant, a pool with only it, a challenge naming another host (no cookie
// request goes there) and a sign-in page on a hostile origin (never opened, never asked), each said in words.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../../../main/sim/index.js';
import { UcwaClient } from '../../../../main/ucwa/client.js';
import type { SignInOptions } from '../../../../main/ucwa/signIn.js';
import { errorMessage } from '../../../../main/words/trust.js';
import { startForeignOrigin, startRewritingProxy } from '../../../support/foreignOrigin.js';
import { nodePassiveSignIn, type NodePassiveSignIn } from '../../../support/passiveSignIn.js';

const PASSIVE = 'urn:microsoft.rtc:passive';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ contacts: 2, signIn: { grants: [PASSIVE, 'password'] } });
});
afterAll(() => sim?.close());
afterEach(() => sim.control.signIn.expireSessions());

function user(code = () => sim.control.signIn.issueCode()): NodePassiveSignIn {
  return nodePassiveSignIn({ username: sim.user.slice(4), password: sim.password, code });
}

/** What the app's fetch sent, apart from the sign-in session's: it must carry no password and no cookie. */
const sent: Array<{ url: string; body: string; cookie: string | null }> = [];
const appFetch = (url: string, init: RequestInit) => {
  const body = typeof init.body === 'string' ? init.body : '';
  sent.push({ url, body, cookie: new Headers(init.headers).get('cookie') });
  return fetch(url, init);
};

const signIn = (passive: NodePassiveSignIn, extra: Partial<SignInOptions> = {}) =>
  UcwaClient.signIn({
    sipAddress: sim.user,
    discoverUrl: sim.discoverUrl,
    endpointId: 'passive-grant',
    passive,
    fetch: appFetch,
    ...extra,
  });

describe('signing in through the organisation sign-in page', () => {
  it('opens the page once, gets the token with its cookie, and renews silently while the cookie lasts', async () => {
    const passive = user();
    const client = await signIn(passive);
    try {
      expect((await client.contacts()).length).toBe(2);
      expect(passive.opened).toEqual([
        {
          signInUri: `${sim.origin}/PassiveAuth/PassiveAuth.aspx`,
          tokenUrl: `${sim.origin}/WebTicket/oauthtoken`,
        },
      ]);
      expect(sim.control.signIn.history().at(-1)).toEqual({ method: 'passive', ok: true, user: sim.user });
      // The token expires: the cookie request buys a new one; the page is not shown again.
      const grants = sim.control.signIn.counts().passive;
      sim.control.faults.expireTokens();
      expect((await client.contacts()).length).toBe(2);
      expect(sim.control.signIn.counts().passive).toBe(grants + 1);
      expect(passive.opened).toHaveLength(1);
      // Only the token endpoint got the sign-in session's cookies; the app's own requests carried none.
      expect(new Set(passive.fetched)).toEqual(new Set([`${sim.origin}/WebTicket/oauthtoken`]));
      expect(sent.some((s) => s.body.includes('password') || s.cookie !== null)).toBe(false);
    } finally {
      await client.signOut();
    }
  });

  it('opens the page again once the sign-in session has ended', async () => {
    const passive = user();
    const client = await signIn(passive);
    try {
      sim.control.signIn.expireSessions();
      sim.control.faults.expireTokens();
      expect((await client.contacts()).length).toBe(2);
      expect(passive.opened).toHaveLength(2);
      const passiveSignIns = sim.control.signIn.history().filter((r) => r.method === 'passive' && r.ok);
      expect(passiveSignIns.length).toBeGreaterThanOrEqual(2);
    } finally {
      await client.signOut();
    }
  });

  it('says the page was closed when the user closes it', async () => {
    const passive = user();
    passive.cancel = true;
    const refused = await signIn(passive).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'Unauthorized', subcode: 'PassiveCancelled' });
    expect(errorMessage(refused)).toBe('The sign-in page was closed.');
  });

  it('says the page did not sign the user in when the code was wrong', async () => {
    const passive = user(() => 'not-a-code');
    const refused = await signIn(passive).catch((e: unknown) => e);
    expect(passive.lastError).toMatch(/one-time code is wrong/);
    expect(refused).toMatchObject({ subcode: 'PassiveNotCompleted' });
    expect(errorMessage(refused)).toBe('The sign-in page did not sign you in. Try again.');
  });

  it('never opens, nor asks, a sign-in page on another origin over plain http', async () => {
    const foreign = await startForeignOrigin();
    const proxy = await startRewritingProxy(sim);
    proxy.rewrite = (a) =>
      a.body.includes('ms_rtc_passiveauthuri')
        ? {
            ...a,
            body: JSON.stringify({
              error: 'invalid_grant',
              ms_rtc_passiveauthuri: `${foreign.origin}/adfs/ls`,
            }),
          }
        : a;
    const passive = user();
    try {
      const refused = await signIn(passive, { discoverUrl: proxy.discoverUrl }).catch((e: unknown) => e);
      expect(refused).toMatchObject({ code: 'InsecureUrl', subcode: 'PassivePageUntrusted' });
      expect(errorMessage(refused)).toBe(
        `The sign-in page is not on a server you signed in to: ${foreign.host}.`,
      );
      expect(passive.opened).toEqual([]);
      expect(foreign.requests).toEqual([]);
    } finally {
      await proxy.close();
      await foreign.close();
    }
  });
});

describe('a challenge naming another host', () => {
  it('sends the sign-in session nothing there: no cookie request, no page', async () => {
    const foreign = await startForeignOrigin();
    const proxy = await startRewritingProxy(sim);
    proxy.rewrite = (a) => {
      const challenge = a.headers.get('www-authenticate');
      if (challenge?.includes('MsRtcOAuth'))
        a.headers.set(
          'www-authenticate',
          challenge.replace(/href="[^"]*"/, `href="${foreign.origin}/token"`),
        );
      return a;
    };
    const passive = user();
    try {
      const refused = await signIn(passive, { discoverUrl: proxy.discoverUrl }).catch((e: unknown) => e);
      expect(refused).toMatchObject({ subcode: 'TokenEndpointElsewhere' });
      expect(passive.fetched).toEqual([]);
      expect(passive.opened).toEqual([]);
      expect(foreign.requests).toEqual([]);
    } finally {
      await proxy.close();
      await foreign.close();
    }
  });
});

describe('pools and methods that do not match', () => {
  it('says so when the pool does not offer the sign-in page', async () => {
    const other = await startSimulator({ signIn: { grants: ['password'] } });
    try {
      const passive = user();
      const refused = await UcwaClient.signIn({
        sipAddress: other.user,
        discoverUrl: other.discoverUrl,
        endpointId: 'passive-grant',
        passive,
      }).catch((e: unknown) => e);
      expect(refused).toMatchObject({ subcode: 'PassiveNotOffered' });
      expect(errorMessage(refused)).toBe(
        "This server does not offer sign-in through your organisation's sign-in page.",
      );
      expect(passive.opened).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it('says the pool accepts only its sign-in page when signing in with a password there', async () => {
    const only = await startSimulator({ signIn: { grants: [PASSIVE] } });
    try {
      const refused = await UcwaClient.signIn({
        sipAddress: only.user,
        discoverUrl: only.discoverUrl,
        endpointId: 'passive-grant',
        password: only.password,
      }).catch((e: unknown) => e);
      expect(refused).toMatchObject({ subcode: 'OnlyPassiveOffered' });
      expect(errorMessage(refused)).toBe(
        "This server accepts sign-in only through your organisation's sign-in page.",
      );
    } finally {
      await only.close();
    }
  });
});
