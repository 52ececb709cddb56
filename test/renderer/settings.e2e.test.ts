// Settings under a managed configuration, end to end: what the organisation's policy set is shown as "Set by your
// organisation" and cannot be changed from the window, the rest can; and what the desktop cannot do (notifications
// refused by an unsigned macOS build, no tray on stock GNOME) is said once the shell reports it. The built renderer
// in Debian's Chromium, bound to the real backend (given the policy as the shell gives it) and the simulator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SettingsView } from '../../main/ipc/contract.js';
import { requireOrSkip } from '../support/requirements.js';
import { missingPieces, startRendererHarness, type RendererHarness } from '../support/rendererHarness.js';
import { WindowPage } from './windowPage.js';

const missing = missingPieces();
const run = requireOrSkip('renderer e2e (Chromium)', missing === null, missing ?? '');

/** The settings as main keeps them (what the window shows after a reload). */
async function savedSettings(h: RendererHarness): Promise<SettingsView> {
  const r = await h.backend.dispatch('settings:get', undefined, { trusted: true });
  if (!r.ok) throw new Error(r.error.message);
  return r.value as SettingsView;
}

describe.skipIf(!run)('Settings under a managed configuration', () => {
  let h: RendererHarness;
  let w: WindowPage;
  const saved = () => savedSettings(h);

  beforeAll(async () => {
    h = await startRendererHarness({
      settings: { notifyInvitations: true, startAtLogin: false, statusAlertsIncludeAway: false },
      backendDeps: {
        policy: {
          policy: { notifyInvitations: false, startAtLogin: true, statusAlertsIncludeAway: true },
          problems: [],
          found: ['/etc/ucwa-tray/policy.json'],
        },
      },
    });
    w = new WindowPage(h.page);
    await h.page.getByRole('button', { name: 'Try the demo' }).first().click();
    await h.page.getByTestId('contact-list').waitFor();
    await w.tab('Settings').click();
  });

  afterAll(async () => {
    await h?.close();
  });

  it('shows what the policy set, locked, as "Set by your organisation"; the rest stays the user\'s', async () => {
    const { page } = h;
    const invitations = page.getByRole('checkbox', {
      name: /When someone calls or chats on behalf of someone/,
    });
    const login = page.getByRole('checkbox', { name: /Start UCWA Tray when I log in/ });
    const signedOut = page.getByRole('checkbox', { name: /When I am signed out/ });
    const away = page.getByRole('checkbox', { name: /also when they come back from Away/ });
    for (const box of [invitations, login, away]) {
      expect(await box.isDisabled()).toBe(true);
      expect(await box.locator('xpath=..').innerText()).toContain('Set by your organisation');
    }
    expect(await invitations.isChecked()).toBe(false);
    expect(await login.isChecked()).toBe(true);
    // The user's own value is off; the organisation's (on) is what shows and what the alerts use.
    expect(await away.isChecked()).toBe(true);
    // Not set by the policy: the user's own, changeable, without the note.
    expect(await signedOut.isDisabled()).toBe(false);
    expect(await signedOut.locator('xpath=..').innerText()).not.toContain('Set by your organisation');
    await signedOut.setChecked(false);
    await expect.poll(async () => (await saved()).notifySignedOut).toBe(false);
    expect((await saved()).locked).toEqual(['notifyInvitations', 'startAtLogin', 'statusAlertsIncludeAway']);
    await h.screenshot('settings-managed');
  });

  it('says when notifications cannot be shown and when there is no tray', async () => {
    const { page } = h;
    expect(await page.getByTestId('no-notifications').count()).toBe(0);
    expect(await page.getByTestId('no-tray').count()).toBe(0);
    h.backend.reportDesktop({ notifications: false });
    await page.getByTestId('no-notifications').filter({ hasText: 'counted on the tray icon' }).waitFor();
    h.backend.reportDesktop({ tray: false });
    await page.getByTestId('no-tray').filter({ hasText: 'gnome-shell-extension-appindicator' }).waitFor();
    await h.screenshot('settings-desktop-limits');
  });

  it("switches Settings to German and French at once, and back to the system's language", async () => {
    const { page } = h;
    const select = page.getByRole('combobox', { name: 'Language' });
    expect(await select.inputValue()).toBe('system');
    await select.selectOption({ label: 'Deutsch' });
    await page.getByRole('heading', { name: 'Einstellungen' }).waitFor();
    expect((await saved()).language).toBe('de');
    const invitations = page.getByRole('checkbox', { name: /Wenn jemand im Namen einer anderen Person/ });
    expect(await invitations.locator('xpath=..').innerText()).toContain('Von Ihrer Organisation festgelegt');
    await page.getByRole('button', { name: 'Abmelden' }).waitFor();
    await h.screenshot('settings-de');

    await page.getByRole('combobox', { name: 'Sprache' }).selectOption({ label: 'Français' });
    await page.getByRole('heading', { name: 'Paramètres' }).waitFor();
    await page.getByRole('button', { name: 'Pendant 1 heure' }).waitFor();
    await h.screenshot('settings-fr');

    await page.getByRole('combobox', { name: 'Langue' }).selectOption({ label: 'Comme le système' });
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    expect((await saved()).language).toBe('system');
  });

  it('ran without page errors, alerts or CSP violations', async () => {
    expect(h.errors).toEqual([]);
    expect(h.dialogs).toEqual([]);
    expect(await w.cspViolations()).toEqual([]);
  });
});

describe.skipIf(!run)('Settings without a policy: the status alerts option', () => {
  let h: RendererHarness;
  let w: WindowPage;
  const away = () => h.page.getByRole('checkbox', { name: /also when they come back from Away/ });
  const saved = () => savedSettings(h);

  beforeAll(async () => {
    h = await startRendererHarness();
    w = new WindowPage(h.page);
    await h.page.getByRole('button', { name: 'Try the demo' }).first().click();
    await h.page.getByTestId('contact-list').waitFor();
    await w.tab('Settings').click();
  });

  afterAll(async () => {
    await h?.close();
  });

  it('is saved when ticked and is still ticked when the window reloads its settings', async () => {
    const box = away();
    expect(await box.isDisabled()).toBe(false);
    expect(await box.locator('xpath=..').innerText()).not.toContain('Set by your organisation');
    expect(await box.isChecked()).toBe(false);
    await box.setChecked(true);
    await expect.poll(async () => (await saved()).statusAlertsIncludeAway).toBe(true);

    // A fresh page asks main for the settings again: the tick comes back from what was saved.
    await h.page.reload();
    await w.tab('Settings').click();
    await away().waitFor();
    expect(await away().isChecked()).toBe(true);

    await away().setChecked(false);
    await expect.poll(async () => (await saved()).statusAlertsIncludeAway).toBe(false);
    await h.page.reload();
    await w.tab('Settings').click();
    await away().waitFor();
    expect(await away().isChecked()).toBe(false);
  });

  it('ran without page errors, alerts or CSP violations', async () => {
    expect(h.errors).toEqual([]);
    expect(h.dialogs).toEqual([]);
    expect(await w.cspViolations()).toEqual([]);
  });
});
