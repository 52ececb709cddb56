// The Electron main process: thin wiring only. Everything with logic lives in main/backend/ (no Electron) and
// main/shell/* (one Electron concern per file); this file creates them in order and connects OS events to them.
// Flags: `--demo` signs in to the embedded simulator at once (the same as "Try the demo"); `--verbose` (or
// UCWA_LOG_LEVEL=debug) logs at debug level with a trace of every request, redacted like every line.
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
  protocol,
  screen,
  session,
  shell,
} from 'electron';
import { lastKnownFileFor } from './app/lastKnownFile.js';
import { tagFileFor } from './app/tagFile.js';
import { createBackend } from './backend/index.js';
import { DIAGNOSTIC_LOG_LINES } from './diagnostics/index.js';
import { localeTag, useLocale } from './i18n/index.js';
import type { SettingsView } from './ipc/contract.js';
import type { NtlmAccount } from './ucwa/auth/ntlm.js';
import { openAppLog } from './log/index.js';
import { CONTENT_SECURITY_POLICY, DEV_CONTENT_SECURITY_POLICY } from './shell/csp.js';
import { startEmbeddedDemo } from './shell/demo.js';
import { appIconPath, trayIconFiles } from './shell/icons.js';
import { APP_ID } from './shell/identity.js';
import { registerIpc } from './shell/ipcMain.js';
import { setStartAtLogin } from './shell/loginItem.js';
import { IntegratedAuth } from './shell/integratedAuth.js';
import { watchNetwork } from './shell/network.js';
import { answerPageLogin } from './shell/pageLogin.js';
import { createPassiveWindow, forgetSignInSessions } from './shell/passiveWindow.js';
import { createElectronNotifier } from './shell/notifier.js';
import { readManagedPolicy } from './shell/policy.js';
import { RENDERER_PAGE, registerRendererScheme, serveRenderer } from './shell/protocol.js';
import { handleQuit } from './shell/quit.js';
import { createKeyringSecrets } from './shell/secrets.js';
import { applySecurity } from './shell/security.js';
import { openHistoryStore, openSettings } from './shell/settings.js';
import { netFetch } from './shell/transport.js';
import { createTray } from './shell/tray.js';
import { MISSING_TRAY_HINT, detectTrayHost } from './shell/trayHost.js';
import { createWindowManager } from './shell/window.js';

const here = dirname(fileURLToPath(import.meta.url));
const demo = process.argv.includes('--demo');
const platform = process.platform;
/** electron-vite's dev server, honoured only in development: a packaged app always shows its own files. */
const devServer = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL || undefined;
/** Seconds without keyboard or mouse input after which the user counts as away (UCWA's inactiveTimeout default). */
const USER_IDLE_AFTER_S = 5 * 60;

/** The platform's log folder; without one (it cannot be made) the app logs to stderr only. */
function logFolder(): string | null {
  try {
    return app.getPath('logs');
  } catch {
    return null;
  }
}
/**
 * One logger for the whole main process (shell, backend, protocol client): the rotating log file and stderr, every
 * line redacted (main/log). Its last lines go into "Copy diagnostics".
 */
const appLog = openAppLog({
  dir: logFolder(),
  debug: process.argv.includes('--verbose') || process.env.UCWA_LOG_LEVEL === 'debug',
  stream: process.stderr,
});
const log = appLog.log;
const warn = (message: string, data?: Record<string, unknown>) => log.warn(message, data);

/** Versions for About and the diagnostics. */
function appInfo() {
  return {
    version: app.getVersion(),
    electron: process.versions.electron,
    chrome: process.versions.chrome,
    node: process.versions.node,
    os: `${process.platform} ${release()}`,
  };
}

/** The words' language: the user's choice in Settings, else what the OS prefers. */
function chooseLanguage(language: SettingsView['language']) {
  return useLocale([
    language === 'system' ? null : language,
    app.getLocale(),
    ...app.getPreferredSystemLanguages(),
  ]);
}

/**
 * The organisation's sign-in page (the passive grant): a window of its own, modal to the app's window when there is
 * one; its cookies kept on disk only with "Remember me" (sign-out and Forget this account drop them); the Windows
 * account typed for its server, if any, for that server alone (shell/pageLogin.ts).
 */
function passiveSignInPage(appWindow: () => BrowserWindow | null) {
  const page = (remember: boolean, account?: NtlmAccount) =>
    createPassiveWindow({
      electron: { BrowserWindow, session },
      parent: appWindow,
      remember,
      account,
      log: warn,
    });
  return Object.assign(page, { forget: () => forgetSignInSessions({ session }) });
}

async function start(): Promise<void> {
  // Windows: toasts show under the app's name only with the AppUserModelID the installer's shortcut carries.
  if (platform === 'win32') app.setAppUserModelId(APP_ID);
  const trayHost = detectTrayHost(platform);
  // Read while Electron gets ready (reg.exe on Windows takes a moment); what the organisation set wins over the
  // settings and is locked in Settings.
  const managedRead = readManagedPolicy({ platform, isPackaged: app.isPackaged, env: process.env, log });
  await app.whenReady();
  const managed = await managedRead;
  const policy = devServer ? DEV_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY;
  serveRenderer(protocol, { dir: join(here, '../renderer'), policy });
  const security = applySecurity({ app, session, shell, policy, log: warn });
  const settings = openSettings({ log: warn });
  // Chromium answers Negotiate/NTLM itself, for the trusted hosts only (before any sign-in: none).
  const integratedAuth = new IntegratedAuth(() => session.defaultSession, {
    approved: () => settings.get().trustedHosts,
    organisation: managed.policy.trustedHosts ?? [],
  });
  integratedAuth.attach(app, answerPageLogin);
  // The tray exists only after the backend; a notification refused before then is shown when it is built.
  let rebuildTray = (): void => {};
  let notificationsUnavailable = false;
  const backend = createBackend({
    runtime: {
      fetch: appLog.traced(netFetch(net, integratedAuth)),
      // reportMyActivity only while the user is really here: the server's own inactivity timeout is 5 minutes.
      isUserActive: () => powerMonitor.getSystemIdleTime() < USER_IDLE_AFTER_S,
      log,
    },
    settings,
    policy: managed,
    secrets: createKeyringSecrets(),
    notifier: createElectronNotifier({
      Notification,
      platform,
      icon: appIconPath,
      log: (m) => log.warn(m),
      onUnavailable: (reason) => {
        notificationsUnavailable = true;
        backend.reportDesktop({ notifications: false });
        log.warn('notifications are unavailable: new changes are counted on the tray icon', { reason });
        rebuildTray();
      },
      onUnknownActivation: () => backend.open({ view: 'activity' }),
    }),
    startDemoServer: startEmbeddedDemo,
    historyStore: openHistoryStore({ log: warn }),
    openExternal: security.openExternal,
    // "While you were away": what the app last knew of each account, one file each in the user's data folder.
    lastKnown: (user) => lastKnownFileFor(join(app.getPath('userData'), 'last-known'), user),
    tags: (user) => tagFileFor(join(app.getPath('userData'), 'tags'), user),
    appInfo: appInfo(),
    diagnostics: { logLines: () => log.recent(DIAGNOSTIC_LOG_LINES) },
    culture: localeTag,
    windowsAuth: integratedAuth,
    passiveSignIn: passiveSignInPage(() => windows.current()),
    // Without --demo the backend signs in silently with what the keyring remembers, without holding up start-up.
    signInAtStart: !demo,
  });

  // The words' language, before the tray's first menu.
  let language = chooseLanguage(backend.settings().language);

  const quit = handleQuit({ app, powerMonitor, platform, cleanUp: () => backend.shutdown(), log: warn });
  const noTray = (await trayHost) === 'missing';
  const windows = createWindowManager({
    electron: { BrowserWindow, screen },
    backend,
    settings,
    preload: join(here, '../preload/index.cjs'),
    renderer: { devServer, page: RENDERER_PAGE },
    icon: appIconPath,
    platform,
    isQuitting: quit.isQuitting,
    keepReachable: () => noTray,
    log: warn,
  });
  registerIpc({
    ipcMain,
    backend,
    isOurSender: (event) => windows.isOurSender(event),
    currentContents: () => windows.current()?.webContents ?? null,
  });
  const tray = createTray({
    electron: { Tray, Menu, nativeImage },
    backend,
    icons: trayIconFiles,
    platform,
    readFile: (path) => readFileSync(path),
    notificationsUnavailable: () => notificationsUnavailable,
    actions: {
      open: () => windows.show(),
      openContact: (uri) => backend.open({ view: 'contacts', uri }),
      pause: (what) => backend.pause(what),
      signOut: () =>
        void backend.signOut().catch((e: unknown) => log.warn('sign-out failed', { e: String(e) })),
      quit: () => app.quit(),
    },
  });

  rebuildTray = () => tray.rebuild();
  backend.on('showWindow', () => windows.show());
  app.on('second-instance', () => windows.show());
  // A tray app keeps running with no window open; only Quit (or the OS) ends it.
  app.on('window-all-closed', () => {});

  const applySettings = (s: SettingsView) => {
    nativeTheme.themeSource = s.theme;
    const chosen = chooseLanguage(s.language);
    if (chosen !== language) {
      language = chosen;
      tray.rebuild();
    }
    if (app.isPackaged) setStartAtLogin({ app, platform, env: process.env, log: warn }, s.startAtLogin);
  };
  applySettings(backend.settings());
  backend.on('settings', applySettings);
  backend.on('settings', () => integratedAuth.update());

  // The event channel restarts at once after sleep or when the network comes back (not after its backoff).
  powerMonitor.on('resume', () => backend.wake());
  powerMonitor.on('unlock-screen', () => backend.wake());
  watchNetwork({ net, backend });

  if (noTray) {
    log.warn(MISSING_TRAY_HINT);
    backend.reportDesktop({ tray: false });
  }
  if (demo) {
    windows.show();
    await backend.tryDemo().catch((e: unknown) => log.error('the demo could not start', { e: String(e) }));
  } else if (backend.getState().firstRun || noTray) {
    windows.show(); // first run (the window offers "Try the demo"), or no tray to open it from
  }
}

// Before `ready`, as Electron requires: the renderer's own privileged scheme.
registerRendererScheme(protocol);
if (app.requestSingleInstanceLock()) {
  start().catch((e: unknown) => {
    log.error('start-up failed', { e: e instanceof Error ? e.message : String(e) });
    app.exit(1);
  });
} else {
  // A second launch: the first instance gets `second-instance` and shows its window.
  app.quit();
}
