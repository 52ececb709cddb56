// The window's Vite plugin that keeps only English in its bundle. Paraglide compiles (`npm run i18n`, locale-modules)
// one module per language plus messages/_index.js, whose functions pick a language at each call and so import all
// of them: every language would be parsed at every start. For the window only, this plugin serves a stand-in for
// _index.js whose functions call the base language's functions by name (so unused messages still drop out) or, for
// another language, that language's module once it has been loaded; each other language becomes its own chunk,
// fetched the first time the window shows it (renderer/src/lib/catalogues.ts holds what is loaded).
// The main process, the CLI and the tests keep Paraglide's own _index.js.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Plugin } from 'vite';

const STAND_IN = '\0ucwa-split-locales:';

export interface SplitLocalesOptions {
  /** The module the stand-in asks which catalogue is loaded (it exports provideLoaders and catalogueFor). */
  registry: string;
  baseLocale?: string;
}

export function splitLocales({ registry, baseLocale = 'en' }: SplitLocalesOptions): Plugin {
  return {
    name: 'ucwa-split-locales',
    // Before Vite's own resolver, which would otherwise answer first for a relative import.
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!source.endsWith('messages/_index.js') || importer?.startsWith(STAND_IN)) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      if (!resolved || !resolved.id.includes('paraglide')) return null;
      return STAND_IN + resolved.id;
    },
    load(id) {
      if (!id.startsWith(STAND_IN)) return null;
      return standIn(dirname(id.slice(STAND_IN.length)), registry, baseLocale);
    },
  };
}

/** The message names the base language's module exports (Paraglide writes each as `export const name =`). */
export function messageNames(moduleText: string): string[] {
  return [...moduleText.matchAll(/^export const (\w+) =/gm)].map((match) => match[1] ?? '');
}

function standIn(messagesDir: string, registry: string, baseLocale: string): string {
  const file = (locale: string): string => JSON.stringify(join(messagesDir, `${locale}.js`));
  const others = readdirSync(messagesDir)
    .filter((name) => name.endsWith('.js') && name !== '_index.js' && name !== `${baseLocale}.js`)
    .map((name) => basename(name, '.js'));
  const names = messageNames(readFileSync(join(messagesDir, `${baseLocale}.js`), 'utf8'));
  const loaders = others.map((l) => `${JSON.stringify(l)}: () => import(${file(l)})`).join(', ');
  return [
    `import { ${names.map((n) => `${n} as base_${n}`).join(', ')} } from ${file(baseLocale)};`,
    `import { provideLoaders, catalogueFor } from ${JSON.stringify(registry)};`,
    `provideLoaders(${JSON.stringify(baseLocale)}, { ${loaders} });`,
    ...names.map(
      (n) =>
        `export const ${n} = (inputs = {}, options = {}) => { const c = catalogueFor(options.locale); ` +
        `return c ? c.${n}(inputs) : base_${n}(inputs); };`,
    ),
  ].join('\n');
}
