// Why signing in through the organisation's sign-in page (the passive grant, main/ucwa/auth/passive.ts) did not
// happen, in words; and the sign-in window's title, which names the host the page is on.
import { m } from '../i18n/index.js';
import { PASSIVE_CODES } from '../ucwa/auth/passive.js';
import type { PassiveCode } from '../ucwa/auth/passive.js';
import { isUcwaError } from '../ucwa/errors.js';

function sentence(code: PassiveCode, host: string): string {
  switch (code) {
    case 'PassiveCancelled':
      return m.passive_closed();
    case 'PassivePageUntrusted':
      return host === '' ? m.passive_page_untrusted_unnamed() : m.passive_page_untrusted({ host });
    case 'PassiveNavigationRefused':
      return m.passive_navigation_refused({ host });
    case 'PassiveNotCompleted':
      return m.passive_not_completed();
    case 'PassivePageNeedsAccount':
      return m.passive_page_needs_account({ host });
    case 'PassivePageAccountRefused':
      return m.passive_page_account_refused({ host });
    case 'PassiveNotOffered':
      return m.passive_not_offered();
    case 'OnlyPassiveOffered':
      return m.passive_only();
  }
}

/** The words for a passive sign-in error (passiveError), or undefined for any other error. */
export function passiveMessage(e: unknown): string | undefined {
  if (!isUcwaError(e) || e.subcode === undefined || !PASSIVE_CODES.has(e.subcode)) return undefined;
  const host = typeof e.details?.host === 'string' ? e.details.host : '';
  return sentence(e.subcode as PassiveCode, host);
}

/** The CLI cannot show the sign-in page: for --passive, and for a pool that offers nothing else. */
export const passiveNeedsWindow = (): string => m.passive_cli_needs_window();

/** The sign-in window's title: the host whose page the user is typing into. */
export const passiveWindowTitle = (host: string): string => m.passive_window_title({ host });

/** A start-up sign-in that would have needed the organisation's page, which opens only when the user asks. */
export const passiveSignInAgain = (): string => m.passive_restore_sign_in_again();
