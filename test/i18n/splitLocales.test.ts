// The window's bundle built with the plugin over the real compiled catalogues: English only in the entry (and only
// the messages it uses), each other language a chunk of its own, and a message in German once that chunk is loaded.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageNames, splitLocales } from '../../i18n/splitLocales.js';
import de from '../../i18n/messages/de.json' with { type: 'json' };
import en from '../../i18n/messages/en.json' with { type: 'json' };

const messages = resolve(import.meta.dirname, '../../i18n/paraglide/messages.js');
let dir: string;
let entryText: string;
let chunks: string[];
let page: {
  added: (locale: string) => string;
  load: (locale: string) => Promise<void>;
};

// A registry with the shape of renderer/src/lib/catalogues.ts, without Svelte.
const registry = `
let loaders = {};
const loaded = new Map();
export function provideLoaders(base, byLocale) { loaders = byLocale; }
export function catalogueFor(locale) { return loaded.get(locale); }
export async function load(locale) { loaded.set(locale, await loaders[locale]()); }
`;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'split-locales-'));
  writeFileSync(join(dir, 'registry.js'), registry);
  writeFileSync(
    join(dir, 'entry.js'),
    `import { m } from ${JSON.stringify(messages)};
     export { load } from './registry.js';
     export const added = (locale) => m.activity_added({}, { locale });`,
  );
  await build({
    configFile: false,
    logLevel: 'silent',
    root: dir,
    plugins: [splitLocales({ registry: join(dir, 'registry.js') })],
    build: {
      outDir: join(dir, 'out'),
      minify: false,
      // Run in Node here: no <link rel=modulepreload> for the chunks (that helper needs a document).
      modulePreload: false,
      rollupOptions: {
        input: join(dir, 'entry.js'),
        preserveEntrySignatures: 'strict',
        output: { format: 'es', entryFileNames: 'entry.js' },
      },
    },
  });
  chunks = readdirSync(join(dir, 'out/assets'));
  entryText = readFileSync(join(dir, 'out/entry.js'), 'utf8');
  page = await import(pathToFileURL(join(dir, 'out/entry.js')).href);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the window bundle with the languages split', () => {
  it('carries English only, and only the messages it uses', () => {
    expect(entryText).toContain(en.activity_added);
    expect(entryText).not.toContain(de.activity_added);
    expect(entryText).not.toContain(en.activity_empty);
  });

  it('makes German and French chunks of their own', () => {
    expect(chunks.filter((f) => /^(de|fr)-.*\.js$/.test(f))).toHaveLength(2);
  });

  it('says a message in English until German is loaded, then in German', async () => {
    expect(page.added('de')).toBe(en.activity_added);
    await page.load('de');
    expect(page.added('de')).toBe(de.activity_added);
    expect(page.added('en')).toBe(en.activity_added);
  });

  it('finds every message of the compiled English module', () => {
    const compiled = readFileSync(
      resolve(import.meta.dirname, '../../i18n/paraglide/messages/en.js'),
      'utf8',
    );
    const catalogue = Object.keys(en).filter((k) => !k.startsWith('$'));
    expect(messageNames(compiled).sort()).toEqual(catalogue.sort());
  });
});
