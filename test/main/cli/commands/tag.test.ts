// `ucwa tag` and `ucwa watch` with tags, as child processes against an in-process simulator: the tags kept per
// account in the given folder, and the watch stream telling how a tagged person is and when they become available.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { startSimulator } from '../../../../main/sim/index.js';
import type { Simulator } from '../../../../main/sim/index.js';
import { runCli } from './cli.js';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

const lines = (stdout: string): Array<Record<string, unknown>> =>
  stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);

function watch(sim: Simulator, tagsDir: string) {
  const child = spawn(
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
      '--tags-dir',
      tagsDir,
    ],
    {
      cwd: process.cwd(),
      env: { ...process.env, UCWA_PASSWORD: sim.password },
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  child.stdin.end();
  const seen: Array<Record<string, unknown>> = [];
  const waiters: Array<{
    match: (l: Record<string, unknown>) => boolean;
    resolve: (l: Record<string, unknown>) => void;
  }> = [];
  createInterface({ input: child.stdout }).on('line', (text) => {
    const obj = JSON.parse(text) as Record<string, unknown>;
    seen.push(obj);
    for (const w of [...waiters])
      if (w.match(obj)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(obj);
      }
  });
  cleanups.push(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });
  const waitFor = (match: (l: Record<string, unknown>) => boolean) =>
    new Promise<Record<string, unknown>>((resolve) => {
      const found = seen.find(match);
      if (found) resolve(found);
      else waiters.push({ match, resolve });
    });
  return { seen, waitFor };
}

describe('ucwa tag', () => {
  it('tags someone outside the contact list, lists them with their status, and watch tells when they come online', async () => {
    const sim = await startSimulator({ seed: 9 });
    const dir = mkdtempSync(join(tmpdir(), 'ucwa-tags-'));
    cleanups.push(() => sim.close());
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const cli = (args: string[]) =>
      runCli(
        [
          ...args.slice(0, 2),
          '--discover',
          sim.discoverUrl,
          '--user',
          sim.user,
          ...(args[0] === 'tag' ? ['--tags-dir', dir] : []),
          ...args.slice(2),
        ],
        {
          env: { UCWA_PASSWORD: sim.password },
        },
      );
    const listed = new Set(sim.control.contacts().map((c) => c.uri));
    const found = lines((await cli(['contacts', 'search', '--limit', '100', 'contoso'])).stdout);
    const uri = String(found.find((p) => p.type === 'person' && !listed.has(String(p.uri)))?.uri);
    sim.control.setPresence(uri, 'Offline');

    const add = await cli(['tag', 'add', uri]);
    expect(add.stderr).toBe('');
    expect(lines(add.stdout)).toEqual([
      { type: 'tagged', uri, name: expect.any(String), availability: 'Offline' },
    ]);
    const list = await cli(['tag', 'list']);
    expect(lines(list.stdout).map((l) => l.uri)).toEqual([uri]);

    const w = watch(sim, dir);
    expect(await w.waitFor((l) => l.event === 'presenceChanged' && l.uri === uri)).toMatchObject({
      availability: 'Offline',
    });
    sim.control.setPresence(uri, 'Online');
    expect(await w.waitFor((l) => l.event === 'statusAlert')).toMatchObject({
      uri,
      from: 'Offline',
      to: 'Online',
      reason: 'available',
    });
    expect(
      await w.waitFor((l) => l.event === 'presenceChanged' && l.availability === 'Online'),
    ).toMatchObject({ uri });

    const remove = await cli(['tag', 'remove', uri]);
    expect(lines(remove.stdout)).toEqual([{ type: 'untagged', uri }]);
    expect(lines((await cli(['tag', 'list'])).stdout)).toEqual([]);
    const again = await cli(['tag', 'remove', uri]);
    expect(again.code).toBe(1);
    expect(again.stderr.trim()).toBe(`ucwa tag: ${uri} is not tagged`);
  }, 90_000);
});
