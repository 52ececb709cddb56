// Which language the words are in. One rule for the app and the CLI: the user's override (Settings) if there is
// one, else what the OS prefers (app.getLocale() in the app; LC_ALL, LC_MESSAGES, LANG for the CLI), matched to the
// catalogues we have by language (de-AT → de), else English. The full tag (de-AT) is what UCWA gets as the
// application's `culture`, so the server's own texts come in the same language. Dates, times and numbers are
// formatted by Intl with the full tag too.
import { baseLocale, locales, setLocale } from './paraglide/runtime.js';
import type { Locale } from './paraglide/runtime.js';

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

/** The first preference we have a catalogue for, by exact tag and then by language; English otherwise. */
export function pickLocale(
  preferences: ReadonlyArray<string | null | undefined>,
  available: readonly string[] = locales,
): Locale {
  for (const raw of preferences) {
    if (!raw) continue;
    let tag: string;
    try {
      tag = Intl.getCanonicalLocales(raw)[0] ?? '';
    } catch {
      continue;
    }
    const exact = available.find((l) => l.toLowerCase() === tag.toLowerCase());
    const language = available.find((l) => l.toLowerCase() === tag.split('-')[0]?.toLowerCase());
    const found = exact ?? language;
    if (found !== undefined) return found as Locale;
  }
  return baseLocale;
}

/** A region for each language when the preferences give none (UCWA's `culture` wants one: en-GB, de-DE). */
// The app's English is British (organisation, 24-hour times), as its words always were.
const DEFAULT_TAG: Record<string, string> = { en: 'en-GB', de: 'de-DE', fr: 'fr-FR' };

/**
 * The full tag for a chosen language: the first preference in that language as the user wrote it (de-AT), else the
 * language's default region. Used for UCWA's `culture` and for Intl's dates and times.
 */
export function tagFor(locale: string, preferences: ReadonlyArray<string | null | undefined>): string {
  for (const raw of preferences) {
    if (!raw) continue;
    try {
      const tag = Intl.getCanonicalLocales(raw)[0];
      if (tag?.split('-')[0]?.toLowerCase() === locale.toLowerCase() && tag.includes('-')) return tag;
    } catch {
      // not a tag: skip it, as pickLocale does
    }
  }
  return DEFAULT_TAG[locale] ?? locale;
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
