// The window's language for code outside a component (level names, sentences built in lib/ and the stores).
// main.ts points it at Settings' choice, which is $state: a template or $derived that calls these reads that state
// through the source, so it is redrawn when the language changes. Until then (and in unit tests) it is English.
// A language whose texts are not loaded yet (lib/catalogues.ts) is asked for, and the window stays in the
// one it shows until they arrive: no flash of English between German and French.
import { isReady, loadLocale } from './catalogues.js';
import type { Locale } from './language.js';

let source: () => Locale = () => 'en';
let shown: Locale = 'en';

export function followLocale(read: () => Locale): void {
  source = read;
}

export function uiLocale(): Locale {
  const wanted = source();
  if (isReady(wanted)) shown = wanted;
  else void loadLocale(wanted);
  return isReady(shown) ? shown : 'en';
}

/** The options every message takes: m.key(params, loc()). */
export function loc(): { locale: Locale } {
  return { locale: uiLocale() };
}
