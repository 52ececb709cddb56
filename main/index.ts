// The Electron main process: thin wiring only. Everything with logic lives in main/backend/ (no Electron) and
// main/shell/* (one Electron concern per file); this file creates them in order and connects OS events to them.
// Flags: `--demo` signs in to the embedded simulator at once (the same as "Try the demo").
import { readFileSync } from 'node:fs';
import { release } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  BrowserWindow,
  Menu,
  Notification,
  Tray,
  app,
  ipcMain,
  nativeImage,
  nativeTheme,
  net,
  powerMonitor,
  screen,
  session,
  shell,
} from 'electron';
import { lastKnownFileFor } from './app/lastKnownFile.js';
import { createBackend } from './backend/index.js';
import type { Logger } from './ipc/ports.js';
import { startEmbeddedDemo } from './shell/demo.js';
import { appIconPath, trayIconFiles } from './shell/icons.js';
import { registerIpc } from './shell/ipcMain.js';
import { watchNetwork } from './shell/network.js';
import { createElectronNotifier } from './shell/notifier.js';
import { createKeyringSecrets } from './shell/secrets.js';
import { applySecurity } from './shell/security.js';
import { openHistoryStore, openSettings } from './shell/settings.js';
import { netFetch } from './shell/transport.js';
import { createTray } from './shell/tray.js';
import { createWindowManager } from './shell/window.js';

const here = dirname(fileURLToPath(import.meta.url));
const demo = process.argv.includes('--demo');
/** Seconds without keyboard or mouse input after which the user counts as away (UCWA's inactiveTimeout default). */
const USER_IDLE_AFTER_S = 5 * 60;

/** One line per entry on stderr; callers never pass secrets (tokens and passwords do not reach this layer). */
const log: Logger = {
  debug: () => {},
  info: (message, data) => console.info(`[ucwa-tray] ${message}`, data ?? ''),
  warn: (message, data) => console.warn(`[ucwa-tray] ${message}`, data ?? ''),
  error: (message, data) => console.error(`[ucwa-tray] ${message}`, data ?? ''),
};

async function start(): Promise<void> {
  await app.whenReady();
  const security = applySecurity({ app, session, shell, log: (m, d) => log.warn(m, d) });
  const settings = openSettings();
  const secrets = createKeyringSecrets();
  const backend = createBackend({
    runtime: {
      fetch: netFetch(net),
      // reportMyActivity only while the user is really here: the server's own inactivity timeout is 5 minutes.
      isUserActive: () => powerMonitor.getSystemIdleTime() < USER_IDLE_AFTER_S,
      log,
    },
    settings,
    secrets,
    notifier: createElectronNotifier({ Notification, icon: appIconPath, log: (m) => log.warn(m) }),
    startDemoServer: startEmbeddedDemo,
    historyStore: openHistoryStore(),
    openExternal: security.openExternal,
    // "While you were away": what the app last knew of each account, one file each in the user's data folder.
    lastKnown: (user) => lastKnownFileFor(join(app.getPath('userData'), 'last-known'), user),
    appInfo: {
      version: app.getVersion(),
      electron: process.versions.electron,
      chrome: process.versions.chrome,
      node: process.versions.node,
      os: `${process.platform} ${release()}`,
    },
    // Without --demo the backend signs in silently with what the keyring remembers, without holding up start-up.
    signInAtStart: !demo,
  });

  let quitting = false;
  const windows = createWindowManager({
    electron: { BrowserWindow, screen },
    backend,
    settings,
    preload: join(here, '../preload/index.cjs'),
    renderer: {
      ...(process.env.ELECTRON_RENDERER_URL ? { url: process.env.ELECTRON_RENDERER_URL } : {}),
      file: join(here, '../renderer/index.html'),
    },
    icon: appIconPath,
    platform: process.platform,
    isQuitting: () => quitting,
  });
  registerIpc({
    ipcMain,
    backend,
    isOurSender: (event) => windows.isOurSender(event),
    currentContents: () => windows.current()?.webContents ?? null,
  });
  createTray({
    electron: { Tray, Menu, nativeImage },
    backend,
    icons: trayIconFiles,
    platform: process.platform,
    readFile: (path) => readFileSync(path),
    actions: {
      open: () => windows.show(),
      openContact: (uri) => backend.open({ view: 'contacts', uri }),
      pause: (what) => backend.pause(what),
      signOut: () =>
        void backend.signOut().catch((e: unknown) => log.warn('sign-out failed', { e: String(e) })),
      quit: () => app.quit(),
    },
  });

  backend.on('showWindow', () => windows.show());
  app.on('second-instance', () => windows.show());
  // A tray app keeps running with no window open; only Quit (or the OS) ends it.
  app.on('window-all-closed', () => {});

  const applySettings = (s: { startAtLogin: boolean; theme: 'system' | 'light' | 'dark' }) => {
    nativeTheme.themeSource = s.theme;
    if (app.isPackaged) app.setLoginItemSettings({ openAtLogin: s.startAtLogin });
  };
  applySettings(settings.get());
  backend.on('settings', applySettings);

  // The event channel restarts at once after sleep or when the network comes back (not after its backoff).
  powerMonitor.on('resume', () => backend.wake());
  powerMonitor.on('unlock-screen', () => backend.wake());
  watchNetwork({ net, backend });

  app.on('before-quit', (event) => {
    if (quitting) return;
    quitting = true;
    event.preventDefault();
    // Sign out of the UCWA application cleanly (DELETE), bounded in time, then really quit.
    void backend.shutdown().finally(() => app.quit());
  });

  if (demo) {
    windows.show();
    await backend.tryDemo().catch((e: unknown) => log.error('the demo could not start', { e: String(e) }));
  } else if (settings.get().serverAddress === null) {
    windows.show(); // first run: the window offers "Try the demo"
  }
}

if (app.requestSingleInstanceLock()) {
  start().catch((e: unknown) => {
    log.error('start-up failed', { e: e instanceof Error ? e.message : String(e) });
    app.exit(1);
  });
} else {
  // A second launch: the first instance gets `second-instance` and shows its window.
  app.quit();
}
