// `ucwa watch | head`: the reader goes away while watch is streaming. The next line written meets a closed pipe
// (EPIPE); watch must end quietly — signed out, exit 0, no stack trace — not crash on an unhandled error.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { startSimulator } from '../../../../main/sim/index.js';
import type { Simulator } from '../../../../main/sim/index.js';

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
});

describe('ucwa watch when its reader goes away', () => {
  it('signs out and exits 0 without a word on stderr', async () => {
    sim = await startSimulator({ seed: 13 });
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'main/cli/index.ts', 'watch', '--discover', sim.discoverUrl, '--user', sim.user],
      {
        cwd: process.cwd(),
        env: { ...process.env, UCWA_PASSWORD: sim.password },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;

    // Read until the stream is live, then close our end of the pipe, as `head` does when it has its lines.
    const lines = createInterface({ input: child.stdout });
    for await (const line of lines) {
      if ((JSON.parse(line) as { event: string }).event === 'connection') break;
    }
    lines.close();
    child.stdout.destroy();
    await once(child.stdout, 'close');
    expect(sim.control.applications()).toHaveLength(1);

    // Something to say: the next line meets the closed pipe.
    const contact = sim.control.contacts().find((c) => c.inContactList);
    if (!contact) throw new Error('no contact');
    sim.control.setLevel(contact.uri, contact.level === 'Blocked' ? 'Workgroup' : 'Blocked');

    expect(await exited).toEqual([0, null]);
    expect(stderr).toBe('');
    // It signed out on the way (the application was deleted), as after Ctrl-C.
    expect(sim.control.applications()).toHaveLength(0);
  });
});
