// The protocol client while a server misbehaves on purpose: CPU milliseconds and requests per minute, and the
// client's peak RSS, for each behaviour of test/support/hostileServer.ts, beside the same client against the same
// server behaving (its P-GET parked: the idle case). The client runs in a child process with the real clock (its
// CPU only is measured); the server runs here. Each window starts when the client has signed in and the server has
// been told to misbehave. BENCH_HOSTILE_SECONDS sets the window (default 20 s; figures are scaled to a minute).
import { UcwaClient } from '../main/ucwa/client.js';
import { EventChannel } from '../main/ucwa/eventChannel.js';
import { ClientPort } from '../main/app/clientPort.js';
import { startHostileServer } from '../test/support/hostileServer.js';
import type { HostileStats, Misbehaviour } from '../test/support/hostileServer.js';
import { isEntry, runChild } from './processes.js';
import { round } from './stats.js';
import type { Row } from './table.js';

const BEHAVIOURS: Misbehaviour[] = [
  'behave',
  'notFound',
  'instantEmpty',
  'hugeBody',
  'endlessBody',
  'dangerousLink',
  'nonsense',
  'markup',
];
/** "Well under a second of CPU per 10 s" and "a handful of requests per 10 s" (issue 13), per minute. */
const CPU_LIMIT_PER_MINUTE = 6_000;
const REQUESTS_LIMIT_PER_MINUTE = 30;

interface WindowResult {
  seconds: number;
  cpuMs: number;
  requests: number;
  byRoute: Record<string, number>;
  peakRssMb: number;
  finalState: string;
}

export async function benchHostile(): Promise<{ rows: Row[]; details: unknown }> {
  const seconds = Number(process.env.BENCH_HOSTILE_SECONDS ?? 20);
  if (!Number.isFinite(seconds) || seconds <= 0)
    throw new Error('BENCH_HOSTILE_SECONDS must be a positive number');
  const rows: Row[] = [];
  const details: Record<string, WindowResult> = {};
  for (const kind of BEHAVIOURS) {
    const server = await startHostileServer();
    try {
      const r = await runChild<WindowResult>('./hostile.ts', [server.origin, kind, String(seconds)]);
      details[kind] = r;
      const perMinute = (x: number): number => round((x * 60) / r.seconds, 1);
      const limited = kind !== 'behave';
      const note = `${r.requests} request(s) in ${r.seconds} s (${Object.entries(r.byRoute)
        .map(([route, n]) => `${route} ${n}`)
        .join(', ')}); peak RSS ${r.peakRssMb} MB; channel ended ${r.finalState}`;
      rows.push({
        group: 'hostile',
        figure: `CPU per minute, server ${label(kind)}`,
        value: perMinute(r.cpuMs),
        unit: 'ms',
        limit: limited ? CPU_LIMIT_PER_MINUTE : undefined,
        compare: '<',
        note,
      });
      rows.push({
        group: 'hostile',
        figure: `Requests per minute, server ${label(kind)}`,
        value: perMinute(r.requests),
        unit: '',
        limit: limited ? REQUESTS_LIMIT_PER_MINUTE : undefined,
        compare: '≤',
      });
    } finally {
      await server.close();
    }
  }
  return { rows, details: { seconds, windows: details } };
}

function label(kind: Misbehaviour): string {
  const labels: Record<Misbehaviour, string> = {
    behave: 'behaving (idle, P-GET parked)',
    notFound: 'answering 404 for ever',
    instantEmpty: 'answering at once, empty',
    hugeBody: 'sending a 400 MB body',
    endlessBody: 'sending an endless body',
    dangerousLink: 'linking file:/javascript:/data:/http',
    nonsense: 'sending nonsense',
    markup: 'sending markup and escapes',
  };
  return labels[kind];
}

/** The child: sign in, start the event channel on the real clock, then measure one window of misbehaviour. */
async function child(origin: string, kind: Misbehaviour, seconds: number): Promise<WindowResult> {
  const control = async (path: string): Promise<HostileStats> =>
    (await fetch(`${origin}/_control/${path}`)).json() as Promise<HostileStats>;
  const client = await UcwaClient.signIn({
    sipAddress: 'sip:me@hostile.test',
    discoverUrl: `${origin}/discover`,
    password: 'hostile-password',
    endpointId: 'bench-hostile',
  });
  const port = new ClientPort(client);
  let finalState = 'idle';
  const channel = new EventChannel({
    getEvents: (url, signal) => port.getEvents(url, signal),
    probe: (signal) => port.probe(signal),
    renewToken: () => port.renewToken(),
    recreateApplication: () => port.recreateApplication(),
    consume: async () => {},
    onState: (s) => (finalState = s.name),
  });
  channel.start(port.eventsHref());
  await control(`behave?kind=${kind}`);
  const before = await control('stats');
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);
  const cpu0 = process.cpuUsage();
  await new Promise((r) => setTimeout(r, seconds * 1000));
  const cpu = process.cpuUsage(cpu0);
  clearInterval(sampler);
  const after = await control('stats');
  const state = finalState;
  channel.stop();
  const byRoute: Record<string, number> = {};
  for (const [route, n] of Object.entries(after.byRoute)) {
    const d = n - (before.byRoute[route] ?? 0);
    if (d > 0) byRoute[route] = d;
  }
  return {
    seconds,
    cpuMs: round((cpu.user + cpu.system) / 1000, 1),
    requests: after.requests - before.requests,
    byRoute,
    peakRssMb: round(peakRss / 1024 / 1024, 1),
    finalState: state,
  };
}

if (isEntry(import.meta.url) && process.argv[2] === '--child') {
  const [origin = '', kind = 'behave', seconds = '20'] = process.argv.slice(3);
  const result = await child(origin, kind as Misbehaviour, Number(seconds));
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.exit(0);
}
