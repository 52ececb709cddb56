// What every part of the fake shares: the platform it plays, app readiness, the record the boot tests read, and
// the control channel to the test process. Each behaviour elsewhere cites the Electron page it follows.
import { EventEmitter } from 'node:events';

/** The platform whose documented behaviour the fake plays (register.mjs makes process.platform agree). */
export const platform = process.env.FAKE_ELECTRON_PLATFORM ?? process.platform;

/** 'change' after anything is recorded: waiters re-check their condition (never a timer). */
export const changes = new EventEmitter();
changes.setMaxListeners(0);
export const touch = () => changes.emit('change');

export const recorded = {
  windows: [],
  trays: [],
  notifications: [],
  activationHandler: null,
  ipcHandlers: new Map(),
  headersHooks: [],
  permissionRequest: null,
  permissionCheck: null,
  openedExternally: [],
  fetched: [],
  loginItems: [],
  quitRequested: 0,
  /** Every app lifecycle event in order: `before-quit`, `window-close`, `will-quit`, `quit`, `shutdown`... */
  lifecycle: [],
  /** What happened to an OS-initiated quit: null until one is played. */
  osQuit: null,
  appUserModelId: null,
  privilegedSchemes: null,
  protocolHandlers: new Map(),
  ntlmDomains: [],
  loginHandlers: 0,
  /** Every `login` asked (a request's, or one the test played on app): who asked, and whether an account came. */
  logins: [],
  /** defaultSession.clearAuthCache() calls. */
  defaultAuthCacheCleared: 0,
  /** session.fromPartition names, in the order first asked for. */
  partitions: [],
  /** Calls made before the app was ready that Electron refuses (the error is thrown too). */
  notReadyErrors: [],
};

export const readiness = { ready: false };

/** The error Electron throws for an API used before `ready`; recorded so a test can see it even if swallowed. */
export function requireReady(message) {
  if (readiness.ready) return;
  recorded.notReadyErrors.push(message);
  touch();
  throw new Error(message);
}

export function preventable(extra = {}) {
  const event = { defaultPrevented: false, ...extra, preventDefault: () => (event.defaultPrevented = true) };
  return event;
}

export function send(message) {
  if (process.send && process.env.FAKE_ELECTRON_CONTROL === '1') process.send(message);
}
