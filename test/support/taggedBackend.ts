// The real backend signed in to the real simulator ("Try the demo"), set up for status alerts: tag people, change
// their presence on the server, and wait on what the user would see — the tag's status pushed to the window, each
// notification decision, each notification shown. Every wait is on one of those, never on time. Built with the
// test file's backendHarness(), which shuts it down after each test.
import type { Backend, ShellEvents } from '../../main/backend/index.js';
import type { Availability, PushPayloads } from '../../main/ipc/contract.js';
import { memorySettings } from '../../main/ipc/memoryPorts.js';
import type { RecordedNotification } from '../../main/ipc/memoryPorts.js';
import type { StoredSettings } from '../../main/ipc/ports.js';
import type { Simulator } from '../../main/sim/index.js';
import type { BackendHarness } from './backendHarness.js';

export type Decision = ShellEvents['notification'];

export interface TaggedBackend {
  backend: Backend;
  sim: Simulator;
  call<T>(channel: Parameters<Backend['dispatch']>[0], args?: unknown): Promise<T>;
  /** Every notification shown, in order. */
  shown: RecordedNotification[];
  /** Every decision on a status alert (held, sent, summarised, suppressed), in order. */
  alertDecisions: Decision[];
  /** Resolves once `check` holds, checked again after every push, decision and notification. */
  until(check: () => boolean): Promise<void>;
  /** Tags them and waits until the window is told where each of them is (the server's presence now). */
  tag(uris: string[], availability: Availability): Promise<void>;
  /** Sets their presence on the server and waits until the window shows it for each (alerts, if any, came first). */
  become(uris: string[], availability: Availability): Promise<void>;
  /** The next notification shown from now on. */
  nextNotification(): Promise<RecordedNotification>;
}

export async function taggedBackend(
  harness: BackendHarness,
  options: { settings?: Partial<StoredSettings>; before?: (sim: Simulator) => void } = {},
): Promise<TaggedBackend> {
  const sim = await harness.simulator({ contacts: 6, seed: 17 });
  options.before?.(sim);
  const { backend, notifier, pushes, call, until, tryDemo } = harness.launch({
    demo: sim,
    settings: memorySettings(options.settings),
  });
  const alertDecisions: Decision[] = [];
  backend.on('notification', (d) => {
    if (d.intent === 'statusAlert') alertDecisions.push(d);
  });

  /** Waits, from now on, until a tags push shows each of `uris` at `availability` (not necessarily the same push). */
  const shownAs = (uris: string[], availability: Availability): Promise<void> => {
    const from = pushes.length;
    const seen = new Set<string>();
    return until(() => {
      for (const p of pushes.slice(from)) {
        if (p.channel !== 'tags:changed') continue;
        for (const t of p.payload as PushPayloads['tags:changed'])
          if (t.availability === availability && uris.includes(t.uri)) seen.add(t.uri);
      }
      return uris.every((u) => seen.has(u));
    });
  };

  await tryDemo();
  return {
    backend,
    sim,
    call,
    shown: notifier.shown,
    alertDecisions,
    until,
    async tag(uris, availability) {
      for (const uri of uris) sim.control.setPresence(uri, availability);
      const seen = shownAs(uris, availability);
      for (const uri of uris) await call('tags:add', { uri });
      await seen;
    },
    async become(uris, availability) {
      const seen = shownAs(uris, availability);
      for (const uri of uris) sim.control.setPresence(uri, availability);
      await seen;
    },
    nextNotification() {
      const count = notifier.shown.length;
      return until(() => notifier.shown.length > count).then(
        () => notifier.shown[count] as RecordedNotification,
      );
    },
  };
}
