// Main → renderer pushes. Until the page says `app:ready` they are queued (a push sent to a page that has not
// subscribed yet is lost); then they are flushed in order. While queued, `state:changed` keeps only the latest and
// `contacts:changed` deltas merge into one, so a long sign-in before the window opens does not replay thousands.
import type { PushChannel, PushPayloads } from './contract.js';

export type PushListener = <P extends PushChannel>(channel: P, payload: PushPayloads[P]) => void;

type Queued = { [P in PushChannel]: { channel: P; payload: PushPayloads[P] } }[PushChannel];

export interface PushHub {
  push<P extends PushChannel>(channel: P, payload: PushPayloads[P]): void;
  /** The page subscribed: flush the queue to the listeners, then deliver directly. */
  markReady(): void;
  /** The page went away (reload, window destroyed): queue again until it is ready. */
  markNotReady(): void;
  isReady(): boolean;
  onDeliver(listener: PushListener): () => void;
}

function mergeContacts(
  older: PushPayloads['contacts:changed'],
  newer: PushPayloads['contacts:changed'],
): PushPayloads['contacts:changed'] {
  if (newer.reset) return newer;
  const upserts = new Map(older.upserts.map((c) => [c.uri, c]));
  const removed = new Set(older.removed);
  for (const uri of newer.removed) {
    upserts.delete(uri);
    // After a reset the removed contact simply is not in the list; otherwise the page must hear of it.
    if (!older.reset) removed.add(uri);
  }
  for (const c of newer.upserts) {
    upserts.set(c.uri, c);
    removed.delete(c.uri);
  }
  return { reset: older.reset, upserts: [...upserts.values()], removed: [...removed] };
}

export function createPushHub(): PushHub {
  const listeners = new Set<PushListener>();
  let queue: Queued[] = [];
  let ready = false;

  function deliver(item: Queued): void {
    for (const listener of listeners) listener(item.channel, item.payload);
  }

  function enqueue(item: Queued): void {
    if (item.channel === 'state:changed') {
      queue = queue.filter((q) => q.channel !== 'state:changed');
    } else if (item.channel === 'contacts:changed') {
      const index = queue.findIndex((q) => q.channel === 'contacts:changed');
      const older = queue[index];
      if (older?.channel === 'contacts:changed') {
        queue.splice(index, 1);
        item = { channel: 'contacts:changed', payload: mergeContacts(older.payload, item.payload) };
      }
    }
    queue.push(item);
  }

  return {
    push(channel, payload) {
      const item = { channel, payload } as Queued;
      if (ready) deliver(item);
      else enqueue(item);
    },
    markReady() {
      ready = true;
      const pending = queue;
      queue = [];
      for (const item of pending) deliver(item);
    },
    markNotReady() {
      ready = false;
    },
    isReady: () => ready,
    onDeliver(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
