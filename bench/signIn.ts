// Sign-in to the full snapshot (every contact, its privacy level and its presence) for 100, 1,000 and 5,000
// contacts: requests and milliseconds, median of several runs after one warm-up. Also the protocol client alone
// (discovery → token → application → contacts and levels) to show where the time goes. The simulator runs in this
// process, so its own work is inside the figures (pessimistic for the client, never flattering).
import { startSimulator } from '../main/sim/index.js';
import { UcwaClient } from '../main/ucwa/client.js';
import { median, repeat, round } from './stats.js';
import { expectationOf, newModel, signInToFullSnapshot } from './session.js';
import type { Row } from './table.js';

const SIZES = [100, 1000, 5000] as const;
const RUNS = 5;
const REQUEST_LIMIT = 10;
const MS_LIMIT_5000 = 1000;

interface SizeResult {
  contacts: number;
  requests: number[];
  fullMs: number[];
  signedInMs: number[];
  clientRequests: number[];
  clientMs: number[];
  requestsByRoute: Record<string, number>;
}

async function measureSize(contacts: number): Promise<SizeResult> {
  const sim = await startSimulator({ contacts, demoScenario: false });
  try {
    const expected = expectationOf(sim.control.contacts());
    const model = async (): Promise<{
      requests: number;
      byRoute: Record<string, number>;
      fullMs: number;
      signedInMs: number;
    }> => {
      const m = newModel();
      sim.control.resetStats();
      const t = await signInToFullSnapshot(m, sim, expected);
      const { requests, byRoute } = sim.control.stats();
      await m.signOut();
      return { requests, byRoute, ...t };
    };
    const client = async (): Promise<{ requests: number; ms: number }> => {
      sim.control.resetStats();
      const t0 = performance.now();
      const c = await UcwaClient.signIn({
        sipAddress: sim.user,
        password: sim.password,
        discoverUrl: sim.discoverUrl,
        endpointId: 'bench-client',
      });
      const list = await c.contacts();
      const ms = performance.now() - t0;
      const requests = sim.control.stats().requests;
      if (list.length !== expected.contacts)
        throw new Error(`client saw ${list.length} of ${expected.contacts}`);
      await c.signOut();
      return { requests, ms };
    };
    await model(); // warm-up: JIT and connection pool, not counted
    await client();
    const runs = await repeat(RUNS, () => model());
    const clientRuns = await repeat(RUNS, () => client());
    return {
      contacts,
      requests: runs.map((r) => r.requests),
      fullMs: runs.map((r) => round(r.fullMs)),
      signedInMs: runs.map((r) => round(r.signedInMs)),
      clientRequests: clientRuns.map((r) => r.requests),
      clientMs: clientRuns.map((r) => round(r.ms)),
      requestsByRoute: runs[runs.length - 1]?.byRoute ?? {},
    };
  } finally {
    await sim.close();
  }
}

export async function benchSignIn(): Promise<{ rows: Row[]; details: unknown }> {
  const results: SizeResult[] = [];
  for (const n of SIZES) results.push(await measureSize(n));
  const rows: Row[] = [];
  const fmt = (n: number): string => n.toLocaleString('en-US');
  for (const r of results) {
    rows.push({
      group: 'signIn',
      figure: `Sign-in → full snapshot, ${fmt(r.contacts)} contacts: requests`,
      value: median(r.requests),
      unit: '',
      limit: REQUEST_LIMIT,
      compare: '≤',
      ...(median(r.requests) > REQUEST_LIMIT ? { note: `by route: ${routes(r.requestsByRoute)}` } : {}),
    });
    rows.push({
      group: 'signIn',
      figure: `Sign-in → full snapshot, ${fmt(r.contacts)} contacts: time`,
      value: round(median(r.fullMs)),
      unit: 'ms',
      ...(r.contacts === 5000 ? { limit: MS_LIMIT_5000, compare: '<' as const } : {}),
    });
  }
  const first = results[0];
  const last = results[results.length - 1];
  if (first && last) {
    const growth = median(last.requests) - median(first.requests);
    rows.push({
      group: 'signIn',
      figure: `Sign-in requests added from ${fmt(first.contacts)} to ${fmt(last.contacts)} contacts`,
      value: growth,
      unit: '',
      limit: 0,
      compare: '≤',
      ...(growth > 0
        ? {
            note: `requests grow with the contact list: ${describeGrowth(first.requestsByRoute, last.requestsByRoute)}`,
          }
        : {}),
    });
    rows.push({
      group: 'signIn',
      figure: `Protocol client only (sign-in + contacts & levels), ${fmt(last.contacts)}: requests`,
      value: median(last.clientRequests),
      unit: '',
    });
    rows.push({
      group: 'signIn',
      figure: `Protocol client only (sign-in + contacts & levels), ${fmt(last.contacts)}: time`,
      value: round(median(last.clientMs)),
      unit: 'ms',
    });
  }
  return { rows, details: { runs: RUNS, sizes: results } };
}

/** Which routes were asked more often at the larger size (e.g. "POST presenceSubscriptions 1 → 25"). */
function describeGrowth(small: Record<string, number>, large: Record<string, number>): string {
  const grew = Object.entries(large)
    .filter(([route, n]) => n > (small[route] ?? 0))
    .map(([route, n]) => `${route} ${small[route] ?? 0} → ${n}`);
  return grew.length > 0 ? grew.join(', ') : 'no single route stands out';
}

const routes = (byRoute: Record<string, number>): string =>
  Object.entries(byRoute)
    .map(([route, n]) => `${route} ${n}`)
    .join(', ');
