// The words the main process and the CLI show, in the user's language: Paraglide JS messages compiled from
// i18n/messages/<locale>.json into ./paraglide (`npm run i18n` after changing a catalogue; the output is committed
// so the CLI runs without a build step). Each message is a typed function: m.cli_not_in_contacts({ contact }).
// See docs/i18n.md for the plan that moves every string here.
export { m } from '../../i18n/paraglide/messages.js';
export { getLocale, locales } from '../../i18n/paraglide/runtime.js';
export type { Locale } from '../../i18n/paraglide/runtime.js';
export { localeTag, pickLocale, posixToTag, tagFor, terminalPreferences, useLocale } from './locale.js';
