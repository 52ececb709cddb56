// The organisation's sign-in page (the passive grant, main/ucwa/auth/passive.ts) in a window of its own: modal to the
// app's window when there is one, in its own session partition (in memory; kept on disk only with "Remember me"),
// sandboxed, context-isolated, no preload, no Node. The page may go only to https or to the pool's own (trusted)
// origin: any other navigation or redirect is stopped and ends the sign-in in words. It opens no windows. The title
// names the host whose page the user is typing into (the page's own title is not shown).
// The sign-in counts as done once a navigation lands back on the pool's origin (after the page went elsewhere, as
// ADFS does, or on another page than the sign-in page itself: the simulator's 303 to SignedIn.aspx) while the session
// holds a cookie for the pool. Closing the window rejects with PassiveCancelled. `fetch` is the partition's own
// (ses.fetch): the token request carries that session's cookies.
// The decisions (which URL may load, when the sign-in is done) are pure functions below; the window only wires them.
// One sign-in window at a time, whoever asks: two pools asking at once (a pool and the one its user resource
// redirects to, two tokens renewed together) queue, the second window opening once the first is done (its page may
// then complete at once, with the organisation's cookie); the same pool asking again while its window is pending
// shares that sign-in.
import type * as Electron from 'electron';
import { UcwaError } from '../ucwa/errors.js';
import { passiveError, signInPageDecision } from '../ucwa/auth.js';
import type { PassiveSignIn } from '../ucwa/auth.js';
import type { NtlmAccount } from '../ucwa/auth/ntlm.js';
import { passiveWindowTitle } from '../words/passive.js';
import { answerPageLogins } from './pageLogin.js';

export const PASSIVE_PARTITION = 'ucwa-passive';
/** With "Remember me": the same partition, kept on disk (https://www.electronjs.org/docs/latest/api/session). */
export const REMEMBERED_PASSIVE_PARTITION = `persist:${PASSIVE_PARTITION}`;

/** Sessions of sign-in windows: security.ts leaves their navigation to the guard here. */
const signInSessions = new WeakSet<object>();

/** True for a webContents of a sign-in window (its session is one of ours). */
export function isSignInContents(contents: { session?: object }): boolean {
  return contents.session !== undefined && signInSessions.has(contents.session);
}

/** Where the sign-in stands: the page it started at, the pool's origin, and whether it has left the pool. */
export interface SignInProgress {
  start: string;
  poolOrigin: string;
  leftPool: boolean;
}

export function startProgress(signInUrl: string, poolOrigin: string): SignInProgress {
  const start = new URL(signInUrl);
  return { start: withoutHash(start), poolOrigin, leftPool: start.origin !== poolOrigin };
}

function withoutHash(url: URL): string {
  return url.href.slice(0, url.href.length - url.hash.length);
}

/**
 * After a finished navigation to `url`: the new progress, and whether the user has come back to the pool signed in
 * (back on its origin after going elsewhere, or on another page of it than the sign-in page).
 */
export function afterNavigation(
  progress: SignInProgress,
  url: string,
): { progress: SignInProgress; backOnPool: boolean } {
  let at: URL;
  try {
    at = new URL(url);
  } catch {
    return { progress, backOnPool: false };
  }
  if (at.origin !== progress.poolOrigin)
    return { progress: { ...progress, leftPool: true }, backOnPool: false };
  return { progress, backOnPool: progress.leftPool || withoutHash(at) !== progress.start };
}

/** May the window go to `url` (a navigation or a redirect)? Refused: the host, for the words. */
export function mayNavigate(url: string, poolOrigin: string): { ok: true } | { ok: false; host: string } {
  const decision = signInPageDecision(url, poolOrigin);
  return decision.ok ? { ok: true } : decision;
}

/** Shows one sign-in window at a time; a sign-in with the same key as one pending is that one. */
export class SignInWindowQueue {
  private showing = false;
  private readonly waiting: Array<() => void> = [];
  private readonly pending = new Map<string, Promise<void>>();

  /**
   * `show(done)` now when no window is showing, else after those before it; `show` calls `done()` once its window
   * is settled (before it resolves or rejects), which lets the next one show.
   */
  run(key: string, show: (done: () => void) => Promise<void>): Promise<void> {
    const same = this.pending.get(key);
    if (same !== undefined) return same;
    let released = false;
    const done = (): void => {
      if (released) return;
      released = true;
      this.pending.delete(key);
      this.showing = false;
      this.waiting.shift()?.();
    };
    const turn = new Promise<void>((resolve, reject) => {
      const go = (): void => {
        this.showing = true;
        try {
          show(done).then(resolve, reject);
        } catch (e) {
          done();
          reject(e as Error);
        }
      };
      if (this.showing) this.waiting.push(go);
      else go();
    });
    if (!released) this.pending.set(key, turn);
    return turn;
  }
}

/** Every sign-in window of the app: one on screen at a time. */
const signInWindows = new SignInWindowQueue();

type Deps = {
  electron: Pick<typeof Electron, 'BrowserWindow' | 'session'>;
  /** The app's window, if any: the sign-in window is modal to it. */
  parent?: () => Electron.BrowserWindow | null;
  /** "Remember me": keep the sign-in session's cookies between runs. */
  remember?: boolean;
  /** The Windows account typed for the page's own server, should it ask for one (pageLogin.ts). */
  account?: NtlmAccount;
  log?: (message: string, data?: Record<string, unknown>) => void;
  /** Who decides when a window may show (default: the app's one queue). */
  queue?: SignInWindowQueue;
};
export type PassiveWindowDeps = Deps;

export interface PassiveWindow extends PassiveSignIn {
  /** Sign-out: the sign-in session's cookies, storage, cache and auth cache go (the next sign-in shows the page). */
  forget(): Promise<void>;
}

function secureSession(ses: Electron.Session): Electron.Session {
  if (!signInSessions.has(ses)) {
    signInSessions.add(ses);
    ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    ses.setPermissionCheckHandler(() => false);
  }
  return ses;
}

function windowOptions(ses: Electron.Session, host: string, parent: Electron.BrowserWindow | null) {
  return {
    width: 520,
    height: 700,
    title: passiveWindowTitle(host),
    autoHideMenuBar: true,
    ...(parent === null ? {} : { parent, modal: true }),
    webPreferences: {
      session: ses,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  } satisfies Electron.BrowserWindowConstructorOptions;
}

/** Cookies and storage, the HTTP cache of the pages, and any identity an NTLM page was given. */
async function clearSignInSession(ses: Electron.Session): Promise<void> {
  await Promise.all([ses.clearStorageData(), ses.clearCache(), ses.clearAuthCache()]);
}

/** Sign-out: both sign-in partitions (the one kept on disk with "Remember me", the one in memory) are cleared. */
export async function forgetSignInSessions(electron: Pick<typeof Electron, 'session'>): Promise<void> {
  await Promise.all(
    [PASSIVE_PARTITION, REMEMBERED_PASSIVE_PARTITION].map((partition) =>
      clearSignInSession(electron.session.fromPartition(partition)),
    ),
  );
}

/** The Electron PassiveSignIn: one window per open() (one at a time), all in the same sign-in session. */
export function createPassiveWindow(deps: Deps): PassiveWindow {
  const log = deps.log ?? (() => {});
  const partition = deps.remember === true ? REMEMBERED_PASSIVE_PARTITION : PASSIVE_PARTITION;
  const ses = secureSession(deps.electron.session.fromPartition(partition));

  const queue = deps.queue ?? signInWindows;

  function open(signInUri: string, tokenUrl: string): Promise<void> {
    const poolOrigin = new URL(tokenUrl).origin;
    const first = signInPageDecision(signInUri, poolOrigin);
    if (!first.ok) return Promise.reject(passiveError('PassivePageUntrusted', first.host));
    return queue.run(`${partition} ${poolOrigin}`, (done) => show(first.url, poolOrigin, done));
  }

  function show(firstUrl: string, poolOrigin: string, done: () => void): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const win = new deps.electron.BrowserWindow(
        windowOptions(ses, new URL(firstUrl).host, deps.parent?.() ?? null),
      );
      let progress = startProgress(firstUrl, poolOrigin);
      let settled = false;
      const finish = (error?: UcwaError): void => {
        if (settled) return;
        settled = true;
        if (!win.isDestroyed()) win.close();
        done();
        if (error === undefined) resolve();
        else reject(error);
      };
      // The page being loaded: the server whose `login` may get the typed account.
      let target = new URL(firstUrl);
      const guard = (event: Electron.Event, url: string): void => {
        const allowed = mayNavigate(url, poolOrigin);
        if (allowed.ok) {
          target = new URL(url);
          return;
        }
        event.preventDefault();
        log('the sign-in page tried to leave https: stopped', { host: allowed.host });
        finish(passiveError('PassiveNavigationRefused', allowed.host));
      };
      const contents = win.webContents;
      contents.on('will-navigate', (event, url) => guard(event, event.url ?? url));
      contents.on('will-redirect', (event, url) => guard(event, event.url ?? url));
      contents.setWindowOpenHandler(() => ({ action: 'deny' }));
      answerPageLogins(contents, {
        target: () => target,
        account: deps.account,
        log,
        end: (answer, host) =>
          finish(
            passiveError(
              answer === 'needsAccount' ? 'PassivePageNeedsAccount' : 'PassivePageAccountRefused',
              host,
            ),
          ),
      });
      win.on('page-title-updated', (event) => event.preventDefault());
      contents.on('did-navigate', (_event, url) => {
        if (settled) return;
        const next = afterNavigation(progress, url);
        progress = next.progress;
        win.setTitle(passiveWindowTitle(new URL(url).host));
        if (!next.backOnPool) return;
        void ses.cookies.get({ url: poolOrigin }).then(
          (cookies) => (cookies.length > 0 ? finish() : log('back on the pool without a cookie')),
          () => log('the sign-in session could not be read'),
        );
      });
      win.on('closed', () => finish(passiveError('PassiveCancelled')));
      win.loadURL(firstUrl).catch((e: unknown) => {
        // A navigation that replaced the first load (the page moved on, or the guard stopped it) aborts it.
        if ((e as { code?: string }).code === 'ERR_ABORTED') return;
        log('the sign-in page did not load', { code: (e as { code?: string }).code });
        finish(new UcwaError({ status: 0, code: 'Network', retryable: true, cause: e }));
      });
    });
  }

  return {
    open,
    fetch: ((input: string | URL | Request, init?: RequestInit) =>
      ses.fetch(input instanceof URL ? input.href : input, init)) as typeof fetch,
    forget: () => clearSignInSession(ses),
  };
}
