// A page object for the window: what a user does (search, open a contact, pick a level), in one place so the
// suites read as the user's steps. What runs inside the page is passed as source text: the test project is typed
// for Node (no DOM library), and the page's globals are not Node's.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { levelCapabilities, type PrivacyLevel } from '../../main/ipc/contract.js';

export class WindowPage {
  constructor(readonly page: Page) {}

  tab(name: 'Contacts' | 'Who sees what' | 'Invitations' | 'Activity' | 'Settings' | 'Help'): Locator {
    return this.page.getByRole('tab', { name: new RegExp(`^${name}`) });
  }

  get search(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search contacts' });
  }

  row(uri: string): Locator {
    return this.page.locator(`button.row[data-uri="${uri}"]`);
  }

  get card(): Locator {
    return this.page.getByTestId('contact-card');
  }

  get level(): Locator {
    return this.page.getByTestId('privacy-level');
  }

  async openContact(query: string, uri: string): Promise<void> {
    await this.tab('Contacts').click();
    await this.search.fill(query);
    await this.row(uri).click();
    await this.card
      .locator('dd', { hasText: uri.replace(/^sip:/, '') })
      .first()
      .waitFor();
  }

  async chooseLevel(level: PrivacyLevel): Promise<void> {
    await this.page.getByRole('button', { name: 'Change level' }).click();
    await this.page.getByRole('menuitemradio', { name: levelCapabilities[level].label, exact: true }).click();
  }

  /** The level shown once the server confirmed it (no "saving…"). */
  async levelSettled(level: PrivacyLevel): Promise<void> {
    await this.page
      .getByTestId('privacy-level-line')
      .filter({
        hasText: new RegExp(`^\\s*${levelCapabilities[level].label}(\\s*· same as auto-assigned)?\\s*$`),
      })
      .waitFor();
  }

  /** The feedback line at the bottom of the window ("… now sees Workgroup info"). */
  get feedback(): Locator {
    return this.page.getByTestId('feedback-message');
  }

  /** An attribute of the focused element (null when nothing, or the body, has focus). */
  focusedAttribute(name: string): Promise<string | null> {
    return this.page.evaluate(`document.activeElement?.getAttribute(${JSON.stringify(name)}) ?? null`);
  }

  /** The explicit theme on <html>, or 'system' when it follows the OS. */
  theme(): Promise<string> {
    return this.page.evaluate(`document.documentElement.dataset.theme ?? 'system'`);
  }

  /** Every `securitypolicyviolation` the page saw (recorded by the harness's init script). */
  cspViolations(): Promise<Array<{ directive: string; blocked: string; sample: string }>> {
    return this.page.evaluate('window.__cspViolations');
  }

  /** How far each scrolling area (and the page) is wider than its box: > 0 means something overflows. */
  horizontalOverflow(): Promise<number[]> {
    return this.page.evaluate(`[
      document.documentElement.scrollWidth - window.innerWidth,
      ...Array.from(document.querySelectorAll('.detail, .side'), (e) => e.scrollWidth - e.clientWidth),
    ]`);
  }

  /** Scroll the contact list back to its top, as a user would with the wheel (for pictures: group headings and whole
   * rows). */
  async listToTop(): Promise<void> {
    const list = this.page.getByTestId('contact-list');
    const box = await list.boundingBox();
    if (box === null) throw new Error('no contact list on screen');
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect
      .poll(async () => {
        await this.page.mouse.wheel(0, -100_000);
        await this.listSettled();
        return this.listScrollTop();
      })
      .toBe(0);
    await this.page.locator('[data-testid^="group-"]').first().waitFor();
  }

  /** Resolves once the list has kept the same scroll position for five frames in a row. */
  listSettled(): Promise<void> {
    return this.page.evaluate(`new Promise((done) => {
      const list = document.querySelector('[data-testid="contact-list"]');
      let last = -1;
      let same = 0;
      let frames = 0;
      const step = () => {
        const now = list.scrollTop;
        same = now === last ? same + 1 : 0;
        last = now;
        if (same >= 5 || ++frames > 300) done();
        else requestAnimationFrame(step);
      };
      requestAnimationFrame(step);
    })`);
  }

  listScrollTop(): Promise<number> {
    return this.page.evaluate(`document.querySelector('[data-testid="contact-list"]').scrollTop`);
  }
}
