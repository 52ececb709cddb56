// The line that says what a change did, with Undo, end to end: it ends by itself about 10 s after it appeared, but
// never while the pointer is over it or the focus is in it (then 10 s after they leave), and it ends when the user
// moves to another view or opens another contact. Time is Playwright's clock, installed before the window loads:
// the tests move it forward instead of waiting.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrivacyLevel } from '../../main/ipc/contract.js';
import type { SimContact } from '../../main/sim/index.js';
import { requireOrSkip } from '../support/requirements.js';
import { missingPieces, startRendererHarness, type RendererHarness } from '../support/rendererHarness.js';
import { WindowPage } from './windowPage.js';

const missing = missingPieces();
const run = requireOrSkip('renderer e2e (Chromium)', missing === null, missing ?? '');

describe.skipIf(!run)('the feedback line after a change, in Chromium', () => {
  let h: RendererHarness;
  let w: WindowPage;
  let priya: SimContact;
  let other: SimContact;
  let level: PrivacyLevel = 'External';

  beforeAll(async () => {
    h = await startRendererHarness({ beforeLoad: (page) => page.clock.install() });
    w = new WindowPage(h.page);
    await h.page.getByRole('button', { name: 'Try the demo' }).first().click();
    await h.page.getByTestId('contact-list').waitFor();
    const contacts = h.sim().control.contacts();
    const found = contacts.find((c) => c.emailAddresses[0] === 'priya.nilsson@contoso.com');
    const next = contacts.find((c) => c.uri !== found?.uri && c.sourceNetwork === 'SameEnterprise');
    if (!found || !next) throw new Error('the demo has no Priya Nilsson, or nobody else');
    [priya, other] = [found, next];
    h.sim().control.setLevel(priya.uri, level);
    await w.openContact('Priya', priya.uri);
    await w.levelSettled(level);
  });

  afterAll(async () => {
    await h?.close();
  });

  const bar = () => h.page.getByTestId('feedback');

  /** Change Priya's level from her card (Workgroup and External Contacts by turns); the pointer ends off the line. */
  async function change(): Promise<void> {
    // From a window without a message (each test on its own, even where the one before failed).
    if ((await w.feedback.count()) > 0) await bar().getByRole('button', { name: 'Dismiss' }).click();
    await w.feedback.waitFor({ state: 'detached' });
    await w.tab('Contacts').click();
    level = level === 'External' ? 'Workgroup' : 'External';
    await w.chooseLevel(level);
    await w.levelSettled(level);
    await w.feedback.filter({ hasText: `${priya.name} now sees` }).waitFor();
    await w.card.getByRole('heading', { level: 2 }).hover();
  }

  it('ends by itself about 10 seconds after it appeared', async () => {
    await change();
    await h.page.clock.runFor(8_000);
    expect(await w.feedback.isVisible()).toBe(true);
    await h.page.clock.runFor(2_500);
    await w.feedback.waitFor({ state: 'detached' });
  });

  it('stays while the pointer is over it, and ends 10 seconds after the pointer left', async () => {
    await change();
    await bar().hover();
    await h.page.clock.runFor(30_000);
    expect(await w.feedback.isVisible()).toBe(true);
    await w.card.getByRole('heading', { level: 2 }).hover();
    await h.page.clock.runFor(8_000);
    expect(await w.feedback.isVisible()).toBe(true);
    await h.page.clock.runFor(2_500);
    await w.feedback.waitFor({ state: 'detached' });
  });

  it('stays while the focus is on its Undo, and ends 10 seconds after the focus left', async () => {
    await change();
    await bar().getByRole('button', { name: 'Undo' }).focus();
    await h.page.clock.runFor(30_000);
    expect(await w.feedback.isVisible()).toBe(true);
    await w.search.focus();
    await h.page.clock.runFor(8_000);
    expect(await w.feedback.isVisible()).toBe(true);
    await h.page.clock.runFor(2_500);
    await w.feedback.waitFor({ state: 'detached' });
  });

  it('ends when the user moves to another view', async () => {
    await change();
    await w.tab('Activity').click();
    await w.feedback.waitFor({ state: 'detached' });
    await w.tab('Contacts').click();
    await w.card.waitFor();
  });

  it('ends when the user opens another contact (searching alone keeps it)', async () => {
    await change();
    await w.search.fill(other.name);
    await w.row(other.uri).waitFor();
    expect(await w.feedback.isVisible()).toBe(true);
    await w.row(other.uri).click();
    await w.feedback.waitFor({ state: 'detached' });
  });

  it('sends the focus back where the user was when × closes it, not to the page', async () => {
    await w.openContact('Priya', priya.uri); // the test before left another contact open
    await change();
    await w.search.focus();
    await bar().getByRole('button', { name: 'Dismiss' }).focus();
    await h.page.keyboard.press('Enter');
    await w.feedback.waitFor({ state: 'detached' });
    await expect.poll(() => w.focusedAttribute('id')).toBe('contact-search');
  });

  it('sends the focus back where the user was once Undo is done and its button is gone', async () => {
    await change();
    await w.search.focus();
    await bar().getByRole('button', { name: 'Undo' }).focus();
    await h.page.keyboard.press('Enter');
    await bar().getByRole('button', { name: 'Undo' }).waitFor({ state: 'detached' });
    await expect.poll(() => w.focusedAttribute('id')).toBe('contact-search');
    level = level === 'External' ? 'Workgroup' : 'External'; // Undo put the other level back
  });

  it('ran without page errors, alerts or CSP violations', async () => {
    expect(h.errors).toEqual([]);
    expect(h.dialogs).toEqual([]);
    expect(await w.cspViolations()).toEqual([]);
  });
});
