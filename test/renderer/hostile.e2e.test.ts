// Scale and hostility, end to end: 5,000 contacts stay smooth (only what is on screen is in the DOM), server data
// that looks like markup renders as text, and the page's CSP refuses inline script even if something slipped in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireOrSkip } from '../support/requirements.js';
import { missingPieces, startRendererHarness, type RendererHarness } from '../support/rendererHarness.js';
import { WindowPage } from './windowPage.js';

const missing = missingPieces();
const run = requireOrSkip('renderer e2e (Chromium)', missing === null, missing ?? '');

const markup = '<img src=x onerror=alert(1)>';
const longName = `Wolfeschlegelsteinhausenbergerdorff ${'Longname'.repeat(60)} Jr.`;
const hostile = [
  {
    uri: 'sip:markup@fabrikam.com',
    name: markup,
    title: '<script>alert(2)</script>',
    company: '" onmouseover="alert(3)',
  },
  { uri: 'sip:long@fabrikam.com', name: longName, department: 'D'.repeat(400) },
  // The simulator's control refuses an empty name; a blank one reaches the app the same way (no usable name).
  { uri: 'sip:nameless@fabrikam.com', name: ' ', emailAddresses: [] },
];

describe.skipIf(!run)('5,000 contacts and hostile server data, in Chromium', () => {
  let h: RendererHarness;
  let w: WindowPage;

  beforeAll(async () => {
    h = await startRendererHarness({
      sim: { contacts: 5000 },
      onSimulator: (sim) => {
        for (const c of hostile)
          sim.control.addContact({ sourceNetwork: 'Federated', level: 'External', ...c });
      },
    });
    w = new WindowPage(h.page);
    await h.page.getByRole('button', { name: 'Try the demo' }).first().click();
    // Signing in to 5,000 contacts takes seconds on a busy machine: a longer bound for this one wait.
    await h.page.getByTestId('contact-list').waitFor({ timeout: 45_000 });
  });

  afterAll(async () => {
    await h?.close();
  });

  it('lists 5,000 contacts but only puts what is on screen in the DOM', async () => {
    const total = h.sim().control.contacts().length;
    expect(total).toBe(5003);
    await expect.poll(() => h.page.getByTestId('contact-count').textContent()).toBe('5,003 contacts');
    expect(await h.page.locator('button.row').count()).toBeLessThan(60);
    // Keyboard to the very end of the list: the last contact is mounted, selected and focused.
    await h.page.locator('button.row').first().focus();
    await h.page.keyboard.press('End');
    const selected = h.page.locator('button.row[aria-current="true"]');
    await expect.poll(() => w.focusedAttribute('aria-current')).toBe('true');
    expect(await w.listScrollTop()).toBeGreaterThan(100_000);
    await selected.waitFor();
    // Search still narrows 5,000 people down at once.
    const someone = h.sim().control.contacts()[4321];
    await w.search.fill(someone?.emailAddresses[0] ?? '');
    await w.row(someone?.uri ?? '').waitFor();
    expect(await h.page.locator('button.row').count()).toBeLessThan(5);
  });

  it('renders markup-looking names, very long names and empty fields as plain text', async () => {
    const { page } = h;
    await w.openContact('onerror', 'sip:markup@fabrikam.com');
    expect(await w.row('sip:markup@fabrikam.com').locator('.name').textContent()).toBe(markup);
    expect(await w.card.getByRole('heading', { level: 2 }).textContent()).toBe(markup);
    await w.card.getByText('<script>alert(2)</script>', { exact: true }).waitFor();
    await w.card.getByText('" onmouseover="alert(3)', { exact: true }).waitFor();
    expect(await page.locator('img[src="x"], script:not([src])').count()).toBe(0);
    await h.screenshot('hostile-data');

    await w.openContact('Wolfeschlegelsteinhausenbergerdorff', 'sip:long@fabrikam.com');
    const heading = w.card.getByRole('heading', { level: 2 });
    // Still text, all of it (the whole name in the tooltip), but shown in at most three lines...
    expect(await heading.textContent()).toBe(longName);
    expect(await heading.getAttribute('title')).toBe(longName);
    const lines = await page.evaluate(`(() => {
      const el = document.querySelector('[data-testid="contact-card"] h2');
      return el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight);
    })()`);
    expect(lines).toBeLessThanOrEqual(3.05);
    // ...so the privacy panel is still in the window without scrolling.
    const level = await w.level.boundingBox();
    expect((level?.y ?? Infinity) + (level?.height ?? 0)).toBeLessThanOrEqual(
      h.page.viewportSize()?.height ?? 0,
    );
    // Nothing pushes the window wider than itself.
    const overflow = await w.horizontalOverflow();
    expect(overflow.every((px) => px <= 0)).toBe(true);
    await h.screenshot('long-name');

    // No name: the address stands in.
    await w.openContact('nameless', 'sip:nameless@fabrikam.com');
    expect(await w.card.getByRole('heading', { level: 2 }).textContent()).toBe('nameless@fabrikam.com');

    expect(h.dialogs).toEqual([]);
    expect(h.errors).toEqual([]);
    expect(await w.cspViolations()).toEqual([]);
  });

  it('keeps its CSP: no unsafe-inline or unsafe-eval, and injected inline script and handlers do not run', async () => {
    const { page } = h;
    // The policy itself: nothing that would let injected markup run.
    const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    // And it holds: an inline script and an inline event handler that somehow reached the DOM do not run.
    await page.evaluate(`{
      const script = document.createElement('script');
      script.textContent = 'window.__pwnedScript = true';
      document.body.append(script);
      const div = document.createElement('div');
      div.innerHTML = '<img src="data:image/png;base64,AAAA" onerror="window.__pwnedHandler = true">';
      document.body.append(div);
    }`);
    await expect.poll(async () => (await w.cspViolations()).length).toBeGreaterThanOrEqual(2);
    expect(await page.evaluate('[window.__pwnedScript ?? false, window.__pwnedHandler ?? false]')).toEqual([
      false,
      false,
    ]);
    expect((await w.cspViolations()).every((v) => v.directive.startsWith('script-src'))).toBe(true);
    expect(h.dialogs).toEqual([]);
  });
});
