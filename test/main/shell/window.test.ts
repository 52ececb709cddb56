// The window manager with a minimal stand-in for BrowserWindow: hidden (not closed) on close unless quitting,
// bounds remembered and kept on screen, secure preferences, and who counts as "our window" for IPC.
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type * as Electron from 'electron';
import type { Backend } from '../../../main/backend/index.js';
import { memorySettings } from '../../../main/ipc/memoryPorts.js';
import { createWindowManager, secureWebPreferences } from '../../../main/shell/window.js';
import { RENDERER_PAGE, isRendererPage } from '../../../main/shell/protocol.js';
import type { WindowDeps } from '../../../main/shell/window.js';

class FakeWindow extends EventEmitter {
  static made: FakeWindow[] = [];
  webContents = Object.assign(new EventEmitter(), { mainFrame: { url: '', parent: null } });
  visible = false;
  constructor(public options: Electron.BrowserWindowConstructorOptions) {
    super();
    FakeWindow.made.push(this);
  }
  static holdPaint = false;
  loadURL(url: string) {
    this.webContents.mainFrame.url = url;
    if (!FakeWindow.holdPaint) this.emit('ready-to-show');
    return Promise.resolve();
  }
  minimized = false;
  minimize() {
    this.minimized = true;
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
    return this.minimized;
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
    renderer: { page: RENDERER_PAGE },
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
    expect(manager.isOurSender({ sender, senderFrame: frame('ucwa-tray://app/index.html') })).toBe(true);
    expect(manager.isOurSender({ sender, senderFrame: frame('ucwa-tray://app/index.html#/contacts') })).toBe(
      true,
    );
    expect(manager.isOurSender({ sender, senderFrame: frame('https://evil.example/') })).toBe(false);
    expect(manager.isOurSender({ sender, senderFrame: frame('ucwa-tray://app/index.html', {}) })).toBe(false);
    const other = new EventEmitter() as unknown as Electron.WebContents;
    expect(manager.isOurSender({ sender: other, senderFrame: frame('ucwa-tray://app/index.html') })).toBe(
      false,
    );
  });
});

describe('isRendererPage', () => {
  it('recognises our page on the renderer scheme, with any query or hash', () => {
    expect(isRendererPage(RENDERER_PAGE)).toBe(true);
    expect(isRendererPage(`${RENDERER_PAGE}?platform=linux#/contacts`)).toBe(true);
  });

  it('refuses other pages, hosts and schemes', () => {
    for (const url of [
      'ucwa-tray://app/other.html',
      'ucwa-tray://evil/index.html',
      'file:///opt/UCWA%20Tray/resources/app.asar/out/renderer/index.html',
      'https://app/index.html',
      'not a url',
    ])
      expect(isRendererPage(url), url).toBe(false);
  });
});
