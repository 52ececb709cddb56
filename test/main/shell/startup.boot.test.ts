// Start-up in the booted app, on each platform's rules: the window appears only once its page painted, the dev
// server is used (with its own CSP) only when not packaged, start at login works on all three platforms (an XDG
// autostart entry on Linux), a second launch brings the window up, and a Linux desktop without a tray host keeps
// the window reachable.
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IpcResult } from '../../../main/ipc/contract.js';
import { DEV_CONTENT_SECURITY_POLICY } from '../../../main/shell/csp.js';
import { RETURNING_USER, bootMain, mainBundle, userDataWith } from '../../support/fakeElectron/boot.js';
import type { Snapshot } from '../../support/fakeElectron/boot.js';

const run = existsSync(mainBundle) || process.env.CI === 'true';

describe.runIf(run)('start-up', () => {
  it('shows the window only after ready-to-show (no white flash), and nothing is used before ready', async () => {
    const booted = await bootMain([]);
    try {
      await booted.call('waitForWindowVisible');
      const snap = await booted.call<Snapshot>('snapshot');
      expect(snap.windows).toHaveLength(1);
      expect(snap.windows[0]).toMatchObject({ visible: true, shownBeforeReadyToShow: false });
      expect(snap.notReadyErrors).toEqual([]);
      expect(snap.privilegedSchemes).toEqual([
        { scheme: 'ucwa-tray', privileges: { standard: true, secure: true } },
      ]);
      expect(snap.protocolSchemes).toEqual(['ucwa-tray']);
    } finally {
      booted.kill();
    }
  });

  it('a second launch brings the window of the running instance up', async () => {
    const booted = await bootMain([], { FAKE_ELECTRON_USER_DATA: userDataWith(RETURNING_USER) });
    try {
      await booted.call('waitForTooltip', { includes: 'Signed out' });
      expect((await booted.call<Snapshot>('snapshot')).windows).toEqual([]);
      await booted.call('secondInstance', {});
      await booted.call('waitForWindowVisible');
    } finally {
      booted.kill();
    }
  });

  it('development: loads the dev server with the development CSP; packaged: ignores ELECTRON_RENDERER_URL', async () => {
    const dev = await bootMain([], { ELECTRON_RENDERER_URL: 'http://localhost:5173' });
    try {
      await dev.call('waitForWindowVisible');
      expect((await dev.call<Snapshot>('snapshot')).windows[0]?.loaded).toMatch(
        /^http:\/\/localhost:5173\?platform=/,
      );
      const probe = await dev.call<{ headers: Array<Record<string, string[]>> }>('security');
      expect(probe.headers[0]?.['Content-Security-Policy']).toEqual([DEV_CONTENT_SECURITY_POLICY]);
    } finally {
      dev.kill();
    }
    const packaged = await bootMain([], {
      ELECTRON_RENDERER_URL: 'http://localhost:5173',
      FAKE_ELECTRON_PACKAGED: '1',
    });
    try {
      await packaged.call('waitForWindowVisible');
      expect((await packaged.call<Snapshot>('snapshot')).windows[0]?.loaded).toMatch(
        /^ucwa-tray:\/\/app\/index\.html\?/,
      );
      const probe = await packaged.call<{ headers: Array<Record<string, string[]>> }>('security');
      expect(probe.headers[0]?.['Content-Security-Policy']?.[0]).not.toContain('unsafe-inline');
    } finally {
      packaged.kill();
    }
  });
});

describe.runIf(run)('start at login', () => {
  it('Linux: writes an XDG autostart entry, and removes it when turned off', async () => {
    const config = mkdtempSync(join(tmpdir(), 'ucwa-tray-xdg-'));
    const entry = join(config, 'autostart', 'ucwa-tray.desktop');
    const booted = await bootMain([], {
      FAKE_ELECTRON_PLATFORM: 'linux',
      FAKE_ELECTRON_PACKAGED: '1',
      FAKE_ELECTRON_EXE: '/opt/UCWA Tray/ucwa-tray',
      XDG_CONFIG_HOME: config,
      FAKE_ELECTRON_USER_DATA: userDataWith({ ...RETURNING_USER, startAtLogin: true }),
    });
    try {
      await booted.call('waitForTooltip', { includes: 'Signed out' });
      const text = readFileSync(entry, 'utf8');
      expect(text).toContain('Exec="/opt/UCWA Tray/ucwa-tray"');
      expect(text).toContain('StartupWMClass=ucwa-tray');
      // The user turns it off in Settings (the window must be open to speak to the app).
      await booted.call('secondInstance', {});
      await booted.call('waitForWindowVisible');
      const off = await booted.call<IpcResult<unknown>>('invoke', {
        channel: 'settings:set',
        args: { startAtLogin: false },
        as: 'window',
      });
      expect(off).toMatchObject({ ok: true });
      expect(existsSync(entry)).toBe(false);
    } finally {
      booted.kill();
    }
  });

  for (const platform of ['darwin', 'win32']) {
    it(`${platform}: asks the OS through setLoginItemSettings`, async () => {
      const booted = await bootMain([], {
        FAKE_ELECTRON_PLATFORM: platform,
        FAKE_ELECTRON_PACKAGED: '1',
        FAKE_ELECTRON_USER_DATA: userDataWith({ ...RETURNING_USER, startAtLogin: true }),
      });
      try {
        await booted.call('waitForTooltip', { includes: 'Signed out' });
        expect((await booted.call<Snapshot>('snapshot')).loginItems).toEqual([
          { openAtLogin: true, ignored: false },
        ]);
      } finally {
        booted.kill();
      }
    });
  }
});

describe.runIf(run)('a Linux desktop without a tray host (stock GNOME)', () => {
  it('shows the window at start, minimises it instead of hiding it, and says how to get the tray', async () => {
    // The session bus, as dbus-send reports it there: nobody owns org.kde.StatusNotifierWatcher.
    const bin = mkdtempSync(join(tmpdir(), 'ucwa-tray-bin-'));
    writeFileSync(
      join(bin, 'dbus-send'),
      '#!/bin/sh\necho "method return time=1 sender=org.freedesktop.DBus"\necho "   boolean false"\n',
    );
    chmodSync(join(bin, 'dbus-send'), 0o755);
    const booted = await bootMain([], {
      FAKE_ELECTRON_PLATFORM: 'linux',
      FAKE_ELECTRON_TRAY_HOST: 'none',
      PATH: `${bin}:${process.env.PATH ?? ''}`,
      FAKE_ELECTRON_USER_DATA: userDataWith(RETURNING_USER),
    });
    try {
      await booted.call('waitForWindowVisible');
      await booted.call('closeWindow');
      const snap = await booted.call<Snapshot>('snapshot');
      expect(snap.tray.shown).toBe(false);
      expect(snap.windows[0]).toMatchObject({ destroyed: false, minimized: true });
      expect(booted.output()).toContain('gnome-shell-extension-appindicator');
      // …and Settings says so: the state the window reads has it.
      const ready = await booted.call<IpcResult<{ desktop: unknown }>>('invoke', {
        channel: 'app:ready',
        as: 'window',
      });
      expect(ready).toMatchObject({ ok: true, value: { desktop: { notifications: true, tray: false } } });
    } finally {
      booted.kill();
    }
  });
});
