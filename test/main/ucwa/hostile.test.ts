// The protocol client and its event channel against a server that misbehaves on purpose (test/support/hostileServer.ts),
// over real HTTP on loopback, with the channel's timers on a manual clock: "requests per 10 s of misbehaviour" is
// counted in the clock's time, without sleeping. Between clock steps the test waits until every request the client
// has made is answered, or parked by the server (what a client waiting on a long poll looks like).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClientPort } from '../../../main/app/clientPort.js';
import { createManualClock } from '../../../main/sim/clock.js';
import type { ManualClock } from '../../../main/sim/clock.js';
import { UcwaClient } from '../../../main/ucwa/client.js';
import { EventChannel } from '../../../main/ucwa/eventChannel.js';
import type { ChannelSignal, ChannelState } from '../../../main/ucwa/eventChannel.js';
import { MAX_BODY_BYTES } from '../../../main/ucwa/transport.js';
import { channelReason } from '../../../main/words/channel.js';
import { HOSTILE_TEXT, startHostileServer } from '../../support/hostileServer.js';
import type { HostileServer, Misbehaviour } from '../../support/hostileServer.js';

/** More requests than this without the clock moving: the client is spinning, not waiting. */
const SPIN = 200;
const STEP_MS = 250;
/** "A handful of requests per 10 s while the server misbehaves" (issue 13). */
const HANDFUL = 6;

interface Session {
  server: HostileServer;
  clock: ManualClock;
  channel: EventChannel;
  states: ChannelState[];
  consumed: ChannelSignal[];
  /** Manual-clock time of every request the server got after misbehave() was called. */
  stamps: number[];
  misbehave(kind: Misbehaviour, ms: number): Promise<void>;
  state(): ChannelState;
}

let session: Session | undefined;
beforeEach(() => {
  session = undefined;
});
afterEach(async () => {
  session?.channel.stop();
  await session?.server.close();
});

async function connect(): Promise<Session> {
  const server = await startHostileServer();
  const clock = createManualClock();
  const client = await UcwaClient.signIn({
    sipAddress: server.user,
    discoverUrl: server.discoverUrl,
    password: server.password,
    endpointId: 'hostile-test',
  });
  const port = new ClientPort(client);
  let inflight = 0;
  let wake: () => void = () => {};
  const changed = (): void => wake();
  server.onParked(changed);
  const track = <T>(p: Promise<T>): Promise<T> => {
    inflight++;
    return p.finally(() => {
      inflight--;
      changed();
    });
  };
  const states: ChannelState[] = [];
  const consumed: ChannelSignal[] = [];
  const channel = new EventChannel({
    getEvents: (url, signal) => track(port.getEvents(url, signal)),
    probe: (signal) => track(port.probe(signal)),
    renewToken: () => track(port.renewToken()),
    recreateApplication: () => track(port.recreateApplication()),
    consume: async (signal) => void consumed.push(signal),
    onState: (s) => states.push(s),
    clock,
    random: () => 1,
  });
  const stamps: number[] = [];
  let counting = false;
  server.onRequest(() => {
    if (counting) stamps.push(clock.now());
  });
  const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

  /** Until every request of the client is answered or parked, and stays so for one more turn of the event loop. */
  const settle = async (): Promise<void> => {
    const start = server.stats().requests;
    for (;;) {
      await turn();
      if (server.stats().requests - start > SPIN)
        throw new Error(`the client sent more than ${SPIN} requests without waiting for its clock`);
      if (inflight === server.parked()) {
        await turn();
        if (inflight === server.parked()) return;
        continue;
      }
      await new Promise<void>((resolve) => (wake = resolve));
    }
  };

  channel.start(port.eventsHref());
  await settle();
  return {
    server,
    clock,
    channel,
    states,
    consumed,
    stamps,
    async misbehave(kind, ms) {
      server.behave(kind);
      counting = true;
      await settle();
      const end = clock.now() + ms;
      while (clock.now() < end) {
        clock.advance(STEP_MS);
        await settle();
      }
    },
    state: () => channel.getState(),
  };
}

/** The most requests in any 10 s of the clock. */
function busiest10s(stamps: readonly number[]): number {
  let most = 0;
  for (let i = 0; i < stamps.length; i++) {
    const from = stamps[i] ?? 0;
    most = Math.max(most, stamps.filter((t) => t >= from && t < from + 10_000).length);
  }
  return most;
}

/** The channel's reason in the words the user sees. */
const reasonOf = (s: ChannelState): string => ('reason' in s ? channelReason(s.reason) : '');

describe('hostile server: bounded, quiet, and clear words', () => {
  it('404 for ever: new applications with backoff, a handful of requests per 10 s, and back when it behaves', async () => {
    session = await connect();
    await session.misbehave('notFound', 120_000);
    expect(busiest10s(session.stamps)).toBeLessThanOrEqual(HANDFUL);
    expect(session.stamps.length).toBeLessThanOrEqual(30);
    expect(session.state().name).toBe('recovering');
    expect(reasonOf(session.state())).not.toMatch(/network/i);
    // The server behaves again: within the longest wait the channel has a new application and is parked on it.
    await session.misbehave('behave', 60_000);
    expect(session.state()).toMatchObject({ name: 'polling', retrying: false });
    expect(session.server.parked()).toBe(1);
  });

  it('instant empty answers: a growing interval between P-GETs, a handful per 10 s', async () => {
    session = await connect();
    await session.misbehave('instantEmpty', 120_000);
    expect(busiest10s(session.stamps)).toBeLessThanOrEqual(HANDFUL);
    expect(session.stamps.length).toBeLessThanOrEqual(20);
    expect(session.state().name).toBe('polling');
    await session.misbehave('behave', 60_000);
    expect(session.server.parked()).toBe(1);
  });

  it.each<Misbehaviour>(['hugeBody', 'endlessBody'])(
    '%s: read up to the bound and no further, then a stop in words',
    async (kind) => {
      session = await connect();
      await session.misbehave(kind, 150_000);
      const pgets = session.server.stats().byRoute['GET events'] ?? 0;
      // What the client let the server write before it stopped reading: the bound plus socket buffers, per answer.
      expect(session.server.stats().eventBytes / Math.max(1, pgets - 1)).toBeLessThan(2 * MAX_BODY_BYTES);
      expect(session.state()).toMatchObject({ name: 'failed', code: 'ResponseTooLarge' });
      expect(reasonOf(session.state())).toMatch(/cannot use/);
      expect(busiest10s(session.stamps)).toBeLessThanOrEqual(HANDFUL);
      expect(session.stamps.length).toBeLessThanOrEqual(10);
    },
  );

  it('dangerous next links: refused, never requested, and a stop that says the server sent something unusable', async () => {
    session = await connect();
    await session.misbehave('dangerousLink', 60_000);
    expect(session.state()).toMatchObject({ name: 'failed', code: 'InsecureUrl' });
    expect(reasonOf(session.state())).toMatch(/cannot use/);
    expect(reasonOf(session.state())).not.toMatch(/network/i);
    expect(session.stamps.length).toBeLessThanOrEqual(2);
  });

  it('nonsense answers: said in words at once, a stop after two minutes, not 14 minutes of network retries', async () => {
    session = await connect();
    await session.misbehave('nonsense', 10_000);
    expect(session.state().name).toBe('backoff');
    expect(reasonOf(session.state())).toBe('The server sent something we cannot use.');
    await session.misbehave('nonsense', 140_000);
    expect(session.state()).toMatchObject({ name: 'failed', code: 'MalformedResponse' });
    expect(reasonOf(session.state())).toMatch(/cannot use/);
    expect(busiest10s(session.stamps)).toBeLessThanOrEqual(HANDFUL);
    expect(session.stamps.length).toBeLessThanOrEqual(10);
  });

  it('markup and escape bytes in every string: handed on unchanged as data (words are made elsewhere)', async () => {
    session = await connect();
    await session.misbehave('markup', 30_000);
    const events = session.consumed.flatMap((s) => (s.kind === 'events' ? s.events : []));
    expect(events[0]?.link.title).toBe(HOSTILE_TEXT);
    expect(events[0]?.resource?.properties.subject).toBe(HOSTILE_TEXT);
    expect(session.state()).toMatchObject({ name: 'polling' });
    expect(session.server.parked()).toBe(1);
  });
});
