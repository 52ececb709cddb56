// Notification (https://www.electronjs.org/docs/latest/api/notification), with what each OS does to it:
// - Windows: a toast shows under the app's AppUserModelID (app.setAppUserModelId); without one it is attributed to
//   the executable and may not show under the app's name (https://www.electronjs.org/docs/latest/tutorial/notifications#windows). When it times
//   out it moves to Action Center and `close` fires with reason 'timedOut'; a click there later reaches the app only
//   through Notification.handleActivation (Electron ≥ 42, Windows only), with the toast's `launch` arguments.
// - macOS: since Electron 42 notifications go through UNUserNotificationCenter, which needs a code-signed app;
//   an unsigned build (FAKE_ELECTRON_UNSIGNED=1) emits `failed` with the error text instead of showing.
// - Linux: libnotify; `failed` is not emitted there (the event is darwin/win32 only).
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { platform, preventable, recorded, touch } from './state.mjs';

export const UNSIGNED_FAILURE = 'Notifications are not allowed for this application';

let pendingActivation = null;

/** The `launch` attribute of a custom toast XML: what Windows hands back on activation. */
function launchArguments(toastXml) {
  const match = /<toast\b[^>]*\blaunch="([^"]*)"/.exec(toastXml ?? '');
  return match
    ? match[1]
        .replaceAll('&quot;', '"')
        .replaceAll('&lt;', '<')
        .replaceAll('&gt;', '>')
        .replaceAll('&amp;', '&')
    : '';
}

export class Notification extends EventEmitter {
  static isSupported() {
    return process.env.FAKE_ELECTRON_NOTIFICATIONS !== 'unsupported';
  }
  constructor(options = {}) {
    super();
    this.options = options;
    this.id = platform === 'linux' ? '' : options.id || randomUUID();
    this.title = options.title ?? '';
    this.body = options.body ?? '';
    this.toastXml = options.toastXml ?? '';
    this.shown = false;
    this.state = 'new';
    this.shownAs = null;
  }
  show() {
    this.shown = true;
    recorded.notifications.push(this);
    if (platform === 'darwin' && process.env.FAKE_ELECTRON_UNSIGNED === '1') {
      this.state = 'failed';
      setImmediate(() => {
        this.emit('failed', preventable(), UNSIGNED_FAILURE);
        touch();
      });
      return;
    }
    this.state = 'shown';
    this.shownAs = platform === 'win32' ? recorded.appUserModelId : 'UCWA Tray';
    setImmediate(() => {
      this.emit('show', preventable());
      touch();
    });
    touch();
  }
  close() {
    this.#closed(undefined);
  }
  #closed(reason) {
    if (this.state === 'closed' || this.state === 'actionCenter') return;
    this.state = platform === 'win32' && reason === 'timedOut' ? 'actionCenter' : 'closed';
    this.emit('close', preventable({ reason }));
    touch();
  }

  // ---- what the user and the OS do (control commands) ----
  userClick() {
    if (this.state === 'shown') {
      this.emit('click', preventable());
      this.#activate();
      return 'instance';
    }
    if (this.state === 'actionCenter') return this.#activate() ? 'handleActivation' : 'lost';
    return 'not shown';
  }
  osTimeout() {
    this.#closed('timedOut');
  }
  #activate() {
    if (platform !== 'win32') return false;
    const details = { type: 'click', arguments: launchArguments(this.toastXml) };
    if (recorded.activationHandler) {
      recorded.activationHandler(details);
      return true;
    }
    pendingActivation = details;
    return false;
  }
}

if (platform === 'win32') {
  // https://www.electronjs.org/docs/latest/api/notification#notificationhandleactivationcallback-windows: replays an activation that came first.
  Notification.handleActivation = (callback) => {
    recorded.activationHandler = callback;
    touch();
    if (pendingActivation) {
      const details = pendingActivation;
      pendingActivation = null;
      callback(details);
    }
  };
}
