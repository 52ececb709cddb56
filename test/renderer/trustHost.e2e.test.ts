// A server the user typed points discovery at another host: the sign-in form says which one, in words, and offers to
// trust it once; with the user's yes the sign-in goes through (and main remembers the host: see
// test/main/backend/trustedHosts.sim.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../main/sim/index.js';
import { startRewritingProxy } from '../support/foreignOrigin.js';
import type { RewritingProxy } from '../support/foreignOrigin.js';
import { requireOrSkip } from '../support/requirements.js';
import { missingPieces, startRendererHarness, type RendererHarness } from '../support/rendererHarness.js';

const missing = missingPieces();
const run = requireOrSkip('renderer e2e (Chromium)', missing === null, missing ?? '');

describe.skipIf(!run)('the sign-in form and a server outside the sign-in domain', () => {
  let h: RendererHarness;
  let sim: Simulator;
  let typed: RewritingProxy;
  let pool: RewritingProxy;

  beforeAll(async () => {
    sim = await startSimulator({ contacts: 4 });
    typed = await startRewritingProxy(sim);
    pool = await startRewritingProxy(sim, '127.0.0.3');
    typed.rewrite = (a) =>
      /autodiscoverservice\.svc\/root$/i.test(a.path)
        ? { ...a, status: 302, headers: new Headers({ location: `${pool.origin}${a.path}` }), body: '' }
        : a;
    h = await startRendererHarness();
  });

  afterAll(async () => {
    await h?.close();
    await typed?.close();
    await pool?.close();
    await sim?.close();
  });

  it('names the server, asks once, and signs in when the user trusts it', async () => {
    const { page } = h;
    const host = pool.origin.slice('http://'.length);
    await page.getByLabel('Sign-in address').fill(sim.user.replace(/^sip:/, ''));
    await page.getByLabel('Password', { exact: true }).fill(sim.password);
    await page.getByLabel(/^Server address/).fill(typed.discoverUrl);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    const error = page.getByTestId('signin-error');
    await error.waitFor();
    await expect(error.textContent()).resolves.toMatch(
      new RegExp(
        `^The server pointed somewhere else\\. The server pointed to ${host.replace(/\./g, '\\.')}, which you have not signed in to\\.`,
      ),
    );
    const trust = page.getByTestId('trust-host');
    await expect(trust.textContent()).resolves.toBe(`Trust ${host} and sign in`);
    await h.screenshot('sign-in-untrusted-server');
    await trust.click();
    await page.getByTestId('contact-list').waitFor();
    expect(h.errors).toEqual([]);
  });
});
