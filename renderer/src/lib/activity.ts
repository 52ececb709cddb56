// Filtering of the change history for the Activity view (and so for its CSV export).
import type { ChangeEntry, PrivacyLevel } from '../../../main/ipc/contract.js';
import { fold } from './contactList.js';

export interface ActivityFilter {
  text: string;
  /**
   * `you`: made in this app; `elsewhere`: from another device or client; `away`: found at start, changed while the
   * app was not running (what the "While you were away" notification opens).
   */
  who: 'all' | 'you' | 'elsewhere' | 'away';
  /** Entries that moved from or to this level. */
  level: PrivacyLevel | 'all';
}

/** Newest first. */
export function filterHistory(entries: readonly ChangeEntry[], f: ActivityFilter): ChangeEntry[] {
  const words = fold(f.text).split(/\s+/).filter(Boolean);
  return entries
    .filter((e) => {
      if (f.who === 'you' && !e.ours) return false;
      if (f.who === 'elsewhere' && e.ours) return false;
      if (f.who === 'away' && e.whileAway === undefined) return false;
      if (f.level !== 'all' && e.from !== f.level && e.to !== f.level) return false;
      const hay = fold(`${e.contact.name}\n${e.contact.uri}`);
      return words.every((w) => hay.includes(w));
    })
    .sort((a, b) => b.at - a.at);
}

/** The interval a change found at start happened in: the latest one (the last start) when there are several. */
export function awayInterval(entries: readonly ChangeEntry[]): { since: number; until: number } | null {
  let latest: { since: number; until: number } | null = null;
  for (const e of entries)
    if (e.whileAway && (latest === null || e.whileAway.until > latest.until)) latest = e.whileAway;
  return latest;
}
