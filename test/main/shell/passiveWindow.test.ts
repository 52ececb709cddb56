// The organisation's sign-in window: its decisions as pure functions (which URL may load, when the user is back on
// the pool signed in), then the window itself against the fake Electron (test/support/fakeElectron: its windows,
// partitions and navigation events follow Electron's documentation), with the simulator's sign-in page behind it:
// the options it opens with, the navigation it stops (in words), a window it never opens, closing it, and the token
// its session's fetch buys with the page's cookie.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Electron from 'electron';
import { startSimulator, type Simulator } from '../../../main/sim/index.js';
import {
  afterNavigation,
  createPassiveWindow,
  isSignInContents,
  mayNavigate,
  startProgress,
} from '../../../main/shell/passiveWindow.js';
import { IntegratedAuth } from '../../../main/shell/integratedAuth.js';
import { answerPageLogin } from '../../../main/shell/pageLogin.js';
import { applySecurity } from '../../../main/shell/security.js';
import { CONTENT_SECURITY_POLICY } from '../../../main/shell/csp.js';
import { errorMessage } from '../../../main/words/trust.js';
import { app } from '../../support/fakeElectron/app.mjs';
import { session, type FakeSession } from '../../support/fakeElectron/session.mjs';
import { BrowserWindow, allWindows, type FakeBrowserWindow } from '../../support/fakeElectron/windows.mjs';

const POOL = 'https://pool.contoso.com';

describe('which pages the sign-in window may show', () => {
  it('allows https anywhere and plain http only on the pool itself', () => {
    const sim = 'http://127.0.0.1:4000';
    expect(mayNavigate('https://adfs.contoso.com/adfs/ls/?wa=wsignin1.0', POOL)).toEqual({ ok: true });
    expect(mayNavigate(`${sim}/PassiveAuth/SignedIn.aspx`, sim)).toEqual({ ok: true });
    expect(mayNavigate('http://127.0.0.2:4000/adfs', sim)).toEqual({ ok: false, host: '127.0.0.2:4000' });
    expect(mayNavigate('http://pool.contoso.com/', POOL)).toEqual({ ok: false, host: 'pool.contoso.com' });
    expect(mayNavigate('https://pool.contoso.com@evil.example/', POOL)).toEqual({
      ok: false,
      host: 'evil.example',
    });
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,<b>x</b>', 'nonsense'])
      expect(mayNavigate(url, POOL).ok).toBe(false);
  });

  it('counts as done back on the pool: on another page than the sign-in page, or after going elsewhere', () => {
    const page = `${POOL}/PassiveAuth/PassiveAuth.aspx`;
    let progress = startProgress(page, POOL);
    // The form shown again (a wrong code) is not done, nor is the page's own anchor.
    expect(afterNavigation(progress, page).backOnPool).toBe(false);
    expect(afterNavigation(progress, `${page}#code`).backOnPool).toBe(false);
    expect(afterNavigation(progress, `${POOL}/PassiveAuth/SignedIn.aspx`).backOnPool).toBe(true);
    // ADFS elsewhere: not done there; done when it posts back to the sign-in page.
    const adfs = afterNavigation(progress, 'https://adfs.contoso.com/adfs/ls/');
    expect(adfs.backOnPool).toBe(false);
    progress = adfs.progress;
    expect(afterNavigation(progress, page).backOnPool).toBe(true);
    // A page that starts on ADFS is done as soon as it comes to the pool.
    const elsewhere = startProgress('https://adfs.contoso.com/adfs/ls/', POOL);
    expect(afterNavigation(elsewhere, page).backOnPool).toBe(true);
  });
});

describe('the sign-in window (fake Electron)', () => {
  let sim: Simulator;
  let page: string;
  let tokenUrl: string;
  /** The window's log lines, each waited on as an event. */
  const waiting = new Map<string, () => void>();
  const log = (line: string): void => waiting.get(line)?.();
  const waitLog = (line: string) => new Promise<void>((resolve) => waiting.set(line, resolve));
  beforeAll(async () => {
    await app.whenReady();
    sim = await startSimulator({ signIn: { grants: ['urn:microsoft.rtc:passive'] } });
    page = `${sim.origin}/PassiveAuth/PassiveAuth.aspx`;
    tokenUrl = `${sim.origin}/WebTicket/oauthtoken`;
  });
  afterAll(() => sim?.close());

  const electron = { BrowserWindow, session } as unknown as Pick<
    typeof Electron,
    'BrowserWindow' | 'session'
  >;
  const make = (extra: Omit<Parameters<typeof createPassiveWindow>[0], 'electron' | 'log'> = {}) =>
    createPassiveWindow({ electron, log, ...extra });
  const latest = (): FakeBrowserWindow => allWindows().at(-1) as FakeBrowserWindow;

  /** What Chromium does with the page's answer: the user signs in on the real page, the cookie lands in the session. */
  async function signInOnPage(ses: FakeSession): Promise<void> {
    const r = await fetch(page, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        username: sim.user,
        password: sim.password,
        code: sim.control.signIn.issueCode(),
      }).toString(),
      redirect: 'manual',
    });
    const [name, value] = (r.headers.get('set-cookie') ?? '').split(';')[0]?.split('=') ?? [];
    await ses.cookies.set({ url: sim.origin, name: name ?? '', value: value ?? '' });
  }

  it('opens sandboxed, modal, in a partition of its own, and completes with the page cookie', async () => {
    const parent = new BrowserWindow({ show: false });
    const passive = make({ parent: () => parent });
    const done = passive.open(page, tokenUrl);
    const win = latest();
    const prefs = win.options.webPreferences ?? {};
    expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(prefs.preload).toBeUndefined();
    const ses = prefs.session as FakeSession;
    expect(ses).toBe(session.fromPartition('ucwa-passive'));
    expect(ses.persistent).toBe(false);
    expect(win.webContents.session).toBe(ses);
    expect(win.options).toMatchObject({ parent, modal: true });
    expect(win.loaded).toBe(page);
    expect(win.getTitle()).toBe(`Sign in – ${new URL(sim.origin).host}`);
    // The page can ask for nothing: no permission, no new window.
    expect(win.webContents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    let granted: boolean | undefined;
    ses.permissionRequest?.(win.webContents, 'notifications', (g) => (granted = g));
    expect(granted).toBe(false);
    // The form shown again after a mistake: still open.
    win.webContents.playNavigation(page);
    await signInOnPage(ses);
    win.webContents.playNavigation(page, [`${sim.origin}/PassiveAuth/SignedIn.aspx`]);
    await done;
    expect(win.isDestroyed()).toBe(true);
    // The session's fetch carries the cookie: the token endpoint grants a token for it.
    const token = await passive.fetch(tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=urn:microsoft.rtc:passive',
    });
    expect(token.status).toBe(200);
    expect(((await token.json()) as { access_token: string }).access_token).toMatch(/^cwt=/);
    expect(ses.fetched).toEqual([tokenUrl]);
    await passive.forget();
    expect(await ses.cookies.get({ url: sim.origin })).toEqual([]);
  });

  it('waits while back on the pool without a cookie, and shows the host of each page in the title', async () => {
    const ses = session.fromPartition('ucwa-passive');
    await ses.clearStorageData();
    let settled = false;
    const done = make()
      .open(page, tokenUrl)
      .finally(() => (settled = true));
    const win = latest();
    win.webContents.playNavigation('https://adfs.contoso.com/adfs/ls/');
    expect(win.getTitle()).toBe('Sign in – adfs.contoso.com');
    const waited = waitLog('back on the pool without a cookie');
    win.webContents.playNavigation(`${sim.origin}/PassiveAuth/SignedIn.aspx`);
    await waited;
    expect(settled).toBe(false);
    win.close();
    await expect(done).rejects.toMatchObject({ subcode: 'PassiveCancelled' });
  });

  it('stops a navigation or a redirect to plain http elsewhere, and says so', async () => {
    for (const [to, redirects] of [
      ['http://127.0.0.2:8080/adfs', []],
      ['https://adfs.contoso.com/adfs/ls/', ['http://127.0.0.2:8080/steal']],
    ] as const) {
      const done = make().open(page, tokenUrl);
      const win = latest();
      expect(win.webContents.playNavigation(to, [...redirects])).toBe(page);
      const refused = await done.catch((e: unknown) => e);
      expect(refused).toMatchObject({ code: 'InsecureUrl', subcode: 'PassiveNavigationRefused' });
      expect(errorMessage(refused)).toBe(
        'The sign-in page tried to open 127.0.0.2:8080, which is not a secure server. Sign-in was stopped.',
      );
      expect(win.isDestroyed()).toBe(true);
    }
  });

  it('says the page was closed when the user closes the window', async () => {
    const done = make().open(page, tokenUrl);
    latest().close();
    const refused = await done.catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'Unauthorized', subcode: 'PassiveCancelled' });
    expect(errorMessage(refused)).toBe('The sign-in page was closed.');
  });

  it('opens no window for a page on another origin over http', async () => {
    const before = allWindows().length;
    const refused = await make()
      .open('http://127.0.0.2:8080/adfs', tokenUrl)
      .catch((e: unknown) => e);
    expect(refused).toMatchObject({ subcode: 'PassivePageUntrusted' });
    expect(allWindows().length).toBe(before);
  });

  it('opens one window when two pools ask at once: the second after the first is done; the same pool shares it', async () => {
    const second = await startSimulator({ signIn: { grants: ['urn:microsoft.rtc:passive'] } });
    try {
      const secondPage = `${second.origin}/PassiveAuth/PassiveAuth.aspx`;
      const before = allWindows().filter((w) => !w.isDestroyed()).length;
      const onScreen = () => allWindows().filter((w) => !w.isDestroyed()).length - before;
      const home = make().open(page, tokenUrl);
      const again = make().open(page, tokenUrl);
      const other = make().open(secondPage, `${second.origin}/WebTicket/oauthtoken`);
      expect(again).toBe(home);
      expect(onScreen()).toBe(1);
      const first = latest();
      expect(first.loaded).toBe(page);
      // The first sign-in ends (closed by the user): only then does the second pool's page show.
      first.close();
      await expect(home).rejects.toMatchObject({ subcode: 'PassiveCancelled' });
      expect(onScreen()).toBe(1);
      const next = latest();
      expect(next).not.toBe(first);
      expect(next.loaded).toBe(secondPage);
      next.close();
      await expect(other).rejects.toMatchObject({ subcode: 'PassiveCancelled' });
      expect(onScreen()).toBe(0);
    } finally {
      await second.close();
    }
  });

  describe("the page's server asks for a Windows account (app login, routed as main/index.ts does)", () => {
    const answers: Array<string[]> = [];
    beforeAll(() => {
      const chromium = { allowNTLMCredentialsForDomains: () => {}, clearAuthCache: async () => {} };
      new IntegratedAuth(() => chromium, { approved: () => [], organisation: [] }).attach(
        app as unknown as Electron.App,
        answerPageLogin,
      );
    });
    /** Chromium meets a 401 NTLM from `host` while the window loads a page: app `login`, as Electron emits it. */
    const asks = (win: FakeBrowserWindow, host: string, scheme = 'ntlm') => {
      const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
      const authInfo = { isProxy: false, scheme, host, port: 443, realm: '' };
      (app as unknown as NodeJS.EventEmitter).emit(
        'login',
        event,
        win.webContents,
        { url: `https://${host}/` },
        authInfo,
        (...a: string[]) => answers.push(a),
      );
      expect(event.defaultPrevented).toBe(true);
      return answers.at(-1);
    };

    it('ends the sign-in without an account, in words the form answers by asking for one', async () => {
      const done = make()
        .open(page, tokenUrl)
        .catch((e: unknown) => e);
      const win = latest();
      win.webContents.playNavigation('https://adfs.contoso.com/adfs/ls/');
      expect(asks(win, 'adfs.contoso.com')).toEqual([]);
      const refused = await done;
      expect(refused).toMatchObject({
        subcode: 'PassivePageNeedsAccount',
        details: { host: 'adfs.contoso.com' },
      });
      expect(errorMessage(refused)).toBe(
        'The sign-in page on adfs.contoso.com asks for your Windows user name and password. Type them below and sign in again.',
      );
      expect(win.isDestroyed()).toBe(true);
    });

    it("gives the typed account to the page's server once, never to another server or for Basic", async () => {
      const account = { username: 'CONTOSO\\demo', password: 'typed-pw' };
      const done = make({ account })
        .open(page, tokenUrl)
        .catch((e: unknown) => e);
      const win = latest();
      win.webContents.playNavigation('https://adfs.contoso.com/adfs/ls/');
      expect(asks(win, 'evil.example')).toEqual([]);
      expect(asks(win, 'adfs.contoso.com', 'basic')).toEqual([]);
      expect(asks(win, 'adfs.contoso.com')).toEqual(['CONTOSO\\demo', 'typed-pw']);
      expect(win.isDestroyed()).toBe(false);
      // Asked again: the server refused it.
      expect(asks(win, 'adfs.contoso.com')).toEqual([]);
      const refused = await done;
      expect(refused).toMatchObject({ subcode: 'PassivePageAccountRefused' });
      expect(errorMessage(refused)).toContain('did not accept that Windows account');
    });
  });

  it('keeps the session on disk only with Remember me', () => {
    make({ remember: true });
    expect(session.fromPartition('persist:ucwa-passive').persistent).toBe(true);
  });

  it('is left to its own guard by the app-wide navigation block, which still stops every other window', async () => {
    applySecurity({
      app: app as unknown as Electron.App,
      session: session as unknown as Parameters<typeof applySecurity>[0]['session'],
      shell: { openExternal: async () => undefined },
      policy: CONTENT_SECURITY_POLICY,
    });
    const closed = make()
      .open(page, tokenUrl)
      .catch((e: unknown) => e);
    const signInWin = latest();
    expect(isSignInContents(signInWin.webContents)).toBe(true);
    expect(signInWin.webContents.playNavigation(`${sim.origin}/PassiveAuth/SignedIn.aspx`)).toBe(
      `${sim.origin}/PassiveAuth/SignedIn.aspx`,
    );
    const other = new BrowserWindow({ show: false }) as FakeBrowserWindow;
    expect(isSignInContents(other.webContents)).toBe(false);
    expect(other.webContents.playNavigation('https://adfs.contoso.com/')).toBe('');
    signInWin.close();
    await expect(closed).resolves.toMatchObject({ subcode: 'PassiveCancelled' });
  });
});
