// Which catalogue a list of language preferences gets, and the full tag to go with it: the one rule for the main
// process, the CLI and the window (which gives it navigator.languages, Chromium's reading of the OS). Pure, with no
// Node or DOM, so both sides import it.
import { baseLocale, locales } from './paraglide/runtime.js';
import type { Locale } from './paraglide/runtime.js';

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
export const DEFAULT_TAG: Record<string, string> = { en: 'en-GB', de: 'de-DE', fr: 'fr-FR' };

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
