// Every view in German, French and the pseudo-locale en-XA (accented, 40 % longer, in brackets: see
// scripts/pseudoLocale.ts), in Chromium: nothing is cut off, nothing overflows the window, no English is left where a
// translation exists, and a screenshot of each (lang-<locale>-<view>.png) to look at. The steps find controls by role,
// position and test id, never by English words, because no English is on the screen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireOrSkip } from '../support/requirements.js';
import {
  missingPieces,
  pseudoRendererDir,
  startRendererHarness,
  type HarnessOptions,
  type RendererHarness,
} from '../support/rendererHarness.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { WindowPage } from './windowPage.js';

const missing =
  missingPieces() ??
  (existsSync(join(pseudoRendererDir, 'index.html'))
    ? null
    : `no pseudo-locale build in ${pseudoRendererDir} (run npm run build:pseudo)`);
const run = requireOrSkip('renderer e2e in other languages (Chromium)', missing === null, missing ?? '');

/**
 * Labels, headings, buttons and tabs that clip (overflow or ellipsis) and whose text runs past their box, with the
 * text. The text's own layout boxes are measured (a Range), so a bold tab a pixel wider than its number says is not a
 * cut; visually hidden labels (1 px boxes for screen readers) are left out.
 */
const cutTexts = `Array.from(document.querySelectorAll(
  'button:not(.row), [role=tab], label, legend, h1, h2, h3, th, dt, summary, [role^=menuitem], .chip, .banner'))
  .filter((el) => el.getClientRects().length > 0 && el.clientWidth > 2)
  .filter((el) => {
    const style = getComputedStyle(el);
    if (style.overflowX === 'visible' && style.overflowY === 'visible' && style.textOverflow !== 'ellipsis') return false;
    const box = el.getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(el);
    return Array.from(range.getClientRects()).some((r) => r.width > 0 &&
      (r.right > box.right + 1 || r.left < box.left - 1 || r.bottom > box.bottom + 1));
  })
  .map((el) => el.textContent.trim().replace(/\\s+/g, ' ').slice(0, 80))`;

/**
 * Text that runs out of the side of its own box into the page (a paragraph wider than its card). Text inside an
 * element that clips (ellipsis, visually hidden) is left to cutTexts: cutting it short is that element's design.
 */
const spilledTexts = `Array.from(document.querySelectorAll('p, li, dd, dt, label, legend, h1, h2, h3, .alert'))
  .filter((el) => el.getClientRects().length > 0 && el.clientWidth > 2)
  .filter((el) => {
    const box = el.getBoundingClientRect();
    const clipped = (node) => {
      for (let at = node.parentElement; at && at !== el; at = at.parentElement)
        if (getComputedStyle(at).overflowX !== 'visible') return true;
      return false;
    };
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      if (text.textContent.trim() === '' || clipped(text)) continue;
      const range = document.createRange();
      range.selectNodeContents(text);
      if (Array.from(range.getClientRects()).some((r) => r.width > 0 && (r.right > box.right + 1 || r.left < box.left - 1)))
        return true;
    }
    return false;
  })
  .map((el) => el.textContent.trim().replace(/\\s+/g, ' ').slice(0, 80))`;

const languages: Array<{ locale: string; options: HarnessOptions; marker: RegExp }> = [
  { locale: 'de', options: { settings: { language: 'de' } }, marker: /Kontakte/ },
  { locale: 'fr', options: { settings: { language: 'fr' } }, marker: /Contacts/ },
  {
    locale: 'en-XA',
    options: { rendererDir: pseudoRendererDir, locale: 'en-XA', settings: { language: 'system' } },
    marker: /^\[.*~\]$/,
  },
];

describe.skipIf(!run).each(languages)('every view in $locale, in Chromium', ({ locale, options, marker }) => {
  let h: RendererHarness;
  let w: WindowPage;

  beforeAll(async () => {
    h = await startRendererHarness(options);
    w = new WindowPage(h.page);
  });

  afterAll(async () => {
    await h?.close();
  });

  async function look(view: string): Promise<void> {
    await h.screenshot(`lang-${locale}-${view}`);
    expect(await h.page.evaluate(cutTexts), `cut off in ${view}`).toEqual([]);
    expect(await h.page.evaluate(spilledTexts), `running out of its box in ${view}`).toEqual([]);
    expect(
      Math.max(...(await w.horizontalOverflow())),
      `wider than the window in ${view}`,
    ).toBeLessThanOrEqual(0);
  }

  it('shows the sign-in screen in the language, uncut', async () => {
    await h.page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await h.page.locator('section.signin').getAttribute('lang')).toBe(locale);
    await look('sign-in');
    // The first-run screen's primary button is "Try the demo", whatever its words.
    await h.page.locator('button.primary').first().click();
    await h.page.getByTestId('contact-list').waitFor();
  });

  it('shows the contacts, a contact card and the level menu in the language, uncut', async () => {
    const tab = await h.page.getByRole('tab').first().textContent();
    expect(tab?.trim()).toMatch(marker);
    await h.page.locator('button.row').first().click();
    await w.card.and(h.page.locator('[aria-busy="false"]')).waitFor();
    await look('contacts');
    await h.page.getByTestId('privacy').locator('button[aria-haspopup="menu"]').click();
    await h.page.getByRole('menu').waitFor();
    await look('level-menu');
    await h.page.keyboard.press('Escape');
  });

  it('shows every other view in the language, uncut', async () => {
    const tabs = h.page.getByRole('tab');
    const count = await tabs.count();
    expect(count).toBeGreaterThanOrEqual(5);
    for (let i = 1; i < count; i++) {
      await tabs.nth(i).click();
      await expect.poll(() => tabs.nth(i).getAttribute('aria-selected')).toBe('true');
      await h.page.getByRole('heading', { level: 1 }).first().waitFor();
      const heading = (await h.page.getByRole('heading', { level: 1 }).first().textContent())?.trim() ?? '';
      if (locale === 'en-XA') expect(heading, `heading of tab ${i}`).toMatch(marker);
      await look(`tab-${i}`);
    }
    expect(h.errors).toEqual([]);
  });
});

// A language picked in Settings on an English desktop: its texts are fetched before the window draws anything, so
// it never shows English first. Held at the moment the page asks for them, the window has drawn nothing yet.
describe.skipIf(!run).each(languages.filter((l) => l.locale !== 'en-XA'))(
  'the first frame in $locale, chosen in Settings',
  ({ locale, options }) => {
    it('is in the language: nothing is drawn before its texts are in', async () => {
      const h = await startRendererHarness(options);
      try {
        let asked = (): void => {};
        const fetching = new Promise<void>((resolve) => (asked = resolve));
        let release = (): void => {};
        const held = new Promise<void>((resolve) => (release = resolve));
        await h.page.route(new RegExp(`/assets/${locale}-[^/]*\\.js$`), async (route) => {
          asked();
          await held;
          await route.continue();
        });
        await h.page.reload({ waitUntil: 'commit' });
        await fetching;
        // The page waits for its texts now: what it has drawn meanwhile is what a user would see first.
        expect(await h.page.evaluate(`document.querySelector('h1')?.textContent ?? null`)).toBeNull();
        release();
        await h.page.getByRole('heading', { level: 1 }).first().waitFor();
        expect(await h.page.locator('section.signin').getAttribute('lang')).toBe(locale);
        expect(h.errors).toEqual([]);
      } finally {
        await h.close();
      }
    });
  },
);

// The search field's placeholder, whole in the smallest window (640 px: a 240 px list), in every language.
const placeholderFits = `(() => {
  const input = document.getElementById('contact-search');
  const style = getComputedStyle(input);
  const context = document.createElement('canvas').getContext('2d');
  context.font = style.font;
  const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  return { placeholder: input.placeholder, text: context.measureText(input.placeholder).width, room };
})()`;

describe.skipIf(!run).each([{ locale: 'en', options: {}, marker: /Search/ }, ...languages])(
  'the search field in the smallest window, in $locale',
  ({ options }) => {
    it('shows its placeholder whole', async () => {
      const h = await startRendererHarness(options);
      try {
        await h.page.locator('button.primary').first().click();
        await h.page.getByTestId('contact-list').waitFor();
        await h.page.setViewportSize({ width: 640, height: 420 });
        const fit = (await h.page.evaluate(placeholderFits)) as {
          placeholder: string;
          text: number;
          room: number;
        };
        expect(fit.placeholder.length).toBeGreaterThan(0);
        expect(fit.text, fit.placeholder).toBeLessThanOrEqual(fit.room);
        expect(h.errors).toEqual([]);
      } finally {
        await h.close();
      }
    });
  },
);
