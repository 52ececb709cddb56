// Which language the words are in. One rule for the app and the CLI: the user's override (Settings) if there is
// one, else what the OS prefers (app.getLocale() in the app; LC_ALL, LC_MESSAGES, LANG for the CLI), matched to the
// catalogues we have by language (de-AT → de), else English. The full tag (de-AT) is what UCWA gets as the
// application's `culture`, so the server's own texts come in the same language. Dates, times and numbers are
// formatted by Intl with the full tag too.
import { DEFAULT_TAG, pickLocale, tagFor } from '../../i18n/choose.js';
import { baseLocale, setLocale } from '../../i18n/paraglide/runtime.js';
import type { Locale } from '../../i18n/paraglide/runtime.js';

export { pickLocale, tagFor };

/** A BCP 47 tag from a POSIX locale (de_DE.UTF-8@euro → de-DE); undefined for C/POSIX or nothing. */
export function posixToTag(value: string | undefined): string | undefined {
  const tag = value?.split(/[.@:]/)[0]?.replace('_', '-');
  return tag === undefined || tag === '' || tag === 'C' || tag === 'POSIX' ? undefined : tag;
}

/** What a terminal session prefers, most specific first (LANGUAGE may list several, colon-separated). */
export function terminalPreferences(env: NodeJS.ProcessEnv = process.env): string[] {
  // LC_ALL overrides everything; gettext reads LANGUAGE before LC_MESSAGES and LANG.
  return [env.LC_ALL, ...(env.LANGUAGE ?? '').split(':'), env.LC_MESSAGES, env.LANG]
    .map(posixToTag)
    .filter((t): t is string => t !== undefined);
}

let currentTag = DEFAULT_TAG[baseLocale] ?? baseLocale;

/** The full tag of the language in use (de-AT): UCWA's `culture`, and what dates and times are formatted with. */
export function localeTag(): string {
  return currentTag;
}

/** Sets the language for every message from now on, and gives it back. */
export function useLocale(preferences: ReadonlyArray<string | null | undefined>): Locale {
  const locale = pickLocale(preferences);
  setLocale(locale, { reload: false });
  currentTag = tagFor(locale, preferences);
  return locale;
}
