// The tray's language in the booted app: it follows the OS (app.getLocale()) and the override in Settings, which
// rebuilds the menu at once.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { IpcResult } from '../../../main/ipc/contract.js';
import { RETURNING_USER, bootMain, mainBundle, userDataWith } from '../../support/fakeElectron/boot.js';
import type { Snapshot } from '../../support/fakeElectron/boot.js';

const run = existsSync(mainBundle) || process.env.CI === 'true';

describe.runIf(run)("the tray in the user's language", () => {
  it('follows the OS (German), and switches when Settings picks another language (French)', async () => {
    const booted = await bootMain([], {
      FAKE_ELECTRON_PLATFORM: 'win32',
      FAKE_ELECTRON_LOCALE: 'de-AT',
      FAKE_ELECTRON_USER_DATA: userDataWith(RETURNING_USER),
    });
    try {
      expect(await booted.call<string>('waitForTooltip', { includes: 'Abgemeldet' })).toBe(
        'UCWA Tray: Abgemeldet',
      );
      const labels = (await booted.call<Snapshot>('snapshot')).tray.menu.map((i) => i.label);
      expect(labels).toEqual(expect.arrayContaining(['UCWA Tray öffnen', 'Abmelden', 'UCWA Tray beenden']));

      await booted.call('secondInstance', {});
      await booted.call('waitForWindowVisible');
      const set = await booted.call<IpcResult<unknown>>('invoke', {
        channel: 'settings:set',
        args: { language: 'fr' },
        as: 'window',
      });
      expect(set).toMatchObject({ ok: true, value: { language: 'fr' } });
      await booted.call('waitForTooltip', { includes: 'Déconnecté' });
      const french = (await booted.call<Snapshot>('snapshot')).tray.menu.map((i) => i.label);
      expect(french).toEqual(
        expect.arrayContaining(['Ouvrir UCWA Tray', 'Se déconnecter', 'Quitter UCWA Tray']),
      );
      expect((await booted.call<Snapshot>('snapshot')).notReadyErrors).toEqual([]);
    } finally {
      booted.kill();
    }
  });
});
