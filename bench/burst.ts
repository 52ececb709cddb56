// Burst: 1,000 relationship changes raised in one event batch → requests and milliseconds until the app model has
// reported all of them. They must be coalesced into batch fetches, not fetched one request each. Median of 3 bursts
// over different contacts.
import { startSimulator } from '../main/sim/index.js';
import type { PrivacyLevel } from '../main/sim/index.js';
import { parked } from './changeLatency.js';
import { median, repeat, round } from './stats.js';
import { expectationOf, newModel, nextChanges, otherLevel, signInToFullSnapshot } from './session.js';
import type { Row } from './table.js';

const CONTACTS = 5000;
const BURST = 1000;
const RUNS = 3;
const REQUEST_LIMIT = 20;
const MS_LIMIT = 2000;

export async function benchBurst(): Promise<{ rows: Row[]; details: unknown }> {
  const sim = await startSimulator({ contacts: CONTACTS, demoScenario: false });
  const model = newModel();
  try {
    const contacts = sim.control.contacts().filter((c) => c.inContactList);
    await signInToFullSnapshot(model, sim, expectationOf(contacts));
    const runs = await repeat(RUNS, async (run) => {
      await model.settled();
      await parked(sim);
      const changes: Array<{ uri: string; level: PrivacyLevel }> = contacts
        .slice(run * BURST, (run + 1) * BURST)
        .map((c, i) => ({ uri: c.uri, level: otherLevel(sim.control.getLevel(c.uri), i) }));
      if (changes.length < BURST) throw new Error(`only ${changes.length} contacts for a burst of ${BURST}`);
      const wanted = new Set(changes.map((c) => c.uri));
      const seen = nextChanges(model, BURST, (c) => wanted.has(c.contact.uri));
      sim.control.resetStats();
      const t0 = performance.now();
      sim.control.setLevels(changes);
      await seen;
      const ms = performance.now() - t0;
      const { requests, byRoute } = sim.control.stats();
      return { ms: round(ms), requests, byRoute };
    });
    const requests = median(runs.map((r) => r.requests));
    const rows: Row[] = [
      {
        group: 'burst',
        figure: `Burst of ${BURST.toLocaleString('en-US')} changes: requests`,
        value: requests,
        unit: '',
        limit: REQUEST_LIMIT,
        compare: '≤',
      },
      {
        group: 'burst',
        figure: `Burst of ${BURST.toLocaleString('en-US')} changes: time until all applied`,
        value: round(median(runs.map((r) => r.ms))),
        unit: 'ms',
        limit: MS_LIMIT,
        compare: '<',
      },
    ];
    return { rows, details: { contacts: CONTACTS, runs } };
  } finally {
    await model.signOut();
    await sim.close();
  }
}
