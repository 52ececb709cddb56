#!/usr/bin/env node
// `npm start`: build, then launch Electron on the embedded demo server (`--demo`); extra arguments pass through
// (`npm start -- --no-demo` starts without it). Since Electron 42 the `electron` package downloads its runtime on
// first use; this script asks for that download itself (quietly) instead of letting the package's launcher print
// its stack traces, and where the download is impossible it says so in one line and points at what works without it.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const electronDir = join(root, 'node_modules/electron');
const args = process.argv.slice(2);
const demo = args.includes('--no-demo') ? [] : ['--demo'];
const HINT =
  'UCWA Tray needs the Electron runtime, which could not be downloaded on this machine. What works without it: ' +
  'the simulator and the headless client (npm run ucwa -- --help) and every test suite but the electron one (npm test).';

function binary() {
  const pathTxt = join(electronDir, 'path.txt');
  if (!existsSync(pathTxt)) return null;
  const exe = join(electronDir, 'dist', readFileSync(pathTxt, 'utf8').trim());
  return existsSync(exe) ? exe : null;
}

const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

let exe = binary();
if (exe === null && existsSync(join(electronDir, 'install.js'))) {
  console.log('Downloading the Electron runtime (first start)…');
  spawnSync(process.execPath, [join(electronDir, 'install.js')], { cwd: root, stdio: 'ignore' });
  exe = binary();
}
if (exe === null) {
  console.error(HINT);
  process.exit(1);
}

const app = spawnSync(exe, ['.', ...demo, ...args.filter((a) => a !== '--no-demo')], {
  cwd: root,
  stdio: 'inherit',
});
if (app.error) {
  console.error(`UCWA Tray could not start Electron (${app.error.code ?? app.error.message}). ${HINT}`);
  process.exit(1);
}
process.exit(app.status ?? 1);
