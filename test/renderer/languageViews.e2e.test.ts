// Help, Activity, Who sees what and Groups in the language chosen in Settings, end to end: the built renderer in
// Debian's Chromium, bound to the real backend signed in to the demo simulator. Views are opened by their tab's id,
// not its name, so the test does not depend on the navigation's own words.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../../main/sim/index.js';
import { requireOrSkip } from '../support/requirements.js';
import { missingPieces, startRendererHarness, type RendererHarness } from '../support/rendererHarness.js';

const missing = missingPieces();
const run = requireOrSkip('renderer e2e (Chromium)', missing === null, missing ?? '');

describe.skipIf(!run)('the views in German, in Chromium', () => {
  let h: RendererHarness;
  let sim: Simulator;
  const open = (view: 'help' | 'activity' | 'whoSees' | 'groups' | 'settings') =>
    h.page.locator(`#tab-${view}`).click();
  const heading = (name: string, level = 1) => h.page.getByRole('heading', { name, exact: true, level });

  beforeAll(async () => {
    h = await startRendererHarness();
    await h.page.getByRole('button', { name: 'Try the demo' }).first().click();
    await h.page.getByTestId('contact-list').waitFor();
    sim = h.sim();
    await open('settings');
    await h.page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Deutsch' });
    await heading('Einstellungen').waitFor();
  });

  afterAll(async () => {
    await h?.close();
  });

  it('Who sees what: German headings, and how many people see each item as a German plural', async () => {
    const { page } = h;
    await open('whoSees');
    await heading('Wer sieht was').waitFor();
    const presence = page.getByTestId('info-presence');
    await presence
      .getByRole('heading', { name: 'Ihre Anwesenheit (Verfügbar, Beschäftigt, Abwesend…)' })
      .waitFor();
    expect(await presence.innerText()).toContain('Sichtbar für Freunde und Familie, Arbeitsgruppe, Kollegen');
    const count = await page.getByTestId('info-presence-count').locator('strong').innerText();
    const people = Number(count.replace(/\D/g, ''));
    expect(people).toBeGreaterThan(1);
    expect(count).toBe(`${people.toLocaleString('de-DE')} Personen`);
    await presence.getByRole('button', { name: /^Diese [\d.]+ Personen eine Stufe herabsetzen$/ }).waitFor();
    await h.screenshot('who-sees-what-de');
  });

  it('Activity: German headings, and a change from elsewhere said in German', async () => {
    const { page } = h;
    const someone = sim.control.contacts().find((c) => sim.control.getLevel(c.uri) === 'Colleagues');
    if (someone === undefined) throw new Error('no colleague in the demo');
    sim.control.setLevel(someone.uri, 'Workgroup');
    await open('activity');
    await heading('Aktivität').waitFor();
    const row = page.getByTestId('activity-row').filter({ hasText: someone.name }).first();
    await row.waitFor();
    expect(await row.innerText()).toMatch(/Kollegen\s*→\s*(nach\s*)?Arbeitsgruppe[\s\S]*Ein anderes Gerät/);
    await page.getByRole('columnheader', { name: 'Wann' }).waitFor();
    await page.getByRole('button', { name: 'Als CSV exportieren' }).waitFor();
    await h.screenshot('activity-de');
  });

  it("Groups: German headings, the server groups by their German names, a tagged person's status in German", async () => {
    const { page } = h;
    const person = sim.control.contacts()[0];
    if (person === undefined) throw new Error('no contacts');
    sim.control.setPresence(person.uri, 'Busy');
    const tagged = await h.backend.dispatch('tags:add', { uri: person.uri }, { trusted: true });
    expect(tagged.ok).toBe(true);
    await open('groups');
    await heading('Gruppen').waitFor();
    for (const name of [
      'Personen suchen',
      'Ihre Gruppen',
      'Für Statusbenachrichtigungen markiert',
      'Stellvertretungen',
    ])
      await heading(name, 2).waitFor();
    await page.getByLabel('Name oder E-Mail').waitFor();
    await page.getByTestId('group').filter({ hasText: 'Weitere Kontakte' }).first().waitFor();
    const row = page.getByTestId('tagged').locator('li', { hasText: person.name });
    await row.getByText('Beschäftigt', { exact: true }).waitFor();
    await h.screenshot('groups-de');
  });

  it('Help: German headings, each level in German and the table of who sees what', async () => {
    const { page } = h;
    await open('help');
    await heading('Hilfe und Info').waitFor();
    await heading('Was jede Beziehung andere sehen lässt', 2).waitFor();
    await heading('Was die App speichert und wo', 2).waitFor();
    const table = page.getByTestId('help-table');
    await table.getByRole('rowheader', { name: 'Ihre Mobiltelefonnummer' }).waitFor();
    expect(await page.getByTestId('help-delegates').innerText()).toMatch(
      /^Meine Stellvertretungen sind die Personen, .*Personen, für die ich Anrufe verwalte, sind diejenigen/,
    );
    expect(await page.locator('ul.levels').innerText()).toContain(
      'Externe Kontakte: Sieht Ihren Namen, Titel, E-Mail, Firma, Büro, Bild und Anwesenheit.',
    );
    await h.screenshot('help-de');
  });

  it('ran without page errors or alerts', () => {
    expect(h.errors).toEqual([]);
    expect(h.dialogs).toEqual([]);
  });
});
