// A recording fake of the `electron` module: just what main/index.ts, main/shell/* and electron-store use.
// The boot test runs the BUILT main bundle in a child Node process with this fake in place of Electron
// (register.mjs), then drives it over the child's IPC channel (`process.send`): it asks for a snapshot of what
// was recorded (windows, tray, menu, notifications, IPC handlers, security hooks), invokes IPC handlers as our
// window or as a foreign frame, clicks menu items and notifications, and waits on recorded events (never sleeps).
import { EventEmitter } from 'node:events';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const changes = new EventEmitter(); // 'change' after anything is recorded: waiters re-check their condition
const touch = () => changes.emit('change');

const recorded = {
  windows: [],
  trays: [],
  notifications: [],
  ipcHandlers: new Map(),
  headersHooks: [],
  permissionRequest: null,
  permissionCheck: null,
  openedExternally: [],
  fetched: [],
  loginItems: [],
  quitRequested: 0,
};

function preventable() {
  const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
  return event;
}

// ---------------------------------------------------------------------------------------------------------- app

const userData = process.env.FAKE_ELECTRON_USER_DATA ?? mkdtempSync(join(tmpdir(), 'fake-electron-'));

class App extends EventEmitter {
  isPackaged = false;
  #ready = false;
  whenReady() {
    if (!this.#ready) {
      this.#ready = true;
      setImmediate(() => this.emit('ready'));
    }
    return new Promise((resolve) => setImmediate(resolve));
  }
  isReady() {
    return this.#ready;
  }
  requestSingleInstanceLock() {
    return process.env.FAKE_ELECTRON_SECOND_INSTANCE !== '1';
  }
  getPath() {
    return userData;
  }
  getVersion() {
    return '0.1.0';
  }
  getName() {
    return 'UCWA Tray';
  }
  setLoginItemSettings(s) {
    recorded.loginItems.push(s);
  }
  quit() {
    recorded.quitRequested += 1;
    const event = preventable();
    this.emit('before-quit', event);
    touch();
    if (event.defaultPrevented) return;
    this.emit('will-quit', preventable());
    this.emit('quit');
    send({ type: 'exiting', code: 0, fetched: recorded.fetched });
    setImmediate(() => process.exit(0));
  }
  exit(code = 0) {
    send({ type: 'exiting', code });
    setImmediate(() => process.exit(code));
  }
}
export const app = new App();

// ------------------------------------------------------------------------------------------------- BrowserWindow

let nextId = 1;

class WebContents extends EventEmitter {
  id = nextId++;
  sent = [];
  windowOpenHandler = null;
  mainFrame = { url: '', parent: null, routingId: 1 };
  #destroyed = false;
  send(channel, payload) {
    this.sent.push({ channel, payload });
    touch();
  }
  setWindowOpenHandler(fn) {
    this.windowOpenHandler = fn;
  }
  isDestroyed() {
    return this.#destroyed;
  }
  destroy() {
    this.#destroyed = true;
  }
}

export class BrowserWindow extends EventEmitter {
  constructor(options = {}) {
    super();
    this.options = options;
    this.webContents = new WebContents();
    this.visible = false;
    this.destroyed = false;
    this.loaded = null;
    this.bounds = {
      x: options.x ?? 100,
      y: options.y ?? 100,
      width: options.width ?? 800,
      height: options.height ?? 600,
    };
    recorded.windows.push(this);
    app.emit('web-contents-created', preventable(), this.webContents);
    touch();
  }
  #load(url) {
    this.loaded = url;
    this.webContents.mainFrame.url = url;
    this.webContents.emit('did-start-loading');
    setImmediate(() => {
      this.webContents.emit('did-finish-load');
      this.emit('ready-to-show');
      touch();
    });
    return Promise.resolve();
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
    this.visible = true;
    touch();
  }
  hide() {
    this.visible = false;
    touch();
  }
  focus() {}
  restore() {}
  isMinimized() {
    return false;
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
  close() {
    const event = preventable();
    this.emit('close', event);
    if (!event.defaultPrevented) this.destroy();
    touch();
  }
  destroy() {
    this.destroyed = true;
    this.visible = false;
    this.webContents.destroy();
    this.emit('closed');
    touch();
  }
}

// ------------------------------------------------------------------------------------------- tray, menu, images

export const nativeImage = {
  createFromPath(path) {
    const image = {
      path,
      exists: existsSync(path),
      representations: [],
      template: false,
      addRepresentation(rep) {
        image.representations.push({ scaleFactor: rep.scaleFactor, bytes: rep.buffer?.length ?? 0 });
      },
      setTemplateImage(on) {
        image.template = on;
      },
      isEmpty: () => !image.exists,
    };
    return image;
  },
  createEmpty: () => nativeImage.createFromPath(''),
};

export class Tray extends EventEmitter {
  constructor(image) {
    super();
    this.image = image;
    this.tooltip = '';
    this.menu = null;
    this.menuBuilds = 0;
    this.destroyed = false;
    recorded.trays.push(this);
    touch();
  }
  setImage(image) {
    this.image = image;
    touch();
  }
  setToolTip(text) {
    this.tooltip = text;
    touch();
  }
  setContextMenu(menu) {
    this.menu = menu;
    this.menuBuilds += 1;
    touch();
  }
  destroy() {
    this.destroyed = true;
  }
}

export const Menu = {
  buildFromTemplate: (template) => ({ items: template }),
  setApplicationMenu() {},
};

// ------------------------------------------------------------------------------------------------ notifications

export class Notification extends EventEmitter {
  static isSupported() {
    return true;
  }
  constructor(options) {
    super();
    this.options = options;
    this.shown = false;
  }
  show() {
    this.shown = true;
    recorded.notifications.push(this);
    touch();
  }
  close() {
    this.emit('close');
  }
}

// ---------------------------------------------------------------------------------------------------- ipc, etc.

export const ipcMain = {
  handle(channel, fn) {
    if (recorded.ipcHandlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    recorded.ipcHandlers.set(channel, fn);
  },
  removeHandler(channel) {
    recorded.ipcHandlers.delete(channel);
  },
  on() {},
  once() {},
  removeListener() {},
};

export const session = {
  defaultSession: {
    webRequest: {
      onHeadersReceived(fn) {
        recorded.headersHooks.push(fn);
      },
    },
    setPermissionRequestHandler(fn) {
      recorded.permissionRequest = fn;
    },
    setPermissionCheckHandler(fn) {
      recorded.permissionCheck = fn;
    },
  },
};

export const powerMonitor = Object.assign(new EventEmitter(), { getSystemIdleTime: () => 0 });

export const net = {
  fetch(input, init) {
    const url = typeof input === 'string' ? input : input.url;
    recorded.fetched.push({ method: init?.method ?? 'GET', url });
    touch();
    return globalThis.fetch(input, init);
  },
  isOnline: () => true,
};

export const shell = {
  async openExternal(url) {
    recorded.openedExternally.push(url);
  },
  async openPath() {
    return '';
  },
};

export const screen = {
  getAllDisplays: () => [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
  getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } }),
};

export const nativeTheme = Object.assign(new EventEmitter(), {
  themeSource: 'system',
  shouldUseDarkColors: false,
});

export const contextBridge = {
  exposeInMainWorld() {
    throw new Error('contextBridge is for preload scripts');
  },
};
export const ipcRenderer = null;

const electron = {
  app,
  BrowserWindow,
  Tray,
  Menu,
  nativeImage,
  Notification,
  ipcMain,
  session,
  powerMonitor,
  net,
  shell,
  screen,
  nativeTheme,
  contextBridge,
  ipcRenderer,
};
export default electron;

// ------------------------------------------------------------------------------------------ the control channel

function send(message) {
  if (process.send && process.env.FAKE_ELECTRON_CONTROL === '1') process.send(message);
}

function menuView(items) {
  return (items ?? []).map((item) => ({
    id: item.id,
    label: item.label,
    type: item.type ?? (item.submenu ? 'submenu' : 'normal'),
    enabled: item.enabled !== false,
    ...(item.submenu ? { submenu: menuView(item.submenu) } : {}),
  }));
}

function findMenuItem(items, labels) {
  let list = items;
  let found;
  for (const label of labels) {
    found = (list ?? []).find((i) => i.label === label || i.id === label);
    if (!found)
      throw new Error(`no menu item "${label}" in [${(list ?? []).map((i) => i.label).join(' | ')}]`);
    list = found.submenu;
  }
  return found;
}

function securityProbe() {
  const headers = [];
  for (const hook of recorded.headersHooks) {
    hook({ url: 'file:///index.html', responseHeaders: { 'X-Other': ['1'] } }, (r) =>
      headers.push(r.responseHeaders),
    );
  }
  let permission = 'not set';
  recorded.permissionRequest?.(null, 'media', (granted) => (permission = granted));
  const win = recorded.windows[0];
  const navigation = preventable();
  win?.webContents.emit('will-navigate', navigation, 'https://evil.example/');
  const openResult = win?.webContents.windowOpenHandler?.({ url: 'https://example.com/page' });
  const openFile = win?.webContents.windowOpenHandler?.({ url: 'file:///etc/passwd' });
  return {
    headers,
    permissionGranted: permission,
    permissionCheck: recorded.permissionCheck ? recorded.permissionCheck(null, 'notifications') : 'not set',
    navigationPrevented: navigation.defaultPrevented,
    windowOpen: [openResult, openFile],
  };
}

function snapshot() {
  const tray = recorded.trays.at(-1);
  return {
    windows: recorded.windows.map((w) => ({
      options: JSON.parse(JSON.stringify(w.options)),
      loaded: w.loaded,
      visible: w.visible,
      destroyed: w.destroyed,
      pushes: w.webContents.sent.map((s) => s.channel),
    })),
    tray: tray && {
      image: {
        path: tray.image.path,
        exists: tray.image.exists,
        template: tray.image.template,
        reps: tray.image.representations,
      },
      tooltip: tray.tooltip,
      menu: menuView(tray.menu?.items),
      menuBuilds: tray.menuBuilds,
    },
    ipcChannels: [...recorded.ipcHandlers.keys()],
    notifications: recorded.notifications.map((n) => ({
      title: n.options.title,
      body: n.options.body,
      icon: n.options.icon,
    })),
    fetched: recorded.fetched,
    openedExternally: recorded.openedExternally,
    quitRequested: recorded.quitRequested,
  };
}

async function invoke({ channel, args, as }) {
  const handler = recorded.ipcHandlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  const win = recorded.windows.at(-1);
  const contents = win?.webContents;
  let event;
  if (as === 'window') event = { sender: contents, senderFrame: contents?.mainFrame };
  else if (as === 'iframe')
    event = { sender: contents, senderFrame: { url: 'https://evil.example/', parent: contents?.mainFrame } };
  else event = { sender: new WebContents(), senderFrame: { url: 'https://evil.example/', parent: null } };
  return handler(event, args);
}

function waitFor(check) {
  return new Promise((resolve) => {
    const attempt = () => {
      const value = check();
      if (value === undefined || value === false) return;
      changes.off('change', attempt);
      resolve(value);
    };
    changes.on('change', attempt);
    attempt();
  });
}

const commands = {
  snapshot,
  security: securityProbe,
  invoke,
  clickMenu: ({ path }) => {
    const item = findMenuItem(recorded.trays.at(-1)?.menu?.items, path);
    item.click?.();
    return true;
  },
  clickNotification: ({ index }) => {
    recorded.notifications[index]?.emit('click');
    return true;
  },
  closeWindow: () => {
    recorded.windows.at(-1)?.close();
    return true;
  },
  power: ({ name }) => {
    powerMonitor.emit(name);
    return true;
  },
  quit: () => {
    app.quit();
    return true;
  },
  waitForNotifications: ({ count }) =>
    waitFor(() => recorded.notifications.length >= count && recorded.notifications.length),
  waitForTooltip: ({ includes }) =>
    waitFor(() => {
      const tip = recorded.trays.at(-1)?.tooltip ?? '';
      return tip.includes(includes) ? tip : undefined;
    }),
  waitForMenuLabel: ({ includes }) =>
    waitFor(() => {
      const labels = (recorded.trays.at(-1)?.menu?.items ?? []).map((i) => i.label ?? '');
      return labels.find((l) => l.includes(includes));
    }),
  /** The first request from index `after` on whose URL contains `includes`. */
  waitForFetch: ({ after, includes }) =>
    waitFor(() => recorded.fetched.slice(after).find((f) => f.url.includes(includes))),
  waitForWindowVisible: () => waitFor(() => recorded.windows.at(-1)?.visible === true),
  waitForPush: ({ channel }) =>
    waitFor(() => recorded.windows.at(-1)?.webContents.sent.find((s) => s.channel === channel)?.payload),
};

if (process.send && process.env.FAKE_ELECTRON_CONTROL === '1') {
  process.on('message', async (message) => {
    const { id, cmd, args } = message ?? {};
    try {
      const command = commands[cmd];
      if (!command) throw new Error(`unknown command ${cmd}`);
      const result = await command(args ?? {});
      send({ id, ok: true, result: JSON.parse(JSON.stringify(result ?? null)) });
    } catch (e) {
      send({ id, ok: false, error: e instanceof Error ? e.message : String(e) });
    }
  });
  send({ type: 'loaded' });
}
