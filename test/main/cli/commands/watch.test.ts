// `ucwa watch` as a child process against an in-process simulator: the NDJSON stream a script would read.
import { spawn } from 'node:child_process';
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
