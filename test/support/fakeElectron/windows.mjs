// BrowserWindow and its webContents: refused before `ready`, shown at once unless `show: false`, pages loaded
// through the registered protocol handlers (or from disk for file:), `ready-to-show` only after the page loaded.
import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { app } from './app.mjs';
import { preventable, recorded, requireReady, touch } from './state.mjs';
import { handlerFor, session } from './session.mjs';

let nextId = 1;

export function allWindows() {
  return recorded.windows.filter((w) => !w.isDestroyed());
}

export class WebContents extends EventEmitter {
  id = nextId++;
  sent = [];
  windowOpenHandler = null;
  mainFrame = { url: '', origin: '', parent: null, routingId: 1 };
  #destroyed = false;
  /** https://www.electronjs.org/docs/latest/api/web-contents#contentssession-readonly */
  constructor(webPreferences = {}) {
    super();
    this.session =
      webPreferences.session ??
      (webPreferences.partition ? session.fromPartition(webPreferences.partition) : session.defaultSession);
  }
  /**
   * The fake's own: the page navigates to `url` through `redirects` (a link or a form), as Chromium reports it:
   * `will-navigate` (https://www.electronjs.org/docs/latest/api/web-contents#event-will-navigate), then
   * `will-redirect` per hop; a prevented one stops the navigation there. Else `did-navigate` with the final URL.
   * Returns the URL the page ended on (unchanged when stopped).
   */
  playNavigation(url, redirects = []) {
    const hops = [url, ...redirects];
    for (const [i, hop] of hops.entries()) {
      const event = preventable({ url: hop, isMainFrame: true, frame: this.mainFrame });
      this.emit(i === 0 ? 'will-navigate' : 'will-redirect', event, hop, false, true);
      if (event.defaultPrevented) return this.mainFrame.url;
    }
    const final = hops.at(-1);
    this.mainFrame.url = final;
    this.mainFrame.origin = originOf(final);
    this.emit('did-navigate', preventable(), final, 200, 'OK');
    touch();
    return final;
  }
  send(channel, payload) {
    this.sent.push({ channel, payload });
    touch();
  }
  setWindowOpenHandler(fn) {
    this.windowOpenHandler = fn;
  }
  getURL() {
    return this.mainFrame.url;
  }
  isDestroyed() {
    return this.#destroyed;
  }
  destroy() {
    this.#destroyed = true;
  }
}

export class BrowserWindow extends EventEmitter {
  static getAllWindows() {
    return allWindows();
  }
  constructor(options = {}) {
    requireReady('Cannot create BrowserWindow before app is ready');
    super();
    this.options = options;
    this.title = options.title ?? '';
    this.webContents = new WebContents(options.webPreferences);
    // https://www.electronjs.org/docs/latest/api/structures/base-window-options: `show` defaults to true.
    this.visible = options.show !== false;
    this.shownBeforeReadyToShow = this.visible;
    this.readyToShow = false;
    this.destroyed = false;
    this.minimized = false;
    this.loaded = null;
    this.loadedResponse = null;
    this.bounds = {
      x: options.x ?? 100,
      y: options.y ?? 100,
      width: options.width ?? 800,
      height: options.height ?? 600,
    };
    recorded.windows.push(this);
    app.emit('web-contents-created', preventable(), this.webContents);
    app.emit('browser-window-created', preventable(), this);
    touch();
  }
  async #load(url) {
    this.loaded = url;
    this.webContents.mainFrame.url = url;
    this.webContents.mainFrame.origin = originOf(url);
    this.webContents.emit('did-start-loading');
    const failure = await this.#fetchPage(url);
    if (failure) {
      this.webContents.emit('did-fail-load', preventable(), failure.errno, failure.code, url, true);
      touch();
      const error = new Error(`${failure.code} (${failure.errno}) loading '${url}'`);
      Object.assign(error, { code: failure.code, errno: failure.errno, url });
      throw error;
    }
    // https://www.electronjs.org/docs/latest/api/web-contents#event-did-navigate: a main-frame navigation (loadURL too).
    this.webContents.emit('did-navigate', preventable(), url, 200, 'OK');
    this.webContents.emit('did-finish-load');
    // https://www.electronjs.org/docs/latest/api/browser-window#event-ready-to-show: emitted after the first paint if the window is not shown yet.
    if (!this.visible && !this.destroyed) {
      this.readyToShow = true;
      this.emit('ready-to-show');
    }
    touch();
  }
  async #fetchPage(url) {
    const scheme = new URL(url).protocol.slice(0, -1);
    const handler = handlerFor(scheme);
    if (handler) {
      const response = await handler(new Request(url));
      this.loadedResponse = { status: response.status, headers: Object.fromEntries(response.headers) };
      return response.ok ? null : { code: 'ERR_FILE_NOT_FOUND', errno: -6 };
    }
    if (scheme === 'file')
      return existsSync(fileURLToPath(url)) ? null : { code: 'ERR_FILE_NOT_FOUND', errno: -6 };
    if (scheme === 'http' || scheme === 'https') return null; // a dev server: not fetched by the fake
    return { code: 'ERR_UNKNOWN_URL_SCHEME', errno: -302 };
  }
  loadFile(path, options) {
    // As Chromium does: percent-encoded (an installed app lives in `/opt/UCWA Tray/…`), with the query.
    const url = pathToFileURL(path);
    url.search = new URLSearchParams(options?.query ?? {}).toString();
    return this.#load(url.href);
  }
  loadURL(url) {
    return this.#load(url);
  }
  show() {
    if (!this.visible && !this.readyToShow) this.shownBeforeReadyToShow = true;
    this.visible = true;
    this.minimized = false;
    touch();
  }
  hide() {
    this.visible = false;
    touch();
  }
  minimize() {
    this.minimized = true;
    touch();
  }
  focus() {}
  setTitle(title) {
    this.title = title;
    touch();
  }
  getTitle() {
    return this.title;
  }
  restore() {
    this.minimized = false;
    touch();
  }
  isMinimized() {
    return this.minimized;
  }
  isVisible() {
    return this.visible;
  }
  isDestroyed() {
    return this.destroyed;
  }
  getNormalBounds() {
    return { ...this.bounds };
  }
  getBounds() {
    return { ...this.bounds };
  }
  /** https://www.electronjs.org/docs/latest/api/browser-window#wincloseclose: `close` can be prevented; otherwise the window is destroyed. */
  close() {
    this.tryClose();
  }
  /** The fake's own: close, and say whether the window is gone (app.quit needs to know). */
  tryClose() {
    const event = preventable();
    this.emit('close', event);
    touch();
    if (event.defaultPrevented) return false;
    this.destroy();
    return true;
  }
  destroy() {
    if (this.destroyed) return;
    this.destroyed = true;
    this.visible = false;
    this.webContents.destroy();
    this.emit('closed');
    touch();
  }
}

function originOf(url) {
  try {
    const u = new URL(url);
    return u.origin === 'null' ? `${u.protocol}//` : u.origin;
  } catch {
    return '';
  }
}
