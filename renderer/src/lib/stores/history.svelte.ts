// The change history (Activity): entries from main, checked one by one (a damaged entry is left out, the rest
// shown), and when each contact's level last changed (the list's "last change" sort).
import type { ChangeEntry } from '../../../../main/ipc/contract.js';
import { privacyLevels } from '../../../../main/ipc/levels.js';
import { call } from '../bridge.js';
import { session } from './session.svelte.js';

const levels: ReadonlySet<unknown> = new Set(privacyLevels);

/** An entry the views can show: the shape the contract promises, a real time, known levels. */
export function isShowable(e: unknown): e is ChangeEntry {
  if (typeof e !== 'object' || e === null) return false;
  const x = e as Partial<ChangeEntry>;
  return (
    typeof x.id === 'string' &&
    typeof x.at === 'number' &&
    Number.isFinite(x.at) &&
    typeof x.contact === 'object' &&
    x.contact !== null &&
    typeof x.contact.uri === 'string' &&
    typeof x.contact.name === 'string' &&
    levels.has(x.from) &&
    levels.has(x.to) &&
    typeof x.ours === 'boolean'
  );
}

class HistoryStore {
  entries = $state.raw<readonly ChangeEntry[]>([]);

  /** Epoch ms of each contact's latest change. */
  lastChange = $derived.by(
    // Oldest first, so each contact's latest entry is the one that stays.
    () => new Map([...this.entries].sort((a, b) => a.at - b.at).map((e) => [e.contact.uri, e.at])),
  );

  async load(): Promise<void> {
    const r = await call('history:list');
    if (r.ok) this.addAll(r.value);
  }

  add(entry: unknown): void {
    this.addAll([entry]);
  }

  addAll(entries: readonly unknown[]): void {
    const seen = new Set(this.entries.map((e) => e.id));
    const fresh = entries.filter((e): e is ChangeEntry => isShowable(e) && !seen.has(e.id));
    if (fresh.length > 0) this.entries = [...this.entries, ...fresh];
  }

  async markSeen(): Promise<void> {
    const r = await call('history:mark-seen');
    if (r.ok) session.apply(r.value);
  }

  clear(): void {
    this.entries = [];
  }
}

export const history = new HistoryStore();
