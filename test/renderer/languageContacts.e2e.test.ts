// The contacts view in French, end to end: Settings' language switched to Français, a contact opened: the card, the
// level menu (each level with what it sees), the presence name, the context menu and a date are in French. The
// built renderer in Debian's Chromium, `window.ucwa` bound to the real backend signed in to the simulator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SimContact } from '../../main/sim/index.js';
import { requireOrSkip } from '../support/requirements.js';
import { missingPieces, startRendererHarness, type RendererHarness } from '../support/rendererHarness.js';
import { WindowPage } from './windowPage.js';

const missing = missingPieces();
const run = requireOrSkip('renderer e2e (Chromium)', missing === null, missing ?? '');

/** Away (so the card says when they were last active), out of office, at Workgroup, from the same organisation. */
const ines = {
  uri: 'sip:ines.moreau@contoso.com',
  name: 'Inès Moreau',
  title: 'Responsable des achats',
  company: 'Contoso',
  department: 'Achats',
  note: 'De retour lundi',
  noteType: 'OutOfOffice',
  availability: 'Away',
  emailAddresses: ['ines.moreau@contoso.com'],
  workPhoneNumber: 'tel:+33155550100',
  sourceNetwork: 'SameEnterprise',
  level: 'Workgroup',
} satisfies Partial<SimContact> & { uri: string; name: string };

const DAY = 24 * 3600_000;

describe.skipIf(!run)('the contacts view in French', () => {
  let h: RendererHarness;
  let w: WindowPage;

  beforeAll(async () => {
    h = await startRendererHarness({ onSimulator: (sim) => sim.control.addContact(ines) });
    w = new WindowPage(h.page);
    await h.page.getByRole('button', { name: 'Try the demo' }).first().click();
    await h.page.getByTestId('contact-list').waitFor();
    await w.tab('Settings').click();
    await h.page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Français' });
    await h.page.getByRole('heading', { name: 'Paramètres' }).waitFor();
  });

  afterAll(async () => {
    await h?.close();
  });

  /** The text next to a label in the card's property list. */
  function property(label: string) {
    return w.card.locator(`dt:text-is("${label}") + dd`);
  }

  it('shows the card in French: properties, note, presence and what the level sees', async () => {
    const { page } = h;
    await w.tab('Contacts').click();
    await page.getByRole('searchbox', { name: 'Rechercher des contacts' }).fill('Inès');
    await w.row(ines.uri).click();
    await w.card.and(page.locator('[aria-busy="false"]')).waitFor();

    await w.card.getByRole('heading', { name: 'Relation de confidentialité' }).waitFor();
    expect(await w.level.textContent()).toBe('Groupe de travail');
    await w.card
      .getByText(
        'Voit votre carte de contact, présence, note, emplacement, disponibilités, objets des réunions, lieux des ' +
          'réunions et téléphone mobile. Peut vous joindre en mode Ne pas déranger.',
      )
      .waitFor();
    expect(await property('Entreprise').textContent()).toBe('Contoso');
    expect(await property('Service').textContent()).toBe('Achats');
    expect(await property("Réseau d'origine").textContent()).toBe('Votre organisation');
    expect(await property('Adresse SIP').innerText()).toBe('ines.moreau@contoso.com');
    expect(await property('Téléphone professionnel').count()).toBe(1);
    expect(await page.getByTestId('contact-note').innerText()).toBe('Absent du bureau : De retour lundi');

    // The presence in words: on the card, and for screen readers on the row.
    expect(await w.card.locator('.presence span[aria-hidden="true"]').first().textContent()).toBe('Absent');
    expect(await w.row(ines.uri).innerText()).toContain('Absent');
    expect(await w.row(ines.uri).innerText()).not.toContain('Away');
    await h.screenshot('contacts-fr');
  });

  it('offers each level in French with what it sees, and Auto-assign', async () => {
    const { page } = h;
    await page.getByRole('button', { name: 'Changer de niveau' }).click();
    const menu = page.getByRole('menu', { name: `Niveau de relation pour ${ines.name}` });
    await menu.waitFor();
    const checked = menu.getByRole('menuitemradio', { name: 'Groupe de travail', exact: true });
    expect(await checked.getAttribute('aria-checked')).toBe('true');
    const colleagues = menu.getByRole('menuitemradio', { name: 'Collègues', exact: true });
    expect(await colleagues.getAttribute('aria-describedby')).toBe('panel-Colleagues-sees');
    expect(await page.locator('#panel-Colleagues-sees').textContent()).toBe(
      'Présence, note, emplacement et disponibilités.',
    );
    await menu.getByRole('menuitem', { name: 'Attribuer automatiquement la relation' }).waitFor();
    await h.screenshot('level-menu-fr');
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
  });

  it("has the row's context menu in French", async () => {
    const { page } = h;
    await w.row(ines.uri).click({ button: 'right' });
    const menu = page.getByRole('menu', { name: `Actions pour ${ines.name}` });
    await menu.getByRole('menuitem', { name: "Copier l'adresse" }).waitFor();
    await menu.getByRole('menuitem', { name: 'Ouvrir la fiche' }).waitFor();
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
  });

  // The card would say when the contact was last active, but the backend does not pass the simulator's
  // lastActive on yet: the date checked is an invitation's, as relative time and as the full date and time.
  it('shows an invitation in French, with its date and time written the French way', async () => {
    const { page } = h;
    h.sim().control.sendInvitation({ kind: 'audioVideo', from: ines.uri, subject: 'Chiffres du trimestre' });
    await w.tab('Invitations').click();
    await page.getByRole('heading', { name: 'Invitations' }).waitFor();
    const inv = page.getByTestId('invitation').first();
    await inv.getByText(`${ines.name} appelle`, { exact: true }).waitFor();
    await inv.getByText('Sonne', { exact: true }).waitFor();
    await inv.getByText('« Chiffres du trimestre »', { exact: true }).waitFor();
    await inv.getByTestId('party-caller').getByText('Relation : Groupe de travail').waitFor();
    const time = inv.locator('time');
    await time.getByText("à l'instant", { exact: true }).waitFor();
    const at = new Date((await time.getAttribute('datetime')) ?? '');
    expect(await time.getAttribute('title')).toBe(
      at.toLocaleString('fr', { dateStyle: 'medium', timeStyle: 'short' }),
    );
    // Ten days on in the page (its timers keep running): the relative time becomes the date.
    await page.clock.setFixedTime(at.getTime() + 10 * DAY);
    await time
      .getByText(at.toLocaleDateString('fr', { year: 'numeric', month: 'short', day: 'numeric' }), {
        exact: true,
      })
      .waitFor();
    await h.screenshot('invitation-fr');
  });

  it('ran without page errors or alerts', () => {
    expect(h.errors).toEqual([]);
    expect(h.dialogs).toEqual([]);
  });
});
