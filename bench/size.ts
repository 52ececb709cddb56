// Size: the renderer's JavaScript gzipped (each .js file of out/renderer gzipped as a server or an installer would,
// default level): what the window loads at start in the default language, English, against the limit, and each other
// language's chunk, which it fetches only when it shows that language (i18n/splitLocales.ts); and the preload's size.
// Reads the build in out/ (run.ts builds it when missing or stale).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Row } from './table.js';

const RENDERER_JS_LIMIT = 80 * 1024;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}

function sizes(file: string): { raw: number; gzip: number } {
  const bytes = readFileSync(file);
  return { raw: bytes.length, gzip: gzipSync(bytes).length };
}

const kb = (bytes: number): number => Math.round((bytes / 1024) * 10) / 10;

/** The languages other than English, as Paraglide's project lists them: their chunks are named after them. */
function otherLocales(root: string): string[] {
  const settings = JSON.parse(readFileSync(join(root, 'i18n/project.inlang/settings.json'), 'utf8')) as {
    baseLocale: string;
    locales: string[];
  };
  return settings.locales.filter((l) => l !== settings.baseLocale);
}

const chunkLocale = (file: string, locales: string[]): string | undefined =>
  locales.find((l) => basename(file).startsWith(`${l}-`));

export function benchSize(outDir: string): { rows: Row[]; details: unknown } {
  const rendererDir = join(outDir, 'renderer');
  const js = filesUnder(rendererDir).filter((f) => f.endsWith('.js'));
  const css = filesUnder(rendererDir).filter((f) => f.endsWith('.css'));
  const perFile = [...js, ...css].map((f) => ({ file: relative(outDir, f), ...sizes(f) }));
  const total = (files: string[]): { raw: number; gzip: number } =>
    files.map(sizes).reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });
  const locales = otherLocales(join(outDir, '..'));
  const atStart = js.filter((f) => chunkLocale(f, locales) === undefined);
  const startTotal = total(atStart);
  const languageRows: Row[] = js.flatMap((f) => {
    const locale = chunkLocale(f, locales);
    if (locale === undefined) return [];
    return [
      {
        group: 'size',
        figure: `Renderer texts in ${locale}, gzipped (fetched when shown)`,
        value: kb(sizes(f).gzip),
        unit: 'KB',
        note: relative(outDir, f),
      },
    ];
  });
  const preloadFiles = filesUnder(join(outDir, 'preload'));
  const preload = total(preloadFiles);
  const rows: Row[] = [
    {
      group: 'size',
      figure: 'Renderer JavaScript at start (English), gzipped',
      value: kb(startTotal.gzip),
      unit: 'KB',
      limit: RENDERER_JS_LIMIT / 1024,
      compare: '<',
      note: `${atStart.length} file(s), ${kb(startTotal.raw)} KB before gzip (1 KB = 1,024 bytes)`,
    },
    ...languageRows,
    {
      group: 'size',
      figure: 'Preload (out/preload), raw',
      value: kb(preload.raw),
      unit: 'KB',
      note: `${kb(preload.gzip)} KB gzipped; ${preloadFiles.map((f) => relative(outDir, f)).join(', ')}`,
    },
  ];
  const built = statSync(join(rendererDir, 'index.html')).mtime.toISOString();
  return { rows, details: { built, perFile, preload: { ...preload, files: preloadFiles.length } } };
}
