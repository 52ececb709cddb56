// Boots the built main bundle (out/main/index.js) in a child Node process with the recording fake of `electron`
// (register.mjs) and talks to the fake over the child's IPC channel. See electron.mjs for the commands.
import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../../..');
export const mainBundle = join(root, 'out/main/index.js');

/** A userData folder holding a settings file (as a previous run left it). */
export function userDataWith(settings: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ucwa-tray-boot-'));
  writeFileSync(join(dir, 'settings.json'), JSON.stringify({ settingsVersion: 2, ...settings }));
  return dir;
}

/** Settings of a user who signed in before (so start-up does not open the window for a first run). */
export const RETURNING_USER = { serverAddress: 'https://lync.contoso.com', user: 'sip:alex@contoso.com' };

export interface MenuItemView {
  id?: string;
  label?: string;
  type: string;
  enabled: boolean;
  submenu?: MenuItemView[];
}

/** What the fake recorded (control.mjs `snapshot`). */
export interface Snapshot {
  platform: string;
  windows: Array<{
    options: {
      webPreferences: Record<string, unknown>;
      titleBarStyle?: string;
      icon?: string;
      show?: boolean;
    };
    loaded: string;
    loadedResponse: { status: number; headers: Record<string, string> } | null;
    visible: boolean;
    minimized: boolean;
    shownBeforeReadyToShow: boolean;
    destroyed: boolean;
    pushes: string[];
  }>;
  tray: {
    image: {
      path: string;
      exists: boolean;
      template: boolean;
      reps: Array<{ scaleFactor: number; bytes: number }>;
    };
    tooltip: string;
    requestedTooltip: string;
    title: string;
    shown: boolean;
    menu: MenuItemView[];
    menuBuilds: number;
    menuOpen: boolean;
    rebuiltWhileOpen: number;
    clicks: Array<{ button: string; events: string[]; menuOpened: boolean }>;
  };
  ipcChannels: string[];
  notifications: Array<{
    title: string;
    body: string;
    icon?: string;
    id: string;
    state: string;
    shownAs: string | null;
    toastXml: string;
  }>;
  activationHandler: boolean;
  fetched: Array<{ method: string; url: string }>;
  openedExternally: string[];
  quitRequested: number;
  lifecycle: string[];
  osQuit: { kind: string; platform: string; cancelled: boolean; blockedBy: string | null } | null;
  appUserModelId: string | null;
  loginItems: Array<{ openAtLogin?: boolean; ignored: boolean }>;
  privilegedSchemes: Array<{ scheme: string; privileges: Record<string, boolean> }> | null;
  protocolSchemes: string[];
  notReadyErrors: string[];
}

export interface BootedApp {
  child: ChildProcess;
  call<T = unknown>(cmd: string, args?: Record<string, unknown>): Promise<T>;
  output(): string;
  /** What the app had fetched when it quit (the fake reports it on its way out). */
  fetchedAtExit(): Array<{ method: string; url: string }>;
  /** The app lifecycle events in order, as the fake reported them on its way out. */
  lifecycleAtExit(): string[];
  exited: Promise<number | null>;
  kill(): void;
}

/**
 * A copy of the build where an installer puts it: a folder with a space in its name (`/opt/UCWA Tray`,
 * `UCWA Tray.app`), node_modules linked. Returns the app folder to pass to bootMain.
 */
export function installedCopy(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'ucwa-tray-install-')), 'UCWA Tray');
  mkdirSync(dir);
  cpSync(join(root, 'out'), join(dir, 'out'), { recursive: true });
  cpSync(join(root, 'package.json'), join(dir, 'package.json'));
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

export async function bootMain(
  argv: string[],
  env: Record<string, string> = {},
  appDir: string = root,
): Promise<BootedApp> {
  const child = fork(join(appDir, 'out/main/index.js'), argv, {
    cwd: appDir,
    execArgv: ['--import', join(root, 'test/support/fakeElectron/register.mjs')],
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    env: {
      ...process.env,
      FAKE_ELECTRON_USER_DATA: mkdtempSync(join(tmpdir(), 'ucwa-tray-boot-')),
      // No X display and no session bus: keytar fails fast and the app carries on without a keyring, and the tray
      // host cannot be asked about (a test that plays a desktop without one brings its own dbus-send).
      DISPLAY: '',
      DBUS_SESSION_BUS_ADDRESS: '',
      FAKE_ELECTRON_CONTROL: '1',
      ...env,
    },
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  const pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  let nextId = 0;
  let fetchedAtExit: Array<{ method: string; url: string }> = [];
  let lifecycleAtExit: string[] = [];
  const loaded = new Promise<void>((done, fail) => {
    type Message = {
      id?: number;
      ok?: boolean;
      result?: unknown;
      error?: string;
      type?: string;
      fetched?: [];
      lifecycle?: string[];
    };
    child.on('message', (m: Message) => {
      if (m.type === 'loaded') done();
      if (m.type === 'exiting') {
        fetchedAtExit = m.fetched ?? [];
        lifecycleAtExit = m.lifecycle ?? [];
      }
      if (m.id === undefined) return;
      const waiter = pending.get(m.id);
      pending.delete(m.id);
      if (m.ok) waiter?.resolve(m.result);
      else waiter?.reject(new Error(m.error));
    });
    void exited.then((code) => {
      fail(new Error(`main exited (${code}) before the fake loaded:\n${output}`));
      for (const w of pending.values()) w.reject(new Error(`main exited (${code}):\n${output}`));
    });
  });
  await loaded;
  return {
    child,
    call<T>(cmd: string, args: Record<string, unknown> = {}) {
      return new Promise<T>((res, rej) => {
        const id = ++nextId;
        pending.set(id, { resolve: res as (v: unknown) => void, reject: rej });
        child.send({ id, cmd, args });
      });
    },
    output: () => output,
    fetchedAtExit: () => fetchedAtExit,
    lifecycleAtExit: () => lifecycleAtExit,
    exited,
    kill: () => {
      if (child.exitCode === null) child.kill();
    },
  };
}
