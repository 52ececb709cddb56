// Signing in with the form (not the demo button): errors in words, the keyring notice, then success.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../main/sim/index.js';
import { requireOrSkip } from '../support/requirements.js';
import { missingPieces, startRendererHarness, type RendererHarness } from '../support/rendererHarness.js';

const missing = missingPieces();
const run = requireOrSkip('renderer e2e (Chromium)', missing === null, missing ?? '');

describe.skipIf(!run)('the sign-in form, in Chromium, against the simulator', () => {
  let h: RendererHarness;
  let sim: Simulator;

  beforeAll(async () => {
    sim = await startSimulator();
    // A machine without a Secret Service: the password cannot be remembered, and the form says so.
    h = await startRendererHarness({ keyringAvailable: false });
  });

  afterAll(async () => {
    await h?.close();
    await sim?.close();
  });

  async function signIn(server: string, address: string, password: string) {
    const { page } = h;
    await page.getByLabel('Sign-in address').fill(address);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByLabel(/^Server address/).fill(server);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  }

  it('says when the password cannot be remembered', async () => {
    const { page } = h;
    await page.getByTestId('no-keyring').waitFor();
    expect(await page.getByLabel('Remember my password').isDisabled()).toBe(true);
  });

  it('says a wrong password is a wrong password', async () => {
    await signIn(sim.discoverUrl, sim.user.replace(/^sip:/, ''), 'not-the-password');
    const error = h.page.getByTestId('signin-error');
    await error.waitFor();
    await expect(error.textContent()).resolves.toMatch(/^Wrong sign-in address or password\./);
    // A failed attempt is not a lost session: no "Signed out" banner on top of the form's own message.
    expect(await h.page.getByTestId('banner-signed-out').count()).toBe(0);
    await h.screenshot('sign-in-error');
  });

  it('says when the server cannot be reached', async () => {
    // Port 9 (discard) on loopback: nothing listens there.
    await signIn('http://127.0.0.1:9/autodiscover/autodiscoverservice.svc/root', 'demo@contoso.com', 'x');
    const error = h.page.getByTestId('signin-error');
    await error.filter({ hasNotText: 'Wrong sign-in' }).waitFor();
    expect(await error.textContent()).toMatch(/^(Cannot reach the server|Server not found)\./);
  });

  it('signs in with the right password and shows the contacts', async () => {
    await signIn(sim.discoverUrl, sim.user.replace(/^sip:/, ''), sim.password);
    await h.page.getByTestId('contact-list').waitFor();
    await expect
      .poll(() => h.page.getByTestId('contact-count').textContent())
      .toBe(`${sim.control.contacts().length} contacts`);
    expect(h.errors).toEqual([]);
  });
});
