// Types for the TypeScript tests that use the fake's windows directly.
import type * as Electron from 'electron';

export interface FakeWebContents extends Electron.WebContents {
  /** The fake's own: the page navigates (will-navigate, will-redirect per hop, did-navigate); returns where it ended. */
  playNavigation(url: string, redirects?: string[]): string;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null;
}

export interface FakeBrowserWindow extends Electron.BrowserWindow {
  options: Electron.BrowserWindowConstructorOptions;
  webContents: FakeWebContents;
  loaded: string | null;
}

export declare const BrowserWindow: typeof Electron.BrowserWindow;
export declare function allWindows(): FakeBrowserWindow[];
