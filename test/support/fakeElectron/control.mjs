// The control channel: the boot test asks for a snapshot of what was recorded, plays the user and the OS (clicks,
// a toast timing out, logout, a second launch), invokes IPC handlers as our window or a foreign frame, and waits on
// recorded events (never on a timer).
import { app, powerMonitor } from './app.mjs';
import { WebContents } from './windows.mjs';
import { session } from './session.mjs';
import { changes, platform, preventable, recorded, send } from './state.mjs';

function menuView(items) {
  return (items ?? []).map((item) => ({
    id: item.id,
    label: item.label,
    type: item.type,
    enabled: item.enabled !== false,
    visible: item.visible !== false,
    ...(item.submenu ? { submenu: menuView(item.submenu.items) } : {}),
  }));
}

function findMenuItem(items, labels) {
  let list = items;
  let found;
  for (const label of labels) {
    found = (list ?? []).find((i) => i.label === label || i.id === label);
    if (!found)
      throw new Error(`no menu item "${label}" in [${(list ?? []).map((i) => i.label).join(' | ')}]`);
    list = found.submenu?.items;
  }
  return found;
}

function tray() {
  const t = recorded.trays.at(-1);
  if (!t) throw new Error('no tray');
  return t;
}

function snapshot() {
  const t = recorded.trays.at(-1);
  return {
    platform,
    windows: recorded.windows.map((w) => ({
      options: JSON.parse(JSON.stringify(w.options)),
      loaded: w.loaded,
      loadedResponse: w.loadedResponse,
      visible: w.visible,
      minimized: w.minimized,
      shownBeforeReadyToShow: w.shownBeforeReadyToShow,
      destroyed: w.destroyed,
      pushes: w.webContents.sent.map((s) => s.channel),
    })),
    tray: t && {
      image: {
        path: t.image.path,
        exists: t.image.exists,
        template: t.image.template,
        reps: t.image.representations,
      },
      tooltip: t.tooltip,
      requestedTooltip: t.requestedTooltip,
      title: t.title,
      shown: t.shown,
      menu: menuView(t.menu?.items),
      menuBuilds: t.menuBuilds,
      menuOpen: t.openMenu !== null,
      rebuiltWhileOpen: t.rebuiltWhileOpen,
      clicks: t.clicks,
    },
    ipcChannels: [...recorded.ipcHandlers.keys()],
    notifications: recorded.notifications.map((n) => ({
      title: n.options.title,
      body: n.options.body,
      icon: n.options.icon,
      id: n.id,
      state: n.state,
      shownAs: n.shownAs,
      toastXml: n.toastXml,
    })),
    activationHandler: recorded.activationHandler !== null,
    fetched: recorded.fetched,
    openedExternally: recorded.openedExternally,
    quitRequested: recorded.quitRequested,
    lifecycle: recorded.lifecycle,
    osQuit: recorded.osQuit,
    appUserModelId: recorded.appUserModelId,
    loginItems: recorded.loginItems,
    privilegedSchemes: recorded.privilegedSchemes,
    protocolSchemes: [...recorded.protocolHandlers.keys()],
    ntlmDomains: recorded.ntlmDomains,
    loginHandlers: app.listenerCount('login'),
    logins: recorded.logins,
    defaultAuthCacheCleared: recorded.defaultAuthCacheCleared,
    notReadyErrors: recorded.notReadyErrors,
  };
}

async function securityProbe() {
  const headers = [];
  for (const hook of recorded.headersHooks) {
    hook(
      { url: 'https://lync.contoso.com/x', resourceType: 'xhr', responseHeaders: { 'X-Other': ['1'] } },
      (r) => headers.push(r.responseHeaders ?? { 'X-Other': ['1'] }),
    );
  }
  let permission = 'not set';
  recorded.permissionRequest?.(null, 'media', (granted) => (permission = granted));
  const win = recorded.windows[0];
  const navigation = preventable();
  win?.webContents.emit('will-navigate', navigation, 'https://evil.example/');
  const redirect = preventable();
  win?.webContents.emit('will-redirect', redirect, 'https://evil.example/');
  const openResult = win?.webContents.windowOpenHandler?.({ url: 'https://example.com/page' });
  const openFile = win?.webContents.windowOpenHandler?.({ url: 'file:///etc/passwd' });
  const mail = win?.webContents.windowOpenHandler?.({
    url: 'mailto:someone@contoso.com?attach=/etc/passwd&bcc=evil@example.com&subject=Hi',
  });
  return {
    headers,
    permissionGranted: permission,
    permissionCheck: recorded.permissionCheck ? recorded.permissionCheck(null, 'notifications') : 'not set',
    navigationPrevented: navigation.defaultPrevented,
    redirectPrevented: redirect.defaultPrevented,
    windowOpen: [openResult, openFile, mail],
  };
}

async function invoke({ channel, args, as }) {
  const handler = recorded.ipcHandlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  // The app's window (the one with the preload), not a sign-in window opened after it.
  const appWindow = recorded.windows.findLast((w) => !w.isDestroyed() && w.options.webPreferences?.preload);
  const contents = (appWindow ?? recorded.windows.at(-1))?.webContents;
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
      if (value === undefined || value === false || value === null) return;
      changes.off('change', attempt);
      resolve(value);
    };
    changes.on('change', attempt);
    attempt();
  });
}

function notification(index) {
  const n = recorded.notifications.at(index);
  if (!n) throw new Error(`no notification ${index}`);
  return n;
}

const commands = {
  snapshot,
  security: securityProbe,
  // A page in a partition set a cookie (the organisation's sign-in page, once the user signed in there).
  setCookie: ({ partition, url, name, value }) =>
    session.fromPartition(partition).cookies.set({ url, name, value }),
  partitionState: async ({ partition, url }) => {
    const ses = session.fromPartition(partition);
    return {
      cookies: (await ses.cookies.get({ url })).length,
      cleared: ses.cleared,
      cacheCleared: ses.cacheCleared,
      authCacheCleared: ses.authCacheCleared,
    };
  },
  // A page (the sign-in window's) meets a server asking for an account: app `login`, as Chromium emits it
  // (https://www.electronjs.org/docs/latest/api/app#event-login). Electron's default, unprevented, is to refuse.
  appLogin: ({ host, port = 443, isProxy = false, scheme = 'ntlm' }) => {
    const authInfo = { isProxy, scheme, host, port, realm: '' };
    const event = preventable();
    let answer = null;
    const callback = (username, password) => {
      if (answer !== null) return;
      answer = typeof username === 'string' && typeof password === 'string';
      recorded.logins.push({ via: 'app', ...authInfo, answered: answer });
    };
    const contents = recorded.windows.at(-1)?.webContents ?? null;
    const details = { url: `https://${host}/`, pid: 0, isRequestForNavigation: true };
    app.emit('login', event, contents, details, authInfo, callback);
    if (!event.defaultPrevented) callback();
    return { prevented: event.defaultPrevented, answered: answer };
  },
  invoke,
  clickMenu: ({ path }) => {
    findMenuItem(tray().menu?.items, path).click?.({}, undefined, {});
    return true;
  },
  trayClick: ({ button }) => tray().userClick(button),
  trayCloseMenu: () => {
    tray().userCloseMenu();
    return true;
  },
  clickNotification: ({ index }) => notification(index).userClick(),
  notificationTimeout: ({ index }) => {
    notification(index).osTimeout();
    return true;
  },
  closeWindow: () => {
    recorded.windows.at(-1)?.close();
    return true;
  },
  power: ({ name }) => {
    powerMonitor.emit(name, preventable());
    return true;
  },
  quit: () => {
    app.quit();
    return true;
  },
  osQuit: ({ kind }) => app.osQuit(kind),
  secondInstance: ({ argv = [] }) => {
    app.emit('second-instance', preventable(), ['ucwa-tray', ...argv], process.cwd(), {});
    return true;
  },
  waitForNotifications: ({ count }) =>
    waitFor(() => recorded.notifications.length >= count && recorded.notifications.length),
  waitForNotificationState: ({ index, state }) => waitFor(() => notification(index).state === state),
  waitForTooltip: ({ includes }) =>
    waitFor(() => {
      const tip = recorded.trays.at(-1)?.tooltip ?? '';
      return tip.includes(includes) ? tip : undefined;
    }),
  waitForTrayTitle: ({ includes }) =>
    waitFor(() => {
      const title = recorded.trays.at(-1)?.title ?? '';
      return title.includes(includes) ? title : undefined;
    }),
  waitForMenuLabel: ({ includes }) =>
    waitFor(() => {
      const labels = (recorded.trays.at(-1)?.menu?.items ?? []).map((i) => i.label ?? '');
      return labels.find((l) => l.includes(includes));
    }),
  waitForMenuBuilds: ({ count }) => waitFor(() => (recorded.trays.at(-1)?.menuBuilds ?? 0) >= count),
  /** The first request from index `after` on whose URL contains `includes`. */
  waitForFetch: ({ after, includes }) =>
    waitFor(() => recorded.fetched.slice(after).find((f) => f.url.includes(includes))),
  waitForWindowVisible: () => waitFor(() => recorded.windows.at(-1)?.visible === true),
  // A window opened (the organisation's sign-in page): `count` windows made since start, the last one still open.
  waitForWindows: ({ count }) =>
    waitFor(() => recorded.windows.length >= count && recorded.windows.at(-1)?.isDestroyed() === false),
  waitForWindowLoaded: () =>
    waitFor(() => recorded.windows.at(-1)?.loaded !== null && recorded.windows.at(-1)?.readyToShow),
  waitForPush: ({ channel }) =>
    waitFor(() => recorded.windows.at(-1)?.webContents.sent.find((s) => s.channel === channel)?.payload),
  waitForLifecycle: ({ step }) => waitFor(() => recorded.lifecycle.includes(step)),
};

export function startControl() {
  if (!process.send || process.env.FAKE_ELECTRON_CONTROL !== '1') return;
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
