// Idle cost: CPU milliseconds (user + system, process.cpuUsage) the client spends during a quiet minute with its
// event channel parked. Measured in a child process that holds only the app model; the simulator runs in another
// child so its CPU is not counted. Raw figure: nothing is subtracted (Node's own housekeeping is included).
// BENCH_IDLE_SECONDS shortens the window while iterating (default 60).
import { isEntry, runChild, startSimProcess } from './processes.js';
import { expectationOf, newModel, signInToFullSnapshot } from './session.js';
import type { SimAddress } from './session.js';
import { round } from './stats.js';
import type { Row } from './table.js';
import type { SimContact } from '../main/sim/index.js';

const CONTACTS = 1000;
const CPU_LIMIT_PER_MINUTE = 50;
/** After the snapshot settles, let the channel park (and V8 finish with the sign-in's garbage) first. */
const SETTLE_MS = 5000;
/** CPU is also sampled per slice of the window, to show whether it is steady or a few bursts. */
const SLICE_MS = 10_000;

interface IdleResult {
  seconds: number;
  cpuMs: number;
  userMs: number;
  systemMs: number;
  requestsDuringWindow: number;
  byRoute: Record<string, number>;
  /** CPU ms per slice of the window. */
  slicesMs: number[];
}

export async function benchIdle(): Promise<{ rows: Row[]; details: unknown }> {
  const seconds = Number(process.env.BENCH_IDLE_SECONDS ?? 60);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new Error('BENCH_IDLE_SECONDS must be a positive number');
  const sim = await startSimProcess(CONTACTS);
  try {
    const r = await runChild<IdleResult>('./idle.ts', [JSON.stringify(sim), String(seconds)]);
    const perMinute = (r.cpuMs * 60) / r.seconds;
    const rows: Row[] = [
      {
        group: 'idle',
        figure: `Idle CPU, parked event channel (${r.seconds} s window, per minute)`,
        value: round(perMinute, 1),
        unit: 'ms',
        limit: CPU_LIMIT_PER_MINUTE,
        compare: '<',
        note: `per ${SLICE_MS / 1000} s: ${r.slicesMs.join(', ')} ms; user ${round(r.userMs, 1)} ms + system ${round(r.systemMs, 1)} ms; ${r.requestsDuringWindow} request(s) during the window${seconds === 60 ? '' : ` (BENCH_IDLE_SECONDS=${seconds})`}`,
      },
    ];
    return { rows, details: { contacts: CONTACTS, ...r } };
  } finally {
    await sim.close();
  }
}

async function child(sim: SimAddress & { origin: string }, seconds: number): Promise<IdleResult> {
  const stats = async (): Promise<{ requests: number; byRoute: Record<string, number> }> =>
    (await fetch(`${sim.origin}/_sim/stats`)).json() as Promise<{ requests: number; byRoute: Record<string, number> }>;
  const contacts = (await (await fetch(`${sim.origin}/_sim/contacts`)).json()) as SimContact[];
  const model = newModel();
  await signInToFullSnapshot(model, sim, expectationOf(contacts));
  await model.settled();
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  const before = await stats();
  const cpu0 = process.cpuUsage();
  const slicesMs: number[] = [];
  let last = cpu0;
  const slicer = setInterval(() => {
    const now = process.cpuUsage();
    slicesMs.push(round((now.user - last.user + now.system - last.system) / 1000, 1));
    last = now;
  }, SLICE_MS);
  await new Promise((r) => setTimeout(r, seconds * 1000));
  const cpu = process.cpuUsage(cpu0);
  clearInterval(slicer);
  const rest = (cpu0.user + cpu.user - last.user + cpu0.system + cpu.system - last.system) / 1000;
  if (rest > 0 || slicesMs.length === 0) slicesMs.push(round(rest, 1));
  const after = await stats();
  const byRoute: Record<string, number> = {};
  for (const [route, n] of Object.entries(after.byRoute)) {
    const d = n - (before.byRoute[route] ?? 0);
    if (d > 0) byRoute[route] = d;
  }
  await model.signOut();
  return {
    seconds,
    cpuMs: (cpu.user + cpu.system) / 1000,
    userMs: cpu.user / 1000,
    systemMs: cpu.system / 1000,
    requestsDuringWindow: after.requests - before.requests,
    byRoute,
    slicesMs,
  };
}

if (isEntry(import.meta.url) && process.argv[2] === '--child') {
  const sim = JSON.parse(process.argv[3] ?? '{}') as SimAddress & { origin: string };
  const result = await child(sim, Number(process.argv[4] ?? 60));
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.exit(0);
}
