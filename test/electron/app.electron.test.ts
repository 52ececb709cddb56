// The real app in a real Electron, driven by Playwright's `_electron`: sign-in, the tray menu, a notification.
// It runs wherever an Electron binary exists (a developer machine after `npm i electron` downloaded it) and
// reports itself skipped, with the reason, where it does not (these machines cannot download Electron). The binary
// is found WITHOUT importing the `electron` package (that would try to download it): node_modules/electron/path.txt
// and the dist folder, or ELECTRON_OVERRIDE_DIST_PATH. Needs `npm run build` first.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron } from 'playwright-core';
import type { ElectronApplication, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator } from '../../main/sim/index.js';
import type { Simulator } from '../../main/sim/index.js';
import { optionalOrSkip } from '../support/requirements.js';

const root = resolve(import.meta.dirname, '../..');

function electronBinary(): { path: string | null; reason: string } {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const pathTxt = join(root, 'node_modules/electron/path.txt');
  if (override) {
    const exe = join(
      override,
      process.platform === 'darwin' ? 'Electron.app/Contents/MacOS/Electron' : 'electron',
    );
    return existsSync(exe)
      ? { path: exe, reason: '' }
      : { path: null, reason: `ELECTRON_OVERRIDE_DIST_PATH has no ${exe}` };
  }
  if (!existsSync(pathTxt))
    return {
      path: null,
      reason: 'no Electron binary (node_modules/electron/path.txt is missing: the download did not happen)',
    };
  const exe = join(root, 'node_modules/electron/dist', readFileSync(pathTxt, 'utf8').trim());
  return existsSync(exe) ? { path: exe, reason: '' } : { path: null, reason: `no Electron binary at ${exe}` };
}

const binary = electronBinary();
const built = existsSync(join(root, 'out/main/index.js'));
const run = optionalOrSkip(
  'electron suite',
  binary.path !== null && built,
  binary.path === null ? binary.reason : 'out/main/index.js is missing (run npm run build)',
);

describe.runIf(run)('UCWA Tray in Electron', () => {
  let app: ElectronApplication;
  let page: Page;
  let sim: Simulator;

  beforeAll(async () => {
    sim = await startSimulator({ contacts: 12 });
    app = await _electron.launch({
      executablePath: binary.path ?? '',
      args: [root, `--user-data-dir=${mkdtempSync(join(tmpdir(), 'ucwa-tray-electron-'))}`],
      env: { ...process.env, NODE_ENV: 'test' },
    });
    page = await app.firstWindow();
    // Record what the tray and notifications do, from inside the main process (nothing in the app is test-only).
    await app.evaluate(({ Tray, Notification }) => {
      const g = globalThis as unknown as { __menus: string[][]; __notes: string[] };
      g.__menus = [];
      g.__notes = [];
      const setMenu = Tray.prototype.setContextMenu;
      Tray.prototype.setContextMenu = function (this: Electron.Tray, menu: Electron.Menu | null) {
        g.__menus.push(menu ? menu.items.map((i) => i.label) : []);
        return setMenu.call(this, menu);
      };
      const show = Notification.prototype.show;
      Notification.prototype.show = function (this: Electron.Notification) {
        g.__notes.push(`${this.title}|${this.body}`);
        return show.call(this);
      };
    });
  });

  afterAll(async () => {
    await app?.close();
    await sim?.close();
  });

  it('exposes only window.ucwa to the page, and no Node', async () => {
    const globals = await page.evaluate(() => ({
      ucwa: Object.keys((globalThis as unknown as { ucwa: object }).ucwa).sort(),
      require: typeof (globalThis as unknown as { require?: unknown }).require,
      process: typeof (globalThis as unknown as { process?: unknown }).process,
    }));
    expect(globals).toEqual({ ucwa: ['invoke', 'on'], require: 'undefined', process: 'undefined' });
  });

  it('signs in through the IPC bridge and rebuilds the tray menu', async () => {
    const result = await page.evaluate(
      ([server, sipAddress, password]) =>
        (globalThis as unknown as { ucwa: { invoke(c: string, a: unknown): Promise<unknown> } }).ucwa.invoke(
          'session:sign-in',
          { server, sipAddress, password, rememberPassword: false },
        ),
      [sim.discoverUrl, sim.user, sim.password],
    );
    expect(result).toMatchObject({ ok: true, value: { session: { kind: 'connected' }, contactCount: 12 } });
    const menus = await app.evaluate(() => (globalThis as unknown as { __menus: string[][] }).__menus);
    expect(menus.at(-1)).toEqual(
      expect.arrayContaining(['Open UCWA Tray', 'Pause notifications', 'Sign out', 'Quit UCWA Tray']),
    );
    expect(menus.at(-1)?.[0]).toMatch(/^Connected as /);
  });

  it('shows one notification for a change made on the server', async () => {
    const contact = sim.control.contacts().find((c) => c.level === 'Colleagues');
    if (!contact) throw new Error('no Colleagues contact');
    const added = page.evaluate(
      () =>
        new Promise((done) => {
          const bridge = (
            globalThis as unknown as { ucwa: { on(c: string, l: (p: unknown) => void): () => void } }
          ).ucwa;
          const off = bridge.on('history:added', (p) => {
            off();
            done(p);
          });
        }),
    );
    sim.control.setLevel(contact.uri, 'Workgroup');
    await added;
    const notes = await app.evaluate(() => (globalThis as unknown as { __notes: string[] }).__notes);
    expect(notes).toEqual([
      `Changed from another device|${contact.name} now sees what Workgroup see (was Colleagues).`,
    ]);
  });
});
