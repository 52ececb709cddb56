// Which languages the window has loaded. Its bundle carries English only (i18n/splitLocales.ts); the stand-in for
// Paraglide's messages hands over a loader per other language and asks catalogueFor() at each message. Where no
// loaders were handed over (unit tests, which use Paraglide's own dispatch) every language counts as ready.
import { SvelteMap } from 'svelte/reactivity';

type Message = (inputs: never) => string;
export type Catalogue = Readonly<Record<string, Message>>;

let baseLocale = 'en';
let loaders: Readonly<Record<string, () => Promise<unknown>>> = {};
// Reactive: what read isReady() in a template or $derived is drawn again when a catalogue arrives.
const loaded = new SvelteMap<string, Catalogue>();
const pending = new Map<string, Promise<void>>();

export function provideLoaders(base: string, byLocale: Record<string, () => Promise<unknown>>): void {
  baseLocale = base;
  loaders = byLocale;
}

/** The loaded catalogue of another language, or undefined for the base language and one not loaded yet. */
export function catalogueFor(locale: string | undefined): Catalogue | undefined {
  return locale === undefined ? undefined : loaded.get(locale);
}

export function isReady(locale: string): boolean {
  return locale === baseLocale || loaders[locale] === undefined || loaded.has(locale);
}

/** Loads a language once; a chunk that cannot be read leaves the window in the language it shows (logged). */
export function loadLocale(locale: string): Promise<void> {
  const load = loaders[locale];
  if (isReady(locale) || load === undefined) return Promise.resolve();
  const started =
    pending.get(locale) ??
    load()
      .then((module) => {
        loaded.set(locale, module as Catalogue);
      })
      .catch((e: unknown) => {
        pending.delete(locale);
        console.error(`The ${locale} texts could not be loaded:`, e);
      });
  pending.set(locale, started);
  return started;
}
