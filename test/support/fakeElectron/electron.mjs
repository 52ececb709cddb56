// A fake of the `electron` module as strict as Electron for what main/index.ts, main/shell/* and electron-store
// use: each behaviour follows the documentation page cited beside it (https://www.electronjs.org/docs/latest/api in state.mjs). The boot test runs the
// BUILT main bundle in a child Node process with this fake in place of Electron (register.mjs), playing one
// platform's rules (FAKE_ELECTRON_PLATFORM), and drives it over the child's IPC channel (control.mjs).
import { app, powerMonitor } from './app.mjs';
import { startControl } from './control.mjs';
import { net } from './net.mjs';
import { Notification } from './notification.mjs';
import { protocol, session } from './session.mjs';
import { recorded, requireReady } from './state.mjs';
import { Menu, Tray, nativeImage } from './tray.mjs';
import { BrowserWindow } from './windows.mjs';
import { EventEmitter } from 'node:events';

export { app, powerMonitor, net, Notification, protocol, session, Menu, Tray, nativeImage, BrowserWindow };

export const ipcMain = {
  // https://www.electronjs.org/docs/latest/api/ipc-main#ipcmainhandlechannel-listener: one handler per channel.
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

export const shell = {
  async openExternal(url) {
    recorded.openedExternally.push(url);
  },
  async openPath() {
    return '';
  },
};

const display = { id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } };
// https://www.electronjs.org/docs/latest/api/screen: "can't be used before the app 'ready' event".
export const screen = {
  getAllDisplays() {
    requireReady("The 'screen' module can't be used before the app 'ready' event");
    return [display];
  },
  getPrimaryDisplay() {
    requireReady("The 'screen' module can't be used before the app 'ready' event");
    return display;
  },
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
  protocol,
  powerMonitor,
  net,
  shell,
  screen,
  nativeTheme,
  contextBridge,
  ipcRenderer,
};
export default electron;

startControl();
