// What several benchmarks share: an app model signed in to a simulator, "the full snapshot has arrived"
// (every contact, its level and its presence), and waiting for relationshipChanged events. Everything waits on
// events the model emits; nothing here sleeps.
import { createAppModel, memoryHistoryStore } from '../main/app/index.js';
import type { AppModel, ChangeEntry } from '../main/app/index.js';
import { asAvailability } from '../main/app/directory.js';
import type { SimContact } from '../main/sim/index.js';
import { simAccount } from '../test/support/signIn.js';

export interface SimAddress {
  discoverUrl: string;
  user: string;
  password: string;
}

/** What a complete snapshot holds: this many contacts, this many of them with a known presence. */
export interface SnapshotExpectation {
  contacts: number;
  withPresence: number;
}

export function expectationOf(contacts: readonly SimContact[]): SnapshotExpectation {
  const listed = contacts.filter((c) => c.inContactList);
  return {
    contacts: listed.length,
    withPresence: listed.filter((c) => asAvailability(c.availability) !== 'Unknown').length,
  };
}

export function newModel(): AppModel {
  return createAppModel({ historyStore: memoryHistoryStore(), endpointId: 'bench-0000-0000' });
}

/**
 * Sign in and resolve once the model shows every contact with its level and presence. `signedInMs` is when
 * signIn() resolved (contacts and levels loaded, subscriptions made), `fullMs` when the last presence arrived.
 */
export async function signInToFullSnapshot(
  model: AppModel,
  sim: SimAddress,
  expected: SnapshotExpectation,
): Promise<{ signedInMs: number; fullMs: number }> {
  const presence = new Map<string, boolean>();
  let signedIn = false;
  let done: (() => void) | undefined;
  const complete = new Promise<void>((resolve) => (done = resolve));
  const check = (): void => {
    if (!signedIn || presence.size < expected.contacts) return;
    let known = 0;
    for (const k of presence.values()) if (k) known++;
    if (known >= expected.withPresence) done?.();
  };
  const off = model.on('contacts', (change) => {
    if (change.reset) presence.clear();
    for (const uri of change.removed) presence.delete(uri);
    for (const c of change.upserts) presence.set(c.uri, c.availability !== 'Unknown');
    check();
  });
  const t0 = performance.now();
  try {
    await model.signIn(simAccount(sim));
    const signedInMs = performance.now() - t0;
    signedIn = true;
    check();
    await complete;
    return { signedInMs, fullMs: performance.now() - t0 };
  } finally {
    off();
  }
}

/** Resolves with the first `count` relationshipChanged intents (not ours) that `accept` takes. */
export function nextChanges(
  model: AppModel,
  count: number,
  accept: (c: ChangeEntry) => boolean = () => true,
): Promise<ChangeEntry[]> {
  const seen: ChangeEntry[] = [];
  return new Promise((resolve) => {
    const off = model.on('relationshipChanged', (c) => {
      if (c.ours || !accept(c)) return;
      seen.push(c);
      if (seen.length >= count) {
        off();
        resolve(seen);
      }
    });
  });
}

/** A level other than `current` (what "changed elsewhere" sets), cycling through the settable ones. */
export function otherLevel(current: string, turn: number): 'Workgroup' | 'FriendsAndFamily' | 'External' {
  const choices = (['Workgroup', 'FriendsAndFamily', 'External'] as const).filter((l) => l !== current);
  return choices[turn % choices.length] ?? 'Workgroup';
}
