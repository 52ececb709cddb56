// The rest of the window, end to end: everything on a contact card in plain words, what the server does not let
// the user change, the privacy menu from the keyboard and within the window, an invitation with a delegator, the
// Activity filters, and the Settings toggles and pause. The built renderer in Debian's Chromium, `window.ucwa` bound
// to the real backend signed in to the simulator; the simulator's relationship links are thinned out at the HTTP
// boundary for two contacts (test/support/serverLinks.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SettingsView } from '../../main/ipc/contract.js';
import type { SimContact } from '../../main/sim/index.js';
import { requireOrSkip } from '../support/requirements.js';
import { missingPieces, startRendererHarness, type RendererHarness } from '../support/rendererHarness.js';
import { withRelationshipLinks } from '../support/serverLinks.js';
import { WindowPage } from './windowPage.js';

const missing = missingPieces();
const run = requireOrSkip('renderer e2e (Chromium)', missing === null, missing ?? '');

/** Someone with everything a card can show (and a level that is not their auto-assigned one). */
const noor = {
  uri: 'sip:noor.haddad@contoso.com',
  name: 'Noor Haddad',
  title: 'Head of Procurement',
  company: 'Contoso',
  department: 'Procurement',
  office: '4/1120',
  location: 'Building 4, Floor 1',
  note: 'Back on Monday',
  noteType: 'OutOfOffice',
  availability: 'Away',
  activity: 'In a meeting',
  emailAddresses: ['noor.haddad@contoso.com'],
  workPhoneNumber: 'tel:+14255550100',
  sourceNetwork: 'SameEnterprise',
  level: 'Workgroup',
  modalities: ['Messaging', 'Audio', 'Video', 'PhoneAudio'],
} satisfies Partial<SimContact> & { uri: string; name: string };
/** The server links no relationship for them: nothing to change. */
const readOnly = { uri: 'sip:li.wei@fabrikam.com', name: 'Li Wei', sourceNetwork: 'Federated' } as const;
/** The server lets the level be changed but links no reset. */
const noReset = {
  uri: 'sip:sam.okafor@contoso.com',
  name: 'Sam Okafor',
  sourceNetwork: 'SameEnterprise',
  level: 'Workgroup',
} as const;

describe.skipIf(!run)('card details, server limits, menu, invitations, activity and settings', () => {
  let h: RendererHarness;
  let w: WindowPage;

  beforeAll(async () => {
    h = await startRendererHarness({
      backendDeps: {
        runtime: {
          fetch: withRelationshipLinks({
            [readOnly.uri]: { relationship: 'absent' },
            [noReset.uri]: { reset: 'absent' },
          }),
        },
      },
      onSimulator: (sim) => {
        for (const c of [noor, readOnly, noReset]) sim.control.addContact(c);
      },
    });
    w = new WindowPage(h.page);
    await h.page.getByRole('button', { name: 'Try the demo' }).first().click();
    await h.page.getByTestId('contact-list').waitFor();
  });

  afterAll(async () => {
    await h?.close();
  });

  /** Open a contact and wait until the card's details (photo, note, what the server allows...) are in. */
  async function openCard(query: string, uri: string): Promise<void> {
    await w.openContact(query, uri);
    await w.card.and(h.page.locator('[aria-busy="false"]')).waitFor();
  }

  /** The text next to a label in the card's property list. */
  function property(label: string) {
    return w.card.locator(`dt:text-is("${label}") + dd`);
  }

  it('shows photo, presence, note, location, office and the rest in plain words', async () => {
    await openCard('Noor', noor.uri);
    const card = w.card;
    await expect(card.getByRole('heading', { level: 2 }).textContent()).resolves.toBe(noor.name);
    const photo = card.getByRole('img', { name: `Photo of ${noor.name}` });
    await photo.waitFor();
    // A real picture, decoded (not a broken image).
    await expect
      .poll(() =>
        h.page.evaluate(`(() => {
          const img = document.querySelector('[data-testid="contact-card"] header img');
          return img && img.complete ? img.naturalWidth : 0;
        })()`),
      )
      .toBeGreaterThan(0);
    await expect(card.locator('.presence').textContent()).resolves.toMatch(/Away\s*— In a meeting/);
    await expect(card.getByTestId('contact-note').textContent()).resolves.toMatch(
      /^\s*Out of office:\s*Back on Monday\s*$/,
    );
    await expect(property('Office').textContent()).resolves.toBe(noor.office);
    await expect(property('Location').textContent()).resolves.toBe(noor.location);
    // Formatted for reading (libphonenumber-js), the link still the server's tel: URI.
    await property('Work phone').getByText('+1 425 555 0100', { exact: true }).waitFor();
    expect(await property('Work phone').locator('a').getAttribute('href')).toBe(noor.workPhoneNumber);
    await expect(property('Source network').textContent()).resolves.toBe('Your organisation');
    await expect(property('Can use').textContent()).resolves.toMatch(
      /^\s*Instant messages, Audio calls, Video, Phone calls\s*$/,
    );
    const text = (await card.textContent()) ?? '';
    expect(text).not.toMatch(/SameEnterprise|PhoneAudio|Messaging/);
    // Protocol details stay out of the card.
    expect(await card.locator('dt', { hasText: /^Type$/ }).count()).toBe(0);
    await h.screenshot('contact-card');
  });

  it('offers no change where the server links no relationship, and no reset where it links none', async () => {
    await openCard('Li Wei', readOnly.uri);
    await w.card.getByText('The server does not let you change this relationship.').waitFor();
    expect(await w.card.getByRole('button', { name: /Change level/ }).count()).toBe(0);
    await expect(property('Source network').textContent()).resolves.toBe('Federated (another organisation)');

    await openCard('Sam Okafor', noReset.uri);
    await w.card.getByRole('button', { name: 'Change level' }).click();
    const menu = h.page.getByRole('menu', { name: `Relationship level for ${noReset.name}` });
    await menu.getByRole('menuitemradio', { name: 'Workgroup', exact: true }).waitFor();
    expect(await menu.getByRole('menuitem', { name: /Auto-assign/ }).count()).toBe(0);
    await h.page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
  });

  it('opens the privacy menu inside the window without scrolling the card, and works from the keyboard', async () => {
    const { page } = h;
    await openCard('Noor', noor.uri);
    const detailScroll = () => page.evaluate(`document.querySelector('.detail').scrollTop`);
    expect(await detailScroll()).toBe(0);
    await page.getByRole('button', { name: 'Change level' }).click();
    const menu = page.getByRole('menu', { name: `Relationship level for ${noor.name}` });
    await menu.waitFor();
    // The current level has the focus, as in a native menu.
    await expect.poll(() => w.focusedAttribute('data-level')).toBe('Workgroup');

    // All of the menu is in the window, clear of its edges, and the card did not move to make room.
    const box = await menu.boundingBox();
    const viewport = page.viewportSize();
    expect(box).not.toBeNull();
    expect(box?.y ?? -1).toBeGreaterThanOrEqual(4);
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual((viewport?.height ?? 0) - 4);
    expect(await detailScroll()).toBe(0);
    const heading = await w.card.getByRole('heading', { level: 2 }).boundingBox();
    expect(heading?.y ?? -1).toBeGreaterThanOrEqual(0);
    await h.screenshot('privacy-menu-keyboard');

    const keys: Array<[string, string]> = [
      ['ArrowDown', 'Colleagues'],
      ['ArrowUp', 'Workgroup'],
      ['ArrowUp', 'FriendsAndFamily'],
      ['ArrowUp', 'auto'], // wraps around, to "Auto-assign relationship" under the levels
      ['Home', 'FriendsAndFamily'],
      ['End', 'auto'],
      ['ArrowUp', 'Blocked'],
      ['ArrowDown', 'auto'],
      ['ArrowDown', 'FriendsAndFamily'],
      ['e', 'External'], // type-ahead
    ];
    const focusedItem = () =>
      page.evaluate(
        `document.activeElement?.dataset.level ?? document.activeElement?.dataset.action ?? null`,
      );
    for (const [key, item] of keys) {
      await page.keyboard.press(key);
      await expect.poll(focusedItem).toBe(item);
    }
    // Escape closes it, gives the focus back to the button, and changes nothing.
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    await expect.poll(() => w.focusedAttribute('aria-haspopup')).toBe('menu');
    expect(h.sim().control.getLevel(noor.uri)).toBe('Workgroup');
    // Enter on the button opens it again; Enter on an item chooses that level.
    await page.keyboard.press('Enter');
    await menu.waitFor();
    await expect.poll(() => w.focusedAttribute('data-level')).toBe('Workgroup');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await w.levelSettled('FriendsAndFamily');
    expect(h.sim().control.getLevel(noor.uri)).toBe('FriendsAndFamily');
    // The focus is back where the user was (the button), not on the page body.
    await expect.poll(() => w.focusedAttribute('aria-haspopup')).toBe('menu');
    await w.feedback.filter({ hasText: `${noor.name} now sees Friends and Family info` }).waitFor();
  });

  it('shows an invitation with a delegator as three cards, addresses whole', async () => {
    const { page } = h;
    const contacts = h.sim().control.contacts();
    const caller = contacts.find((c) => c.sourceNetwork === 'SameEnterprise' && c.uri !== noor.uri);
    const boss = contacts.find((c) => c.emailAddresses[0] === 'priya.nilsson@contoso.com') ?? contacts[1];
    if (!caller || !boss) throw new Error('the demo has too few contacts');
    h.sim().control.sendInvitation({
      kind: 'audioVideo',
      from: caller.uri,
      onBehalfOf: boss.uri,
      delegator: noor.uri,
      subject: 'Quarterly numbers',
    });
    await w.tab('Invitations').click();
    const inv = page.getByTestId('invitation').first();
    await inv.getByText('Quarterly numbers').waitFor();
    const delegator = inv.getByTestId('party-delegator');
    await delegator.getByText(noor.name, { exact: true }).waitFor();
    await inv.getByTestId('party-on-behalf-of').getByText(boss.name, { exact: true }).waitFor();
    await inv.getByTestId('party-caller').getByText(caller.name, { exact: true }).waitFor();
    // One wording: the summary names each person in the words of their card, delegation said in plain words.
    await inv
      .getByText(`${caller.name} is calling on behalf of ${boss.name} for ${noor.name}`, { exact: true })
      .waitFor();
    await inv
      .getByText(
        `This call is for ${noor.name}. It comes to you because ${noor.name} made you their delegate.`,
      )
      .waitFor();
    await inv.getByTestId('answer-hint').waitFor();
    await expect(inv.getByTestId('party-caller').getByTestId('party-level').textContent()).resolves.toMatch(
      /^Relationship: /,
    );
    await h.screenshot('invitation-delegator');

    // Each e-mail address sits on one line (there is room for it), with "Show contact" under it, not beside it.
    const lines = await page.evaluate(`Array.from(
      document.querySelector('[data-testid="invitation"]').querySelectorAll('[data-testid="party-address"]'),
      (el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        return [el.textContent, new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top))).size];
      },
    )`);
    expect(lines).toEqual([
      [caller.emailAddresses[0], 1],
      [boss.emailAddresses[0], 1],
      [noor.emailAddresses[0], 1],
    ]);
    for (const party of await inv.locator('[data-testid^="party-"][role="group"]').all()) {
      const address = party.getByTestId('party-address');
      const addressBox = await address.boundingBox();
      const buttonBox = await party.getByRole('button', { name: 'Show contact' }).boundingBox();
      expect(buttonBox?.y ?? 0).toBeGreaterThanOrEqual((addressBox?.y ?? 0) + (addressBox?.height ?? 0));
    }

    await delegator.getByRole('button', { name: 'Show contact' }).click();
    await expect(w.card.getByRole('heading', { level: 2 }).textContent()).resolves.toBe(noor.name);
  });

  it('filters the activity by contact and by level, and reads "from … to …"', async () => {
    const { page } = h;
    h.sim().control.setLevel(noReset.uri, 'External');
    await w.tab('Activity').click();
    const rows = page.getByTestId('activity-row');
    // Ours: Noor to Friends and Family. Elsewhere: Sam to External Contacts.
    await expect.poll(() => rows.count()).toBe(2);

    const filter = page.getByRole('searchbox', { name: 'Filter by contact' });
    await filter.fill('noor');
    await expect.poll(() => rows.count()).toBe(1);
    await rows.getByRole('button', { name: noor.name, exact: true }).waitFor();
    // The arrow is decoration: the change reads "Workgroup to Friends and Family".
    const change = rows.getByRole('cell', { name: 'Workgroup to Friends and Family', exact: true });
    await change.waitFor();
    expect(await change.locator('[aria-label]').count()).toBe(0);

    await filter.fill('');
    await page.getByLabel('Level').selectOption('External');
    await expect.poll(() => rows.count()).toBe(1);
    await rows.getByText(noReset.name).waitFor();

    await filter.fill('noor');
    await page.getByRole('status').filter({ hasText: 'No changes match the filter.' }).waitFor();
    expect(await rows.count()).toBe(0);
    await filter.fill('');
    await page.getByLabel('Level').selectOption('all');
    await expect.poll(() => rows.count()).toBe(2);
  });

  it('saves the Settings toggles at once, and pauses and resumes notifications', async () => {
    const { page } = h;
    const saved = async (): Promise<SettingsView> => {
      const r = await h.backend.dispatch('settings:get', undefined, { trusted: true });
      if (!r.ok) throw new Error(r.error.message);
      return r.value as SettingsView;
    };
    await w.tab('Settings').click();
    const toggles = [
      ['When a relationship is changed from another device', 'notifyRelationshipChanges'],
      ['When someone calls or chats on behalf of someone', 'notifyInvitations'],
      ['When I am signed out', 'notifySignedOut'],
      ['Start UCWA Tray when I log in', 'startAtLogin'],
    ] as const;
    for (const [label, key] of toggles) {
      const box = page.getByRole('checkbox', { name: label });
      const before = await box.isChecked();
      expect((await saved())[key]).toBe(before);
      await box.setChecked(!before);
      await expect.poll(async () => (await saved())[key]).toBe(!before);
      await box.setChecked(before);
      await expect.poll(async () => (await saved())[key]).toBe(before);
    }

    const pause = page.getByTestId('pause');
    await pause.getByRole('button', { name: 'For 1 hour' }).click();
    await pause
      .getByRole('status')
      .filter({ hasText: /^Paused until / })
      .waitFor();
    const until = h.backend.getState().pausedUntil ?? 0;
    expect(until - Date.now()).toBeGreaterThan(55 * 60_000);
    expect(until - Date.now()).toBeLessThanOrEqual(60 * 60_000);
    await h.screenshot('settings-paused');
    await pause.getByRole('button', { name: 'Resume now' }).click();
    await pause.getByRole('button', { name: 'Until tomorrow' }).waitFor();
    expect(h.backend.getState().pausedUntil).toBeNull();
  });

  it('keeps a dismissed invitation, and those "Clear ended" took away, gone when the window reloads', async () => {
    const { page } = h;
    const [first, second] = h.sim().control.contacts();
    if (!first || !second) throw new Error('the demo has too few contacts');
    h.sim().control.sendInvitation({ kind: 'messaging', from: first.uri, subject: 'Lunch today?' });
    const ending = h
      .sim()
      .control.sendInvitation({ kind: 'audioVideo', from: second.uri, subject: 'Stand-up' });
    await w.tab('Invitations').click();
    const card = (subject: string) => page.getByTestId('invitation').filter({ hasText: subject });
    await card('Lunch today?').waitFor();
    await card('Stand-up').waitFor();
    await card('Lunch today?')
      .getByRole('button', { name: /^Dismiss: / })
      .click();
    await card('Lunch today?').waitFor({ state: 'detached' });
    // The focus goes to the card now in its place, not to the page.
    await expect
      .poll(() => page.evaluate(`document.activeElement?.getAttribute('aria-label') ?? ''`))
      .toMatch(/^Dismiss: /);
    h.sim().control.endInvitation(ending, 'missed');
    await card('Stand-up').and(page.locator('[data-state="missed"]')).waitFor();
    await page.getByRole('button', { name: /^Clear ended/ }).click();
    await card('Stand-up').waitFor({ state: 'detached' });
    await expect.poll(() => w.focusedAttribute('id')).toBe('inv-title');

    await page.reload();
    await w.tab('Invitations').click();
    // The window has read the list again (the call from the earlier step is still ringing), without those two.
    await card('Quarterly numbers').waitFor();
    expect(await card('Lunch today?').count()).toBe(0);
    expect(await card('Stand-up').count()).toBe(0);
  });

  it('ran without page errors, alerts or CSP violations', async () => {
    expect(h.errors).toEqual([]);
    expect(h.dialogs).toEqual([]);
    expect(await w.cspViolations()).toEqual([]);
  });
});
