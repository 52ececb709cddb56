// The real app in a real Electron, driven by Playwright's `_electron`: sign-in, the tray menu, a notification.
// Since Electron 42 the `electron` package downloads its runtime lazily, on first use, so a fresh clone has no binary
// until something asks for it: this suite asks (node_modules/electron/install.js, the same download `npx electron`
// triggers, into the same cache) and runs wherever that works. Where the download is impossible (these machines reach
// no download host) it reports itself skipped with the download's own reason. ELECTRON_OVERRIDE_DIST_PATH points at
// an unpacked Electron instead. Needs `npm run build` first.
import { spawnSync } from 'node:child_process';
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
const electronDir = join(root, 'node_modules/electron');
const executable: Record<string, string> = {
  darwin: 'Electron.app/Contents/MacOS/Electron',
  win32: 'electron.exe',
};

/** The binary the package points at, if it is there (never imports the package: that would download silently). */
function installedBinary(): string | null {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const name = executable[process.platform] ?? 'electron';
  if (override) return existsSync(join(override, name)) ? join(override, name) : null;
  const pathTxt = join(electronDir, 'path.txt');
  if (!existsSync(pathTxt)) return null;
  const exe = join(electronDir, 'dist', readFileSync(pathTxt, 'utf8').trim());
  return existsSync(exe) ? exe : null;
}

/** The binary, downloading it first if the package has not yet: { path } or { reason } in one line. */
function electronBinary(): { path: string | null; reason: string } {
  const found = installedBinary();
  if (found) return { path: found, reason: '' };
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH)
    return { path: null, reason: `ELECTRON_OVERRIDE_DIST_PATH has no Electron executable` };
  const download = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    encoding: 'utf8',
    timeout: 300_000,
  });
  const after = installedBinary();
  if (after) return { path: after, reason: '' };
  const why =
    `${download.stderr ?? ''}`.split('\n').find((l) => l.trim() !== '' && !l.trim().startsWith('at ')) ??
    `exit ${download.status ?? download.signal}`;
  return { path: null, reason: `the Electron binary could not be downloaded (${why.trim().slice(0, 160)})` };
}

const built = existsSync(join(root, 'out/main/index.js'));
const binary = built
  ? electronBinary()
  : { path: null, reason: 'out/main/index.js is missing (run npm run build)' };
const run = optionalOrSkip('electron suite', binary.path !== null, binary.reason);

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

  it('serves the page from its own scheme with the CSP header, not from file://', async () => {
    expect(page.url()).toMatch(/^ucwa-tray:\/\/app\/index\.html\?platform=/);
    const header = await app.evaluate(async ({ net }) => {
      const response = await net.fetch('ucwa-tray://app/index.html');
      return response.headers.get('content-security-policy');
    });
    expect(header).toContain("default-src 'self'");
    expect(header).toContain("frame-ancestors 'none'");
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
          const off = bridge.on('relationship:changed', (p) => {
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
