// The change history: the last 1,000 relationship changes, newest last, persisted through an injected store with
// a debounced save (a burst of changes writes once).
import type { ChangeEntry } from '../ipc/contract.js';
import type { Clock } from '../ucwa/clock.js';

export const HISTORY_LIMIT = 1000;
const SAVE_DELAY_MS = 500;

export interface HistoryStore {
  load(): ChangeEntry[];
  save(entries: ChangeEntry[]): void;
}

export class ChangeHistory {
  private entries: ChangeEntry[];
  private saveTimer: unknown;
  private seq = 0;

  constructor(
    private readonly store: HistoryStore,
    private readonly clock: Clock,
    private readonly onSaveError: (error: unknown) => void = () => {},
  ) {
    let loaded: ChangeEntry[] = [];
    try {
      loaded = store.load();
    } catch (error) {
      onSaveError(error);
    }
    this.entries = Array.isArray(loaded) ? loaded.slice(-HISTORY_LIMIT) : [];
  }

  add(entry: Omit<ChangeEntry, 'id'>): ChangeEntry {
    const full: ChangeEntry = { id: `${entry.at.toString(36)}-${(this.seq++).toString(36)}`, ...entry };
    this.entries.push(full);
    if (this.entries.length > HISTORY_LIMIT) this.entries.splice(0, this.entries.length - HISTORY_LIMIT);
    this.scheduleSave();
    return full;
  }

  list(): ChangeEntry[] {
    return this.entries.slice();
  }

  /** Write now (sign-out, quit). */
  flush(): void {
    if (this.saveTimer !== undefined) this.clock.clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    try {
      this.store.save(this.entries.slice());
    } catch (error) {
      this.onSaveError(error);
    }
  }

  private scheduleSave(): void {
    if (this.saveTimer !== undefined) return;
    this.saveTimer = this.clock.setTimeout(() => {
      this.saveTimer = undefined;
      this.flush();
    }, SAVE_DELAY_MS);
  }
}

/** A history store that keeps nothing between runs (the CLI, the demo, tests). */
export function memoryHistoryStore(initial: ChangeEntry[] = []): HistoryStore {
  let entries = [...initial];
  return {
    load: () => [...entries],
    save(next) {
      entries = [...next];
    },
  };
}
