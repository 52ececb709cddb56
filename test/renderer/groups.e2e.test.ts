// The Groups view end to end: the built renderer in Chromium, `window.ucwa` bound to the real backend signed in to
// the simulator. Search and add someone, take them out again, create / rename / delete a group, tag someone and see
// the status alert as a notification when they come online, and the delegates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALERT_WINDOW_MS } from '../../main/backend/notifications.js';
import type { SearchView } from '../../main/ipc/contract.js';
import type { Simulator } from '../../main/sim/index.js';
import { requireOrSkip } from '../support/requirements.js';
import { missingPieces, startRendererHarness, type RendererHarness } from '../support/rendererHarness.js';

const missing = missingPieces();
const run = requireOrSkip('renderer e2e (Chromium)', missing === null, missing ?? '');

describe.skipIf(!run)('the Groups view, in Chromium, against the simulator', () => {
  let h: RendererHarness;
  let sim: Simulator;

  beforeAll(async () => {
    h = await startRendererHarness();
    await h.page.getByRole('button', { name: 'Try the demo' }).first().click();
    await h.page.getByTestId('contact-list').waitFor();
    sim = h.sim();
    await h.page.getByRole('tab', { name: 'Groups' }).click();
    await h.page.getByRole('heading', { name: 'Your groups' }).waitFor();
  });

  afterAll(async () => {
    await h?.close();
  });

  it('finds someone outside the contact list, adds them to Favorites and takes them out again', async () => {
    const { page } = h;
    const listed = new Set(sim.control.contacts().map((c) => c.uri));
    const stranger = await firstStranger(listed);
    if (stranger === undefined) throw new Error('no one outside the list');
    await page.getByLabel('Name or e-mail').fill(stranger.name);
    await page.getByRole('button', { name: 'Search' }).click();
    const results = page.getByTestId('search-results');
    await results.getByText(stranger.name).first().waitFor();
    await page.getByTestId('add-target').selectOption({ label: 'Favorites' });
    await h.screenshot('groups-search');
    await results.getByRole('button', { name: `Add ${stranger.name}` }).click();
    await page.getByTestId('groups-message').getByText('Added.').waitFor();
    await expect
      .poll(() => sim.control.groups().find((g) => g.kind === 'pinnedGroup')?.members)
      .toContain(stranger.uri);
    const favorites = page.getByTestId('group').filter({ hasText: 'Favorites' });
    await favorites.getByText(stranger.name).waitFor();
    await favorites.getByRole('button', { name: 'Remove from Favorites' }).last().click();
    await page.getByTestId('groups-message').getByText('Removed from the group.').waitFor();
    expect(sim.control.groups().find((g) => g.kind === 'pinnedGroup')?.members).not.toContain(stranger.uri);
  });

  it('shows a distribution group without a made-up count, and reads its members when it is opened', async () => {
    const { page } = h;
    const dl = sim.control.groups().find((g) => g.kind === 'distributionGroup' && g.inContactList);
    if (!dl) throw new Error('the demo has no distribution group in the list');
    const group = page.getByTestId('group').filter({ hasText: dl.name });
    const summary = group.locator('summary');
    await expect.poll(() => summary.textContent()).toContain('distribution group');
    expect(await summary.textContent()).not.toMatch(/\(\d+\)/); // its members are not in the list: no "(0)"
    const before = sim.control.stats().byRoute;
    await summary.click();
    const count = dl.members.length;
    await expect.poll(() => summary.textContent()).toContain(`(${count})`);
    expect(await group.locator('ul.people li').count()).toBe(count);
    await h.screenshot('groups-distribution');
    // Read once: closing and opening again asks the server nothing more.
    const asked = JSON.stringify(sim.control.stats().byRoute);
    await summary.click();
    await summary.click();
    expect(JSON.stringify(sim.control.stats().byRoute)).toBe(asked);
    expect(JSON.stringify(before)).not.toBe(asked);
  });

  it('creates, renames and deletes a group; a duplicate name is refused in words', async () => {
    const { page } = h;
    await page.getByLabel('New group').fill('Project X');
    await page.getByRole('button', { name: 'Create group' }).click();
    await page.getByRole('button', { name: 'Rename Project X' }).waitFor();
    expect(sim.control.groups().some((g) => g.name === 'Project X')).toBe(true);
    await page.getByLabel('New group').fill('project x');
    await page.getByRole('button', { name: 'Create group' }).click();
    await page
      .getByTestId('groups-message')
      .getByText('There is already a group with that name.', { exact: false })
      .waitFor();
    await page.getByRole('button', { name: 'Rename Project X' }).click();
    await page.getByLabel('New name').fill('Project Y');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'Delete Project Y' }).waitFor();
    await h.screenshot('groups-list');
    await page.getByRole('button', { name: 'Delete Project Y' }).click();
    await page.getByTestId('groups-message').getByText('Group deleted.').waitFor();
    expect(sim.control.groups().some((g) => g.name.startsWith('Project'))).toBe(false);
  });

  it('a tagged contact coming online is a notification; the delegates are listed with why they cannot be changed', async () => {
    const { page } = h;
    const person = sim.control.contacts()[0];
    if (person === undefined) throw new Error('no contacts');
    sim.control.setPresence(person.uri, 'Offline');
    const favorites = page.getByTestId('group').first();
    await favorites.locator('summary').waitFor();
    const row = page.getByTestId('group').locator('li', { hasText: person.name }).first();
    if (!(await row.isVisible()))
      await page.getByTestId('group').filter({ hasText: person.name }).first().locator('summary').click();
    await row.getByRole('button', { name: 'Tag for alerts' }).click();
    await page.getByTestId('tagged').getByText(person.name).waitFor();
    await page.getByTestId('tagged').getByText('Offline').waitFor();
    sim.control.setPresence(person.uri, 'Online');
    // A status alert waits ALERT_WINDOW_MS for others to be told with it.
    await expect
      .poll(() => h.notifier.shown.map((n) => n.title), { timeout: ALERT_WINDOW_MS + 8_000 })
      .toContain(`${person.name} is available`);
    await page.getByTestId('tagged').getByText('Available', { exact: true }).waitFor();
    const delegators = sim.control.groups().find((g) => g.kind === 'delegatorsGroup')?.members ?? [];
    await expect
      .poll(async () => page.getByTestId('delegators').locator('li').count())
      .toBe(Math.max(1, delegators.length));
    await page.getByText('the server offers apps no way to change them', { exact: false }).waitFor();
    await h.screenshot('groups-tags-delegates');
    expect(h.errors).toEqual([]);
  });

  /** The first person shown who is not in the contact list (their uri from the same search main answers). */
  async function firstStranger(listed: Set<string>) {
    const found = await h.backend.dispatch(
      'contactList:search',
      { query: 'contoso', limit: 100 },
      { trusted: true },
    );
    // dispatch answers unknown (it is the IPC edge); the contract says a search answers a SearchView.
    return found.ok ? (found.value as SearchView).people.find((p) => !listed.has(p.uri)) : undefined;
  }
});
