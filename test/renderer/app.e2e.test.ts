// The whole window, end to end: the built renderer in Debian's Chromium, `window.ucwa` bound to the real backend
// (IPC handler table + app model) signed in to the real simulator. Each step waits on what the user would see.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SimContact, Simulator } from '../../main/sim/index.js';
import { requireOrSkip } from '../support/requirements.js';
import { missingPieces, startRendererHarness, type RendererHarness } from '../support/rendererHarness.js';
import { WindowPage } from './windowPage.js';

const missing = missingPieces();
const run = requireOrSkip('renderer e2e (Chromium)', missing === null, missing ?? '');

describe.skipIf(!run)('the window, in Chromium, against the simulator', () => {
  let h: RendererHarness;
  let w: WindowPage;
  let sim: Simulator;
  /** A colleague in the same enterprise (auto-assigned level: Colleagues), and two people for an invitation. */
  let alex: SimContact;
  let caller: SimContact;
  let boss: SimContact;

  beforeAll(async () => {
    h = await startRendererHarness({
      // Hold the contact list a moment so the sign-in steps can be seen (and photographed) as they happen: first
      // the list itself (and its levels, one batch), then the presence subscriptions (the next batch), while the
      // step already says how many contacts are loading.
      onSimulator: (s) => {
        s.control.faults.delayNext(1, 700, { match: /\/people\/contacts/ });
        s.control.faults.delayNext(2, 700, { match: /\/batch$/ });
      },
    });
    w = new WindowPage(h.page);
  });

  afterAll(async () => {
    await h?.close();
  });

  it('first run offers the demo and shows the sign-in steps as they happen', async () => {
    const { page } = h;
    await page.getByRole('heading', { name: 'Sign in to Skype for Business' }).waitFor();
    await h.screenshot('sign-in');
    await page.getByRole('button', { name: 'Try the demo' }).first().click();
    const steps = page.getByTestId('signin-steps');
    await steps.locator('[aria-current="step"]', { hasText: 'Loading contacts' }).waitFor();
    expect(await steps.locator('li.done').count()).toBe(3);
    sim = h.sim();
    const all = sim.control.contacts();
    // Then the count, while the rest is still loading: "Loading 40 contacts…".
    await steps.locator('[aria-current="step"]', { hasText: `Loading ${all.length} contacts…` }).waitFor();
    await h.screenshot('signing-in');
    await page.getByTestId('contact-list').waitFor();
    await expect.poll(() => page.getByTestId('contact-count').textContent()).toBe(`${all.length} contacts`);
    const steps_seen = h.pushes
      .filter((p) => p.channel === 'state:changed')
      .map((p) => (p.payload as { session: { kind: string; step?: string } }).session)
      .map((s) => s.step ?? s.kind);
    expect(steps_seen).toEqual(
      expect.arrayContaining([
        'discovering',
        'authenticating',
        'creatingApplication',
        'loadingContacts',
        'connected',
      ]),
    );
    const colleagues = all.filter((c) => c.sourceNetwork === 'SameEnterprise' && c.level === 'Colleagues');
    [alex, caller, boss] = [colleagues[0], colleagues[1], colleagues[2]] as [
      SimContact,
      SimContact,
      SimContact,
    ];
    expect(boss).toBeDefined();
  });

  it('finds a contact by name and shows the whole card', async () => {
    await w.openContact(alex.name.split(' ')[0] ?? alex.name, alex.uri);
    const card = w.card;
    await expect(card.getByRole('heading', { level: 2 }).textContent()).resolves.toBe(alex.name);
    for (const text of [alex.company, alex.department, alex.title, alex.emailAddresses[0]].filter(Boolean)) {
      await card
        .getByText(text ?? '', { exact: true })
        .first()
        .waitFor();
    }
    // E-mail and phones are links the OS opens (through main), never page navigations.
    expect(await card.locator('a[href^="mailto:"]').first().textContent()).toBe(alex.emailAddresses[0]);
    expect(await card.locator('a[href^="sip:"]').getAttribute('href')).toBe(alex.uri);
    if (alex.workPhoneNumber) expect(await card.locator('a[href^="tel:"]').count()).toBeGreaterThan(0);
    await expect(card.locator('dt:text-is("Source network") + dd').textContent()).resolves.toBe(
      'Your organisation',
    );
    await card.and(h.page.locator('[aria-busy="false"]')).waitFor();
    await w.levelSettled('Colleagues');
    // At the level auto-assignment gives, and it says so (the server tells where they come from).
    await h.page.getByRole('button', { name: 'Change level' }).waitFor();
    await w.card.getByTestId('auto-note').waitFor();
    // The search narrowed the list to the people that match.
    const shown = await h.page.locator('button.row').count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(sim.control.contacts().length);
    await w.search.fill('');
    // The README's picture: the list from its top, group headings and whole rows.
    await w.listToTop();
    await h.screenshot('contacts');
  });

  it('is usable from the keyboard: tabs with arrow keys, the list with arrow keys', async () => {
    const { page } = h;
    await w.row(alex.uri).focus();
    // Down to the next row (a contact, or the next group's header, then the contact after it).
    const next = page.locator('button.row[aria-current="true"]');
    await page.keyboard.press('ArrowDown');
    if ((await w.focusedAttribute('aria-expanded')) !== null) await page.keyboard.press('ArrowDown');
    await expect.poll(() => next.getAttribute('data-uri')).not.toBe(alex.uri);
    await expect.poll(() => w.focusedAttribute('aria-current')).toBe('true');
    await page.keyboard.press('ArrowUp');
    if ((await w.focusedAttribute('aria-expanded')) !== null) await page.keyboard.press('ArrowUp');
    await expect.poll(() => next.getAttribute('data-uri')).toBe(alex.uri);
    await w.tab('Contacts').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => w.tab('Who sees what').getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => w.tab('Contacts').getAttribute('aria-selected')).toBe('true');
    await w.row(alex.uri).click();
  });

  it('changes a level from the menu, shows it at once, and the server has it', async () => {
    await w.listToTop();
    const before = sim.control.getLevel(alex.uri);
    // The server takes its time with the change: the window shows the chosen level (saving) before the server has it.
    sim.control.faults.delayNext(1, 2000, { match: /privacyRelationship|\/batch$/ });
    await w.page.getByRole('button', { name: 'Change level' }).click();
    await h.screenshot('privacy-menu');
    await w.page.getByRole('menuitemradio', { name: 'Workgroup', exact: true }).click();
    await w.page
      .getByTestId('privacy-level-line')
      .filter({ hasText: /^\s*Workgroup\s*— saving…\s*$/ })
      .waitFor();
    expect(sim.control.getLevel(alex.uri)).toBe(before);
    await w.levelSettled('Workgroup');
    expect(sim.control.getLevel(alex.uri)).toBe('Workgroup');
  });

  it('shows a change made elsewhere as it happens', async () => {
    sim.control.setLevel(alex.uri, 'FriendsAndFamily');
    await w.levelSettled('FriendsAndFamily');
    // The list moved them to the Friends and Family group.
    await w.page.getByRole('combobox', { name: 'Show level' }).selectOption('FriendsAndFamily');
    await expect.poll(() => w.row(alex.uri).getAttribute('data-level')).toBe('FriendsAndFamily');
    await expect(w.row(alex.uri).textContent()).resolves.toMatch(/, Friends and Family$/);
    await w.page.getByRole('combobox', { name: 'Show level' }).selectOption('all');
  });

  it('auto-assigns from the menu', async () => {
    await w.page.getByRole('button', { name: 'Change level' }).click();
    await w.page.getByRole('menuitem', { name: /^Auto-assign relationship/ }).click();
    await w.levelSettled('Colleagues');
    expect(sim.control.getLevel(alex.uri)).toBe('Colleagues');
    await w.card.getByTestId('auto-note').waitFor();
  });

  it('asks before blocking; Escape cancels, Block blocks', async () => {
    const dialog = w.page.getByRole('dialog', { name: `Block ${alex.name}?` });
    await w.chooseLevel('Blocked');
    await dialog.waitFor();
    await h.screenshot('block-confirm');
    await w.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await w.levelSettled('Colleagues');
    expect(sim.control.getLevel(alex.uri)).toBe('Colleagues');

    await w.chooseLevel('Blocked');
    await dialog.getByRole('button', { name: 'Block' }).click();
    await w.levelSettled('Blocked');
    expect(sim.control.getLevel(alex.uri)).toBe('Blocked');
  });

  it('rolls back with a message when the server fails the change', async () => {
    sim.control.faults.failNext(1, 500, { match: /privacyRelationship/ });
    await w.chooseLevel('Workgroup');
    const error = w.page.getByTestId('privacy-error');
    await error.waitFor();
    await expect(error.textContent()).resolves.toContain(`Could not change ${alex.name} to Workgroup`);
    // The message names the level the contact really has, as the panel does.
    await expect(error.textContent()).resolves.toContain(`${alex.name} is still Blocked.`);
    await w.levelSettled('Blocked');
    expect(sim.control.getLevel(alex.uri)).toBe('Blocked');
    await error.getByRole('button', { name: 'Dismiss' }).click();
  });

  it('offers a clear choice when someone else changed the level meanwhile (412)', async () => {
    // Someone changes it on the server right after the app read the relationship, before its PUT lands.
    let raced = false;
    const off = sim.control.onRequest?.((r) => {
      if (!raced && r.method === 'GET' && r.path.includes('privacyRelationship')) {
        raced = true;
        sim.control.setLevel(alex.uri, 'External');
      }
    });
    await w.chooseLevel('Workgroup');
    const conflict = w.page.getByTestId('privacy-conflict');
    await conflict.waitFor();
    off?.();
    expect(raced).toBe(true);
    await expect(conflict.textContent()).resolves.toContain(
      `Changed from another device meanwhile: ${alex.name} now sees what External Contacts see.`,
    );
    await w.levelSettled('External');
    await h.screenshot('privacy-conflict');
    expect(sim.control.getLevel(alex.uri)).toBe('External');

    await conflict.getByRole('button', { name: 'Use Workgroup anyway' }).click();
    await w.levelSettled('Workgroup');
    expect(sim.control.getLevel(alex.uri)).toBe('Workgroup');
  });

  it('shows an invitation on behalf of someone with both people as cards', async () => {
    sim.control.sendInvitation({
      kind: 'audioVideo',
      from: caller.uri,
      onBehalfOf: boss.uri,
      subject: 'Budget review',
    });
    const tab = w.tab('Invitations');
    await tab.getByText('1', { exact: true }).waitFor();
    await tab.click();
    const inv = w.page.getByTestId('invitation').first();
    await inv.getByText(`${caller.name} is calling on behalf of ${boss.name}`).waitFor();
    await inv.getByText('Budget review').waitFor();
    const onBehalf = inv.getByTestId('party-on-behalf-of');
    await onBehalf.getByText(boss.name, { exact: true }).waitFor();
    await inv.getByTestId('party-caller').getByText(caller.name, { exact: true }).waitFor();
    await h.screenshot('invitations');
    await onBehalf.getByRole('button', { name: 'Show contact' }).click();
    await expect(w.card.getByRole('heading', { level: 2 }).textContent()).resolves.toBe(boss.name);
  });

  it('lists the activity, filters it, and exports it as CSV', async () => {
    await w.tab('Activity').click();
    const rows = w.page.getByTestId('activity-row');
    await rows.first().waitFor();
    // Ours: Workgroup, reset, Blocked, Workgroup (after the conflict). Elsewhere: Friends and Family, External.
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(6);
    await w.page.getByLabel('Changed by').selectOption('elsewhere');
    await expect.poll(() => rows.count()).toBe(2);
    await expect(rows.first().textContent()).resolves.toMatch(/Another device/);
    await h.screenshot('activity');

    const [download] = await Promise.all([
      w.page.waitForEvent('download'),
      w.page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^ucwa-tray-activity-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('"When (UTC)","Contact","SIP address","From","To","Changed by"');
    expect(lines).toHaveLength(3);
    expect(lines.slice(1).every((l) => l.endsWith(',"Another device"') && l.includes(alex.uri))).toBe(true);
    await w.page.getByLabel('Changed by').selectOption('all');
  });

  it('switches to the dark theme and back to following the system', async () => {
    const { page } = h;
    await w.tab('Settings').click();
    await page.getByRole('radio', { name: 'Dark' }).check();
    await expect.poll(() => w.theme()).toBe('dark');
    await h.screenshot('settings-dark');
    await w.tab('Contacts').click();
    await w.card.waitFor();
    await w.listToTop();
    await h.screenshot('contacts-dark');
    await w.tab('Settings').click();
    await h.page.getByRole('radio', { name: 'Same as the system' }).check();
    await expect.poll(() => w.theme()).toBe('system');
    await h.screenshot('settings');
  });

  it('survives a dropped connection: says it is reconnecting, then carries on', async () => {
    const { page } = h;
    // Release the parked P-GET with an event; every P-GET after it is dropped until the network "comes back".
    sim.control.faults.dropNext(1000, { match: /\/events/ });
    sim.control.setPresence(caller.uri, 'Away');
    const banner = page.getByTestId('banner-reconnecting');
    await banner.waitFor();
    await expect(banner.textContent()).resolves.toMatch(/Reconnecting… .*Next try (in \d+ s|now)\./s);
    // Dropped P-GETs get no answer at all: the network, not the server (main's classification).
    await expect(banner.textContent()).resolves.toMatch(/^The network connection to the server dropped\./);
    await w.tab('Contacts').click();
    // No changes while the connection is down: the menu says why instead of failing later.
    const change = page.getByRole('button', { name: 'Change level' });
    await expect.poll(() => change.getAttribute('aria-disabled')).toBe('true');
    await w.card.getByText('You can change it again once connected.').waitFor();
    expect(await change.isEnabled()).toBe(false);
    // "Retry now" asks main to try at once: another P-GET reaches the server (still dropped), and the banner stays.
    let tries = 0;
    const stop = sim.control.onRequest((r) => {
      if (r.method === 'GET' && /\/events/.test(r.path)) tries += 1;
    });
    await banner.getByRole('button', { name: 'Retry now' }).click();
    await expect.poll(() => tries).toBeGreaterThan(0);
    stop();
    await banner.waitFor();
    await h.screenshot('reconnecting');
    sim.control.faults.clear();
    h.backend.wake(); // what the shell does on OS resume / network online: retry now
    // The retried P-GET is parked on the server; the next change elsewhere answers it and the app is live again.
    sim.control.setLevel(boss.uri, 'Workgroup');
    await banner.waitFor({ state: 'detached' });
    await w.openContact(boss.name, boss.uri);
    await w.levelSettled('Workgroup');
  });

  it('when signed out elsewhere, says why and signs in again with one button', async () => {
    const { page } = h;
    sim.control.faults.failNext(1, 409, { code: 'Conflict', subcode: 'PGetReplaced', match: /\/events/ });
    sim.control.setPresence(caller.uri, 'Busy');
    const banner = page.getByTestId('banner-signed-out');
    await banner.waitFor();
    await expect(banner.textContent()).resolves.toContain('signed in somewhere else');
    // Not a first run any more: no "No server yet?" box under the banner (the form still offers the demo).
    await page.getByRole('heading', { name: 'Sign in to Skype for Business' }).waitFor();
    expect(await page.getByTestId('first-run').count()).toBe(0);
    expect(await page.getByText('No server yet?').count()).toBe(0);
    await page.getByRole('button', { name: 'Try the demo' }).waitFor();
    await h.screenshot('signed-out');
    await banner.getByRole('button', { name: 'Sign in again' }).click();
    await banner.waitFor({ state: 'detached' });
    await page.getByTestId('contact-list').waitFor();
  });

  it('has a Help page: levels with their sources, auto-assignment, what is kept where, diagnostics', async () => {
    const { page } = h;
    await w.tab('Help').click();
    const table = page.getByTestId('help-table');
    await table.waitFor();
    // Friends and Family see meeting subjects (the UCWA reference), only Workgroup meeting locations.
    const row = (label: string) => table.getByRole('row', { name: new RegExp(`^${label}`) });
    await expect(row('Your meeting subjects').textContent()).resolves.toMatch(/YesYesNoNoNo$/);
    await expect(row('Your meeting locations').textContent()).resolves.toMatch(/NoYesNoNoNo$/);
    await page.getByText(/This app follows the UCWA reference/).waitFor();
    await page.getByRole('heading', { name: 'Auto-assign relationship' }).waitFor();
    await page.getByText(/settings\.json/).waitFor();
    // Version details come from main: the app's version, the demo server and the account signed in.
    const about = page.getByTestId('about');
    await about.waitFor();
    const { version } = JSON.parse(await readFile('package.json', 'utf8')) as { version: string };
    await expect(about.textContent()).resolves.toContain(version);
    await expect(about.textContent()).resolves.not.toContain('Not signed in');
    await page.getByRole('button', { name: 'Copy diagnostics' }).click();
    await page
      .getByTestId('diagnostics-status')
      .filter({ hasText: 'Diagnostics copied. Paste them into your message to support.' })
      .waitFor();
    await h.screenshot('help-page');
  });

  it('signs out from Settings', async () => {
    await w.tab('Settings').click();
    await h.page.getByRole('button', { name: 'Sign out' }).click();
    await h.page.getByRole('heading', { name: 'Sign in to Skype for Business' }).waitFor();
    expect(await h.page.getByTestId('contact-list').count()).toBe(0);
  });

  it('ran without page errors, alerts or CSP violations', async () => {
    expect(h.errors).toEqual([]);
    expect(h.dialogs).toEqual([]);
    expect(await w.cspViolations()).toEqual([]);
  });
});
