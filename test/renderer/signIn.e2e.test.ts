// Signing in with the form (not the demo button): errors in words, the keyring notice, then success.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../main/sim/index.js';
import { requireOrSkip } from '../support/requirements.js';
import { missingPieces, startRendererHarness, type RendererHarness } from '../support/rendererHarness.js';

const missing = missingPieces();
const run = requireOrSkip('renderer e2e (Chromium)', missing === null, missing ?? '');
const openssl = run && spawnSync('openssl', ['version']).status === 0;
const tls = run && requireOrSkip('sign-in TLS error (openssl)', openssl, 'no openssl on PATH');

/** A self-signed certificate for 127.0.0.1, made for this run: the kind no trust store accepts. */
function selfSigned(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'ucwa-tls-'));
  try {
    const key = join(dir, 'key.pem');
    const cert = join(dir, 'cert.pem');
    const made = spawnSync('openssl', [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
    ]);
    if (made.status !== 0) throw new Error(`openssl failed: ${made.stderr.toString()}`);
    return { key: readFileSync(key), cert: readFileSync(cert) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

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
    // No sentence said twice (the heading says it; the rest is advice), and the focus is on the password to retype.
    await expect(error.textContent()).resolves.not.toMatch(/incorrect/);
    await expect
      .poll(() => h.page.evaluate(`document.activeElement?.getAttribute('name') ?? null`))
      .toBe('password');
    // A failed attempt is not a lost session: no "Signed out" banner on top of the form's own message.
    expect(await h.page.getByTestId('banner-signed-out').count()).toBe(0);
    await h.screenshot('sign-in-error');
  });

  it('clears the error once the user edits, and says a malformed address in words, not validation text', async () => {
    const { page } = h;
    await page.getByLabel('Password', { exact: true }).fill('another try');
    await page.getByTestId('signin-error').waitFor({ state: 'detached' });
    await signIn(sim.discoverUrl, 'not an address', 'x');
    const error = page.getByTestId('signin-error');
    await expect(error.textContent()).resolves.toBe(
      'Please check what you entered. Enter your sign-in address as name@company.com.',
    );
    await expect
      .poll(() => page.evaluate(`document.activeElement?.getAttribute('name') ?? null`))
      .toBe('address');
  });

  it('says when the server cannot be reached', async () => {
    // Port 9 (discard) on loopback: nothing listens there.
    await signIn('http://127.0.0.1:9/autodiscover/autodiscoverservice.svc/root', 'demo@contoso.com', 'x');
    const error = h.page.getByTestId('signin-error');
    await error.filter({ hasNotText: 'Wrong sign-in' }).waitFor();
    expect(await error.textContent()).toMatch(/^(Cannot reach the server|Server not found)\./);
  });

  it.skipIf(!tls)('says when the server certificate is not trusted', async () => {
    const server = createServer(selfSigned(), (_req, res) => res.end('{}'));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const { port } = server.address() as AddressInfo;
      await signIn(
        `https://127.0.0.1:${port}/autodiscover/autodiscoverservice.svc/root`,
        'demo@contoso.com',
        'x',
      );
      const error = h.page.getByTestId('signin-error');
      await error.filter({ hasText: 'certificate' }).waitFor();
      await expect(error.textContent()).resolves.toMatch(/^The server's certificate is not trusted\. /);
      await h.screenshot('sign-in-certificate');
    } finally {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    }
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

describe.skipIf(!run)('the sign-in screen once a server is configured, in Chromium', () => {
  let h: RendererHarness;

  beforeAll(async () => {
    h = await startRendererHarness({
      settings: { serverAddress: 'lync.contoso.com', user: 'sip:alex@contoso.com' },
    });
  });

  afterAll(async () => {
    await h?.close();
  });

  it('fills in the account and offers the demo only as a side door under the form', async () => {
    const { page } = h;
    await page.getByRole('heading', { name: 'Sign in to Skype for Business' }).waitFor();
    expect(await page.getByTestId('first-run').count()).toBe(0);
    await expect(page.getByLabel('Sign-in address').inputValue()).resolves.toBe('alex@contoso.com');
    const signInBox = await page.getByRole('button', { name: 'Sign in', exact: true }).boundingBox();
    const demoBox = await page.getByRole('button', { name: 'Try the demo' }).boundingBox();
    expect(demoBox?.y ?? 0).toBeGreaterThan(signInBox?.y ?? 0);
    await h.screenshot('sign-in-configured');
  });
});

describe.skipIf(!run)('the window frame per platform, in Chromium', () => {
  let h: RendererHarness;

  beforeAll(async () => {
    h = await startRendererHarness({ query: '?platform=darwin' });
  });

  afterAll(async () => {
    await h?.close();
  });

  // In the page (a string: this side is compiled without the DOM library).
  const strip = () =>
    h.page.evaluate(`(() => {
      const el = document.querySelector('.titlebar');
      if (!el) return null;
      return {
        height: el.getBoundingClientRect().height,
        drag: getComputedStyle(el).getPropertyValue('-webkit-app-region'),
      };
    })()`);

  it('leaves a drag strip for the traffic lights on macOS, and none elsewhere', async () => {
    await h.page.getByRole('button', { name: 'Try the demo' }).waitFor();
    expect(await strip()).toEqual({ height: 28, drag: 'drag' });
    await h.page.goto(h.page.url().replace('platform=darwin', 'platform=linux'));
    await h.page.getByRole('button', { name: 'Try the demo' }).waitFor();
    expect(await strip()).toBeNull();
    expect(h.errors).toEqual([]);
  });
});
