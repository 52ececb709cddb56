// Accessibility and layout, end to end: axe-core (@axe-core/playwright) on every view and open menu or dialog, in
// the light and the dark theme, with zero violations; the focus where the user was after "Try the demo"; the
// smallest window (640×420) keeps the privacy panel in view and addresses whole; a 1920 px window keeps lines
// readable. Screenshots of each (test-results/screenshots, or docs/screenshots with `npm run screenshots`).
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SimContact } from '../../main/sim/index.js';
import { requireOrSkip } from '../support/requirements.js';
import { missingPieces, startRendererHarness, type RendererHarness } from '../support/rendererHarness.js';
import { WindowPage } from './windowPage.js';

const missing = missingPieces();
const run = requireOrSkip('renderer e2e (Chromium)', missing === null, missing ?? '');

describe.skipIf(!run)('accessibility and layout of every view, in Chromium', () => {
  let h: RendererHarness;
  let w: WindowPage;
  let priya: SimContact;

  beforeAll(async () => {
    h = await startRendererHarness();
    w = new WindowPage(h.page);
  });

  afterAll(async () => {
    await h?.close();
  });

  /** axe's violations on the page as it is now, as "rule: where" lines (empty when clean). */
  async function violations(): Promise<string[]> {
    const result = await new AxeBuilder({ page: h.page }).analyze();
    return result.violations.flatMap((v) =>
      v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary ?? ''}`.slice(0, 300)),
    );
  }

  async function clean(name: string): Promise<void> {
    expect(await violations(), name).toEqual([]);
  }

  it('has no violations on the sign-in screen, and "Try the demo" leaves the focus on the search', async () => {
    await h.page.getByRole('heading', { name: 'Sign in to Skype for Business' }).waitFor();
    await clean('sign-in');
    await h.page.getByRole('button', { name: 'Try the demo' }).first().click();
    await h.page.getByTestId('contact-list').waitFor();
    await expect.poll(() => w.focusedAttribute('id')).toBe('contact-search');
    priya =
      h
        .sim()
        .control.contacts()
        .find((c) => c.emailAddresses[0] === 'priya.nilsson@contoso.com') ??
      (h.sim().control.contacts()[0] as SimContact);
  });

  async function everyView(theme: string): Promise<void> {
    const { page } = h;
    await w.openContact('Priya', priya.uri);
    await w.card.and(page.locator('[aria-busy="false"]')).waitFor();
    await clean(`contacts (${theme})`);
    await page.getByRole('button', { name: 'Change level' }).click();
    await page.getByRole('menu').waitFor();
    await clean(`level menu (${theme})`);
    await page.keyboard.press('Escape');
    await w.row(priya.uri).click({ button: 'right' });
    await page.getByRole('menu', { name: `Actions for ${priya.name}` }).waitFor();
    await clean(`context menu (${theme})`);
    await page.keyboard.press('Escape');
    await w.chooseLevel('Blocked');
    await page.getByRole('dialog').waitFor();
    await clean(`block dialog (${theme})`);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await w.search.fill('');
    await w.row(priya.uri).click();
    await page.keyboard.press('Control+a');
    await page.getByTestId('bulk').waitFor();
    await clean(`bulk panel (${theme})`);
    await h.screenshot(`bulk-${theme}`);
    await page.keyboard.press('Escape');
    for (const tab of ['Who sees what', 'Invitations', 'Activity', 'Settings', 'Help'] as const) {
      await w.tab(tab).click();
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      if (tab === 'Who sees what') await page.locator('details summary').first().click();
      await clean(`${tab} (${theme})`);
    }
  }

  it('has no violations on any view, menu or dialog in the light theme', async () => {
    // Something in every view: an invitation with all three people, a change in Activity, the feedback line.
    const contacts = h.sim().control.contacts();
    const [caller, boss] = contacts.filter((c) => c.uri !== priya.uri);
    h.sim().control.sendInvitation({
      kind: 'audioVideo',
      from: caller?.uri ?? '',
      onBehalfOf: boss?.uri ?? '',
      delegator: priya.uri,
      subject: 'Quarterly numbers',
    });
    await w.openContact('Priya', priya.uri);
    await w.chooseLevel('Workgroup');
    await w.feedback.waitFor();
    await everyView('light');
    await w.tab('Help').click();
    await h.screenshot('help');
    await w.tab('Who sees what').click();
    await h.screenshot('who-sees-what-light');
  });

  it('has no violations in the dark theme', async () => {
    await w.tab('Settings').click();
    await h.page.getByRole('radio', { name: 'Dark' }).check();
    await expect.poll(() => w.theme()).toBe('dark');
    await everyView('dark');
    await w.tab('Who sees what').click();
    await h.screenshot('who-sees-what-dark');
    await w.tab('Invitations').click();
    await h.screenshot('invitations-dark');
    await w.tab('Settings').click();
    await h.page.getByRole('radio', { name: 'Light' }).check();
    await expect.poll(() => w.theme()).toBe('light');
  });

  it('keeps the privacy panel in view and addresses whole in the smallest window (640×420)', async () => {
    const { page } = h;
    await page.setViewportSize({ width: 640, height: 420 });
    await w.openContact('Priya', priya.uri);
    await w.card.and(page.locator('[aria-busy="false"]')).waitFor();
    await h.screenshot('small-window');
    const panel = await page.getByTestId('privacy').boundingBox();
    expect(panel).not.toBeNull();
    expect((panel?.y ?? 0) + (panel?.height ?? 0)).toBeLessThanOrEqual(420);
    // Each address on one line (it fits), not broken mid-word.
    const lines = await page.evaluate(`Array.from(
      document.querySelectorAll('[data-testid="contact-card"] a[href^="mailto:"], [data-testid="contact-card"] a[href^="sip:"]'),
      (el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        return new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top))).size;
      },
    )`);
    expect(lines).toEqual([1, 1]);
    expect((await w.horizontalOverflow()).every((o) => o <= 0)).toBe(true);
    await page.getByRole('button', { name: 'Change level' }).click();
    const menu = await page.getByRole('menu').boundingBox();
    expect((menu?.y ?? 0) + (menu?.height ?? 0)).toBeLessThanOrEqual(420);
    await h.screenshot('small-window-menu');
    await page.keyboard.press('Escape');
    // "Jump to a group" (shown once the list has several groups) fits the list's column, its words whole.
    await w.search.fill('');
    const jump = await page.evaluate<{ inside: boolean; room: number }>(`(() => {
      const select = document.querySelector('[data-testid="jump"]');
      const box = select.getBoundingClientRect();
      const bar = select.closest('[role="search"]').getBoundingClientRect();
      const style = getComputedStyle(select);
      const probe = document.createElement('span');
      probe.style.font = style.font;
      probe.style.whiteSpace = 'pre';
      probe.textContent = select.selectedOptions[0].textContent;
      document.body.append(probe);
      const text = probe.getBoundingClientRect().width;
      probe.remove();
      const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
      return {
        inside: box.left >= bar.left && box.right <= bar.right && box.top >= bar.top && box.bottom <= bar.bottom,
        room: select.clientWidth - padding - text,
      };
    })()`);
    expect(jump.inside).toBe(true);
    // The whole chosen option, and the drop-down arrow beside it.
    expect(jump.room).toBeGreaterThanOrEqual(16);
    await h.screenshot('small-window-jump');
    await w.tab('Who sees what').click();
    await h.screenshot('small-window-who-sees-what');
  });

  it('keeps lines readable in a 1920 px window', async () => {
    const { page } = h;
    await page.setViewportSize({ width: 1920, height: 1080 });
    await w.tab('Contacts').click();
    await w.card.waitFor();
    const card = await w.card.boundingBox();
    expect(card?.width ?? 0).toBeLessThanOrEqual(760);
    await h.screenshot('wide-window');
    await w.tab('Help').click();
    const widest = await page.evaluate(
      `Math.max(...Array.from(document.querySelectorAll('.help p'), (p) => p.getBoundingClientRect().width))`,
    );
    // About 75 characters at 13.5 px.
    expect(widest).toBeLessThanOrEqual(760);
    await page.setViewportSize({ width: 1000, height: 680 });
  });

  it('ran without page errors, alerts or CSP violations', async () => {
    expect(h.errors).toEqual([]);
    expect(h.dialogs).toEqual([]);
    expect(await w.cspViolations()).toEqual([]);
  });
});
