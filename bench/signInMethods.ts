// The simulator's sign-in per method: requests it answers on the token endpoint and the sign-in page for one
// complete sign-in, from the first token request to a working token, and the milliseconds (median of RUNS after a
// warm-up), with the real client sides: the CLI's Negotiator on a real KDC ticket (Kerberos), @ewsjs/ntlm-client
// (NTLM), a form post and its cookie (passive); plus the test KDC's set-up time. Beside them, the protocol client's
// whole sign-in (discovery, token, application: every HTTP request it sends, trust checks included) for the methods
// it speaks (password, Windows/Kerberos). Informational: the issue sets no limits.
import { startSimulator, type Simulator } from '../main/sim/index.js';
import type { SignInCounts } from '../main/sim/index.js';
import { Negotiator } from '../main/ucwa/auth/negotiate.js';
import { UcwaClient } from '../main/ucwa/client.js';
import { ntlmAuthenticate, ntlmNegotiate } from '../main/ucwa/auth/ntlm.js';
import { missingKdc, missingKerberosModule, startKdc } from '../test/support/kdc.js';
import { median, round } from './stats.js';
import type { Row } from './table.js';

const RUNS = 5;
const GROUP = 'signInMethods';

type Flow = (sim: Simulator) => Promise<void>;

function token(
  sim: Simulator,
  grant: string,
  headers: Record<string, string> = {},
  extra = '',
): Promise<Response> {
  return fetch(`${sim.origin}/WebTicket/oauthtoken`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body: `grant_type=${grant}${extra}`,
  });
}

async function expectToken(r: Response, method: string): Promise<void> {
  if (r.status !== 200) throw new Error(`${method}: token request answered ${r.status}`);
  await r.arrayBuffer();
}

const WINDOWS = 'urn:microsoft.rtc:windows';
const PASSIVE = 'urn:microsoft.rtc:passive';

const flows: Record<string, Flow> = {
  password: async (sim) => {
    const form = `&username=${encodeURIComponent(sim.user)}&password=${encodeURIComponent(sim.password)}`;
    await expectToken(await token(sim, 'password', {}, form), 'password');
  },
  // As a browser does it: the grant without credentials, the 401 offer, then the Negotiate answer.
  kerberos: async (sim) => {
    await (await token(sim, WINDOWS)).arrayBuffer();
    const n = await new Negotiator().authorization(sim.origin);
    if (!n.ok) throw new Error(n.detail);
    await expectToken(await token(sim, WINDOWS, { Authorization: n.header }), 'kerberos');
  },
  ntlm: async (sim) => {
    await (await token(sim, WINDOWS)).arrayBuffer();
    const round1 = await token(sim, WINDOWS, { Authorization: ntlmNegotiate() });
    await round1.arrayBuffer();
    const type3 = ntlmAuthenticate(round1.headers.get('www-authenticate'), {
      username: 'CONTOSO\\demo',
      password: sim.password,
    });
    await expectToken(await token(sim, WINDOWS, { Authorization: type3 ?? '' }), 'ntlm');
  },
  // First sign-in: refused with the page's address, the page, its form post, the signed-in page, the token.
  passive: async (sim) => {
    const refused = (await (await token(sim, PASSIVE)).json()) as { ms_rtc_passiveauthuri: string };
    const page = refused.ms_rtc_passiveauthuri;
    await (await fetch(page)).arrayBuffer();
    const posted = await fetch(page, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        username: sim.user,
        password: sim.password,
        code: sim.control.signIn.issueCode(),
      }).toString(),
      redirect: 'manual',
    });
    await (await fetch(new URL(posted.headers.get('location') ?? '', page))).arrayBuffer();
    const cookie = (posted.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    await expectToken(await token(sim, PASSIVE, { Cookie: cookie }), 'passive');
    renewalCookie = cookie;
  },
  // Renewal while the sign-in page's cookie lasts: silent, one request.
  'passive renewal': async (sim) => {
    await expectToken(await token(sim, PASSIVE, { Cookie: renewalCookie }), 'passive renewal');
  },
};
let renewalCookie = '';

/** The protocol client's whole sign-in with one method: HTTP requests it sent, and the time. */
async function clientSignIn(sim: Simulator, windows: boolean): Promise<{ requests: number; ms: number }> {
  const t0 = performance.now();
  const client = await UcwaClient.signIn({
    sipAddress: sim.user,
    discoverUrl: sim.discoverUrl,
    password: windows ? undefined : sim.password,
    windows: windows ? new Negotiator() : undefined,
    endpointId: `bench-${windows ? 'windows' : 'password'}`,
  });
  const ms = performance.now() - t0;
  const requests = client.requestCount;
  await client.signOut();
  return { requests, ms };
}

function total(c: SignInCounts): number {
  return c.password + c.windows + c.passive + c.signInPage;
}

export async function benchSignInMethods(): Promise<{ rows: Row[]; details: unknown }> {
  const missing = missingKdc() ?? (await missingKerberosModule());
  const kdc = missing === null ? await startKdc() : undefined;
  const restore = kdc?.useEnv();
  const sim = await startSimulator({
    signIn: {
      grants: [WINDOWS, PASSIVE, 'password'],
      kerberos: kdc ? { keytab: kdc.keytab } : undefined,
      ntlm: {},
    },
  });
  const rows: Row[] = [];
  const details: Record<string, unknown> = { kdcSetupMs: kdc?.setupMs };
  try {
    if (kdc) rows.push({ group: GROUP, figure: 'test KDC set-up', value: round(kdc.setupMs, 0), unit: 'ms' });
    for (const [method, flow] of Object.entries(flows)) {
      if (method === 'kerberos' && !kdc) {
        rows.push({
          group: GROUP,
          figure: `${method}: requests`,
          value: null,
          unit: '',
          note: missing ?? '',
        });
        continue;
      }
      await flow(sim); // warm-up
      const requests: number[] = [];
      const ms: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const before = total(sim.control.signIn.counts());
        const t0 = performance.now();
        await flow(sim);
        ms.push(performance.now() - t0);
        requests.push(total(sim.control.signIn.counts()) - before);
      }
      details[method] = { requests, ms };
      rows.push(
        { group: GROUP, figure: `${method}: sign-in requests`, value: median(requests), unit: 'requests' },
        { group: GROUP, figure: `${method}: time to token`, value: round(median(ms)), unit: 'ms' },
      );
    }
    for (const [method, windows] of [
      ['password', false],
      ['kerberos', true],
    ] as const) {
      if (windows && !kdc) continue;
      await clientSignIn(sim, windows); // warm-up
      const runs: Array<{ requests: number; ms: number }> = [];
      for (let i = 0; i < RUNS; i++) runs.push(await clientSignIn(sim, windows));
      details[`client ${method}`] = runs;
      rows.push(
        {
          group: GROUP,
          figure: `client sign-in, ${method}: HTTP requests`,
          value: median(runs.map((r) => r.requests)),
          unit: 'requests',
        },
        {
          group: GROUP,
          figure: `client sign-in, ${method}: time`,
          value: round(median(runs.map((r) => r.ms))),
          unit: 'ms',
        },
      );
    }
  } finally {
    await sim.close();
    restore?.();
    await kdc?.stop();
  }
  return { rows, details };
}
