// Child processes for the benchmarks that measure one process on its own (idle CPU, heap): a quiet simulator
// (simChild.ts) driven over its /_sim/ HTTP control, and benchmark children that print one JSON result line.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { SimContact, SimStats } from '../main/sim/index.js';
import type { SimAddress } from './session.js';

const here = (file: string): string => fileURLToPath(new URL(file, import.meta.url));

/**
 * One ESM bundle for plain Node, as the app's main process runs bundled code. `externalPackages`: dependencies stay
 * in node_modules (native ones cannot be bundled), so the bundle must live under node_modules too.
 */
export async function bundleForNode(entry: string, outfile: string, externalPackages = false): Promise<void> {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    packages: externalPackages ? 'external' : undefined,
    // Bundled CommonJS dependencies may call require(): give the ESM bundle one.
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  });
}

/** Node running a TypeScript file through tsx, with extra Node flags (e.g. --expose-gc). */
function spawnTs(file: string, args: string[], nodeFlags: string[] = []): ChildProcess {
  return spawn(process.execPath, [...nodeFlags, '--import', 'tsx', here(file), ...args], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
}

function firstLine(child: ChildProcess, what: string): Promise<string> {
  return new Promise((resolve, reject) => {
    if (!child.stdout) return reject(new Error(`${what}: no stdout`));
    const lines = createInterface({ input: child.stdout });
    lines.once('line', (line) => {
      lines.close();
      resolve(line);
    });
    child.once('exit', (code) => reject(new Error(`${what} exited (${String(code)}) before answering`)));
  });
}

export interface SimProcess extends SimAddress {
  origin: string;
  contacts(): Promise<SimContact[]>;
  stats(): Promise<SimStats>;
  close(): Promise<void>;
}

export async function startSimProcess(contacts: number): Promise<SimProcess> {
  const child = spawnTs('./simChild.ts', ['--contacts', String(contacts)]);
  const address = JSON.parse(await firstLine(child, 'simulator child')) as SimAddress & { origin: string };
  const control = async <T>(path: string): Promise<T> => {
    const res = await fetch(`${address.origin}/_sim/${path}`);
    if (!res.ok) throw new Error(`simulator control ${path}: HTTP ${res.status}`);
    return (await res.json()) as T;
  };
  return {
    ...address,
    contacts: () => control<SimContact[]>('contacts'),
    stats: () => control<SimStats>('stats'),
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.stdin?.end();
      }),
  };
}

/**
 * Run a benchmark file with `--child ...args` and parse the JSON line it prints last. The file is bundled first
 * (esbuild, which tsx itself runs on) and run by plain Node, as the app's main process runs bundled code: tsx's
 * loader has CPU and heap of its own (a ~60 ms burst some seconds after start) that must not be measured.
 */
export async function runChild<T>(file: string, args: string[], nodeFlags: string[] = []): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'ucwa-bench-'));
  try {
    const outfile = join(dir, 'child.mjs');
    await bundleForNode(here(file), outfile);
    return await runJson<T>(
      spawn(process.execPath, [...nodeFlags, outfile, '--child', ...args], {
        stdio: ['pipe', 'pipe', 'inherit'],
      }),
      file,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function runJson<T>(child: ChildProcess, file: string): Promise<T> {
  child.stdin?.end();
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString('utf8')));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => {
      const last = out.trim().split('\n').pop() ?? '';
      if (code !== 0) return reject(new Error(`${file} exited with ${String(code)}`));
      try {
        resolve(JSON.parse(last) as T);
      } catch {
        reject(new Error(`${file} printed no JSON result`));
      }
    });
  });
}

/** True when this module is the process's entry file (a benchmark file run as a child). */
export function isEntry(moduleUrl: string): boolean {
  return process.argv[1] !== undefined && fileURLToPath(moduleUrl) === process.argv[1];
}
