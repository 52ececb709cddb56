// Change latency: a level changed on the simulator ("changed elsewhere") → `relationshipChanged` in the app model,
// p50 and p99 over 200 changes made one after another (each waits for the channel to be parked again), next to the
// loopback round trip measured in the same run. The floor is two round trips: the P-GET's release and the batch
// fetch of the new level; the target is a p50 within 3× that floor.
import { startSimulator } from '../main/sim/index.js';
import type { Simulator } from '../main/sim/index.js';
import { median, percentile, repeat, round } from './stats.js';
import { expectationOf, newModel, nextChanges, otherLevel, signInToFullSnapshot } from './session.js';
import type { Row } from './table.js';

const CONTACTS = 1000;
const CHANGES = 200;
const FLOOR_FACTOR = 3;

/** One small GET (the discovery root) over a kept-alive loopback connection: the round-trip floor. */
async function roundTrip(url: string): Promise<number> {
  const t0 = performance.now();
  const res = await fetch(url);
  await res.arrayBuffer();
  return performance.now() - t0;
}

/** Resolves when the model's next P-GET is parked on the simulator (the quiet state a change starts from). */
export async function parked(sim: Simulator): Promise<void> {
  while (sim.control.parkedPGets() === 0) await new Promise<void>((r) => setImmediate(r));
}

export async function benchChangeLatency(): Promise<{ rows: Row[]; details: unknown }> {
  const sim = await startSimulator({ contacts: CONTACTS, demoScenario: false });
  const model = newModel();
  try {
    const contacts = sim.control.contacts().filter((c) => c.inContactList);
    await signInToFullSnapshot(model, sim, expectationOf(contacts));
    await model.settled();
    await repeat(10, () => roundTrip(sim.discoverUrl)); // warm-up
    // One round trip is timed before each change, so the floor and the latency share the same conditions.
    const rtt: number[] = [];
    const latencies = await repeat(CHANGES, async (i) => {
      const c = contacts[i % contacts.length];
      if (c === undefined) throw new Error('no contacts');
      await model.settled();
      await parked(sim);
      rtt.push(await roundTrip(sim.discoverUrl));
      const level = otherLevel(sim.control.getLevel(c.uri), i);
      const seen = nextChanges(model, 1, (ch) => ch.contact.uri === c.uri && ch.to === level);
      const t0 = performance.now();
      sim.control.setLevel(c.uri, level);
      await seen;
      return performance.now() - t0;
    });
    const rttMedian = median(rtt);
    const floor = 2 * rttMedian;
    const p50 = percentile(latencies, 50);
    const p99 = percentile(latencies, 99);
    const limit = FLOOR_FACTOR * floor;
    const rows: Row[] = [
      {
        group: 'changeLatency',
        figure: `Change latency p50 (${CHANGES} changes)`,
        value: round(p50, 2),
        unit: 'ms',
        limit: round(limit, 2),
        compare: '≤',
        limitLabel: `${round(limit, 2)} ms (3 × floor)`,
      },
      { group: 'changeLatency', figure: 'Change latency p99', value: round(p99, 2), unit: 'ms' },
      {
        group: 'changeLatency',
        figure: 'Two-round-trip floor (2 × loopback RTT, same run)',
        value: round(floor, 2),
        unit: 'ms',
        note: `loopback RTT median ${round(rttMedian, 3)} ms (a GET of the discovery root before each change)`,
      },
    ];
    return {
      rows,
      details: {
        contacts: CONTACTS,
        rttMs: { median: round(rttMedian, 3), p99: round(percentile(rtt, 99), 3) },
        latencyMs: { p50: round(p50, 3), p90: round(percentile(latencies, 90), 3), p99: round(p99, 3) },
        samples: latencies.map((x) => round(x, 2)),
      },
    };
  } finally {
    await model.signOut();
    await sim.close();
  }
}
