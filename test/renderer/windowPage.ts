// A page object for the window: what a user does (search, open a contact, pick a level), in one place so the
// suites read as the user's steps.
import type { Locator, Page } from 'playwright-core';
import { levelCapabilities, type PrivacyLevel } from '../../main/ipc/contract.js';

export class WindowPage {
  constructor(readonly page: Page) {}

  tab(name: 'Contacts' | 'Invitations' | 'Activity' | 'Settings'): Locator {
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
    await this.card.locator('dd', { hasText: uri.replace(/^sip:/, '') }).first().waitFor();
  }

  async chooseLevel(level: PrivacyLevel): Promise<void> {
    await this.page.getByRole('button', { name: 'Change level' }).click();
    await this.page.getByRole('menuitemradio', { name: levelCapabilities[level].label, exact: true }).click();
  }

  /** The level shown once the server confirmed it (no "saving…"). */
  async levelSettled(level: PrivacyLevel): Promise<void> {
    await this.level.filter({ hasText: new RegExp(`^${levelCapabilities[level].label}$`) }).waitFor();
  }
}
