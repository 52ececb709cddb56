// The window in the language chosen in Settings, end to end: after choosing Deutsch the tabs, the connection
// banner (reconnecting, then signed out by the server) and the sign-in view after Sign out are German; choosing
// English again brings the English words back. The built renderer in Debian's Chromium, bound to the real backend
// and the demo simulator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SettingsView } from '../../main/ipc/contract.js';
import type { SimContact, Simulator } from '../../main/sim/index.js';
import { requireOrSkip } from '../support/requirements.js';
import { missingPieces, startRendererHarness, type RendererHarness } from '../support/rendererHarness.js';
import { WindowPage } from './windowPage.js';

const missing = missingPieces();
const run = requireOrSkip('renderer e2e (Chromium)', missing === null, missing ?? '');

describe.skipIf(!run)('the window in German, and back to English', () => {
  let h: RendererHarness;
  let w: WindowPage;
  let sim: Simulator;
  let someone: SimContact;
  const saved = async (): Promise<SettingsView> => {
    const r = await h.backend.dispatch('settings:get', undefined, { trusted: true });
    if (!r.ok) throw new Error(r.error.message);
    return r.value as SettingsView;
  };
  const tab = (name: string) => h.page.getByRole('tab', { name: new RegExp(`^${name}`) });

  beforeAll(async () => {
    h = await startRendererHarness();
    w = new WindowPage(h.page);
    await h.page.getByRole('button', { name: 'Try the demo' }).first().click();
    await h.page.getByTestId('contact-list').waitFor();
    sim = h.sim();
    someone = sim.control.contacts()[0] as SimContact;
  });

  afterAll(async () => {
    await h?.close();
  });

  it('names the tabs in German once Settings says Deutsch', async () => {
    const { page } = h;
    await w.tab('Settings').click();
    await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Deutsch' });
    await expect.poll(async () => (await saved()).language).toBe('de');
    const tabs = page.getByRole('tablist', { name: 'Ansichten' });
    await tabs.waitFor();
    await expect(tabs.getAttribute('lang')).resolves.toBe('de');
    for (const name of [
      'Kontakte',
      'Wer sieht was',
      'Gruppen',
      'Einladungen',
      'Aktivität',
      'Einstellungen',
    ]) {
      await tab(name).waitFor();
    }
    await expect(tabs.innerText()).resolves.not.toMatch(/Contacts|Who sees what|Settings/);
    await h.screenshot('language-de-tabs');
  });

  it('says in German that it is reconnecting, and that the server signed it out', async () => {
    const { page } = h;
    // As in app.e2e: the parked P-GET is released by an event, and every P-GET after it is dropped.
    sim.control.faults.dropNext(1000, { match: /\/events/ });
    sim.control.setPresence(someone.uri, 'Away');
    const reconnecting = page.getByTestId('banner-reconnecting');
    await reconnecting.waitFor();
    await expect(reconnecting.textContent()).resolves.toMatch(
      /^Die Netzwerkverbindung zum Server ist abgebrochen\. Verbindung wird wiederhergestellt….*Nächster Versuch /s,
    );
    await reconnecting.getByRole('button', { name: 'Jetzt erneut versuchen' }).waitFor();
    await h.screenshot('language-de-reconnecting');
    sim.control.faults.clear();
    h.backend.wake();
    sim.control.setLevel(someone.uri, 'Workgroup');
    await reconnecting.waitFor({ state: 'detached' });

    // Replaced by another P-GET: the session is over, and the banner says so with a way back in.
    sim.control.faults.failNext(1, 409, { code: 'Conflict', subcode: 'PGetReplaced', match: /\/events/ });
    sim.control.setPresence(someone.uri, 'Busy');
    const signedOut = page.getByTestId('banner-signed-out');
    await signedOut.waitFor();
    await expect(signedOut.textContent()).resolves.toMatch(/^Abgemeldet\./);
    await h.screenshot('language-de-signed-out');
    await signedOut.getByRole('button', { name: 'Erneut anmelden' }).click();
    await signedOut.waitFor({ state: 'detached' });
    await tab('Kontakte').waitFor();
  });

  it('shows the sign-in view in German after Sign out, with its errors', async () => {
    const { page } = h;
    await tab('Einstellungen').click();
    await page.getByRole('button', { name: 'Abmelden' }).click();
    await page.getByRole('heading', { name: 'Bei Skype for Business anmelden' }).waitFor();
    await page.getByRole('button', { name: 'Demo ausprobieren' }).first().waitFor();
    expect(await page.getByText('Sign in to Skype for Business').count()).toBe(0);
    // A sign-in address that is not one: the form's own check, worded by lib/errors.ts.
    await page.getByLabel('Anmeldeadresse').fill('nur-ein-name');
    await page.getByLabel('Kennwort', { exact: true }).fill('x');
    await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
    const error = page.getByTestId('signin-error');
    await expect(error.textContent()).resolves.toContain('Bitte überprüfen Sie Ihre Eingabe.');
    await expect(error.textContent()).resolves.toContain('Geben Sie Ihre Anmeldeadresse');
    await h.screenshot('language-de-sign-in');
  });

  it('is English again once Settings says English', async () => {
    const { page } = h;
    await page.getByRole('button', { name: 'Demo ausprobieren' }).first().click();
    await page.getByTestId('contact-list').waitFor();
    await tab('Einstellungen').click();
    await page.getByRole('combobox', { name: 'Sprache' }).selectOption({ label: 'English' });
    await page.getByRole('tablist', { name: 'Views' }).waitFor();
    for (const name of ['Contacts', 'Who sees what', 'Settings', 'Help']) await tab(name).waitFor();
    expect((await saved()).language).toBe('en');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to Skype for Business' }).waitFor();
  });

  it('ran without page errors, alerts or CSP violations', async () => {
    expect(h.errors).toEqual([]);
    expect(h.dialogs).toEqual([]);
    expect(await w.cspViolations()).toEqual([]);
  });
});
