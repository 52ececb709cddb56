// The sign-in window's decisions (main/shell/passiveWindow.ts) on the navigations real Chromium reports for the
// simulator's sign-in page: the first load, the form shown again after a wrong code, and the 303 to the signed-in
// page. Only the last counts as back on the pool, and only then does the session hold the pool's cookie. And the
// navigation guard, asked for each main-frame request Chromium makes, stops a form that posts to plain http elsewhere
// before anything is sent there.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../../main/sim/index.js';
import { afterNavigation, mayNavigate, startProgress } from '../../../main/shell/passiveWindow.js';
import { startForeignOrigin } from '../../support/foreignOrigin.js';
import { chromiumPath } from '../../support/rendererHarness.js';
import { requireOrSkip } from '../../support/requirements.js';

const run = requireOrSkip(
  'sign-in window decisions in Chromium',
  existsSync(chromiumPath()),
  `no Chromium at ${chromiumPath()}`,
);

describe.runIf(run)('the sign-in window decisions on real Chromium navigations', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ signIn: { grants: ['urn:microsoft.rtc:passive'] } });
  });
  afterAll(() => sim?.close());

  const launch = () =>
    chromium.launch({
      executablePath: chromiumPath(),
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
    });

  it('is back on the pool only after the page has signed the user in, with the cookie in the session', async () => {
    const browser = await launch();
    try {
      const context = await browser.newContext();
      const page = await context.newPage();
      const signInUri = `${sim.origin}/PassiveAuth/PassiveAuth.aspx`;
      let progress = startProgress(signInUri, sim.origin);
      const verdicts: Array<{ path: string; backOnPool: boolean; cookies: number }> = [];
      const judged: Array<Promise<void>> = [];
      page.on('framenavigated', (frame) => {
        if (frame !== page.mainFrame()) return;
        const next = afterNavigation(progress, frame.url());
        progress = next.progress;
        judged.push(
          context.cookies(sim.origin).then((c) => {
            verdicts.push({
              path: new URL(frame.url()).pathname,
              backOnPool: next.backOnPool,
              cookies: c.length,
            });
          }),
        );
      });
      await page.goto(signInUri);
      await page.getByLabel('User name').fill(sim.user.slice(4));
      await page.getByLabel('Password').fill(sim.password);
      await page.getByLabel('One-time code').fill('not-a-code');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('alert').waitFor();
      await page.getByLabel('Password').fill(sim.password);
      await page.getByLabel('One-time code').fill(sim.control.signIn.issueCode());
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(/SignedIn\.aspx$/);
      await Promise.all(judged);
      expect(verdicts).toEqual([
        { path: '/PassiveAuth/PassiveAuth.aspx', backOnPool: false, cookies: 0 },
        { path: '/PassiveAuth/PassiveAuth.aspx', backOnPool: false, cookies: 0 },
        { path: '/PassiveAuth/SignedIn.aspx', backOnPool: true, cookies: 1 },
      ]);
    } finally {
      await browser.close();
    }
  });

  it('stops a form that posts to plain http on another origin before it is sent', async () => {
    const foreign = await startForeignOrigin();
    const browser = await launch();
    try {
      const page = await browser.newPage();
      const stopped: string[] = [];
      // What will-navigate does in the window: each main-frame navigation asked first.
      await page.route('**/*', (route) => {
        const request = route.request();
        if (!request.isNavigationRequest() || mayNavigate(request.url(), sim.origin).ok)
          return route.continue();
        stopped.push(new URL(request.url()).host);
        return route.abort('blockedbyclient');
      });
      await page.goto(`${sim.origin}/PassiveAuth/PassiveAuth.aspx`);
      await page
        .locator('form')
        .evaluate((form, to) => form.setAttribute('action', to), `${foreign.origin}/steal`);
      await page.getByLabel('User name').fill(sim.user.slice(4));
      await page.getByLabel('Password').fill(sim.password);
      await page.getByLabel('One-time code').fill('123456');
      const failed = page.waitForEvent('requestfailed');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await failed;
      expect(stopped).toEqual([foreign.host]);
      expect(foreign.requests).toEqual([]);
    } finally {
      await browser.close();
      await foreign.close();
    }
  });
});
