// The window's language while another one's texts are still on their way: it keeps showing the one it shows
// (English at start, German when switching from German to French), never a flash of English in between.
import { describe, expect, it } from 'vitest';
import { provideLoaders } from '../../../renderer/src/lib/catalogues.js';
import { followLocale, uiLocale } from '../../../renderer/src/lib/locale.js';
import type { Locale } from '../../../renderer/src/lib/language.js';

/** A loader the test answers when it wants, to stand for a chunk still on the network. */
function held(): { load: () => Promise<unknown>; arrive: () => Promise<void> } {
  let resolve: (module: unknown) => void = () => {};
  const started = new Promise<unknown>((r) => (resolve = r));
  return {
    load: () => started,
    arrive: async () => {
      resolve({});
      await started;
      await Promise.resolve();
    },
  };
}

describe('uiLocale while a language loads', () => {
  it('stays in English until German arrives, then stays in German until French arrives', async () => {
    const de = held();
    const fr = held();
    provideLoaders('en', { de: de.load, fr: fr.load });
    let wanted: Locale = 'de';
    followLocale(() => wanted);

    expect(uiLocale()).toBe('en');
    await de.arrive();
    expect(uiLocale()).toBe('de');

    wanted = 'fr';
    expect(uiLocale()).toBe('de');
    await fr.arrive();
    expect(uiLocale()).toBe('fr');

    wanted = 'en';
    expect(uiLocale()).toBe('en');
  });
});
