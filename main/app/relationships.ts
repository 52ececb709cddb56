// Relationship diff: the last known level of every contact, and the one place that decides whether a level seen on
// the server is a change worth reporting. Reported exactly once per real change: never for the first snapshot,
// never when the level did not change, never twice for a repeated event. Changes this app made are reported as ours.
//
// Why the epochs: a fetch that started before (or overlapped) our own PUT may carry the level from before it; such a
// result is thrown away and fetched again instead of being mistaken for "someone changed it back".
import type { Clock } from '../ucwa/clock.js';
import { isPrivacyLevel } from '../ucwa/privacyLevels.js';
import type { PrivacyLevel } from '../ucwa/privacyLevels.js';
import { Coalescer } from './coalescer.js';
import type { ContactRecord, FetchResult } from './port.js';

export interface RelationshipChange {
  uri: string;
  from: PrivacyLevel;
  to: PrivacyLevel;
  at: number;
  ours: boolean;
  /** Our own reset: the server went back to the level it assigns by itself. */
  reset?: boolean;
}

/** Hrefs compared without origin (servers mix absolute and relative forms of the same resource). */
export function hrefKey(href: string): string {
  try {
    const u = new URL(href, 'http://relative.invalid');
    return decodeURIComponent(u.pathname + u.search).toLowerCase();
  } catch {
    return href.toLowerCase();
  }
}

export interface RelationshipTrackerDeps {
  fetchMany(hrefs: string[]): Promise<FetchResult[]>;
  clock: Clock;
  onChange(change: RelationshipChange): void;
  /** An event named a contact we do not know (added elsewhere): a fresh snapshot is needed. */
  onUnknownContact(): void;
  log?: { warn?(msg: string, data?: Record<string, unknown>): void };
}

/** Hrefs per batch request (the client chunks by 100 too; this keeps each flush bounded). */
const MAX_PER_FLUSH = 500;
/** How long an unanswered own change may still arrive and count as ours. */
export const UNANSWERED_MS = 5 * 60_000;

/** A failure after which the server may well have applied the change: no answer at all, or a server error. */
function mayHaveApplied(error: unknown): boolean {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' && (status === 0 || status >= 500);
}

export class RelationshipTracker {
  private known = new Map<string, PrivacyLevel>();
  /** relationship href key or contact href key → uri */
  private uriByHref = new Map<string, string>();
  private relHrefByUri = new Map<string, string>();
  /** Own changes in flight: the level we asked for ('any' for a reset whose result the server decides). */
  private own = new Map<string, PrivacyLevel | 'any'>();
  /**
   * Own changes whose answer never came (the connection dropped, the server failed after applying it): if that level
   * shows up later, it is still ours. Kept until the contact's next change, or UNANSWERED_MS.
   */
  private unanswered = new Map<string, { level: PrivacyLevel | 'any'; until: number }>();
  private epoch = 0;
  private touched = new Map<string, number>();
  private readonly lane: Coalescer;

  constructor(private readonly deps: RelationshipTrackerDeps) {
    this.lane = new Coalescer(deps.clock, (hrefs) => this.fetchAndDiff(hrefs), { delayMs: 0 });
  }

  level(uri: string): PrivacyLevel | undefined {
    return this.known.get(uri);
  }

  /** A counter to stamp a fetch with before it starts. */
  stamp(): number {
    return this.epoch;
  }

  /**
   * Apply a full snapshot taken at `stamp`. The first one (or after sign-in) only records; later ones (resync, new
   * application) report what differs from the last known levels.
   */
  applySnapshot(contacts: ContactRecord[], stamp: number, report: boolean): void {
    this.uriByHref.clear();
    this.relHrefByUri.clear();
    const present = new Set<string>();
    for (const c of contacts) {
      present.add(c.uri);
      this.uriByHref.set(hrefKey(c.href), c.uri);
      if (c.relationshipHref !== undefined) {
        this.uriByHref.set(hrefKey(c.relationshipHref), c.uri);
        this.relHrefByUri.set(c.uri, c.relationshipHref);
      }
      if (!report || !this.known.has(c.uri)) {
        this.known.set(c.uri, c.level);
      } else if ((this.touched.get(c.uri) ?? -1) > stamp) {
        this.refetch(c.uri); // our own change overlapped the snapshot: ask again
      } else {
        this.observe(c.uri, c.level);
      }
    }
    for (const uri of this.known.keys()) if (!present.has(uri)) this.known.delete(uri);
  }

  /**
   * Levels read outside the lane (after subscribing, in the subscription request). They may already be stale, so
   * they only say which contacts to fetch again; the lane's fetch decides, as for an event. Returns how many.
   */
  recheck(levels: ReadonlyMap<string, PrivacyLevel>): number {
    let n = 0;
    for (const [uri, level] of levels) {
      const known = this.known.get(uri);
      if (known === undefined || known === level) continue;
      this.refetch(uri);
      n++;
    }
    return n;
  }

  /** Serialise a task (a snapshot) with the relationship fetches. */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    return this.lane.exclusive(task);
  }

  /** A `contactPrivacyRelationship updated` event: fetch it soon (bursts coalesce into one batch). */
  onUpdated(linkHref: string, inHref?: string): void {
    const uri =
      this.uriByHref.get(hrefKey(linkHref)) ?? (inHref ? this.uriByHref.get(hrefKey(inHref)) : undefined);
    if (uri === undefined) {
      this.deps.onUnknownContact();
      return;
    }
    this.refetch(uri);
  }

  private refetch(uri: string): void {
    const href = this.relHrefByUri.get(uri);
    if (href !== undefined) this.lane.mark(href);
  }

  /** Resolves once every pending fetch has been applied. */
  idle(): Promise<void> {
    return this.lane.idle();
  }

  pending(): number {
    return this.lane.size();
  }

  /** Drop fetches not yet made (the session ended); last known levels stay for the next snapshot's diff. */
  cancelPending(): void {
    this.lane.clear();
  }

  clear(): void {
    this.lane.clear();
    this.known.clear();
    this.uriByHref.clear();
    this.relHrefByUri.clear();
    this.own.clear();
    this.unanswered.clear();
    this.touched.clear();
  }

  /**
   * Run our own change. While it runs, a level equal to `target` seen by any fetch is ours (the echo may beat the
   * PUT's answer). On success the change is reported as ours if no echo did so already.
   */
  async ownChange(uri: string, target: PrivacyLevel | 'any', put: () => Promise<void>): Promise<void> {
    this.touch(uri);
    this.own.set(uri, target);
    try {
      await put();
    } catch (error) {
      this.own.delete(uri);
      this.touch(uri);
      if (mayHaveApplied(error)) {
        this.unanswered.set(uri, { level: target, until: this.deps.clock.now() + UNANSWERED_MS });
        this.refetch(uri); // find out what the server has now, sooner than its event
      }
      throw error;
    }
    this.touch(uri);
    if (target === 'any') {
      // The server decides the level of a reset: read it back, then it is reported as ours.
      this.refetch(uri);
      await this.lane.idle();
      this.own.delete(uri);
      return;
    }
    this.observe(uri, target);
    this.own.delete(uri);
  }

  private touch(uri: string): void {
    this.epoch++;
    this.touched.set(uri, this.epoch);
  }

  /** The single place a change is decided and reported. */
  private observe(uri: string, level: PrivacyLevel): void {
    const from = this.known.get(uri);
    const own = this.own.get(uri);
    if (from === undefined) {
      this.known.set(uri, level);
      return;
    }
    if (from === level) return;
    const unanswered = this.unanswered.get(uri);
    this.unanswered.delete(uri);
    const late =
      unanswered !== undefined &&
      this.deps.clock.now() <= unanswered.until &&
      (unanswered.level === 'any' || unanswered.level === level);
    const ours = late || (own !== undefined && (own === 'any' || own === level));
    const reset = ours && (own ?? unanswered?.level) === 'any';
    if (ours) this.own.delete(uri);
    this.known.set(uri, level);
    const change: RelationshipChange = { uri, from, to: level, at: this.deps.clock.now(), ours };
    if (reset) change.reset = true;
    this.deps.onChange(change);
  }

  private async fetchAndDiff(hrefs: string[]): Promise<string[]> {
    const retry: string[] = hrefs.slice(MAX_PER_FLUSH);
    const batch = hrefs.slice(0, MAX_PER_FLUSH);
    const stamp = this.stamp();
    let results: FetchResult[];
    try {
      results = await this.deps.fetchMany(batch);
    } catch (error) {
      this.deps.log?.warn?.('relationship fetch failed; will retry', { error: String(error) });
      return hrefs;
    }
    batch.forEach((href, i) => {
      const uri = this.uriByHref.get(hrefKey(href));
      const result = results[i];
      if (uri === undefined || result === undefined) return; // contact gone meanwhile
      if (!result.ok) {
        const status = (result.error as { status?: unknown } | null)?.status;
        if (status !== 404 && status !== 403) retry.push(href);
        return;
      }
      if ((this.touched.get(uri) ?? -1) > stamp) {
        retry.push(href);
        return;
      }
      const level = result.resource.properties.relationshipLevel;
      if (!isPrivacyLevel(level)) {
        this.deps.log?.warn?.('relationship without a known level', { uri });
        return;
      }
      this.observe(uri, level);
    });
    return retry;
  }
}
