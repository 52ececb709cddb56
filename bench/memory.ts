// Memory: the app model's heap with 5,000 contacts loaded (contacts, levels, presence, subscriptions, a parked
// channel): heapUsed after a full GC, minus the same before signing in. Measured in a child process started with
// --expose-gc that holds only the model; the simulator runs in another child. No target in the issue: informational.
import { isEntry, runChild, startSimProcess } from './processes.js';
import { expectationOf, newModel, signInToFullSnapshot } from './session.js';
import type { SimAddress } from './session.js';
import { round } from './stats.js';
import type { Row } from './table.js';
import type { SimContact } from '../main/sim/index.js';

const CONTACTS = 5000;

interface MemoryResult {
  contacts: number;
  baselineBytes: number;
  loadedBytes: number;
  deltaBytes: number;
  gc: boolean;
}

export async function benchMemory(): Promise<{ rows: Row[]; details: unknown }> {
  const sim = await startSimProcess(CONTACTS);
  try {
    const r = await runChild<MemoryResult>('./memory.ts', [JSON.stringify(sim)], ['--expose-gc']);
    const mb = r.deltaBytes / (1024 * 1024);
    return {
      rows: [
        {
          group: 'memory',
          figure: `App-model heap with ${r.contacts.toLocaleString('en-US')} contacts`,
          value: round(mb, 1),
          unit: 'MB',
          note: `${round(r.deltaBytes / r.contacts / 1024, 2)} KB per contact; heapUsed after GC ${round(r.loadedBytes / 1048576, 1)} MB vs ${round(r.baselineBytes / 1048576, 1)} MB before sign-in${r.gc ? '' : ' (no --expose-gc: figures include garbage)'}`,
        },
      ],
      details: r,
    };
  } finally {
    await sim.close();
  }
}

async function heapAfterGc(): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc;
  for (let i = 0; i < 3; i++) {
    gc?.();
    await new Promise((r) => setImmediate(r));
  }
  return process.memoryUsage().heapUsed;
}

async function child(sim: SimAddress & { origin: string }): Promise<MemoryResult> {
  const contacts = (await (await fetch(`${sim.origin}/_sim/contacts`)).json()) as SimContact[];
  const expected = expectationOf(contacts);
  // Warm the HTTP client and the modules with a sign-in that is thrown away, so the baseline holds them too.
  const warm = newModel();
  await signInToFullSnapshot(warm, sim, expected);
  await warm.signOut();
  const baselineBytes = await heapAfterGc();
  const model = newModel();
  await signInToFullSnapshot(model, sim, expected);
  await model.settled();
  const loadedBytes = await heapAfterGc();
  const result = {
    contacts: expected.contacts,
    baselineBytes,
    loadedBytes,
    deltaBytes: loadedBytes - baselineBytes,
    gc: typeof (globalThis as { gc?: unknown }).gc === 'function',
  };
  await model.signOut();
  return result;
}

if (isEntry(import.meta.url) && process.argv[2] === '--child') {
  const sim = JSON.parse(process.argv[3] ?? '{}') as SimAddress & { origin: string };
  const result = await child(sim);
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.exit(0);
}
