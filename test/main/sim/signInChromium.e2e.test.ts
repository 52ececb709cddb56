// The simulator's sign-in methods completed by real Chromium (Debian's, through playwright-core): the network stack
// Electron's net.fetch uses. Windows grant with Negotiate from a real Kerberos ticket (real KDC), Windows grant with
// NTLM where there is no ticket (Playwright answers the credentials prompt, as the app's `login` handler will), and
// the passive grant through the organisation's sign-in page with a one-time code. Screenshots of the sign-in page go
// to test-results/screenshots.
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../../main/sim/index.js';
import { type Kdc, missingKdc, missingKerberosModule, startKdc } from '../../support/kdc.js';
import { launchKerberosChromium } from '../../support/kerberosChromium.js';
import { chromiumPath, screenshotDir } from '../../support/rendererHarness.js';
import { requireOrSkip } from '../../support/requirements.js';

const POOL = 'pool.contoso.test';
const WINDOWS = 'urn:microsoft.rtc:windows';
const PASSIVE = 'urn:microsoft.rtc:passive';
const missing =
  missingKdc() ??
  (await missingKerberosModule()) ??
  (existsSync(chromiumPath()) ? null : `no Chromium at ${chromiumPath()}`);
const run = requireOrSkip('sign-in methods in Chromium', missing === null, missing ?? '');

interface Answer {
  status: number;
  body: Record<string, unknown>;
}

/** A token request from the page: Chromium's own stack answers any 401 (Negotiate, NTLM) by itself. */
function requestToken(page: Page, grant: string): Promise<Answer> {
  return page.evaluate(async (grantType) => {
    const r = await fetch('/WebTicket/oauthtoken', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8' },
      body: `grant_type=${grantType}`,
    });
    const text = await r.text();
    try {
      return { status: r.status, body: JSON.parse(text) as Record<string, unknown> };
    } catch {
      return { status: r.status, body: { text } }; // the Windows grant's 401 is plain text
    }
  }, grant);
}

/** The token opens the user resource (it is a real one). */
async function tokenWorks(sim: Simulator, answer: Answer): Promise<boolean> {
  const r = await fetch(`${sim.origin}/autodiscover/autodiscoverservice.svc/root/oauth/user`, {
    headers: { Authorization: `Bearer ${String(answer.body.access_token)}` },
  });
  return r.status === 200;
}

async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`) });
}

describe.skipIf(!run)('sign-in methods in Chromium', () => {
  let kdc: Kdc;
  let sim: Simulator;
  let restore: () => void;
  let poolUrl: string;
  beforeAll(async () => {
    kdc = await startKdc({ serviceHosts: [POOL] });
    console.log(`KDC set-up: ${kdc.setupMs.toFixed(0)} ms`);
    restore = kdc.useEnv();
    sim = await startSimulator({
      signIn: { grants: [WINDOWS, PASSIVE, 'password'], kerberos: { keytab: kdc.keytab }, ntlm: {} },
    });
    poolUrl = `http://${POOL}:${new URL(sim.origin).port}`;
  });
  afterAll(async () => {
    await sim?.close();
    restore?.();
    await kdc?.stop();
  });

  it('completes the Windows grant with Negotiate from the Kerberos ticket, without a prompt', async () => {
    const browser = await launchKerberosChromium({
      proxy: sim.origin,
      poolHost: POOL,
      kerberosEnv: { ...kdc.env },
    });
    try {
      const page = await browser.context.newPage();
      await page.goto(`${poolUrl}/autodiscover/autodiscoverservice.svc/root`);
      const before = sim.control.signIn.counts().windows;
      const answer = await requestToken(page, WINDOWS);
      expect(answer.status).toBe(200);
      expect(await tokenWorks(sim, answer)).toBe(true);
      // Chromium asked for HTTP/pool.contoso.test: the ticket names the user, checked against the keytab.
      expect(sim.control.signIn.history().at(-1)).toEqual({
        method: 'kerberos',
        ok: true,
        user: kdc.principal,
      });
      expect(sim.control.signIn.counts().windows - before).toBe(2); // the 401 offer, then the Negotiate answer
    } finally {
      await browser.close();
    }
  });

  it('sends no Windows credentials to a pool outside the allowlist (the app lists only trusted hosts)', async () => {
    // Kerberos only: an NTLM offer would make Chromium ask for a password (the app's `login` event), not fail.
    const kerberosOnly = await startSimulator({
      signIn: { grants: [WINDOWS], kerberos: { keytab: kdc.keytab } },
    });
    const browser = await launchKerberosChromium({
      proxy: kerberosOnly.origin,
      poolHost: POOL,
      allowlist: 'trusted.contoso.test',
      kerberosEnv: { ...kdc.env },
    });
    try {
      const page = await browser.context.newPage();
      await page.goto(
        `http://${POOL}:${new URL(kerberosOnly.origin).port}/autodiscover/autodiscoverservice.svc/root`,
      );
      const answer = await requestToken(page, WINDOWS);
      expect(answer.status).toBe(401);
      expect(kerberosOnly.control.signIn.counts().windows).toBe(1); // the offer only: no ticket was sent
      expect(kerberosOnly.control.signIn.history()).toEqual([]);
    } finally {
      await browser.close();
      await kerberosOnly.close();
    }
  });

  // No ticket: a credential cache that does not exist, as on a PC nobody ran kinit on. (An *empty* cache file is a
  // damaged one: Chromium 156 then aborts the request, net::ERR_ABORTED, instead of falling back; it did before 156.)
  it('falls back to NTLM where there is no ticket, with the credentials the app would ask for', async () => {
    const empty = join(mkdtempSync(join(tmpdir(), 'ucwa-no-ticket-')), 'ccache');
    const browser = await launchKerberosChromium({
      proxy: sim.origin,
      poolHost: POOL,
      kerberosEnv: { ...kdc.env, KRB5CCNAME: `FILE:${empty}` },
      httpCredentials: { username: 'CONTOSO\\demo', password: sim.password },
    });
    try {
      const page = await browser.context.newPage();
      await page.goto(`${poolUrl}/autodiscover/autodiscoverservice.svc/root`);
      const answer = await requestToken(page, WINDOWS);
      expect(answer.status).toBe(200);
      expect(await tokenWorks(sim, answer)).toBe(true);
      expect(sim.control.signIn.history().at(-1)).toEqual({
        method: 'ntlm',
        ok: true,
        user: 'CONTOSO\\demo',
      });
    } finally {
      await browser.close();
    }
  });

  it('completes NTLM on a pool that offers only NTLM, with the credentials the app would ask for', async () => {
    const ntlmOnly = await startSimulator({ signIn: { grants: [WINDOWS], ntlm: {} } });
    const browser = await launchKerberosChromium({
      proxy: ntlmOnly.origin,
      poolHost: POOL,
      kerberosEnv: { ...kdc.env },
      httpCredentials: { username: 'CONTOSO\\demo', password: ntlmOnly.password },
    });
    try {
      const page = await browser.context.newPage();
      await page.goto(
        `http://${POOL}:${new URL(ntlmOnly.origin).port}/autodiscover/autodiscoverservice.svc/root`,
      );
      const answer = await requestToken(page, WINDOWS);
      expect(answer.status).toBe(200);
      expect(await tokenWorks(ntlmOnly, answer)).toBe(true);
      // The offer, the NTLM negotiate message, then the authenticate message checked as NTLMv2 for that password.
      expect(ntlmOnly.control.signIn.counts().windows).toBe(3);
      expect(ntlmOnly.control.signIn.history()).toEqual([
        { method: 'ntlm', ok: true, user: 'CONTOSO\\demo' },
      ]);
    } finally {
      await browser.close();
      await ntlmOnly.close();
    }
  });

  it('completes the passive grant on the sign-in page with a one-time code, words first for a wrong one', async () => {
    const browser = await chromium.launch({
      executablePath: chromiumPath(),
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
    });
    try {
      const context = await browser.newContext({ viewport: { width: 720, height: 640 } });
      const page = await context.newPage();
      await page.goto(`${sim.origin}/autodiscover/autodiscoverservice.svc/root`);
      const refused = await requestToken(page, PASSIVE);
      expect(refused.status).toBe(400);
      const signInUri = String(refused.body.ms_rtc_passiveauthuri);
      expect(signInUri).toBe(`${sim.origin}/PassiveAuth/PassiveAuth.aspx`);

      await page.goto(signInUri);
      await shoot(page, 'passive-sign-in');
      await page.getByLabel('User name').fill('demo@contoso.com');
      await page.getByLabel('Password').fill(sim.password);
      await page
        .getByLabel('One-time code')
        .fill('000000' === sim.control.signIn.issueCode() ? '111111' : '000000');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect
        .poll(() => page.getByRole('alert').textContent())
        .toBe('The one-time code is wrong or has expired. Ask for a new code.');
      await shoot(page, 'passive-sign-in-wrong-code');
      // The typed user name is kept; the password is asked again.
      expect(await page.getByLabel('User name').inputValue()).toBe('demo@contoso.com');
      await page.getByLabel('Password').fill(sim.password);
      await page.getByLabel('One-time code').fill(sim.control.signIn.issueCode());
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(/SignedIn\.aspx$/);
      await expect.poll(() => page.locator('#signed-in').textContent()).toBe('You are signed in');
      await shoot(page, 'passive-signed-in');

      // The cookie is the page's session, not the page script's: HttpOnly, in the browser's jar for the pool.
      const cookies = await context.cookies(sim.origin);
      expect(cookies.find((c) => c.name === 'MsRtcPassiveAuth')).toMatchObject({ httpOnly: true, path: '/' });
      expect(await page.evaluate('document.cookie')).not.toContain('MsRtcPassiveAuth');
      const answer = await requestToken(page, PASSIVE);
      expect(answer.status).toBe(200);
      expect(await tokenWorks(sim, answer)).toBe(true);
    } finally {
      await browser.close();
    }
  });
});
