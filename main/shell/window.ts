// The one window: created on demand and shown only once its page has painted (`show: false` + `ready-to-show`, no
// white flash: https://www.electronjs.org/docs/latest/api/browser-window#using-the-ready-to-show-event), hidden (not
// closed) when the user closes it, or minimised when there is no tray to bring it back from; bounds remembered,
// secure web preferences, and the check that an IPC message really comes from it (isOurSender).
import type * as Electron from 'electron';
import type { Backend } from '../backend/index.js';
import type { SettingsPort, WindowBounds } from '../ipc/ports.js';
import { isRendererPage } from './protocol.js';

/** The security baseline's BrowserWindow half (security.ts has the session half). */
export function secureWebPreferences(preload: string): Electron.WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

export interface RendererLocation {
  /** Development only (never when packaged): the electron-vite dev server. */
  devServer?: string;
  /** The built page on the renderer scheme (protocol.ts). */
  page: string;
}

export interface WindowDeps {
  electron: Pick<typeof Electron, 'BrowserWindow' | 'screen'>;
  backend: Pick<Backend, 'markRendererGone'>;
  settings: SettingsPort;
  preload: string;
  renderer: RendererLocation;
  /** Linux and Windows window icon (macOS takes the bundle's). */
  icon?: string;
  platform: NodeJS.Platform;
  /** True once the app is quitting: then a close really closes. */
  isQuitting: () => boolean;
  /** True when no tray icon can bring a hidden window back: closing minimises instead. */
  keepReachable?: () => boolean;
  log?: (message: string, data?: Record<string, unknown>) => void;
}

const DEFAULT_SIZE = { width: 960, height: 640 };

function visibleBounds(deps: WindowDeps, saved: WindowBounds | null): WindowBounds {
  if (!saved || saved.x === undefined || saved.y === undefined) return saved ?? DEFAULT_SIZE;
  // A monitor unplugged since: do not restore the window off-screen.
  const { x, y } = saved;
  const onScreen = deps.electron.screen.getAllDisplays().some(({ workArea: a }) => {
    return x < a.x + a.width - 50 && x + saved.width > a.x + 50 && y >= a.y - 10 && y < a.y + a.height - 50;
  });
  return onScreen ? saved : { width: saved.width, height: saved.height };
}

export interface WindowManager {
  /** Create the window if needed; show and focus it as soon as its page has painted. */
  show(): Electron.BrowserWindow;
  current(): Electron.BrowserWindow | null;
  /** Is this IPC event from our window's main frame, showing our page? */
  isOurSender(event: Pick<Electron.IpcMainInvokeEvent, 'sender' | 'senderFrame'>): boolean;
}

export function createWindowManager(deps: WindowDeps): WindowManager {
  let win: Electron.BrowserWindow | null = null;
  let painted = false;
  let wanted = false;

  function saveBounds(): void {
    if (win && !win.isDestroyed() && !win.isMinimized())
      deps.settings.update({ windowBounds: win.getNormalBounds() });
  }

  function reveal(w: Electron.BrowserWindow): void {
    if (w.isMinimized()) w.restore();
    w.show();
    w.focus();
  }

  function pageReady(w: Electron.BrowserWindow): void {
    painted = true;
    if (wanted && !w.isDestroyed()) reveal(w);
  }

  function create(): Electron.BrowserWindow {
    painted = false;
    const bounds = visibleBounds(deps, deps.settings.get().windowBounds);
    const w = new deps.electron.BrowserWindow({
      ...bounds,
      minWidth: 640,
      minHeight: 420,
      show: false,
      title: 'UCWA Tray',
      // macOS: the content runs under an inset title bar, as native Mac apps do (the page leaves a drag strip
      // for the traffic lights); Windows and Linux keep the system frame, which window managers expect.
      titleBarStyle: deps.platform === 'darwin' ? 'hiddenInset' : 'default',
      autoHideMenuBar: true,
      ...(deps.platform !== 'darwin' && deps.icon !== undefined ? { icon: deps.icon } : {}),
      webPreferences: secureWebPreferences(deps.preload),
    });
    w.on('close', (event) => {
      saveBounds();
      if (deps.isQuitting()) return;
      event.preventDefault();
      if (deps.keepReachable?.()) w.minimize();
      else w.hide();
    });
    w.on('closed', () => {
      win = null;
      deps.backend.markRendererGone();
    });
    // A reload or a crash loses the page's subscriptions: queue pushes until it says ready again.
    w.webContents.on('did-start-loading', () => deps.backend.markRendererGone());
    w.webContents.on('render-process-gone', () => deps.backend.markRendererGone());
    w.once('ready-to-show', () => pageReady(w));
    // A page that cannot load still gets its window (blank, but reachable and closable), with the reason logged.
    w.webContents.once('did-fail-load', (_event, code: number, description: string) => {
      deps.log?.('the window page did not load', { code, description });
      pageReady(w);
    });
    // The page learns the platform from its query (the preload exposes nothing but window.ucwa).
    const query = new URLSearchParams({ platform: deps.platform }).toString();
    const base = deps.renderer.devServer ?? deps.renderer.page;
    w.loadURL(`${base}?${query}`).catch((e: unknown) =>
      deps.log?.('the window page did not load', { error: e instanceof Error ? e.message : String(e) }),
    );
    return w;
  }

  return {
    show() {
      win ??= create();
      wanted = true;
      if (painted) reveal(win);
      return win;
    },
    current: () => win,
    isOurSender(event) {
      if (!win || win.isDestroyed() || event.sender !== win.webContents) return false;
      const frame = event.senderFrame;
      // Only the top frame: an <iframe> (there should be none) never speaks for the window.
      if (!frame || frame.parent !== null) return false;
      const { devServer } = deps.renderer;
      return devServer ? frame.url.startsWith(devServer) : isRendererPage(frame.url);
    },
  };
}
