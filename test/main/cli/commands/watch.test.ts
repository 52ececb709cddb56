// `ucwa watch` as a child process against an in-process simulator: the NDJSON stream a script would read.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { startSimulator } from '../../../../main/sim/index.js';
import type { Simulator } from '../../../../main/sim/index.js';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

function watch(sim: Simulator, password: string, extra: string[] = []) {
  const child: ChildProcessWithoutNullStreams = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'main/cli/index.ts',
      'watch',
      '--discover',
      sim.discoverUrl,
      '--user',
      sim.user,
      '--password-stdin',
      ...extra,
    ],
    { cwd: process.cwd(), stdio: ['pipe', 'pipe', 'pipe'] },
  );
  child.stdin.end(`${password}\n`);
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const lines: Array<Record<string, unknown>> = [];
  const waiters: Array<{
    match: (l: Record<string, unknown>) => boolean;
    resolve: (l: Record<string, unknown>) => void;
  }> = [];
  createInterface({ input: child.stdout }).on('line', (text) => {
    const obj = JSON.parse(text) as Record<string, unknown>;
    lines.push(obj);
    for (const w of [...waiters]) {
      if (w.match(obj)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(obj);
      }
    }
  });
  const waitFor = (match: (l: Record<string, unknown>) => boolean) =>
    new Promise<Record<string, unknown>>((resolve) => {
      const found = lines.find(match);
      if (found) resolve(found);
      else waiters.push({ match, resolve });
    });
  cleanups.push(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });
  return { child, lines, waitFor, exited, stderr: () => stderr };
}

describe('ucwa watch', () => {
  it.each(['json', 'xml'])(
    'streams sign-in, contacts and a relationship change made on the server (%s)',
    async (format) => {
      const sim = await startSimulator({ seed: 11 });
      cleanups.push(() => sim.close());
      const w = watch(sim, sim.password, ['--format', format]);
      expect(await w.waitFor((l) => l.event === 'signedIn')).toEqual({ event: 'signedIn', user: sim.user });
      const contacts = (await w.waitFor((l) => l.event === 'contacts')).contacts as Array<
        Record<string, unknown>
      >;
      expect(contacts).toHaveLength(sim.control.contacts().filter((c) => c.inContactList).length);
      const target = sim.control.contacts()[2];
      if (target === undefined) throw new Error('no contacts');
      expect(contacts).toContainEqual({
        uri: target.uri,
        name: target.name,
        relationshipLevel: target.level,
      });
      await w.waitFor((l) => l.event === 'connection' && l.state === 'connected');

      const to = target.level === 'Blocked' ? 'Workgroup' : 'Blocked';
      sim.control.setLevel(target.uri, to);
      expect(await w.waitFor((l) => l.event === 'relationshipChanged')).toEqual({
        event: 'relationshipChanged',
        uri: target.uri,
        name: target.name,
        from: target.level,
        to,
        ours: false,
      });

      const [from, boss] = sim.control.contacts();
      sim.control.sendInvitation({
        kind: 'audioVideo',
        from: from?.uri ?? '',
        onBehalfOf: boss?.uri ?? '',
        subject: 'Q3',
      });
      expect(await w.waitFor((l) => l.event === 'invitation')).toMatchObject({
        kind: 'audioVideo',
        from: { uri: from?.uri, name: from?.name },
        onBehalfOf: { uri: boss?.uri, name: boss?.name },
        subject: 'Q3',
      });

      w.child.kill('SIGTERM');
      expect(await w.exited).toBe(0);
      expect(w.lines.filter((l) => l.event === 'relationshipChanged')).toHaveLength(1);
      // Signing out at SIGTERM is not a server snapshot: no empty contact list is printed for it.
      expect(w.lines.filter((l) => l.event === 'contacts')).toHaveLength(1);
    },
  );

  it('a wrong password: exit 1 with one line on stderr, nothing on stdout', async () => {
    const sim = await startSimulator({ seed: 11 });
    cleanups.push(() => sim.close());
    const w = watch(sim, 'wrong');
    expect(await w.exited).toBe(1);
    expect(w.stderr().trim().split('\n')).toHaveLength(1);
    expect(w.stderr()).toMatch(/^ucwa watch: .*password/i);
    expect(w.lines).toEqual([]);
  });
});

describe('ucwa watch --state FILE', () => {
  function stateFile(): string {
    const dir = mkdtempSync(join(tmpdir(), 'ucwa-watch-state-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    return join(dir, 'state.json');
  }

  /** One run: until connected, then stopped as with Ctrl-C; the lines it printed. */
  async function runUntilConnected(sim: Simulator, extra: string[]) {
    const w = watch(sim, sim.password, extra);
    await w.waitFor((l) => l.event === 'connection' && l.state === 'connected');
    return w;
  }

  async function stop(w: ReturnType<typeof watch>): Promise<void> {
    w.child.kill('SIGTERM');
    expect(await w.exited).toBe(0);
  }

  it.each(['json', 'xml'])(
    'first prints each change made while no watch ran, once, then streams live (%s)',
    async (format) => {
      const sim = await startSimulator({ seed: 5, contacts: 8, demoScenario: false });
      cleanups.push(() => sim.close());
      const file = stateFile();
      const args = ['--format', format, '--state', file];
      const first = await runUntilConnected(sim, args);
      // Nothing to compare the first time.
      expect(first.lines.filter((l) => l.event === 'relationshipChanged')).toEqual([]);
      await stop(first);

      const [a, b] = sim.control.contacts();
      if (a === undefined || b === undefined) throw new Error('no contacts');
      const toA = a.level === 'Blocked' ? 'Workgroup' : 'Blocked';
      const toB = b.level === 'Colleagues' ? 'External' : 'Colleagues';
      const before = Date.now();
      sim.control.setLevels([
        { uri: a.uri, level: toA },
        { uri: b.uri, level: toB },
      ]);

      const second = await runUntilConnected(sim, args);
      const connectedAt = second.lines.findIndex((l) => l.event === 'connection');
      const away = second.lines.slice(0, connectedAt).filter((l) => l.event === 'relationshipChanged');
      expect(away).toHaveLength(2);
      expect(away).toContainEqual(
        expect.objectContaining({
          uri: a.uri,
          name: a.name,
          from: a.level,
          to: toA,
          ours: false,
          whileAway: true,
        }),
      );
      expect(away).toContainEqual(
        expect.objectContaining({ uri: b.uri, from: b.level, to: toB, whileAway: true }),
      );
      for (const l of away) {
        // The interval: from the last time the first run was connected to this start.
        expect(Date.parse(String(l.since))).toBeLessThanOrEqual(before);
        expect(Date.parse(String(l.until))).toBeGreaterThanOrEqual(before);
      }
      // Then live, as without --state.
      sim.control.setLevel(a.uri, a.level);
      expect(
        await second.waitFor((l) => l.event === 'relationshipChanged' && l.whileAway === undefined),
      ).toEqual({
        event: 'relationshipChanged',
        uri: a.uri,
        name: a.name,
        from: toA,
        to: a.level,
        ours: false,
      });
      await stop(second);

      // Nothing changed since: nothing on the next start.
      const third = await runUntilConnected(sim, args);
      expect(third.lines.filter((l) => l.event === 'relationshipChanged')).toEqual([]);
      await stop(third);
    },
    // Three runs of the command, each a child process that signs in.
    90_000,
  );

  it('a damaged state file: said once on stderr, nothing compared, written again', async () => {
    const sim = await startSimulator({ seed: 5, contacts: 8, demoScenario: false });
    cleanups.push(() => sim.close());
    const file = stateFile();
    writeFileSync(file, '{"version": 1, "user": "half a file');
    const w = await runUntilConnected(sim, ['--state', file]);
    expect(w.stderr()).toMatch(
      /^ucwa watch: the state file .* could not be read, so nothing is compared this time/,
    );
    expect(w.stderr().trim().split('\n')).toHaveLength(1);
    expect(w.lines.filter((l) => l.event === 'relationshipChanged')).toEqual([]);
    await stop(w);
    const saved = JSON.parse(readFileSync(file, 'utf8')) as {
      user: string;
      contacts: Record<string, unknown>;
    };
    expect(saved.user).toBe(sim.user);
    expect(Object.keys(saved.contacts)).toHaveLength(8);
  });

  it('--state without a file name is a usage error', async () => {
    const sim = await startSimulator({ seed: 5, contacts: 2, demoScenario: false });
    cleanups.push(() => sim.close());
    const w = watch(sim, sim.password, ['--state']);
    expect(await w.exited).toBe(2);
    expect(w.stderr()).toMatch(/--state needs a file name/);
  });
});

describe('ucwa watch --windows over NTLM', () => {
  it('signs in with --account DOMAIN\\user and the password where the pool offers only NTLM', async () => {
    const sim = await startSimulator({
      contacts: 2,
      signIn: { grants: ['urn:microsoft.rtc:windows'], ntlm: {} },
    });
    cleanups.push(() => sim.close());
    const w = watch(sim, sim.password, ['--windows', '--account', 'CONTOSO\\demo']);
    expect(await w.waitFor((l) => l.event === 'signedIn')).toEqual({ event: 'signedIn', user: sim.user });
    expect(sim.control.signIn.history().at(-1)).toMatchObject({
      method: 'ntlm',
      ok: true,
      user: 'CONTOSO\\demo',
    });
  });
});
