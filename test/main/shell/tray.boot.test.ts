// The tray in the booted app, on each platform's rules (test/support/fakeElectron/tray.mjs): which click opens the
// window, and a menu that is open is not replaced under the pointer.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RETURNING_USER, bootMain, mainBundle, userDataWith } from '../../support/fakeElectron/boot.js';
import type { BootedApp, Snapshot } from '../../support/fakeElectron/boot.js';

const run = existsSync(mainBundle) || process.env.CI === 'true';

/** A returning user's start: signed out, no window until the user asks for it. */
async function quietStart(platform: string): Promise<BootedApp> {
  const booted = await bootMain([], {
    FAKE_ELECTRON_PLATFORM: platform,
    FAKE_ELECTRON_USER_DATA: userDataWith(RETURNING_USER),
  });
  await booted.call('waitForTooltip', { includes: 'Signed out' });
  return booted;
}

describe.runIf(run)('tray clicks follow each platform', () => {
  it('macOS: a left click opens the menu and does not open the window behind it', async () => {
    const booted = await quietStart('darwin');
    try {
      const click = await booted.call<Snapshot['tray']['clicks'][number]>('trayClick', { button: 'left' });
      expect(click).toEqual({ button: 'left', events: ['mouse-down', 'click'], menuOpened: true });
      const snap = await booted.call<Snapshot>('snapshot');
      expect(snap.windows).toEqual([]);
      // The menu's own item opens it.
      await booted.call('trayCloseMenu');
      await booted.call('clickMenu', { path: ['Open UCWA Tray'] });
      await booted.call('waitForWindowVisible');
    } finally {
      booted.kill();
    }
  });

  it('Windows: a left click opens the window; a right click shows the menu only', async () => {
    const booted = await quietStart('win32');
    try {
      const right = await booted.call<Snapshot['tray']['clicks'][number]>('trayClick', { button: 'right' });
      expect(right).toMatchObject({ events: ['right-click'], menuOpened: true });
      expect((await booted.call<Snapshot>('snapshot')).windows).toEqual([]);
      await booted.call('trayCloseMenu');
      await booted.call('trayClick', { button: 'left' });
      await booted.call('waitForWindowVisible');
    } finally {
      booted.kill();
    }
  });

  it("Linux: the host's activate (a left click on most) opens the window", async () => {
    const booted = await quietStart('linux');
    try {
      await booted.call('trayClick', { button: 'left' });
      await booted.call('waitForWindowVisible');
    } finally {
      booted.kill();
    }
  });
});

describe.runIf(run)('the tray menu', () => {
  for (const platform of ['darwin', 'win32']) {
    it(`${platform}: is not rebuilt while open; the change shows once it closes`, async () => {
      const booted = await bootMain(['--demo'], { FAKE_ELECTRON_PLATFORM: platform });
      try {
        await booted.call('waitForTooltip', { includes: 'Connected' });
        await booted.call('trayClick', { button: 'right' });
        const open = await booted.call<Snapshot>('snapshot');
        expect(open.tray.menuOpen).toBe(true);
        const simOrigin = new URL(open.fetched[0]?.url ?? '').origin;
        const contacts = (await (await fetch(`${simOrigin}/_sim/contacts`)).json()) as Array<{
          uri: string;
          name: string;
          level: string;
        }>;
        const contact = contacts.find((c) => c.level === 'Colleagues');
        if (!contact) throw new Error('no Colleagues contact in the demo');
        await fetch(`${simOrigin}/_sim/level`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ uri: contact.uri, level: 'Workgroup' }),
        });
        // The tooltip follows at once; the open menu is left alone.
        await booted.call('waitForTooltip', { includes: '1 new relationship change' });
        const during = await booted.call<Snapshot>('snapshot');
        expect(during.tray.menuOpen).toBe(true);
        expect(during.tray.rebuiltWhileOpen).toBe(0);
        expect(during.tray.menuBuilds).toBe(open.tray.menuBuilds);
        await booted.call('trayCloseMenu');
        await booted.call('waitForMenuLabel', { includes: `${contact.name}: Colleagues → Workgroup` });
      } finally {
        booted.kill();
      }
    });
  }
});
