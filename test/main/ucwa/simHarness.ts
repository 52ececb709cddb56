// Shared setup for integration tests: a simulator on 127.0.0.1:0 and a client signed in to it over real HTTP,
// with a fetch wrapper that lets a test act just before a request goes out (e.g. change a level before our PUT).
import { startSimulator } from '../../../main/sim/index.js';
import type { SimOptions, Simulator } from '../../../main/sim/index.js';
import { UcwaClient } from '../../../main/ucwa/client.js';
import type { SignInOptions } from '../../../main/ucwa/client.js';
import { toEventBatch } from '../../../main/ucwa/eventChannelBatch.js';
import type { WireFormat } from '../../../main/ucwa/representation/index.js';

export type BeforeRequest = (method: string, url: string) => void;

export interface Harness {
  sim: Simulator;
  client: UcwaClient;
  /** Set to run something just before the next matching request is sent. */
  before: { hook?: BeforeRequest };
  close(): Promise<void>;
}

export function hookedFetch(before: { hook?: BeforeRequest }) {
  return (input: string, init: RequestInit): Promise<Response> => {
    before.hook?.(init.method ?? 'GET', input);
    return fetch(input, init);
  };
}

export async function signInTo(
  sim: Simulator,
  format: WireFormat,
  extra: Partial<SignInOptions> = {},
  before: { hook?: BeforeRequest } = {},
): Promise<UcwaClient> {
  return UcwaClient.signIn({
    sipAddress: sim.user,
    discoverUrl: sim.discoverUrl,
    password: sim.password,
    endpointId: `test-${format}`,
    format,
    fetch: hookedFetch(before),
    ...extra,
  });
}

export async function harness(format: WireFormat, options: SimOptions = {}): Promise<Harness> {
  const sim = await startSimulator(options);
  const before: { hook?: BeforeRequest } = {};
  const client = await signInTo(sim, format, {}, before);
  return {
    sim,
    client,
    before,
    close: async () => {
      await client.signOut().catch(() => undefined);
      await sim.close();
    },
  };
}

/** Follow the event channel until an event for `rel` shows up; returns its href and embedded resource. */
export async function waitForEvent(client: UcwaClient, rel: string) {
  let href = client.eventsHref;
  for (let i = 0; i < 10 && href !== undefined; i++) {
    const res = await client.request({ href, fresh: true });
    if (res.resource === undefined) break;
    const batch = toEventBatch(res.resource);
    const found = batch.events.find((e) => e.link.rel === rel);
    if (found)
      return { href: new URL(found.link.href, res.url).href, resource: found.resource, base: res.url };
    const next = batch.next ?? batch.resume ?? batch.resync;
    href = next === undefined ? undefined : new URL(next, res.url).href;
  }
  throw new Error(`no ${rel} event`);
}
