// The window's language: Settings' choice, else what Chromium reads from the OS (navigator.languages), by the same
// rule as main's (i18n/choose.ts). Views pass it to each message ({ locale }), so a change redraws them at once.
import { pickLocale } from '../../../i18n/choose.js';
import type { Locale } from '../../../i18n/paraglide/runtime.js';

export type { Locale };

// Every level name, presence word and number on screen asks for the language (at 5,000 contacts, many times a
// keystroke): the answer is kept until the choice or the OS's list changes (Chromium hands out the same
// navigator.languages array until a languagechange).
let last: { language: string | undefined; preferred: readonly string[]; locale: Locale } | null = null;

export function windowLocale(
  language: 'system' | 'en' | 'de' | 'fr' | undefined,
  preferred: readonly string[] = navigator.languages,
): Locale {
  if (last !== null && last.language === language && last.preferred === preferred) return last.locale;
  const locale = pickLocale([
    language === undefined || language === 'system' ? null : language,
    ...preferred,
  ]);
  last = { language, preferred, locale };
  return locale;
}
