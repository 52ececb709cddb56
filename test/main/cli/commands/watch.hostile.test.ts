// `ucwa watch` as a child process against a server that misbehaves on purpose: the hostile server
// (test/support/hostileServer.ts) as a proxy in front of the simulator, misbehaving on the event channel. Each case
// waits on what the CLI prints or what the server sees (never on a clock): the words on stdout/stderr, the child's
// CPU time and memory from /proc between two of those events, a prompt exit at SIGINT, and the server's levels
// printed once it behaves again. Requests per 10 s are counted on a manual clock in test/main/app/model.hostile.test.ts
// and over real minutes by `npm run bench` (bench/hostile.ts); here a window is as long as its events make it.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { startSimulator } from '../../../../main/sim/index.js';
import type { Simulator } from '../../../../main/sim/index.js';
import { MAX_BODY_BYTES } from '../../../../main/ucwa/transport.js';
import { HOSTILE_TEXT, startHostileServer } from '../../../support/hostileServer.js';
import type { HostileServer } from '../../../support/hostileServer.js';

type Line = Record<string, unknown>;

// eslint-disable-next-line no-control-regex -- what must not reach the terminal
const RAW_CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;
const UNUSABLE = 'The server sent something we cannot use.';
/** Linux reports CPU time in clock ticks of 1/100 s (USER_HZ). */
const TICK_MS = 10;

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

/** CPU milliseconds (user + system) the process has used so far, from /proc (Linux only, as CI is). */
function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

/** The process's peak resident memory so far, in bytes. */
function peakRss(pid: number): number {
  const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb) * 1024;
}

async function setUp() {
  const sim: Simulator = await startSimulator({ seed: 17, gzip: false });
  const server: HostileServer = await startHostileServer({ upstream: sim.origin });
  cleanups.push(async () => {
    await server.close();
    await sim.close();
  });
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'main/cli/index.ts',
      'watch',
      '--discover',
      `${server.origin}${new URL(sim.discoverUrl).pathname}`,
      '--user',
      sim.user,
      '--password-stdin',
    ],
    { cwd: process.cwd(), stdio: ['pipe', 'pipe', 'pipe'] },
  );
  child.stdin.end(`${sim.password}\n`);
  let stderr = '';
  let stdout = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const lines: Line[] = [];
  const waiters: Array<{ match: (l: Line) => boolean; resolve: (l: Line) => void }> = [];
  createInterface({ input: child.stdout }).on('line', (text) => {
    stdout += `${text}\n`;
    const obj = JSON.parse(text) as Line;
    lines.push(obj);
    for (const w of [...waiters]) {
      if (!w.match(obj)) continue;
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(obj);
    }
  });
  const waitFor = (match: (l: Line) => boolean): Promise<Line> =>
    new Promise((resolve) => {
      const found = lines.find(match);
      if (found) resolve(found);
      else waiters.push({ match, resolve });
    });
  cleanups.push(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });
  /** Resolves at the server's nth request from now on. */
  const requests = (n: number): Promise<void> => {
    let seen = 0;
    return new Promise((resolve) => server.onRequest(() => ++seen === n && resolve()));
  };
  await waitFor((l) => l.event === 'connection' && l.state === 'connected');
  const pid = child.pid ?? 0;
  return {
    sim,
    server,
    child,
    pid,
    lines,
    waitFor,
    requests,
    exited,
    stderr: () => stderr,
    stdout: () => stdout,
  };
}

const reconnecting = (reason: RegExp) => (l: Line) =>
  l.event === 'connection' && l.state === 'reconnecting' && reason.test(String(l.reason));

describe('ucwa watch against a hostile server', () => {
  it('404 for every P-GET: reconnecting in words that are not about the network, exits at Ctrl-C, and the server’s levels once it behaves', async () => {
    const w = await setUp();
    const before = w.server.stats().requests;
    const cpu0 = cpuMs(w.pid);
    w.server.behave('notFound');
    const line = await w.waitFor((l) => l.event === 'connection' && l.state === 'reconnecting');
    expect(String(line.reason)).not.toMatch(/network/i);
    // Levels change on the server meanwhile; once it behaves, the next application brings them (a resync).
    const [a, b] = w.sim.control.contacts().filter((c) => c.inContactList);
    if (a === undefined || b === undefined) throw new Error('too few contacts');
    w.sim.control.setLevel(a.uri, a.level === 'Blocked' ? 'Workgroup' : 'Blocked');
    w.sim.control.setLevel(b.uri, b.level === 'External' ? 'Colleagues' : 'External');
    w.server.behave('behave');
    await w.waitFor((l) => l.event === 'connection' && l.state === 'connected' && w.lines.indexOf(l) > 0);
    const server = new Map(
      w.sim.control
        .contacts()
        .filter((c) => c.inContactList)
        .map((c) => [c.uri, c.level]),
    );
    const shown = new Map<string, unknown>();
    await w.waitFor((l) => {
      if (l.event === 'contacts')
        for (const c of l.contacts as Line[]) shown.set(String(c.uri), c.relationshipLevel);
      if (l.event === 'relationshipChanged') shown.set(String(l.uri), l.to);
      return [...server].every(([uri, level]) => shown.get(uri) === level);
    });
    // Misbehaving and recovering took a few applications, not hundreds, and little CPU.
    expect(w.server.stats().requests - before).toBeLessThanOrEqual(30);
    expect(cpuMs(w.pid) - cpu0).toBeLessThan(1_000);
    w.child.kill('SIGINT');
    expect(await w.exited).toBe(0);
    expect(w.lines.at(-1)).toEqual({ event: 'connection', state: 'signedOut' });
  }, 30_000);

  it('P-GETs answered at once and empty: still connected, little CPU, exits at Ctrl-C', async () => {
    const w = await setUp();
    const cpu0 = cpuMs(w.pid);
    const fourth = w.requests(4);
    w.server.behave('instantEmpty');
    await fourth;
    expect(cpuMs(w.pid) - cpu0).toBeLessThan(1_000);
    expect(w.lines.filter((l) => l.event === 'connection').at(-1)).toEqual({
      event: 'connection',
      state: 'connected',
    });
    w.child.kill('SIGINT');
    expect(await w.exited).toBe(0);
  }, 30_000);

  it.each(['hugeBody', 'endlessBody'] as const)(
    '%s: said in words, memory bounded, exits at Ctrl-C',
    async (kind) => {
      const w = await setUp();
      const rss0 = peakRss(w.pid);
      w.server.behave(kind);
      await w.waitFor(reconnecting(/cannot use/));
      // The body was read to the bound and let go: nothing like the 400 MB the server offered.
      expect(peakRss(w.pid) - rss0).toBeLessThan(8 * MAX_BODY_BYTES);
      w.child.kill('SIGINT');
      expect(await w.exited).toBe(0);
      expect(w.stderr()).not.toMatch(/Cannot create a string|RangeError|at .*\.ts:\d+/);
    },
    30_000,
  );

  it('a next link it must not follow: one line in words on stderr, exit 1, the link not followed', async () => {
    const w = await setUp();
    w.server.behave('dangerousLink');
    expect(await w.exited).toBe(1);
    expect(w.stderr().trim()).toBe(`ucwa watch: ${UNUSABLE}`);
    expect(w.lines).toContainEqual({ event: 'connection', state: 'signedOut', reason: UNUSABLE });
    expect(w.stdout()).not.toMatch(/file:|javascript:|data:|evil\.example/);
  }, 30_000);

  it('nonsense answers: reconnecting with the words for it, not the network', async () => {
    const w = await setUp();
    w.server.behave('nonsense');
    expect(await w.waitFor(reconnecting(/./))).toEqual({
      event: 'connection',
      state: 'reconnecting',
      reason: UNUSABLE,
    });
    w.child.kill('SIGINT');
    expect(await w.exited).toBe(0);
  }, 30_000);

  it('markup and escape bytes in a contact’s name: the exact name as JSON, no raw control bytes on stdout', async () => {
    const w = await setUp();
    const added = w.waitFor(
      (l) => l.event === 'contacts' && (l.contacts as Line[]).some((c) => c.name === HOSTILE_TEXT),
    );
    const changed = w.waitFor((l) => l.event === 'relationshipChanged' && l.name === HOSTILE_TEXT);
    w.sim.control.addContact({ uri: 'sip:mallory@contoso.com', name: HOSTILE_TEXT, inContactList: true });
    w.sim.control.setLevel('sip:mallory@contoso.com', 'Blocked');
    await Promise.race([added, changed]);
    expect(w.stdout()).not.toMatch(RAW_CONTROL);
    w.child.kill('SIGINT');
    expect(await w.exited).toBe(0);
  }, 30_000);
});
