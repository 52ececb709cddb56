// Notifications in the booted app, on each OS's rules (test/support/fakeElectron/notification.mjs): Windows toasts
// under the app's AppUserModelID, a toast clicked in Action Center after it timed out, and an unsigned macOS build
// whose notifications fail (the tray counts the changes instead).
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_ID } from '../../../main/shell/identity.js';
import { bootMain, mainBundle } from '../../support/fakeElectron/boot.js';
import type { BootedApp, Snapshot } from '../../support/fakeElectron/boot.js';

const run = existsSync(mainBundle) || process.env.CI === 'true';

/** Connect to the demo, hide the window, change one level on the simulator; resolves with the contact. */
async function oneChange(booted: BootedApp): Promise<{ uri: string; name: string }> {
  await booted.call('waitForTooltip', { includes: 'Connected' });
  await booted.call('closeWindow');
  const { fetched } = await booted.call<Snapshot>('snapshot');
  const simOrigin = new URL(fetched[0]?.url ?? '').origin;
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
  await booted.call('waitForMenuLabel', { includes: `${contact.name}: Colleagues → Workgroup` });
  return contact;
}

describe.runIf(run)('notifications on Windows', () => {
  it('show under the app’s AppUserModelID, and a click in Action Center after the toast timed out still opens the contact', async () => {
    const booted = await bootMain(['--demo'], { FAKE_ELECTRON_PLATFORM: 'win32' });
    try {
      const contact = await oneChange(booted);
      const snap = await booted.call<Snapshot>('snapshot');
      expect(snap.appUserModelId).toBe(APP_ID);
      expect(snap.activationHandler).toBe(true);
      const index = snap.notifications.length - 1;
      expect(snap.notifications[index]).toMatchObject({ state: 'shown', shownAs: APP_ID });
      expect(snap.notifications[index]?.toastXml).toContain(contact.name);
      await booted.call('invoke', { channel: 'app:ready', as: 'window' });
      // The toast times out into Action Center; the user clicks it there later.
      await booted.call('notificationTimeout', { index });
      expect(await booted.call('clickNotification', { index })).toBe('handleActivation');
      await booted.call('waitForWindowVisible');
      expect(await booted.call('waitForPush', { channel: 'app:navigate' })).toEqual({
        view: 'contacts',
        uri: contact.uri,
      });
    } finally {
      booted.kill();
    }
  });
});

describe.runIf(run)('notifications on an unsigned macOS build', () => {
  it('fail; the tray then counts new changes beside its icon and says why', async () => {
    const booted = await bootMain(['--demo'], {
      FAKE_ELECTRON_PLATFORM: 'darwin',
      FAKE_ELECTRON_UNSIGNED: '1',
    });
    try {
      await oneChange(booted);
      await booted.call('waitForNotificationState', { index: -1, state: 'failed' });
      expect(await booted.call('waitForTrayTitle', { includes: '1' })).toBe('1');
      const tip = await booted.call<string>('waitForTooltip', {
        includes: 'Notifications cannot be shown here',
      });
      expect(tip).toContain('1 new relationship change');
      expect(booted.output()).toContain('notifications are unavailable');
      // …and Settings says so: the state the window reads has it.
      const ready = await booted.call<{ ok: boolean; value: { desktop: unknown } }>('invoke', {
        channel: 'app:ready',
        as: 'window',
      });
      expect(ready.value.desktop).toEqual({ notifications: false, tray: true });
    } finally {
      booted.kill();
    }
  });
});

describe.runIf(run)('notifications on Linux', () => {
  it('are shown, and a click opens the contact', async () => {
    const booted = await bootMain(['--demo'], { FAKE_ELECTRON_PLATFORM: 'linux' });
    try {
      const contact = await oneChange(booted);
      await booted.call('invoke', { channel: 'app:ready', as: 'window' });
      expect(await booted.call('clickNotification', { index: -1 })).toBe('instance');
      await booted.call('waitForWindowVisible');
      expect(await booted.call('waitForPush', { channel: 'app:navigate' })).toEqual({
        view: 'contacts',
        uri: contact.uri,
      });
    } finally {
      booted.kill();
    }
  });
});
