// The one window: created on demand, hidden (not closed) when the user closes it, bounds remembered, secure web
// preferences, and the check that an IPC message really comes from it (isOurSender).
import { normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as Electron from 'electron';
import type { Backend } from '../backend/index.js';
import type { SettingsPort, WindowBounds } from '../ipc/ports.js';

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
  /** Development: the electron-vite dev server. */
  url?: string;
  /** Production: out/renderer/index.html. */
  file: string;
}

export interface WindowDeps {
  electron: Pick<typeof Electron, 'BrowserWindow' | 'screen'>;
  backend: Backend;
  settings: SettingsPort;
  preload: string;
  renderer: RendererLocation;
  /** Linux and Windows window icon (macOS takes the bundle's). */
  icon?: string;
  platform: NodeJS.Platform;
  /** True once the app is quitting: then a close really closes. */
  isQuitting: () => boolean;
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
  /** Create the window if needed, show and focus it. */
  show(): Electron.BrowserWindow;
  current(): Electron.BrowserWindow | null;
  /** Is this IPC event from our window's main frame, showing our page? */
  isOurSender(event: Pick<Electron.IpcMainInvokeEvent, 'sender' | 'senderFrame'>): boolean;
}

export function createWindowManager(deps: WindowDeps): WindowManager {
  let win: Electron.BrowserWindow | null = null;

  function saveBounds(): void {
    if (win && !win.isDestroyed() && !win.isMinimized())
      deps.settings.update({ windowBounds: win.getNormalBounds() });
  }

  function create(): Electron.BrowserWindow {
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
      w.hide();
    });
    w.on('closed', () => {
      win = null;
      deps.backend.markRendererGone();
    });
    // A reload or a crash loses the page's subscriptions: queue pushes until it says ready again.
    w.webContents.on('did-start-loading', () => deps.backend.markRendererGone());
    w.webContents.on('render-process-gone', () => deps.backend.markRendererGone());
    w.once('ready-to-show', () => w.show());
    // The page learns the platform from its query (the preload exposes nothing but window.ucwa).
    const query = { platform: deps.platform };
    if (deps.renderer.url) void w.loadURL(`${deps.renderer.url}?${new URLSearchParams(query).toString()}`);
    else void w.loadFile(deps.renderer.file, { query });
    return w;
  }

  return {
    show() {
      win ??= create();
      if (win.isMinimized()) win.restore();
      win.show();
      win.focus();
      return win;
    },
    current: () => win,
    isOurSender(event) {
      if (!win || win.isDestroyed() || event.sender !== win.webContents) return false;
      const frame = event.senderFrame;
      // Only the top frame: an <iframe> (there should be none) never speaks for the window.
      if (!frame || frame.parent !== null) return false;
      const url = frame.url;
      return deps.renderer.url ? url.startsWith(deps.renderer.url) : isFileUrlOf(url, deps.renderer.file);
    },
  };
}

/**
 * Does this frame URL show that file? Compared as paths, not strings: Chromium percent-encodes the URL
 * (`/opt/UCWA%20Tray/…` for an installed app, `file:///C:/…` on Windows), the hash carries the view.
 */
export function isFileUrlOf(url: string, file: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'file:' || parsed.host !== '') return false;
  parsed.hash = '';
  parsed.search = '';
  try {
    return normalize(fileURLToPath(parsed)) === normalize(file);
  } catch {
    return false; // an encoded slash or similar: not a path we wrote
  }
}
