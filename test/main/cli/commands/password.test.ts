// --password-stdin from a pipe whose writer keeps it open, and from a terminal (a pseudo-terminal made by
// util-linux's `script`, which is on every Debian machine — node-pty would be a native build for one test).
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator } from '../../../../main/sim/index.js';
import type { Simulator } from '../../../../main/sim/index.js';
import { requireOrSkip } from '../../../support/requirements.js';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ seed: 17, password: 'Pa55 with spaces & more' });
});
afterAll(async () => {
  await sim.close();
});

const contactUri = () => {
  const c = sim.control.contacts().find((x) => x.inContactList);
  if (!c) throw new Error('no contact');
  return c.uri;
};
const cliArgs = () => [
  'main/cli/index.ts',
  'relationship',
  'get',
  '--discover',
  sim.discoverUrl,
  '--user',
  sim.user,
  '--password-stdin',
  contactUri(),
];

describe('--password-stdin', () => {
  it('reads the first line of a pipe and goes on while the writer keeps the pipe open', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', ...cliArgs()], {
      cwd: process.cwd(),
      env: { ...process.env, UCWA_PASSWORD: '' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // The password line and more after it, and the pipe left open (as `(echo pw; sleep 1000) | ucwa …`).
    child.stdin.write(`${sim.password}\nnot part of it\n`);
    const [code] = (await once(child, 'exit')) as [number | null];
    child.stdin.destroy();
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ uri: contactUri() });
  });

  const hasScript = spawnSync('script', ['--version']).status === 0;
  const pty = requireOrSkip(
    '--password-stdin on a terminal',
    hasScript,
    'util-linux script (a pseudo-terminal) is not installed',
  );

  it.runIf(pty)('prompts on a terminal, reads one line without echo, and signs in with it', async () => {
    const command = ['env', 'UCWA_PASSWORD=', process.execPath, '--import', 'tsx', ...cliArgs()]
      .map((a) => `'${a.replaceAll("'", "'\\''")}'`)
      .join(' ');
    // -q: no banner; -e: script's exit code is the command's; -c: run it on a new pseudo-terminal.
    const child = spawn('script', ['-q', '-e', '-c', command, '/dev/null'], {
      cwd: process.cwd(),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let screen = '';
    let typed = false;
    child.stdout.on('data', (d: Buffer) => {
      screen += d.toString();
      // Type only once the prompt shows: it is printed after echo is off, so nothing typed now may be echoed.
      if (!typed && screen.includes('Password: ')) {
        typed = true;
        // A typo corrected with Backspace, then Enter (a terminal sends CR).
        child.stdin.write(`${sim.password}x\x7f\r`);
      }
    });
    const [code] = (await once(child, 'exit')) as [number | null];
    child.stdin.destroy();
    expect(typed).toBe(true);
    expect(code).toBe(0);
    expect(screen).not.toContain(sim.password);
    expect(screen).toMatch(/"relationshipLevel":"[A-Za-z]+"/);
  });
});
