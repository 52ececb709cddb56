// The window manager with a minimal stand-in for BrowserWindow: hidden (not closed) on close unless quitting,
// bounds remembered and kept on screen, secure preferences, and who counts as "our window" for IPC.
import { EventEmitter } from 'node:events';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import type * as Electron from 'electron';
import type { Backend } from '../../../main/backend/index.js';
import { memorySettings } from '../../../main/ipc/memoryPorts.js';
import { createWindowManager, isFileUrlOf, secureWebPreferences } from '../../../main/shell/window.js';
import type { WindowDeps } from '../../../main/shell/window.js';
import { applySecurity, isAllowedExternalUrl } from '../../../main/shell/security.js';
import { watchNetwork } from '../../../main/shell/network.js';

class FakeWindow extends EventEmitter {
  static made: FakeWindow[] = [];
  webContents = Object.assign(new EventEmitter(), { mainFrame: { url: '', parent: null } });
  visible = false;
  constructor(public options: Electron.BrowserWindowConstructorOptions) {
    super();
    FakeWindow.made.push(this);
  }
  loadFile(file: string, options?: { query?: Record<string, string> }) {
    const url = pathToFileURL(file);
    url.search = new URLSearchParams(options?.query).toString();
    this.webContents.mainFrame.url = url.href;
    return Promise.resolve();
  }
  loadURL(url: string) {
    this.webContents.mainFrame.url = url;
    return Promise.resolve();
  }
  show() {
    this.visible = true;
  }
  hide() {
    this.visible = false;
  }
  focus() {}
  restore() {}
  isMinimized() {
    return false;
  }
  isDestroyed() {
    return false;
  }
  getNormalBounds() {
    return { x: 10, y: 20, width: 900, height: 700 };
  }
  close() {
    const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
    this.emit('close', event);
    return event.defaultPrevented;
  }
}

function setup(over: Partial<WindowDeps> = {}) {
  FakeWindow.made = [];
  let quitting = false;
  const settings = memorySettings({ windowBounds: { x: 5000, y: 5000, width: 800, height: 500 } });
  const backend = { markRendererGone: vi.fn() } as unknown as Backend;
  const manager = createWindowManager({
    electron: {
      BrowserWindow: FakeWindow as unknown as typeof Electron.BrowserWindow,
      screen: {
        getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
      } as unknown as Electron.Screen,
    },
    backend,
    settings,
    preload: '/app/out/preload/index.cjs',
    renderer: { file: '/app/out/renderer/index.html' },
    icon: '/app/icon.png',
    platform: 'linux',
    isQuitting: () => quitting,
    ...over,
  });
  return { manager, settings, quit: () => (quitting = true) };
}

describe('the window', () => {
  it('is created on demand with the secure preferences, off-screen bounds dropped', () => {
    const { manager } = setup();
    expect(FakeWindow.made).toHaveLength(0);
    manager.show();
    manager.show();
    expect(FakeWindow.made).toHaveLength(1);
    const options = FakeWindow.made[0]?.options;
    expect(options).toMatchObject({ width: 800, height: 500, icon: '/app/icon.png' });
    expect(options).not.toHaveProperty('x');
    expect(options?.webPreferences).toEqual(secureWebPreferences('/app/out/preload/index.cjs'));
    expect(options?.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
  });

  it('uses an inset title bar on macOS and the system frame elsewhere, and tells the page its platform', () => {
    for (const [platform, style] of [
      ['darwin', 'hiddenInset'],
      ['linux', 'default'],
      ['win32', 'default'],
    ] as const) {
      FakeWindow.made = [];
      const { manager } = setup({ platform });
      const win = manager.show() as unknown as FakeWindow;
      expect(win.options.titleBarStyle).toBe(style);
      expect(new URL(win.webContents.mainFrame.url).searchParams.get('platform')).toBe(platform);
      expect(
        manager.isOurSender({
          sender: win.webContents as unknown as Electron.WebContents,
          senderFrame: win.webContents.mainFrame as unknown as Electron.WebFrameMain,
        }),
      ).toBe(true);
    }
  });

  it('hides instead of closing, remembering its bounds; closes for real when quitting', () => {
    const { manager, settings, quit } = setup();
    const win = manager.show() as unknown as FakeWindow;
    expect(win.close()).toBe(true);
    expect(win.visible).toBe(false);
    expect(settings.get().windowBounds).toEqual({ x: 10, y: 20, width: 900, height: 700 });
    quit();
    expect(win.close()).toBe(false);
  });

  it('trusts only its own main frame showing our page', () => {
    const { manager } = setup();
    const win = manager.show() as unknown as FakeWindow;
    const sender = win.webContents as unknown as Electron.WebContents;
    const frame = (url: string, parent: unknown = null) =>
      ({ url, parent }) as unknown as Electron.WebFrameMain;
    expect(manager.isOurSender({ sender, senderFrame: frame('file:///app/out/renderer/index.html') })).toBe(
      true,
    );
    expect(
      manager.isOurSender({ sender, senderFrame: frame('file:///app/out/renderer/index.html#/contacts') }),
    ).toBe(true);
    expect(manager.isOurSender({ sender, senderFrame: frame('https://evil.example/') })).toBe(false);
    expect(
      manager.isOurSender({ sender, senderFrame: frame('file:///app/out/renderer/index.html', {}) }),
    ).toBe(false);
    const other = new EventEmitter() as unknown as Electron.WebContents;
    expect(
      manager.isOurSender({ sender: other, senderFrame: frame('file:///app/out/renderer/index.html') }),
    ).toBe(false);
  });
});

describe('isFileUrlOf', () => {
  it('recognises our page at an installed path, however Chromium encodes it', () => {
    // deb and AppImage install under `/opt/UCWA Tray`, macOS under `UCWA Tray.app`: Chromium reports %20.
    const file = '/opt/UCWA Tray/resources/app.asar/out/renderer/index.html';
    const url = 'file:///opt/UCWA%20Tray/resources/app.asar/out/renderer/index.html';
    expect(isFileUrlOf(url, file)).toBe(true);
    expect(isFileUrlOf(`${url}#/contacts`, file)).toBe(true);
    expect(isFileUrlOf(`${url}?view=privacy`, file)).toBe(true);
    expect(isFileUrlOf(pathToFileURL('/tmp/50% off #1/index.html').href, '/tmp/50% off #1/index.html')).toBe(
      true,
    );
  });

  it('refuses other files, other hosts and other schemes', () => {
    const file = '/opt/UCWA Tray/out/renderer/index.html';
    expect(isFileUrlOf('file:///opt/UCWA%20Tray/out/renderer/other.html', file)).toBe(false);
    expect(isFileUrlOf('file:///opt/UCWA%20Tray/out/renderer/index.html/..%2Fx', file)).toBe(false);
    expect(isFileUrlOf('file://evil.example/opt/UCWA%20Tray/out/renderer/index.html', file)).toBe(false);
    expect(isFileUrlOf('https://evil.example/opt/UCWA%20Tray/out/renderer/index.html', file)).toBe(false);
    expect(isFileUrlOf('not a url', file)).toBe(false);
  });
});

describe('security', () => {
  it('opens only https, mailto, sip and tel links outside the app', async () => {
    expect(['https://a.b/', 'mailto:a@b.c', 'sip:a@b.c', 'tel:+441234'].map(isAllowedExternalUrl)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(
      ['http://a.b/', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://x/y', 'nonsense'].map(
        isAllowedExternalUrl,
      ),
    ).toEqual([false, false, false, false, false]);
    const opened: string[] = [];
    const { openExternal } = applySecurity({
      app: { on: () => undefined } as unknown as Electron.App,
      session: {
        defaultSession: {
          webRequest: { onHeadersReceived: () => undefined },
          setPermissionRequestHandler: () => undefined,
          setPermissionCheckHandler: () => undefined,
        } as unknown as Electron.Session,
      },
      shell: { openExternal: async (url: string) => void opened.push(url) },
    });
    await openExternal('file:///etc/passwd');
    await openExternal('https://contoso.com/');
    expect(opened).toEqual(['https://contoso.com/']);
  });
});

describe('network watcher', () => {
  it('checks only while reconnecting and wakes the backend when the network returns', () => {
    const listeners: Array<(s: { session: { kind: string } }) => void> = [];
    const timers: Array<() => void> = [];
    let online = false;
    const wake = vi.fn();
    const stop = watchNetwork({
      net: { isOnline: () => online },
      backend: {
        on: ((_e: string, l: (s: { session: { kind: string } }) => void) => {
          listeners.push(l);
          return () => undefined;
        }) as unknown as Backend['on'],
        getState: (() => ({ session: { kind: 'connected' } })) as unknown as Backend['getState'],
        wake,
      },
      setInterval: (fn) => timers.push(fn),
      clearInterval: () => undefined,
    });
    expect(timers).toHaveLength(0);
    listeners[0]?.({ session: { kind: 'reconnecting' } });
    expect(timers).toHaveLength(1);
    timers[0]?.();
    expect(wake).not.toHaveBeenCalled();
    online = true;
    timers[0]?.();
    expect(wake).toHaveBeenCalledTimes(1);
    stop();
  });
});
