// `npm run bench`: measures what users feel, prints one table (each figure next to its limit and the ratio
// value/limit) and writes it with the raw samples to bench/results.json. Benchmarks run one after another, never
// concurrently; ratios are taken within the same run. Progress goes to stderr, the table to stdout.
// Builds out/ first (npx electron-vite build) when the renderer or preload build is missing or older than its
// sources. Env: CHROMIUM_PATH (default /usr/bin/chromium), BENCH_IDLE_SECONDS (default 60), BENCH_HOSTILE_SECONDS
// (default 30).
// Arguments pick benchmarks by name (`npm run bench -- renderer idle`); none runs them all. A filtered run still
// builds out/ first when stale, and writes bench/results.json with only the figures it measured.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { benchBurst } from './burst.js';
import { benchChangeLatency } from './changeLatency.js';
import { benchHostile } from './hostile.js';
import { benchContactList } from './contactList.js';
import { benchIdle } from './idle.js';
import { benchLastKnown } from './lastKnown.js';
import { benchMemory } from './memory.js';
import { benchPolicy } from './policy.js';
import { benchRenderer } from './renderer.js';
import { benchSignIn } from './signIn.js';
import { benchSignInMethods } from './signInMethods.js';
import { benchSize } from './size.js';
import { formatTable, score } from './table.js';
import type { Row } from './table.js';

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, 'out');
/** What the renderer and preload bundles are built from. */
const buildInputs = ['renderer', 'preload', 'main/ipc', 'electron.vite.config.ts', 'package.json'];
const builtMarkers = ['out/renderer/index.html', 'out/preload/index.cjs'];

function newestMtime(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(path, { withFileTypes: true })
    .filter((e) => e.name !== 'node_modules')
    .reduce((m, e) => Math.max(m, newestMtime(join(path, e.name))), st.mtimeMs);
}

/** Build out/ when missing or stale. A failed build over an existing out/ is reported, and the old build measured. */
function ensureBuild(): string | undefined {
  const markers = builtMarkers.map((m) => join(root, m));
  const built = markers.every(existsSync) ? Math.min(...markers.map((m) => statSync(m).mtimeMs)) : 0;
  const sources = Math.max(
    ...buildInputs
      .map((p) => join(root, p))
      .filter(existsSync)
      .map(newestMtime),
  );
  if (built >= sources) return undefined;
  process.stderr.write(`bench: building out/ (${built === 0 ? 'missing' : 'older than its sources'})…\n`);
  const r = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: ['ignore', 2, 2] });
  if (r.status === 0) return undefined;
  const why = `electron-vite build failed (exit ${String(r.status)})`;
  if (!markers.every(existsSync)) throw new Error(`${why} and there is no earlier build in out/`);
  return `${why}: measured the earlier build in out/`;
}

type Bench = { name: string; run: () => Promise<{ rows: Row[]; details: unknown }> };

async function main(): Promise<number> {
  const started = performance.now();
  const details: Record<string, unknown> = {};
  const rows: Row[] = [];
  let failed = 0;
  let buildNote: string | undefined;
  const benches: Bench[] = [
    {
      name: 'size',
      run: async () => {
        buildNote = ensureBuild();
        const r = benchSize(outDir);
        if (buildNote !== undefined) for (const row of r.rows) row.note = `${row.note ?? ''}; ${buildNote}`;
        return r;
      },
    },
    { name: 'policy', run: benchPolicy },
    { name: 'signIn', run: benchSignIn },
    { name: 'signInMethods', run: benchSignInMethods },
    { name: 'changeLatency', run: benchChangeLatency },
    { name: 'burst', run: benchBurst },
    { name: 'contactList', run: benchContactList },
    { name: 'renderer', run: benchRenderer },
    { name: 'lastKnown', run: benchLastKnown },
    { name: 'memory', run: benchMemory },
    { name: 'idle', run: benchIdle },
    { name: 'hostile', run: benchHostile },
  ];
  const wanted = process.argv.slice(2).filter((a) => a !== '--');
  const unknown = wanted.filter((w) => !benches.some((b) => b.name === w));
  if (unknown.length > 0) {
    process.stderr.write(
      `bench: no benchmark named ${unknown.join(', ')}; names: ${benches.map((b) => b.name).join(', ')}\n`,
    );
    return 2;
  }
  const selected = wanted.length === 0 ? benches : benches.filter((b) => wanted.includes(b.name));
  // The size benchmark builds out/ when stale; the others measure out/ too, so a run without it builds first.
  if (!selected.some((b) => b.name === 'size')) {
    try {
      buildNote = ensureBuild();
      if (buildNote !== undefined) process.stderr.write(`bench: ${buildNote}\n`);
    } catch (error) {
      process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
    }
  }
  for (const b of selected) {
    const t0 = performance.now();
    process.stderr.write(`bench: ${b.name}…\n`);
    try {
      const r = await b.run();
      rows.push(...r.rows);
      details[b.name] = r.details;
    } catch (error) {
      failed++;
      const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
      rows.push({
        group: b.name,
        figure: `${b.name}`,
        value: null,
        unit: '',
        note: `failed: ${message ?? ''}`,
      });
      details[b.name] = { error: String(error) };
    }
    process.stderr.write(`bench: ${b.name} done in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  }
  const scored = rows.map(score);
  const table = formatTable(scored);
  const durationMs = Math.round(performance.now() - started);
  writeFileSync(
    join(root, 'bench', 'results.json'),
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        node: process.version,
        platform: `${process.platform} ${process.arch}`,
        cpus: cpus().length,
        durationMs,
        rows: scored,
        details,
      },
      null,
      2,
    )}\n`,
  );
  const misses = scored.filter((r) => r.verdict === 'miss').length;
  process.stdout.write(
    `${table}\n\n${scored.filter((r) => r.verdict === 'pass').length} pass, ${misses} miss, ` +
      `${scored.filter((r) => r.verdict === 'n/a').length} n/a; ${(durationMs / 1000).toFixed(0)} s on ` +
      `${cpus().length} CPUs, Node ${process.version}. Raw samples: bench/results.json\n`,
  );
  // A missed target is a finding, not a failure; a benchmark that could not run is.
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main();
