// The built main bundle, booted in Node against a recording fake of `electron` (test/support/fakeElectron), with
// `--demo` (the embedded simulator runs inside the booted process). Proves the paths (preload, renderer, icons),
// module formats and wiring: the tray and its menu, the window's secure preferences, every IPC handler with its
// checks, the security baseline, one notification for one change made on the simulator, and a clean quit.
// Needs `npm run build` first.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invokeSchemas, pushChannels } from '../../main/ipc/contract.js';
import type { IpcResult } from '../../main/ipc/contract.js';
import { CONTENT_SECURITY_POLICY } from '../../main/shell/csp.js';
import { bootMain, installedCopy, mainBundle, root } from '../support/fakeElectron/boot.js';
import type { BootedApp, Snapshot } from '../support/fakeElectron/boot.js';

const built = existsSync(mainBundle);
if (!built) console.warn(`boot suite: ${mainBundle} is missing; run \`npm run build\` first`);

describe.runIf(built || process.env.CI === 'true')(
  'the built main bundle, booted against a fake Electron',
  () => {
    let booted: BootedApp;
    let snap: Snapshot;
    let simOrigin: string;

    beforeAll(async () => {
      booted = await bootMain(['--demo']);
      await booted.call('waitForTooltip', { includes: 'Connected' });
      snap = await booted.call<Snapshot>('snapshot');
      const first = snap.fetched[0];
      if (!first) throw new Error('the app fetched nothing');
      simOrigin = new URL(first.url).origin;
    });

    afterAll(() => booted?.kill());

    it('shows the tray icon with the state in words and the full menu', () => {
      const { tray } = snap;
      expect(tray.image.exists).toBe(true);
      expect(tray.image.path).toMatch(/out\/main\/.*connected.*\.png$/);
      expect(tray.image.reps).toEqual([{ scaleFactor: 2, bytes: expect.any(Number) }]);
      expect(tray.tooltip).toBe('UCWA Tray: Connected as demo@contoso.com (demo)');
      const labels = tray.menu.map((i) => i.label ?? `--${i.type}`);
      expect(labels).toEqual([
        'Connected as demo@contoso.com (demo)',
        '--separator',
        'Recent changes',
        'No changes yet',
        '--separator',
        'Open UCWA Tray',
        'Pause notifications',
        '--separator',
        'Sign out',
        'Quit UCWA Tray',
      ]);
      expect(tray.menu[0]?.enabled).toBe(false);
      const pause = tray.menu.find((i) => i.label === 'Pause notifications');
      expect(pause?.submenu?.map((i) => [i.label, i.enabled])).toEqual([
        ['For 1 hour', true],
        ['Until tomorrow', true],
        ['Resume notifications', false],
      ]);
    });

    it('creates the window with the secure preferences, a preload that exists and is CommonJS, and the built page', () => {
      const win = snap.windows[0];
      if (!win) throw new Error('no window');
      expect(win.options.webPreferences).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        webviewTag: false,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
      });
      // No Blink feature switched on by hand (Electron's security checklist, items 9 and 10).
      expect(win.options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
      expect(win.options.show).toBe(false);
      const preload = String(win.options.webPreferences.preload);
      expect(preload).toBe(join(root, 'out/preload/index.cjs'));
      const code = readFileSync(preload, 'utf8');
      expect(code).not.toMatch(/^\s*(import|export)\s/m);
      expect(code.match(/require\("([^"]+)"\)/g)).toEqual(['require("electron")']);
      // The built page on the app's own scheme, told which platform it runs on (the frame differs on macOS),
      // served with the CSP as a header.
      expect(win.loaded).toBe(`ucwa-tray://app/index.html?platform=${process.platform}`);
      expect(win.loadedResponse).toMatchObject({
        status: 200,
        headers: {
          'content-type': 'text/html; charset=utf-8',
          'content-security-policy': CONTENT_SECURITY_POLICY,
        },
      });
      expect(win.options.titleBarStyle).toBe(process.platform === 'darwin' ? 'hiddenInset' : 'default');
      expect(existsSync(join(root, 'out/renderer/index.html'))).toBe(true);
      expect(win.options.icon && existsSync(win.options.icon)).toBe(true);
    });

    it('registers every contract channel, refusing foreign senders and bad input on each', async () => {
      expect([...snap.ipcChannels].sort()).toEqual(Object.keys(invokeSchemas).sort());
      for (const channel of snap.ipcChannels) {
        for (const as of ['foreign', 'iframe']) {
          const result = await booted.call<IpcResult<unknown>>('invoke', { channel, args: undefined, as });
          expect(result, `${channel} as ${as}`).toMatchObject({
            ok: false,
            error: { code: 'ForeignSender' },
          });
        }
        const bad = await booted.call<IpcResult<unknown>>('invoke', {
          channel,
          args: { bogus: 1 },
          as: 'window',
        });
        expect(bad, channel).toMatchObject({ ok: false, error: { code: 'InvalidArgument' } });
      }
      const list = await booted.call<IpcResult<unknown[]>>('invoke', {
        channel: 'contacts:list',
        as: 'window',
      });
      expect(list.ok && list.value.length).toBeGreaterThan(10);
    });

    it('applies the security baseline: CSP, no permissions, no navigation, no new windows', async () => {
      const probe = await booted.call<{
        headers: Array<Record<string, string[]>>;
        permissionGranted: unknown;
        permissionCheck: unknown;
        navigationPrevented: boolean;
        redirectPrevented: boolean;
        windowOpen: unknown[];
      }>('security');
      const csp = probe.headers[0]?.['Content-Security-Policy']?.[0] ?? '';
      expect(probe.headers[0]?.['X-Other']).toEqual(['1']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
      expect(probe.permissionGranted).toBe(false);
      expect(probe.permissionCheck).toBe(false);
      expect(probe.navigationPrevented).toBe(true);
      expect(probe.redirectPrevented).toBe(true);
      expect(probe.windowOpen).toEqual([{ action: 'deny' }, { action: 'deny' }, { action: 'deny' }]);
      const after = await booted.call<Snapshot>('snapshot');
      // A mailto: link keeps only its address (no attachment, no extra recipients).
      expect(after.openedExternally).toEqual(['https://example.com/page', 'mailto:someone@contoso.com']);
    });

    it('turns one change made on the simulator into exactly one notification; clicking it shows the window there', async () => {
      await booted.call('closeWindow');
      expect((await booted.call<Snapshot>('snapshot')).windows[0]?.visible).toBe(false);

      const contacts = (await (await fetch(`${simOrigin}/_sim/contacts`)).json()) as Array<{
        uri: string;
        name: string;
        level: string;
      }>;
      const contact = contacts.find((c) => c.level === 'Colleagues');
      if (!contact) throw new Error('no Colleagues contact in the demo');
      const before = (await booted.call<Snapshot>('snapshot')).notifications.length;
      const set = await fetch(`${simOrigin}/_sim/level`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ uri: contact.uri, level: 'Workgroup' }),
      });
      expect(set.status).toBe(204);
      // The tray lists the change once the backend has processed it (and decided about its notification).
      await booted.call('waitForMenuLabel', { includes: `${contact.name}: Colleagues → Workgroup` });
      const after = await booted.call<Snapshot>('snapshot');
      expect(after.notifications.slice(before)).toEqual([
        expect.objectContaining({
          title: 'Changed from another device',
          body: `${contact.name} now sees what Workgroup see (was Colleagues).`,
          icon: expect.any(String),
          state: 'shown',
        }),
      ]);
      expect(after.tray.image.path).toMatch(/unseen/);

      // The page (which this fake has none of) says it is ready: pushes queued until now are delivered.
      const ready = await booted.call<IpcResult<{ unseenChanges: number }>>('invoke', {
        channel: 'app:ready',
        as: 'window',
      });
      expect(ready).toMatchObject({ ok: true, value: { unseenChanges: 1 } });
      await booted.call('clickNotification', { index: before });
      await booted.call('waitForWindowVisible');
      const navigate = await booted.call('waitForPush', { channel: 'app:navigate' });
      expect(navigate).toEqual({ view: 'contacts', uri: contact.uri });
    });

    it('restarts the parked event-channel request at once when the OS resumes from sleep', async () => {
      // After sleep the parked P-GET may sit on a dead socket: the app must not wait for it to time out.
      for (const name of ['resume', 'unlock-screen']) {
        const { fetched } = await booted.call<Snapshot>('snapshot');
        const lastEvents = fetched.filter((f) => f.url.includes('/events')).at(-1);
        if (!lastEvents) throw new Error('no event-channel request yet');
        await booted.call('power', { name });
        const again = await booted.call<{ url: string }>('waitForFetch', {
          after: fetched.length,
          includes: '/events',
        });
        expect(again.url).toBe(lastEvents.url);
      }
      await booted.call('waitForTooltip', { includes: 'Connected' });
    });

    it('pauses notifications from the tray menu and rebuilds the menu', async () => {
      await booted.call('clickMenu', { path: ['Pause notifications', 'For 1 hour'] });
      const line = await booted.call<string>('waitForMenuLabel', { includes: 'Notifications paused until' });
      expect(line).toMatch(/^Notifications paused until \d\d:\d\d$/);
      await booted.call('clickMenu', { path: ['Pause notifications', 'Resume notifications'] });
      await booted.call('waitForTooltip', { includes: 'Connected' });
    });

    it('signs out of the UCWA application when quitting, then exits', async () => {
      await booted.call('quit');
      expect(await booted.exited).toBe(0);
      const last = booted.fetchedAtExit().at(-1);
      expect(last?.method).toBe('DELETE');
      expect(last?.url).toMatch(new RegExp(`^${simOrigin}/ucwa/oauth/v1/applications/[^/]+$`));
      expect(booted.output()).not.toMatch(/start-up failed|DELETE .* failed|sign-out request failed/);
    });
  },
);

describe.runIf(built || process.env.CI === 'true')('start-up without --demo', () => {
  it('on first run opens the window offering the demo, with the tray saying signed out', async () => {
    const booted = await bootMain([]);
    try {
      await booted.call('waitForWindowVisible');
      await booted.call('waitForTooltip', { includes: 'Signed out' });
      const ready = await booted.call<IpcResult<{ firstRun: boolean; session: { kind: string } }>>('invoke', {
        channel: 'app:ready',
        as: 'window',
      });
      expect(ready).toMatchObject({ ok: true, value: { firstRun: true, session: { kind: 'signedOut' } } });
      const snap = await booted.call<Snapshot>('snapshot');
      expect(snap.tray.image.path).toMatch(/signedOut/);
      expect(snap.tray.menu.find((i) => i.id === 'sign-out')?.enabled).toBe(false);
      expect(snap.fetched).toEqual([]);
    } finally {
      booted.kill();
    }
  });

  it('installed in a folder with a space in its name, answers its own window and loads its files', async () => {
    const dir = installedCopy();
    const booted = await bootMain([], {}, dir);
    try {
      await booted.call('waitForWindowVisible');
      const snap = await booted.call<Snapshot>('snapshot');
      expect(snap.windows[0]?.loadedResponse?.status).toBe(200);
      expect(snap.tray.image.exists).toBe(true);
      const ready = await booted.call<IpcResult<unknown>>('invoke', { channel: 'app:ready', as: 'window' });
      expect(ready).toMatchObject({ ok: true });
      const foreign = await booted.call<IpcResult<unknown>>('invoke', {
        channel: 'app:ready',
        as: 'foreign',
      });
      expect(foreign).toMatchObject({ ok: false, error: { code: 'ForeignSender' } });
    } finally {
      booted.kill();
    }
  });

  it('a second launch quits at once (the first instance shows its window)', async () => {
    const booted = await bootMain([], { FAKE_ELECTRON_SECOND_INSTANCE: '1' });
    expect(await booted.exited).toBe(0);
  });
});

describe('the built preload', () => {
  const file = join(root, 'out/preload/index.cjs');
  it.runIf(existsSync(file))(
    'exposes only window.ucwa with invoke and on, checked against the contract',
    async () => {
      const exposed: Record<string, Record<string, (...a: unknown[]) => unknown>> = {};
      const invoked: unknown[][] = [];
      const listeners = new Map<string, (...a: unknown[]) => void>();
      const electron = {
        contextBridge: {
          exposeInMainWorld: (name: string, api: Record<string, (...a: unknown[]) => unknown>) =>
            (exposed[name] = api),
        },
        ipcRenderer: {
          invoke: async (...args: unknown[]) => {
            invoked.push(args);
            return { ok: true, value: null };
          },
          on: (channel: string, fn: (...a: unknown[]) => void) => listeners.set(channel, fn),
          removeListener: (channel: string) => listeners.delete(channel),
        },
      };
      const module = { exports: {} };
      const require = (id: string) => {
        if (id === 'electron') return electron;
        throw new Error(`a sandboxed preload cannot require ${id}`);
      };
      vm.runInNewContext(readFileSync(file, 'utf8'), { require, module, exports: module.exports, console });

      expect(Object.keys(exposed)).toEqual(['ucwa']);
      const ucwa = exposed.ucwa ?? {};
      expect(Object.keys(ucwa).sort()).toEqual(['invoke', 'on']);
      expect(await ucwa.invoke?.('shell:run', {})).toMatchObject({
        ok: false,
        error: { code: 'InvalidArgument' },
      });
      expect(invoked).toEqual([]);
      await ucwa.invoke?.('contacts:list');
      expect(invoked).toEqual([['contacts:list', undefined]]);

      const got: unknown[] = [];
      ucwa.on?.('electron-store-get-data', (p: unknown) => got.push(p));
      expect(listeners.size).toBe(0);
      const off = ucwa.on?.(pushChannels[0], (p: unknown) => got.push(p)) as () => void;
      listeners.get(pushChannels[0])?.({ sender: 'ipcRenderer!' }, { hello: 1 });
      expect(got).toEqual([{ hello: 1 }]);
      off();
      expect(listeners.size).toBe(0);
    },
  );
});
