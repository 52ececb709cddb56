// `npm run build:pseudo`: the window built with a fourth language, the pseudo-locale en-XA, for the e2e suite only
// (out/pseudo/renderer; the product build never carries it). Each English text has its letters swapped for accented
// ones (a hard-coded string stays plain and shows), is 40 % longer (`~` padding: truncation shows) and is wrapped in
// [ ] (a cut at either end shows). Placeholders and plural structure are left as they are.
// Steps: write a copy of the catalogues plus en-XA.json and a project naming four locales, compile it with the same
// Paraglide CLI as `npm run i18n`, then build the renderer with the compiled messages swapped for that copy.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, type Plugin } from 'vite';
import config from '../electron.vite.config.js';
import { pseudoCatalogue } from './pseudoText.js';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'out/pseudo');
const i18n = join(out, 'i18n');
const realMessages = join(root, 'i18n/paraglide');
const pseudoMessages = join(i18n, 'paraglide');

function writeProject(): void {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(i18n, 'messages'), { recursive: true });
  mkdirSync(join(i18n, 'project.inlang'), { recursive: true });
  for (const locale of ['en', 'de', 'fr']) {
    const text = readFileSync(join(root, `i18n/messages/${locale}.json`), 'utf8');
    writeFileSync(join(i18n, `messages/${locale}.json`), text);
    if (locale === 'en')
      writeFileSync(
        join(i18n, 'messages/en-XA.json'),
        JSON.stringify(pseudoCatalogue(JSON.parse(text)), null, 2),
      );
  }
  const settings = JSON.parse(readFileSync(join(root, 'i18n/project.inlang/settings.json'), 'utf8'));
  settings.locales = [...settings.locales, 'en-XA'];
  // The plugin is loaded by a path relative to the project folder, as in the real project.
  settings.modules = ['../../../node_modules/@inlang/plugin-message-format/dist/index.js'];
  writeFileSync(join(i18n, 'project.inlang/settings.json'), JSON.stringify(settings, null, 2));
}

function compile(): void {
  const cli = join(root, 'node_modules/.bin/paraglide-js');
  execFileSync(
    cli,
    [
      'compile',
      '--project',
      join(i18n, 'project.inlang'),
      '--outdir',
      pseudoMessages,
      '--strategy',
      'globalVariable',
      '--output-structure',
      'locale-modules',
    ],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
}

/** Every import that lands in i18n/paraglide (relative from the views, or i18n/choose.ts's own) gets the copy. */
function pseudoParaglide(): Plugin {
  return {
    name: 'pseudo-paraglide',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!source.includes('paraglide/')) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      if (!resolved?.id.startsWith(realMessages)) return null;
      return pseudoMessages + resolved.id.slice(realMessages.length);
    },
  };
}

async function buildRenderer(): Promise<void> {
  const renderer = config.renderer ?? {};
  await build({
    ...renderer,
    configFile: false,
    root: join(root, 'renderer'),
    logLevel: 'warn',
    plugins: [pseudoParaglide(), ...(renderer.plugins ?? [])],
    build: { ...renderer.build, outDir: join(out, 'renderer'), emptyOutDir: true },
  });
}

writeProject();
compile();
await buildRenderer();
console.log(`pseudo-locale en-XA: ${join(out, 'renderer')}`);
