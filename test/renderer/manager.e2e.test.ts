// The privacy manager at scale, end to end (issue 16): 500 contacts; pinned, collapsible group headers, jump and
// sort; search by title; Ctrl+F; the contact context menu from mouse and keyboard; feedback with Undo; Revert in
// Activity; Who sees what following server changes live; a bulk change of all 500 with one failing, and one Undo
// for all. The built renderer in Debian's Chromium, `window.ucwa` bound to the real backend and simulator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrivacyLevel } from '../../main/ipc/contract.js';
import type { SimContact, Simulator } from '../../main/sim/index.js';
import { requireOrSkip } from '../support/requirements.js';
import { missingPieces, startRendererHarness, type RendererHarness } from '../support/rendererHarness.js';
import { WindowPage } from './windowPage.js';

const missing = missingPieces();
const run = requireOrSkip('renderer e2e (Chromium)', missing === null, missing ?? '');

const COUNT = 500;
/** A bulk change of 500 through per-contact requests, on a machine shared with other work. */
const BULK_TIMEOUT = 140_000;

describe.skipIf(!run)('a privacy manager for 500 contacts, in Chromium', () => {
  let h: RendererHarness;
  let w: WindowPage;
  let sim: Simulator;
  let people: SimContact[];

  beforeAll(async () => {
    h = await startRendererHarness({ sim: { contacts: COUNT } });
    w = new WindowPage(h.page);
    await h.page.getByRole('button', { name: 'Try the demo' }).first().click();
    await h.page.getByTestId('contact-list').waitFor({ timeout: 30_000 });
    sim = h.sim();
    people = sim.control.contacts();
    await h.page
      .getByTestId('contact-count')
      .filter({ hasText: new RegExp(`^\\s*${COUNT} contacts\\s*$`) })
      .waitFor({ timeout: 30_000 });
  });

  afterAll(async () => {
    await h?.close();
  });

  const list = () => h.page.getByTestId('contact-list');
  const levelOf = (uri: string): PrivacyLevel => sim.control.getLevel(uri);
  const atLevel = (level: PrivacyLevel) => people.filter((p) => levelOf(p.uri) === level);

  /** Choose a group in "Jump to" by its name (the option reads "Colleagues (123)"). */
  async function jumpTo(group: string): Promise<void> {
    const jump = h.page.getByTestId('jump');
    const labels = await jump.locator('option').allTextContents();
    const label = labels.find((l) => l.startsWith(`${group} (`));
    if (!label) throw new Error(`no group ${group} in ${labels.join(', ')}`);
    await jump.selectOption({ label });
  }

  /** The label of the header drawn at the top edge of the list, and the group of the first row under it. */
  function topOfList(): Promise<{ pinned: string; firstRowGroup: string }> {
    return h.page.evaluate(`(() => {
      const list = document.querySelector('[data-testid="contact-list"]');
      const box = list.getBoundingClientRect();
      const at = document.elementFromPoint(box.left + 40, box.top + 6);
      const header = at && at.closest('.header');
      const headerBox = header ? header.getBoundingClientRect() : box;
      const below = document.elementFromPoint(box.left + 40, headerBox.bottom + 12);
      const row = below && below.closest('button.row');
      return {
        pinned: header ? header.dataset.testid : '',
        firstRowGroup: row ? row.dataset.level : '',
      };
    })()`);
  }

  it('pins the header of the group at the top while scrolling, and jumps to a group', async () => {
    const colleagues = atLevel('Colleagues').length;
    expect(colleagues).toBeGreaterThan(30);
    await w.listToTop();
    // Scroll into the Colleagues group (jump there, then a few rows down with the wheel).
    await jumpTo('Colleagues');
    await expect.poll(() => w.focusedAttribute('aria-expanded')).toBe('true');
    const box = await list().boundingBox();
    await h.page.mouse.move((box?.x ?? 0) + 60, (box?.y ?? 0) + 100);
    await h.page.mouse.wheel(0, 400);
    await w.listSettled();
    await expect
      .poll(async () => JSON.stringify(await topOfList()))
      .toBe(JSON.stringify({ pinned: 'group-Colleagues', firstRowGroup: 'Colleagues' }));
    await h.screenshot('pinned-header');
    // Back up, into the group before: the pinned header follows.
    await jumpTo('Workgroup');
    await w.listSettled();
    await h.page.mouse.wheel(0, 200);
    await w.listSettled();
    await expect.poll(async () => (await topOfList()).pinned).toBe('group-Workgroup');
  });

  it('collapses a group and opens it again, keeping its count', async () => {
    await jumpTo('Workgroup');
    const header = h.page.getByTestId('group-Workgroup');
    const toggle = header.getByRole('button', { expanded: true });
    const count = atLevel('Workgroup').length;
    await toggle.click();
    await header.getByRole('button', { expanded: false }).waitFor();
    await expect(header.textContent()).resolves.toContain(String(count));
    const workgroupRows = h.page.locator('button.row[data-level="Workgroup"]');
    await expect.poll(() => workgroupRows.count()).toBe(0);
    // The keyboard way back: Right on the header opens it.
    await header.getByRole('button', { expanded: false }).focus();
    await h.page.keyboard.press('ArrowRight');
    await header.getByRole('button', { expanded: true }).waitFor();
    await expect.poll(() => workgroupRows.count()).toBeGreaterThan(0);
  });

  it('sorts by name, company and last change, each row then saying its level', async () => {
    const sort = h.page.getByTestId('sort');
    await sort.selectOption('name');
    await expect.poll(() => h.page.locator('[data-testid^="group-"]').count()).toBe(0);
    const first = h.page.locator('button.row').first();
    await first.getByTestId('row-level').waitFor();
    const names = await h.page.locator('button.row .name').allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' })));
    await sort.selectOption('company');
    await h.page.locator('[data-testid^="group-company:"]').first().waitFor();
    // Last change: a change made on the server puts that contact first.
    const someone = people[123] as SimContact;
    sim.control.setLevel(someone.uri, levelOf(someone.uri) === 'Workgroup' ? 'Colleagues' : 'Workgroup');
    await w.tab('Activity').click();
    await h.page.getByTestId('activity-row').first().filter({ hasText: someone.name }).waitFor();
    await w.tab('Contacts').click();
    await sort.selectOption('lastChange');
    await expect.poll(() => h.page.locator('button.row').first().getAttribute('data-uri')).toBe(someone.uri);
    await h.screenshot('sorted-by-last-change');
    await sort.selectOption('level');
  });

  it('finds people by title, and Ctrl+F goes to the search from any view', async () => {
    // A word of the title that is nowhere else on the person's card, with their first name.
    const [titled, word] = people.flatMap((p) => {
      const other = `${p.name} ${p.company ?? ''} ${p.department ?? ''} ${p.uri}`.toLowerCase();
      const words = (p.title ?? '')
        .split(/\s+/)
        .filter((t) => t.length > 3 && !other.includes(t.toLowerCase()));
      return words[0] ? [[p, words[0]] as const] : [];
    })[0] ?? [people[0] as SimContact, ''];
    expect(word).not.toBe('');
    await w.tab('Activity').click();
    await h.page.keyboard.press('Control+f');
    await expect.poll(() => w.focusedAttribute('id')).toBe('contact-search');
    await h.page.keyboard.type(`${titled.name.split(' ')[0] ?? ''} ${word}`);
    await expect.poll(() => w.row(titled.uri).count()).toBe(1);
    const shown = await h.page.locator('button.row .sub').allTextContents();
    expect(shown.every((text) => text.includes(word))).toBe(true);
    await w.search.fill('');
  });

  it('opens a contact menu with a right-click: change level, with feedback and Undo', async () => {
    const who = atLevel('Colleagues')[3] as SimContact;
    await w.search.fill(who.name);
    await w.row(who.uri).click({ button: 'right' });
    const menu = h.page.getByRole('menu', { name: `Actions for ${who.name}` });
    await menu.waitFor();
    await expect.poll(() => w.focusedAttribute('data-level')).toBe('Colleagues');
    await h.screenshot('context-menu');
    await menu.getByRole('menuitemradio', { name: 'Workgroup', exact: true }).click();
    await w.feedback.filter({ hasText: `${who.name} now sees Workgroup info` }).waitFor();
    await expect.poll(() => levelOf(who.uri)).toBe('Workgroup');
    // Back on the contact's row, which moved to the Workgroup group and is still in view.
    await expect.poll(() => w.focusedAttribute('data-uri')).toBe(who.uri);
    await expect(w.row(who.uri).isVisible()).resolves.toBe(true);
    await h.page.getByTestId('feedback').getByRole('button', { name: 'Undo' }).click();
    await w.feedback.filter({ hasText: `Undone: ${who.name} is back to Colleagues` }).waitFor();
    await expect.poll(() => levelOf(who.uri)).toBe('Colleagues');
    await w.levelSettled('Colleagues');
  });

  it('opens the same menu from the keyboard (Shift+F10, the context-menu key), copies the address, opens the card', async () => {
    const who = atLevel('Colleagues')[5] as SimContact;
    await w.search.fill(who.name);
    await w.row(who.uri).focus();
    await h.page.keyboard.press('Shift+F10');
    const menu = h.page.getByRole('menu', { name: `Actions for ${who.name}` });
    await menu.waitFor();
    await h.page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    await expect.poll(() => w.focusedAttribute('data-uri')).toBe(who.uri);
    await h.page.keyboard.press('ContextMenu');
    await menu.waitFor();
    await menu.getByRole('menuitem', { name: 'Copy address' }).click();
    const address = who.emailAddresses[0] ?? who.uri.replace(/^sip:/, '');
    await w.feedback.filter({ hasText: `Copied ${address}` }).waitFor();
    await w.row(who.uri).click({ button: 'right' });
    await menu.getByRole('menuitem', { name: 'Open card' }).click();
    await expect.poll(() => w.focusedAttribute('aria-haspopup')).toBe('menu');
    await expect(w.card.getByRole('heading', { level: 2 }).textContent()).resolves.toBe(who.name);
  });

  it('asks before blocking; Escape gives the focus back to the button it came from', async () => {
    await w.chooseLevel('Blocked');
    const dialog = h.page.getByRole('dialog', { name: /^Block / });
    await dialog.waitFor();
    await h.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => w.focusedAttribute('aria-haspopup')).toBe('menu');
  });

  it('clears a failed change once it no longer holds (the level changed on the server)', async () => {
    const uri = (await h.page.locator('button.row[aria-current="true"]').getAttribute('data-uri')) ?? '';
    sim.control.faults.failNext(1, 403, { match: /privacyRelationship/, code: 'Forbidden' });
    await w.chooseLevel('Workgroup');
    const error = h.page.getByTestId('privacy-error');
    await error.waitFor();
    await expect(error.textContent()).resolves.toMatch(/is still Colleagues\./);
    sim.control.setLevel(uri, 'External');
    await w.levelSettled('External');
    await error.waitFor({ state: 'detached' });
    sim.control.setLevel(uri, 'Colleagues');
    await w.levelSettled('Colleagues');
  });

  it('reverts a change from Activity', async () => {
    const who = atLevel('Colleagues')[7] as SimContact;
    sim.control.setLevel(who.uri, 'FriendsAndFamily');
    await w.tab('Activity').click();
    const row = h.page
      .getByTestId('activity-row')
      .filter({ hasText: who.name })
      .filter({ hasText: 'Another device' })
      .first();
    await row.getByRole('button', { name: `Revert ${who.name} to Colleagues` }).click();
    await expect.poll(() => levelOf(who.uri)).toBe('Colleagues');
    await w.feedback.filter({ hasText: `${who.name} now sees Colleagues info` }).waitFor();
    await h.screenshot('activity-revert');
  });

  it('shows who sees what, follows a change on the server live, and moves people down a level with Undo', async () => {
    await w.tab('Who sees what').click();
    const home = h.page.getByTestId('info-homePhone-count');
    const friends = () => atLevel('FriendsAndFamily').length;
    const label = (n: number) => (n === 0 ? 'Nobody' : `${n} ${n === 1 ? 'person' : 'people'}`);
    await expect.poll(() => home.locator('strong').textContent()).toBe(label(friends()));
    await h.screenshot('who-sees-what');
    const newcomer = atLevel('Colleagues')[9] as SimContact;
    sim.control.setLevel(newcomer.uri, 'FriendsAndFamily');
    await expect.poll(() => home.locator('strong').textContent()).toBe(label(friends()));
    const before = friends();
    expect(before).toBeGreaterThan(0);
    await h.page
      .getByTestId('info-homePhone')
      .getByRole('button', { name: /down a level$/ })
      .click();
    await expect.poll(() => home.locator('strong').textContent()).toBe('Nobody');
    await w.feedback
      .filter({ hasText: `${before} contacts now see Workgroup info` })
      .waitFor({ timeout: BULK_TIMEOUT });
    expect(friends()).toBe(0);
    await h.page.getByTestId('feedback').getByRole('button', { name: 'Undo' }).click();
    await w.feedback.filter({ hasText: `Undone for ${before} contacts` }).waitFor({ timeout: BULK_TIMEOUT });
    await expect.poll(() => home.locator('strong').textContent()).toBe(label(before));
    expect(friends()).toBe(before);
  });

  it(
    'changes all 500 at once, names the one that failed and why, and undoes all of them in one step',
    { timeout: 300_000 },
    async () => {
      // Everyone at Colleagues first (on the server), so each of the 500 changes something.
      sim.control.setLevels(people.map((p) => ({ uri: p.uri, level: 'Colleagues' })));
      await w.tab('Contacts').click();
      await expect
        .poll(() => h.page.getByTestId('group-Colleagues').textContent(), { timeout: BULK_TIMEOUT })
        .toContain(String(COUNT));
      // From the top: the list may still be scrolled by the last test, its first rendered row under the pinned header.
      await w.listToTop();
      await h.page.locator('button.row').first().click();
      await h.page.keyboard.press('Control+a');
      const bulk = h.page.getByTestId('bulk');
      await bulk.getByRole('heading', { name: `${COUNT} contacts selected` }).waitFor();
      await bulk.getByLabel('Change all of them to').selectOption('Workgroup');
      await h.screenshot('bulk-panel');
      sim.control.faults.failNext(1, 403, { match: /privacyRelationship/, code: 'Forbidden' });
      await bulk.getByRole('button', { name: `Change ${COUNT} contacts` }).click();
      await bulk.getByTestId('bulk-progress').waitFor();
      await h.screenshot('bulk-progress');
      const message = w.feedback.filter({ hasText: /now see Workgroup info/ });
      await message.waitFor({ timeout: BULK_TIMEOUT });
      await expect(message.textContent()).resolves.toMatch(
        new RegExp(`^${COUNT - 1} contacts now see Workgroup info; .+ was not changed: .+`),
      );
      const notChanged = people.filter((p) => levelOf(p.uri) !== 'Workgroup');
      expect(notChanged).toHaveLength(1);
      await expect(message.textContent()).resolves.toContain(`${notChanged[0]?.name} was not changed`);
      await h.screenshot('bulk-done');
      await h.page.getByTestId('feedback').getByRole('button', { name: 'Undo' }).click();
      await w.feedback
        .filter({ hasText: `Undone for ${COUNT - 1} contacts` })
        .waitFor({ timeout: BULK_TIMEOUT });
      expect(atLevel('Colleagues')).toHaveLength(COUNT);
    },
  );

  it('ran without page errors, alerts or CSP violations', async () => {
    expect(h.errors).toEqual([]);
    expect(h.dialogs).toEqual([]);
    expect(await w.cspViolations()).toEqual([]);
  });
});
