#!/usr/bin/env node
// `npm start`: build, then launch Electron on the embedded demo server (`--demo`); extra arguments pass through
// (`npm start -- --no-demo` starts without it). The `electron` package downloads its runtime on first launch; where
// that download is impossible, say so in one line and point at what works without it.
import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const demo = args.includes('--no-demo') ? [] : ['--demo'];

const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const app = spawnSync('npx', ['electron', '.', ...demo, ...args.filter((a) => a !== '--no-demo')], {
  cwd: root,
  stdio: 'inherit',
});
if (app.status !== 0) {
  console.error(
    '\nUCWA Tray could not start Electron (exit ' +
      `${app.status ?? app.signal}). If the Electron runtime could not be downloaded on this machine, the ` +
      'simulator and the headless client still work: npm run ucwa -- --help',
  );
}
process.exit(app.status ?? 1);
