// The pure parts of the shell's platform rules: tooltip length, the renderer scheme's answers, the CSP pair, the
// Windows toast XML, the Linux autostart entry, the tray host probe and the quit decisions.
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type * as Electron from 'electron';
import {
  CONTENT_SECURITY_POLICY,
  DEV_PAGE_POLICY,
  PAGE_POLICY,
  devCspPlugin,
} from '../../../main/shell/csp.js';
import { autostartEntry, execArgument } from '../../../main/shell/loginItem.js';
import { toastXml } from '../../../main/shell/notifier.js';
import { rendererResponse } from '../../../main/shell/protocol.js';
import { handleQuit } from '../../../main/shell/quit.js';
import { detectTrayHost } from '../../../main/shell/trayHost.js';
import { fitTooltip } from '../../../main/shell/trayMenu.js';

const root = resolve(import.meta.dirname, '../../..');

describe('tray tooltips', () => {
  it('fit the Windows limit in whole lines, then whole words', () => {
    const lines = [
      'UCWA Tray: Signed out: ' + 'the server could not be reached '.repeat(5).trim(),
      '2 new changes',
    ];
    const fitted = fitTooltip(lines, 127);
    expect(fitted.length).toBeLessThanOrEqual(127);
    expect(fitted.endsWith('…')).toBe(true);
    expect(fitted).not.toContain('\n');
    expect(
      fitted
        .slice(0, -1)
        .split(' ')
        .every((w) => 'UCWA Tray: Signed out: the server could not be reached'.includes(w)),
    ).toBe(true);
    expect(fitTooltip(['short', 'lines'], 127)).toBe('short\nlines');
    expect(fitTooltip(['a'.repeat(100), 'b'.repeat(40)], 127)).toBe('a'.repeat(100));
    expect(fitTooltip(['no limit '.repeat(40)], undefined)).toHaveLength(360);
  });
});

describe('the renderer scheme', () => {
  const files = {
    dir: '/app/out/renderer',
    policy: CONTENT_SECURITY_POLICY,
    readFile: async (p: string) => new TextEncoder().encode(p) as Uint8Array<ArrayBuffer>,
  };
  it('serves files inside the renderer folder with the CSP header and their type', async () => {
    const ok = await rendererResponse('ucwa-tray://app/assets/index-1.js?x=1', files);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(ok.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await ok.text()).toBe('/app/out/renderer/assets/index-1.js');
  });
  it('refuses other hosts, paths that climb out, and missing files', async () => {
    const missing = { ...files, readFile: async () => Promise.reject(new Error('ENOENT')) };
    for (const url of [
      'ucwa-tray://evil/index.html',
      'ucwa-tray://app/..%2f..%2fetc/passwd',
      'other://app/index.html',
    ])
      expect((await rendererResponse(url, files)).status, url).toBe(404);
    expect((await rendererResponse('ucwa-tray://app/nothing.html', missing)).status).toBe(404);
    // Dot segments are resolved by the URL itself: what is read stays inside the folder.
    const dots = await rendererResponse('ucwa-tray://app/%2e%2e/%2e%2e/etc/passwd', files);
    expect(await dots.text()).toBe('/app/out/renderer/etc/passwd');
  });
});

describe('the CSP', () => {
  it('is the same in renderer/index.html as in csp.ts, and only the dev server gets the relaxed one', () => {
    const html = readFileSync(join(root, 'renderer/index.html'), 'utf8');
    expect(html).toContain(`content="${PAGE_POLICY}"`);
    const dev = devCspPlugin().transformIndexHtml(html);
    expect(dev).toContain(`content="${DEV_PAGE_POLICY}"`);
    expect(DEV_PAGE_POLICY).toContain("style-src 'self' 'unsafe-inline'");
    expect(PAGE_POLICY).not.toMatch(/unsafe-inline|ws:/);
    expect(devCspPlugin().apply).toBe('serve');
    expect(() => devCspPlugin().transformIndexHtml('<meta content="x">')).toThrow(/differs/);
  });
});

describe('Windows toasts', () => {
  it('carry their id in the launch arguments and the text escaped', () => {
    const xml = toastXml('id-1', 'Ann & <Bob>', '"hi"');
    expect(xml).toMatch(/^<toast launch="ucwa-tray-notification:id-1">/);
    expect(xml).toContain('<text>Ann &amp; &lt;Bob&gt;</text><text>&quot;hi&quot;</text>');
  });
});

describe('the Linux autostart entry', () => {
  it('quotes the executable as the Desktop Entry Specification asks', () => {
    expect(execArgument('/usr/bin/ucwa-tray')).toBe('/usr/bin/ucwa-tray');
    expect(execArgument('/opt/UCWA Tray/ucwa-tray')).toBe('"/opt/UCWA Tray/ucwa-tray"');
    expect(execArgument('/home/a$b/100%.AppImage')).toBe('"/home/a\\$b/100%%.AppImage"');
    expect(autostartEntry('/opt/UCWA Tray/ucwa-tray')).toMatch(/^\[Desktop Entry\]\nType=Application\n/);
  });
});

describe('the tray host probe', () => {
  it('reads dbus-send, and says unknown when the bus cannot be asked', async () => {
    expect(await detectTrayHost('linux', async () => '   boolean true\n')).toBe('present');
    expect(await detectTrayHost('linux', async () => '   boolean false\n')).toBe('missing');
    expect(await detectTrayHost('linux', async () => Promise.reject(new Error('ENOENT')))).toBe('unknown');
    expect(await detectTrayHost('darwin', async () => '   boolean false\n')).toBe('present');
  });
});

describe('quit decisions', () => {
  function setup(platform: NodeJS.Platform) {
    const app = new EventEmitter() as EventEmitter & { quit(): void; quits: number };
    app.quits = 0;
    app.quit = () => void (app.quits += 1);
    const power = new EventEmitter();
    let finish = () => {};
    const timers: Array<() => void> = [];
    const control = handleQuit({
      app: app as unknown as Electron.App,
      powerMonitor: power as unknown as Electron.PowerMonitor,
      platform,
      cleanUp: () => new Promise<void>((done) => (finish = done)),
      setTimer: (fn) => void timers.push(fn),
    });
    const event = () => ({
      defaultPrevented: false,
      preventDefault() {
        this.defaultPrevented = true;
      },
    });
    return { app, power, control, finish: () => finish(), timers, event };
  }

  it('holds a user quit for the sign-out, then quits', async () => {
    const { app, control, finish, event } = setup('linux');
    const first = event();
    app.emit('before-quit', first);
    expect(first.defaultPrevented).toBe(true);
    expect(control.isQuitting()).toBe(true);
    finish();
    await new Promise(setImmediate);
    expect(app.quits).toBe(1);
    const second = event();
    app.emit('before-quit', second);
    expect(second.defaultPrevented).toBe(false);
  });

  it('never holds a macOS OS quit; holds a Linux shutdown only until the budget runs out', () => {
    const mac = setup('darwin');
    mac.power.emit('shutdown', mac.event());
    const quit = mac.event();
    mac.app.emit('before-quit', quit);
    expect(quit.defaultPrevented).toBe(false);
    const linux = setup('linux');
    const shutdown = linux.event();
    linux.power.emit('shutdown', shutdown);
    expect(shutdown.defaultPrevented).toBe(true);
    expect(linux.app.quits).toBe(0);
    linux.timers[0]?.(); // the clean-up did not finish in time
    expect(linux.app.quits).toBe(1);
  });
});
