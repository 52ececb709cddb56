// What the model last saw and settled on, per account, kept between runs: every contact's level (and name), and
// when the app was last known connected. The first snapshot after a start is compared with it, so a relationship
// changed while the app was not running (overnight, from another device) is reported once — "while you were away".
// Not secret, but personal: the backend keeps it only for remembered accounts, never for the demo, and removes it
// on sign-out when "Remember me" is off. Writes are debounced (a burst of changes writes once).
import type { ChangeEntry, PrivacyLevel } from '../ipc/contract.js';
import type { Clock } from '../ucwa/clock.js';
import type { ContactRecord } from './port.js';

export const LAST_KNOWN_VERSION = 1 as const;

export interface LastKnownState {
  version: typeof LAST_KNOWN_VERSION;
  user: string;
  /** The last time the app was known connected (epoch ms): where the "while you were away" interval starts. */
  connectedAt: number;
  contacts: Record<string, { name: string; level: PrivacyLevel }>;
}

/** `damaged`: there was a file but it cannot be used (said once in the log; nothing is compared). */
export type LastKnownLoad = { state: LastKnownState } | { state: null; damaged: boolean };

export interface LastKnownStore {
  load(): LastKnownLoad;
  save(state: LastKnownState): void;
  clear(): void;
}

/** A change found by comparing the first snapshot with what was known before: not yet a history entry. */
export type AwayChange = Omit<ChangeEntry, 'id'>;

/**
 * What changed between the stored state and a fresh snapshot. A level that differs is a change; a contact that is
 * new, or gone, is reported as added or removed (not as a level change). `since`–`until`: the interval it happened in.
 */
export function compareWithLastKnown(
  stored: LastKnownState,
  contacts: readonly ContactRecord[],
  until: number,
): AwayChange[] {
  const whileAway = { since: stored.connectedAt, until };
  const changes: AwayChange[] = [];
  const present = new Set<string>();
  for (const c of contacts) {
    present.add(c.uri);
    const before = Object.hasOwn(stored.contacts, c.uri) ? stored.contacts[c.uri] : undefined;
    const contact = { uri: c.uri, name: c.name };
    if (before === undefined) {
      changes.push({
        at: until,
        contact,
        from: 'Unknown',
        to: c.level,
        ours: false,
        kind: 'added',
        whileAway,
      });
    } else if (before.level !== c.level && c.level !== 'Unknown') {
      changes.push({ at: until, contact, from: before.level, to: c.level, ours: false, whileAway });
    }
  }
  for (const [uri, before] of Object.entries(stored.contacts)) {
    if (present.has(uri)) continue;
    const contact = { uri, name: before.name };
    changes.push({
      at: until,
      contact,
      from: before.level,
      to: 'Unknown',
      ours: false,
      kind: 'removed',
      whileAway,
    });
  }
  return changes;
}

const SAVE_DELAY_MS = 2_000;
/** While connected, "last known connected" moves forward this often even when nothing changes. */
const CONNECTED_MARK_MS = 10 * 60_000;

/** Keeps the stored state of one signed-in account up to date (one per session). */
export class LastKnownKeeper {
  private timer: unknown;
  private markTimer: unknown;
  private stopped = false;

  constructor(
    private readonly store: LastKnownStore,
    private readonly user: string,
    private readonly clock: Clock,
    /** The levels and names the model holds now. */
    private readonly current: () => LastKnownState['contacts'],
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Connected: save now and keep marking the time. */
  connected(): void {
    this.flush();
    this.scheduleMark();
  }

  /** Something changed: save soon. */
  changed(): void {
    if (this.stopped || this.timer !== undefined) return;
    this.timer = this.clock.setTimeout(() => {
      this.timer = undefined;
      this.flush();
    }, SAVE_DELAY_MS);
  }

  /** The session ended: write what is known now, and nothing after. */
  stop(): void {
    if (this.stopped) return;
    this.flush();
    this.stopped = true;
    this.clearTimers();
  }

  private flush(): void {
    if (this.stopped) return;
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
    try {
      const state = {
        version: LAST_KNOWN_VERSION,
        user: this.user,
        connectedAt: this.clock.now(),
        contacts: this.current(),
      };
      this.store.save(state);
    } catch (error) {
      this.onError(error);
    }
  }

  private scheduleMark(): void {
    if (this.markTimer !== undefined) this.clock.clearTimeout(this.markTimer);
    this.markTimer = this.clock.setTimeout(() => {
      this.markTimer = undefined;
      if (this.stopped) return;
      this.flush();
      this.scheduleMark();
    }, CONNECTED_MARK_MS);
  }

  private clearTimers(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    if (this.markTimer !== undefined) this.clock.clearTimeout(this.markTimer);
    this.timer = undefined;
    this.markTimer = undefined;
  }
}

/** A store in memory (tests, the demo's own state that never touches a file). */
export function memoryLastKnownStore(
  initial: LastKnownState | null = null,
): LastKnownStore & { saved(): LastKnownState | null } {
  let state = initial;
  return {
    load: () => (state === null ? { state: null, damaged: false } : { state: structuredClone(state) }),
    save: (next) => {
      state = structuredClone(next);
    },
    clear: () => {
      state = null;
    },
    saved: () => state,
  };
}
