import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  localeTag,
  m,
  pickLocale,
  posixToTag,
  tagFor,
  terminalPreferences,
  useLocale,
} from '../../../main/i18n/index.js';

describe('pickLocale', () => {
  const available = ['en', 'de', 'fr'];

  it('takes the first preference there is a catalogue for, by tag and then by language', () => {
    expect(pickLocale(['de-AT', 'fr'], available)).toBe('de');
    expect(pickLocale(['pt-BR', 'fr-CA', 'de'], available)).toBe('fr');
    expect(pickLocale(['EN-gb'], available)).toBe('en');
  });

  it('falls back to English for no preference, unknown languages and malformed tags', () => {
    expect(pickLocale([], available)).toBe('en');
    expect(pickLocale([null, undefined, '', 'not a tag!', 'ja-JP'], available)).toBe('en');
  });
});

describe('terminalPreferences', () => {
  it('reads LC_ALL first, then LANGUAGE, LC_MESSAGES and LANG, skipping C and POSIX', () => {
    expect(terminalPreferences({ LANGUAGE: 'fr_CA:de', LC_MESSAGES: 'C', LANG: 'en_GB.UTF-8' })).toEqual([
      'fr-CA',
      'de',
      'en-GB',
    ]);
    expect(terminalPreferences({ LC_ALL: 'de_DE.UTF-8@euro', LANGUAGE: 'fr' })).toEqual(['de-DE', 'fr']);
    expect(terminalPreferences({})).toEqual([]);
    expect(posixToTag('POSIX')).toBeUndefined();
  });
});

describe('the compiled catalogue', () => {
  it('has a message function for every key of i18n/messages/en.json (run `npm run i18n` after changing it)', () => {
    const catalogue = JSON.parse(readFileSync('i18n/messages/en.json', 'utf8')) as Record<string, unknown>;
    const keys = Object.keys(catalogue).filter((k) => !k.startsWith('$'));
    expect(keys.length).toBeGreaterThan(0);
    const compiled = m as unknown as Record<string, unknown>;
    expect(keys.filter((k) => typeof compiled[k] !== 'function')).toEqual([]);
    expect(m.cli_not_in_contacts({ contact: 'sip:sam@contoso.com' })).toBe(
      'sip:sam@contoso.com is not in your contacts.',
    );
  });
});

describe('tagFor and useLocale', () => {
  it("keeps the region the user prefers for the chosen language, else the language's own", () => {
    expect(tagFor('de', ['de-AT', 'en'])).toBe('de-AT');
    expect(tagFor('de', ['fr-CA', 'de'])).toBe('de-DE');
    expect(tagFor('fr', ['en-GB'])).toBe('fr-FR');
    expect(tagFor('en', [])).toBe('en-GB');
  });

  it('sets the messages and the full tag together', () => {
    try {
      expect(useLocale(['fr-CA'])).toBe('fr');
      expect(localeTag()).toBe('fr-CA');
      expect(m.tray_open()).toBe('Ouvrir UCWA Tray');
    } finally {
      useLocale([]);
    }
    expect(localeTag()).toBe('en-GB');
    expect(m.tray_open()).toBe('Open UCWA Tray');
  });
});

describe('the German and French catalogues', () => {
  const read = (locale: string) =>
    JSON.parse(readFileSync(`i18n/messages/${locale}.json`, 'utf8')) as Record<string, unknown>;
  /** The {names} a message uses, in any of its variants (plurals are objects). */
  const params = (value: unknown): string[] =>
    [...new Set([...JSON.stringify(value).matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ''))].sort();
  for (const locale of ['de', 'fr']) {
    it(`${locale} has every English message, with the same placeholders`, () => {
      const en = read('en');
      const other = read(locale);
      const keys = Object.keys(en).filter((k) => !k.startsWith('$'));
      expect(keys.filter((k) => !(k in other))).toEqual([]);
      expect(keys.filter((k) => params(en[k]).join() !== params(other[k]).join())).toEqual([]);
    });
  }
});
