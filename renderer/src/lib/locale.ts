// The window's language for code outside a component (level names, sentences built in lib/ and the stores).
// main.ts points it at Settings' choice, which is $state: a template or $derived that calls these reads that state
// through the source, so it is redrawn when the language changes. Until then (and in unit tests) it is English.
import type { Locale } from './language.js';

let source: () => Locale = () => 'en';

export function followLocale(read: () => Locale): void {
  source = read;
}

export function uiLocale(): Locale {
  return source();
}

/** The options every message takes: m.key(params, loc()). */
export function loc(): { locale: Locale } {
  return { locale: source() };
}
