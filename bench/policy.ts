// Start-up cost of reading the managed configuration, per platform format, with every key set: the CPU time to load
// the policy modules and read once in a fresh process (what start-up pays; wall times beside it), and a warm read. The child is bundled the way
// electron-vite bundles main (our code in one file, packages from node_modules) and run by plain Node, so neither
// tsx's compiling nor a warm JIT is in the figure. The Windows figure parses reg.exe's output for both hives;
// reg.exe's own start (one process per hive, in parallel) cannot be measured on this machine and is not in it.
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadPolicy } from '../main/policy/index.js';
import { policyOptions, writePolicyFixtures } from './policyFixtures.js';
import type { PolicyPlatform } from './policyFixtures.js';
import { median, round } from './stats.js';
import type { Row } from './table.js';

const root = resolve(import.meta.dirname, '..');
const PLATFORMS: PolicyPlatform[] = ['linux', 'darwin', 'win32'];
const COLD_RUNS = 9;
const WARM_RUNS = 200;
/**
 * The read happens before the settings are applied, so it can delay the first window: loading the policy code and
 * reading once may take at most 5 % of a one-second start. (The shell can start it before app.whenReady(), so
 * that it overlaps Electron's own start.)
 */
const START_COST_LIMIT_MS = 50;
/** Inside the project, so the bundle's packages resolve from node_modules; out/ is not committed. */
const CHILD_BUNDLE = join(root, 'out', 'bench', 'policyChild.mjs');

interface Cold {
  importMs: number;
  firstMs: number;
  importCpuMs: number;
  totalCpuMs: number;
  keys: number;
  problems: string[];
}

function coldRun(platform: PolicyPlatform, dir: string): Cold {
  const r = spawnSync(process.execPath, [CHILD_BUNDLE, platform, dir], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`policy child failed: ${r.stderr.split('\n')[0] ?? ''}`);
  return JSON.parse(r.stdout) as Cold;
}

export async function benchPolicy(): Promise<{ rows: Row[]; details: unknown }> {
  const rows: Row[] = [];
  const details: Record<string, unknown> = {};
  await build({
    entryPoints: [join(root, 'bench', 'policyChild.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile: CHILD_BUNDLE,
    logLevel: 'error',
  });
  for (const platform of PLATFORMS) {
    const dir = mkdtempSync(join(tmpdir(), 'ucwa-bench-policy-'));
    try {
      await writePolicyFixtures(dir);
      const cold = Array.from({ length: COLD_RUNS }, () => coldRun(platform, dir));
      if (cold.some((c) => c.keys !== 9 || c.problems.length > 0)) {
        throw new Error(`${platform}: the full policy did not load cleanly: ${JSON.stringify(cold[0])}`);
      }
      const options = policyOptions(platform, dir);
      const warm: number[] = [];
      for (let i = 0; i < WARM_RUNS; i++) {
        const t = performance.now();
        await loadPolicy(options);
        warm.push(performance.now() - t);
      }
      const m = (f: (c: Cold) => number): number => round(median(cold.map(f)), 1);
      rows.push({
        group: 'policy',
        figure: `Policy at start, ${platform}: CPU to load the code and read once`,
        value: m((c) => c.totalCpuMs),
        unit: 'ms',
        limit: START_COST_LIMIT_MS,
        compare: '≤',
        note:
          `median of ${COLD_RUNS} fresh processes; CPU time, as wall time on a shared machine measures the neighbours: ` +
          `loading ${m((c) => c.importCpuMs)} ms CPU (zod not counted: the app loads it anyway; on macOS the plist ` +
          `parser is loaded by the first read, and only when a profile exists); ` +
          `wall ${m((c) => c.importMs)} + ${m((c) => c.firstMs)} ms; warm read ${round(median(warm), 3)} ms`,
      });
      details[platform] = { cold, warmMedianMs: median(warm) };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return { rows, details };
}
