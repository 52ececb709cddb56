// `app` and `powerMonitor`, with Electron's quit sequence and the three platforms' OS-initiated quits.
import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { platform, preventable, readiness, recorded, requireReady, send, touch } from './state.mjs';
import { allWindows } from './windows.mjs';

const userData = process.env.FAKE_ELECTRON_USER_DATA ?? mkdtempSync(join(tmpdir(), 'fake-electron-'));
const home = process.env.FAKE_ELECTRON_HOME ?? userData;

function lifecycle(step) {
  recorded.lifecycle.push(step);
  touch();
}

class App extends EventEmitter {
  isPackaged = process.env.FAKE_ELECTRON_PACKAGED === '1';
  #quitting = false;

  constructor() {
    super();
    // `ready` fires once the main script has run (https://www.electronjs.org/docs/latest/api/app#event-ready), whether or not anyone waits for it.
    setImmediate(() => {
      readiness.ready = true;
      this.emit('ready', preventable(), {});
      touch();
    });
  }
  whenReady() {
    return readiness.ready
      ? Promise.resolve()
      : new Promise((resolve) => this.once('ready', () => resolve()));
  }
  isReady() {
    return readiness.ready;
  }
  requestSingleInstanceLock() {
    return process.env.FAKE_ELECTRON_SECOND_INSTANCE !== '1';
  }
  getPath(name) {
    const paths = {
      userData,
      appData: join(home, platform === 'darwin' ? 'Library/Application Support' : '.config'),
      home,
      temp: tmpdir(),
      logs: join(userData, 'logs'),
      exe: process.env.FAKE_ELECTRON_EXE ?? '/opt/UCWA Tray/ucwa-tray',
    };
    if (!(name in paths)) throw new Error(`Failed to get '${name}' path`);
    return paths[name];
  }
  getAppPath() {
    return process.env.FAKE_ELECTRON_APP_PATH ?? process.cwd();
  }
  getVersion() {
    return '0.1.0';
  }
  getName() {
    return 'UCWA Tray';
  }
  // https://www.electronjs.org/docs/latest/api/app#appgetlocale (Windows: only after ready) and
  // https://www.electronjs.org/docs/latest/api/app#appgetpreferredsystemlanguages: the OS's language list.
  getLocale() {
    if (platform === 'win32')
      requireReady('app.getLocale() can only be called after the ready event on Windows');
    return process.env.FAKE_ELECTRON_LOCALE ?? 'en-GB';
  }
  getPreferredSystemLanguages() {
    return [process.env.FAKE_ELECTRON_LOCALE ?? 'en-GB'];
  }
  // https://www.electronjs.org/docs/latest/api/app#appsetloginitemsettingssettings-macos-windows: macOS and Windows only; Linux does nothing.
  setLoginItemSettings(settings) {
    recorded.loginItems.push({ ...settings, ignored: platform === 'linux' });
    touch();
  }
  getLoginItemSettings() {
    const last = recorded.loginItems.filter((s) => !s.ignored).at(-1);
    return { openAtLogin: platform !== 'linux' && last?.openAtLogin === true };
  }

  // https://www.electronjs.org/docs/latest/api/app#appquit: before-quit, then every window is asked to close (one that refuses cancels the quit),
  // then will-quit, then quit and exit. window-all-closed is not emitted on this path.
  quit() {
    recorded.quitRequested += 1;
    return this.#quitSequence('app.quit');
  }
  #quitSequence(cause) {
    if (this.#quitting) return true;
    const before = preventable();
    this.emit('before-quit', before);
    lifecycle(before.defaultPrevented ? 'before-quit:prevented' : 'before-quit');
    if (before.defaultPrevented) return false;
    this.#quitting = true;
    for (const win of allWindows()) {
      if (win.isDestroyed()) continue;
      if (!win.tryClose()) {
        lifecycle('window-close:prevented');
        this.#quitting = false;
        return false;
      }
      lifecycle('window-closed');
    }
    const willQuit = preventable();
    this.emit('will-quit', willQuit);
    lifecycle(willQuit.defaultPrevented ? 'will-quit:prevented' : 'will-quit');
    if (willQuit.defaultPrevented) {
      this.#quitting = false;
      return false;
    }
    this.emit('quit', preventable(), 0);
    lifecycle('quit');
    this.#exit(0, cause);
    return true;
  }
  // https://www.electronjs.org/docs/latest/api/app#appexitexitcode: no before-quit and no will-quit.
  exit(code = 0) {
    this.#exit(code, 'app.exit');
  }
  #exit(code, cause) {
    send({ type: 'exiting', code, cause, fetched: recorded.fetched, lifecycle: recorded.lifecycle });
    setImmediate(() => process.exit(code));
  }

  /**
   * An OS-initiated quit, as each platform delivers it:
   * - macOS (logout, restart, shutdown): NSWorkspaceWillPowerOffNotification emits powerMonitor `shutdown`
   *   (electron/electron#24111), then -[NSApp terminate:] runs the quit sequence; a before-quit that is prevented
   *   answers NSTerminateCancel and the OS cancels the logout (electron/electron#230).
   * - Linux (restart, shutdown): logind's PrepareForShutdown emits `shutdown`; preventDefault holds a delay
   *   inhibitor until the app exits, at most InhibitDelayMaxSec (5 s by default), then SIGTERM quits the app.
   *   A logout is SIGTERM alone. https://www.electronjs.org/docs/latest/api/power-monitor#event-shutdown-linux-macos
   * - Windows: each window gets `query-session-end` (preventDefault blocks the shutdown screen), then
   *   `session-end`, then the process is ended: before-quit and will-quit are not emitted (https://www.electronjs.org/docs/latest/api/app#event-before-quit).
   */
  osQuit(kind) {
    recorded.osQuit = { kind, platform, cancelled: false, blockedBy: null };
    touch();
    if (platform === 'win32') return this.#windowsSessionEnd(kind);
    if (platform === 'darwin') {
      powerMonitor.emit('shutdown', preventable());
      lifecycle('shutdown');
      if (!this.#quitSequence(`os-${kind}`)) this.#blocked('quit sequence (macOS cancels the logout)');
      return recorded.osQuit;
    }
    const sigterm = () => {
      if (!this.#quitSequence(`os-${kind}`)) this.#blocked('quit sequence on SIGTERM');
    };
    if (kind === 'logout') {
      sigterm();
      return recorded.osQuit;
    }
    const event = preventable();
    powerMonitor.emit('shutdown', event);
    lifecycle(event.defaultPrevented ? 'shutdown:delayed' : 'shutdown');
    if (!event.defaultPrevented) sigterm();
    else setTimeout(sigterm, 5000).unref();
    return recorded.osQuit;
  }
  #blocked(by) {
    recorded.osQuit.cancelled = true;
    recorded.osQuit.blockedBy = by;
    touch();
  }
  #windowsSessionEnd(kind) {
    const reasons = kind === 'logout' ? ['logoff'] : ['shutdown'];
    for (const win of allWindows()) {
      const query = preventable({ reasons });
      win.emit('query-session-end', query);
      if (query.defaultPrevented) this.#blocked('query-session-end');
    }
    lifecycle('query-session-end');
    for (const win of allWindows()) win.emit('session-end', preventable({ reasons }));
    lifecycle('session-end');
    this.#exit(0, `os-${kind}`);
    return recorded.osQuit;
  }
}

// https://www.electronjs.org/docs/latest/api/app#appsetappusermodelidid-windows: Windows only (the method does not exist elsewhere).
if (platform === 'win32') {
  App.prototype.setAppUserModelId = function setAppUserModelId(id) {
    recorded.appUserModelId = id;
    touch();
  };
}

export const app = new App();

// https://www.electronjs.org/docs/latest/api/power-monitor: events from the OS; the methods need a ready app.
export const powerMonitor = Object.assign(new EventEmitter(), {
  getSystemIdleTime() {
    requireReady("The 'powerMonitor' module can't be used before the app 'ready' event");
    return 0;
  },
});
