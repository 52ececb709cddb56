// The window's language: Settings' choice, else what Chromium reads from the OS (navigator.languages), by the same
// rule as main's (i18n/choose.ts). Views pass it to each message ({ locale }), so a change redraws them at once.
import { pickLocale } from '../../../i18n/choose.js';
import type { Locale } from '../../../i18n/paraglide/runtime.js';

export type { Locale };

export function windowLocale(
  language: 'system' | 'en' | 'de' | 'fr' | undefined,
  preferred: readonly string[] = navigator.languages,
): Locale {
  return pickLocale([language === undefined || language === 'system' ? null : language, ...preferred]);
}
