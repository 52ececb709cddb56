// Size: the renderer's JavaScript gzipped (what the window loads; every .js file of out/renderer, each gzipped as
// a server or an installer would, default level) and the preload's size. Reads the build in out/ (run.ts builds it
// when missing or stale).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
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

export function benchSize(outDir: string): { rows: Row[]; details: unknown } {
  const rendererDir = join(outDir, 'renderer');
  const js = filesUnder(rendererDir).filter((f) => f.endsWith('.js'));
  const css = filesUnder(rendererDir).filter((f) => f.endsWith('.css'));
  const perFile = [...js, ...css].map((f) => ({ file: relative(outDir, f), ...sizes(f) }));
  const total = (files: string[]): { raw: number; gzip: number } =>
    files.map(sizes).reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });
  const jsTotal = total(js);
  const preloadFiles = filesUnder(join(outDir, 'preload'));
  const preload = total(preloadFiles);
  const rows: Row[] = [
    {
      group: 'size',
      figure: 'Renderer JavaScript, gzipped',
      value: kb(jsTotal.gzip),
      unit: 'KB',
      limit: RENDERER_JS_LIMIT / 1024,
      compare: '<',
      note: `${js.length} file(s), ${kb(jsTotal.raw)} KB before gzip (1 KB = 1,024 bytes)`,
    },
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
