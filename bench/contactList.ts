// Contacts, groups and status-change alerts:
//  - Keeping 100 tagged people's presence live for one hour of simulated time (the simulator and the model on one
//    manual clock, real HTTP): presence-subscription requests the tags cost. Target: at most one request per
//    renewal period for all 100 (batched, not one per person), i.e. ≤ 1 + 60/25 rounded up = 4 in the hour.
//  - Alert latency: a tagged person's presence changed on the simulator → `statusAlert` in the model, p50 of 50.
//  - Search latency: `contactList.search` by name with limit 20 over a 1,000-person address book, p50 of 50.
import { createAppModel, memoryHistoryStore } from '../main/app/index.js';
import { TAG_RENEW_MS, memoryTagStore } from '../main/app/statusAlerts.js';
import { createManualClock, startSimulator } from '../main/sim/index.js';
import { simAccount } from '../test/support/signIn.js';
import { percentile, repeat, round } from './stats.js';
import type { Row } from './table.js';

const TAGGED = 100;
const HOUR_MS = 60 * 60_000;
const STEP_MS = 60_000;

const tick = (): Promise<void> => new Promise((r) => setImmediate(r));

/**
 * A fetch that counts the tags' presence-subscription requests: a plain POST to presenceSubscriptions (the contact
 * list's own go out in the sign-in batch) creates one of theirs, and a POST to one of those hrefs renews it.
 */
function countingFetch(): { fetch: typeof fetch; counts: { created: number; refreshed: number } } {
  const ours = new Set<string>();
  const counts = { created: 0, refreshed: 0 };
  const wrapped: typeof fetch = async (input, init) => {
    const url = new URL(String(input));
    const res = await fetch(input, init);
    if (init?.method !== 'POST') return res;
    if (url.pathname.endsWith('/people/presenceSubscriptions')) {
      counts.created++;
      const body = (await res.clone().json()) as { _links?: { self?: { href?: string } } };
      const self = body._links?.self?.href;
      if (self !== undefined) ours.add(new URL(self, url).pathname);
    } else if (ours.has(url.pathname)) {
      counts.refreshed++;
    }
    return res;
  };
  return { fetch: wrapped, counts };
}

async function tagsForAnHour(): Promise<{ created: number; refreshed: number; live: number }> {
  const clock = createManualClock();
  const sim = await startSimulator({
    clock,
    contacts: TAGGED,
    demoScenario: false,
    gzip: false,
    applicationIdleMs: 4 * HOUR_MS,
    resumeAfterMs: 4 * HOUR_MS,
  });
  const counting = countingFetch();
  const model = createAppModel({
    historyStore: memoryHistoryStore(),
    endpointId: 'bench-tags',
    runtime: { clock, fetch: counting.fetch },
  });
  try {
    const tagged = sim.control
      .contacts()
      .slice(0, TAGGED)
      .map((c) => c.uri);
    await model.signIn({ ...simAccount(sim), tagStore: memoryTagStore(tagged) });
    await model.settled();
    for (let t = 0; t < HOUR_MS; t += STEP_MS) {
      clock.advance(STEP_MS);
      for (let i = 0; i < 20; i++) await tick();
      await model.settled();
    }
    const live = model.alerts.list().filter((p) => p.availability !== 'Unknown').length;
    return { ...counting.counts, live };
  } finally {
    await model.signOut().catch(() => {});
    await sim.close();
  }
}

async function alertLatency(): Promise<number[]> {
  const sim = await startSimulator({ contacts: 50, demoScenario: false });
  const model = createAppModel({ historyStore: memoryHistoryStore(), endpointId: 'bench-alerts' });
  try {
    const uri = sim.control.contacts()[0]?.uri ?? '';
    await model.signIn({ ...simAccount(sim), tagStore: memoryTagStore([uri]) });
    await model.settled();
    const status = (): string | undefined => model.alerts.list()[0]?.availability;
    const until = (ok: () => boolean): Promise<void> =>
      ok()
        ? Promise.resolve()
        : new Promise((resolve) => {
            const off = model.on('tags', () => {
              if (!ok()) return;
              off();
              resolve();
            });
          });
    return await repeat(50, async () => {
      sim.control.setPresence(uri, 'Offline');
      await until(() => status() === 'Offline');
      const told = new Promise<void>((resolve) => {
        const off = model.on('statusAlert', () => {
          off();
          resolve();
        });
      });
      const t0 = performance.now();
      sim.control.setPresence(uri, 'Online');
      await told;
      return performance.now() - t0;
    });
  } finally {
    await model.signOut().catch(() => {});
    await sim.close();
  }
}

async function searchLatency(): Promise<number[]> {
  const sim = await startSimulator({ contacts: 1000, demoScenario: false });
  const model = createAppModel({ historyStore: memoryHistoryStore(), endpointId: 'bench-search' });
  try {
    await model.signIn(simAccount(sim));
    await model.settled();
    const names = sim.control
      .contacts()
      .slice(0, 50)
      .map((c) => c.name.split(' ')[0] ?? 'a');
    return await repeat(50, async (i) => {
      const t0 = performance.now();
      await model.contactList.search(names[i % names.length] ?? 'a', 20);
      return performance.now() - t0;
    });
  } finally {
    await model.signOut().catch(() => {});
    await sim.close();
  }
}

export async function benchContactList(): Promise<{ rows: Row[]; details: unknown }> {
  const hour = await tagsForAnHour();
  const alerts = await alertLatency();
  const searches = await searchLatency();
  const renewals = Math.ceil(HOUR_MS / TAG_RENEW_MS);
  const rows: Row[] = [
    {
      group: 'contactList',
      figure: `Presence-subscription requests to keep ${TAGGED} tagged people live for 1 h (simulated)`,
      value: hour.created + hour.refreshed,
      unit: 'requests',
      limit: 1 + renewals,
      compare: '≤',
      limitLabel: `${1 + renewals} (1 + one per ${TAG_RENEW_MS / 60_000} min renewal)`,
      note: `${hour.created} made, ${hour.refreshed} refreshed; ${hour.live} of ${TAGGED} with a known presence at the end`,
    },
    {
      group: 'contactList',
      figure: 'Status alert latency p50 (50 changes)',
      value: round(percentile(alerts, 50), 2),
      unit: 'ms',
    },
    {
      group: 'contactList',
      figure: 'Status alert latency p99',
      value: round(percentile(alerts, 99), 2),
      unit: 'ms',
    },
    {
      group: 'contactList',
      figure: 'Search latency p50 (limit 20, 1,000 people)',
      value: round(percentile(searches, 50), 2),
      unit: 'ms',
      limit: 200,
      compare: '≤',
    },
    {
      group: 'contactList',
      figure: 'Search latency p99',
      value: round(percentile(searches, 99), 2),
      unit: 'ms',
    },
  ];
  return { rows, details: { hour, alerts, searches } };
}
