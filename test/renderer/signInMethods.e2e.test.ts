// The sign-in form offers only the methods the server's challenge lists, once the address and server are typed:
// a password-only pool shows no choice; a pool offering Windows and passwords shows both with Windows chosen and no
// password field, and signs in with the Kerberos ticket (a real KDC; the backend runs in Node here, so its Windows
// sign-in is the Node kerberos Negotiator) or says to get a ticket; a wrong NTLM password for another account is
// refused in words; the organisation's page is chosen over passwords and, where the shell cannot show it, says so;
// where that page's server asks for a Windows account, the form asks for it and the page alone gets it.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { BackendDeps } from '../../main/backend/index.js';
import { startSimulator } from '../../main/sim/index.js';
import type { SimGrant, SimOptions, Simulator } from '../../main/sim/index.js';
import { Negotiator } from '../../main/ucwa/auth/negotiate.js';
import type { NtlmAccount } from '../../main/ucwa/auth/ntlm.js';
import { passiveError, type PassiveSignIn } from '../../main/ucwa/auth.js';
import { nodePassiveSignIn } from '../support/passiveSignIn.js';
import { canRunKerberos, type Kdc, startKdc } from '../support/kdc.js';
import { requireOrSkip } from '../support/requirements.js';
import { missingPieces, startRendererHarness, type RendererHarness } from '../support/rendererHarness.js';

const missing = missingPieces();
const run = requireOrSkip('renderer e2e (Chromium)', missing === null, missing ?? '');
const kerberos = run && (await canRunKerberos('renderer e2e: Windows sign-in (Kerberos)'));
const WINDOWS = 'urn:microsoft.rtc:windows';
const PASSIVE = 'urn:microsoft.rtc:passive';

let h: RendererHarness | undefined;
let sim: Simulator | undefined;
const cleanUp: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  await h?.close();
  await sim?.close();
  for (const step of cleanUp.splice(0).reverse()) await step();
  h = undefined;
  sim = undefined;
});

/** A pool with `signIn`, the window open on the sign-in form, and its address and server typed. */
async function typedAddress(signIn: SimOptions['signIn'], backendDeps: Partial<BackendDeps> = {}) {
  sim = await startSimulator({ contacts: 3, signIn });
  h = await startRendererHarness({ backendDeps });
  const s = sim;
  // The form asks the server once the fields are typed: the user resource's anonymous 401 is its answer.
  const asked = new Promise<void>((resolve) =>
    s.control.onRequest((r) => {
      if (/oauth\/user/i.test(r.path) && r.status === 401) resolve();
    }),
  );
  const { page } = h;
  await page.getByLabel('Sign-in address').fill(s.user.replace(/^sip:/, ''));
  await page.getByLabel(/^Server address/).fill(s.discoverUrl);
  await page.getByLabel(/^Server address/).press('Tab');
  await asked;
  await page.locator('[data-testid="signin-checking"][data-checking="false"]').waitFor({ state: 'attached' });
  return { page, sim: s };
}

/**
 * Sign in; the sign-in is refused with `words` and the form asks for the Windows user name and password, the
 * cursor in the user name. Returns the user-name field.
 */
async function signInAsksForAccount(page: Page, words: string) {
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  const error = page.getByTestId('signin-error');
  await error.waitFor();
  await expect(error.textContent()).resolves.toBe(words);
  const username = page.getByLabel(/^User name/);
  await username.waitFor();
  expect(await page.evaluate(`document.activeElement?.getAttribute('name') ?? null`)).toBe('username');
  return username;
}

describe.skipIf(!run)('the sign-in methods in the window', () => {
  it('shows no choice for a pool that only takes passwords', async () => {
    const { page } = await typedAddress(undefined);
    expect(await page.getByTestId('signin-methods').count()).toBe(0);
    expect(await page.getByLabel('Password', { exact: true }).isVisible()).toBe(true);
    expect(await page.getByLabel(/^User name/).isVisible()).toBe(true);
    await h?.screenshot('sign-in-password-only');
    expect(h?.errors).toEqual([]);
  });

  it('chooses the organisation page over passwords, asks no password, and says it is not here yet', async () => {
    const { page } = await typedAddress({ grants: [PASSIVE, 'password'] });
    expect(await page.getByRole('radio', { name: 'Organisation sign-in page' }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: 'Windows account' }).count()).toBe(0);
    expect(await page.getByLabel('Password', { exact: true }).count()).toBe(0);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    const error = page.getByTestId('signin-error');
    await error.waitFor();
    await expect(error.textContent()).resolves.toBe(
      "Not available right now. Signing in with your organisation's page is not available yet.",
    );
    await h?.screenshot('sign-in-organisation-page');
    expect(h?.errors).toEqual([]);
  });

  it('says what a wrong NTLM password for another account is', async () => {
    const { page } = await typedAddress({ grants: [WINDOWS], ntlm: {} }, { windowsAuth: new Negotiator() });
    // One method: nothing to choose, but Windows sign-in says what it does and offers another account.
    expect(await page.getByTestId('signin-methods').count()).toBe(0);
    await page.getByTestId('windows-hint').waitFor();
    expect(await page.getByLabel('Password', { exact: true }).count()).toBe(0);
    await page.getByRole('button', { name: 'Use another account' }).click();
    await page.getByLabel(/^User name/).fill('CONTOSO\\demo');
    await page.getByLabel('Password', { exact: true }).fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    const error = page.getByTestId('signin-error');
    await error.waitFor();
    await expect(error.textContent()).resolves.toBe(
      'Windows sign-in did not work. The server refused your Windows user name or password (NTLM). Check both and try again.',
    );
    await error.scrollIntoViewIfNeeded();
    await h?.screenshot('sign-in-windows-ntlm-refused');
    expect(h?.errors).toEqual([]);
  });
});

describe.skipIf(!kerberos)('Windows sign-in from the window (Kerberos)', () => {
  let kdc: Kdc;
  let restoreEnv: () => void;
  beforeAll(async () => {
    kdc = await startKdc({ serviceHosts: ['127.0.0.1'] });
    restoreEnv = kdc.useEnv();
  });
  afterAll(async () => {
    restoreEnv?.();
    await kdc?.stop();
  });
  const windowsPool = () => ({
    grants: [WINDOWS, 'password'] as SimGrant[],
    kerberos: { keytab: kdc.keytab },
  });

  it('offers Windows and passwords with Windows chosen, and signs in with the ticket alone', async () => {
    const { page, sim: s } = await typedAddress(windowsPool(), { windowsAuth: new Negotiator() });
    const methods = page.getByTestId('signin-methods');
    await expect(methods.getByRole('radio').allTextContents()).resolves.toHaveLength(2);
    expect(await page.getByRole('radio', { name: 'Windows account' }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: 'User name and password' }).isChecked()).toBe(false);
    expect(await page.getByLabel('Password', { exact: true }).count()).toBe(0);
    await h?.screenshot('sign-in-windows-chosen');
    // Switching shows the password form; switching back hides it again.
    await page.getByRole('radio', { name: 'User name and password' }).check();
    await page.getByLabel('Password', { exact: true }).waitFor();
    await h?.screenshot('sign-in-windows-or-password');
    await page.getByRole('radio', { name: 'Windows account' }).check();
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByTestId('contact-list').waitFor();
    expect(s.control.signIn.history().at(-1)).toMatchObject({ method: 'kerberos', ok: true });
    await h?.screenshot('sign-in-windows-contacts');
    expect(h?.errors).toEqual([]);
  });

  it('says to get a Kerberos ticket when there is none', async () => {
    const { page } = await typedAddress(windowsPool(), { windowsAuth: new Negotiator() });
    await kdc.kdestroy();
    cleanUp.push(() => kdc.kinit());
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    const error = page.getByTestId('signin-error');
    await error.waitFor();
    await expect(error.textContent()).resolves.toBe(
      'Windows sign-in did not work. You have no Kerberos ticket. Sign in to your domain first (for example with kinit), then try again.',
    );
    await h?.screenshot('sign-in-windows-no-ticket');
    expect(h?.errors).toEqual([]);
  });
});

// Opened again for a saved account (after signing out, or "Remember me" off): the view asks the server at once
// what it offers and chooses the method this account last signed in with, without the user typing anything.
describe.skipIf(!run)('the sign-in view opened for a saved account', () => {
  /** A page probe: whether a password field was ever on screen, from the page's first script on. */
  const passwordProbe = `(() => {
    window.__passwordSeen = false;
    new MutationObserver(() => {
      if (document.querySelector('input[name="password"]')) window.__passwordSeen = true;
    }).observe(document, { subtree: true, childList: true });
  })();`;

  async function reopened(grants: SimGrant[], remembered: 'password' | 'windows' | 'passive') {
    sim = await startSimulator({ contacts: 3, signIn: { grants, ntlm: {} } });
    const s = sim;
    const asked = new Promise<void>((resolve) =>
      s.control.onRequest((r) => {
        if (/oauth\/user/i.test(r.path) && r.status === 401) resolve();
      }),
    );
    h = await startRendererHarness({
      settings: { serverAddress: s.discoverUrl, user: s.user, signInMethod: remembered },
      beforeLoad: async (page) => {
        await page.addInitScript({ content: passwordProbe });
      },
    });
    const { page } = h;
    await asked;
    await page
      .locator('[data-testid="signin-checking"][data-checking="false"]')
      .waitFor({ state: 'attached' });
    return page;
  }
  const passwordSeen = (page: RendererHarness['page']) => page.evaluate<boolean>('window.__passwordSeen');

  it('chooses Windows for a Windows user without showing the password form first', async () => {
    const page = await reopened([WINDOWS, 'password'], 'windows');
    expect(await page.getByLabel('Sign-in address').inputValue()).toBe(sim?.user.replace(/^sip:/, ''));
    expect(await page.getByRole('radio', { name: 'Windows account' }).isChecked()).toBe(true);
    expect(await page.getByLabel('Password', { exact: true }).count()).toBe(0);
    expect(await passwordSeen(page)).toBe(false);
    await h?.screenshot('sign-in-reopened-windows');
    expect(h?.errors).toEqual([]);
  });

  it('keeps the password for a password user although the pool also offers Windows', async () => {
    const page = await reopened([WINDOWS, 'password'], 'password');
    expect(await page.getByRole('radio', { name: 'User name and password' }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: 'Windows account' }).isChecked()).toBe(false);
    expect(await page.getByLabel('Password', { exact: true }).isVisible()).toBe(true);
    expect(h?.errors).toEqual([]);
  });

  it('shows the password form when the pool no longer offers the remembered Windows sign-in', async () => {
    const page = await reopened(['password'], 'windows');
    expect(await page.getByTestId('signin-methods').count()).toBe(0);
    expect(await page.getByLabel('Password', { exact: true }).isVisible()).toBe(true);
    expect(await page.getByTestId('windows-hint').count()).toBe(0);
    expect(h?.errors).toEqual([]);
  });
});

describe.skipIf(!run)('Windows sign-in where the pool needs a user name and password (NTLM)', () => {
  it('asks for the Windows user name and password in the form, and signs in with them', async () => {
    const { page, sim: s } = await typedAddress(
      { grants: [WINDOWS], ntlm: {} },
      { windowsAuth: new Negotiator() },
    );
    expect(await page.getByLabel('Password', { exact: true }).count()).toBe(0);
    // The form asks: the user name (the cursor in it) and the password, without "Use another account" first.
    const username = await signInAsksForAccount(
      page,
      'Windows sign-in did not work. This server signs in Windows accounts with NTLM: enter your Windows user name and password.',
    );
    expect(await page.getByRole('button', { name: 'Use another account' }).count()).toBe(0);
    await h?.screenshot('sign-in-windows-ntlm-asks');
    await username.fill('CONTOSO\\demo');
    await page.getByLabel('Password', { exact: true }).fill(s.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByTestId('contact-list').waitFor();
    expect(s.control.signIn.history().at(-1)).toMatchObject({
      method: 'ntlm',
      ok: true,
      user: 'CONTOSO\\demo',
    });
    expect(h?.errors).toEqual([]);
  });
});

describe.skipIf(!run)("the organisation's sign-in page whose server asks for a Windows account", () => {
  it('asks for the Windows user name and password in the form, and gives them to that page only', async () => {
    const given: Array<NtlmAccount | undefined> = [];
    // The shell's sign-in window in Node: without an account its server's NTLM ends the sign-in (pageLogin.ts);
    // with one, the user signs in on the page.
    const passiveSignIn = (_remember: boolean, account?: NtlmAccount): PassiveSignIn => {
      given.push(account);
      if (account === undefined)
        return {
          open: () => Promise.reject(passiveError('PassivePageNeedsAccount', 'adfs.contoso.com')),
          fetch,
        };
      const s = sim as Simulator;
      return nodePassiveSignIn({
        username: s.user.slice(4),
        password: s.password,
        code: () => s.control.signIn.issueCode(),
      });
    };
    const { page } = await typedAddress({ grants: [PASSIVE, 'password'] }, { passiveSignIn });
    expect(await page.getByRole('radio', { name: 'Organisation sign-in page' }).isChecked()).toBe(true);
    const username = await signInAsksForAccount(
      page,
      "Signing in with your organisation's page did not work. The sign-in page on adfs.contoso.com asks for your Windows user name and password. Type them below and sign in again.",
    );
    await page.getByTestId('passive-account-hint').waitFor();
    await h?.screenshot('sign-in-organisation-page-asks-account');
    await username.fill('CONTOSO\\priya');
    await page.getByLabel('Password', { exact: true }).fill('windows-pw');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByTestId('contact-list').waitFor();
    expect(given).toEqual([undefined, { username: 'CONTOSO\\priya', password: 'windows-pw' }]);
    // The pool itself got no password: the page's cookie bought the token.
    expect(sim?.control.signIn.history().at(-1)).toMatchObject({ method: 'passive', ok: true });
    expect(h?.errors).toEqual([]);
  });

  it('does not carry an account typed for Windows sign-in over to the organisation page', async () => {
    const { page } = await typedAddress(
      { grants: [WINDOWS, PASSIVE], ntlm: {} },
      { windowsAuth: new Negotiator() },
    );
    await page.getByRole('button', { name: 'Use another account' }).click();
    await page.getByLabel(/^User name/).waitFor();
    await page.getByRole('radio', { name: 'Organisation sign-in page' }).check();
    expect(await page.getByLabel('Password', { exact: true }).count()).toBe(0);
    expect(h?.errors).toEqual([]);
  });
});
