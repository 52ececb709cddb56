// Snapshot and subscription scheduling for one session: the full contact snapshot (at sign-in, after resync, resume
// or a new application, and when an event names a contact we do not know), and the subscriptions that make the
// server tell us of changes at all. Retries run on the session's scope, so they stop when the session does.
import type { ModelParts } from './parts.js';
import type { SessionScope } from './scope.js';

export const SNAPSHOT_RETRY_MS = 2_000;
/** Contact added/removed events come in bursts: wait this long so a burst costs one snapshot. */
export const CONTACT_LIST_SETTLE_MS = 250;

export class SessionSync {
  private snapshotTimer: unknown;
  private subscribeTimer: unknown;

  constructor(
    private readonly scope: SessionScope,
    private readonly parts: ModelParts,
  ) {}

  /** Contacts and levels from the server; `report` diffs them against the last known levels. */
  async takeSnapshot(report: boolean): Promise<void> {
    const { tracker, directory, stats } = this.parts;
    await tracker.exclusive(async () => {
      const stamp = tracker.stamp();
      const contacts = await this.scope.port.snapshot();
      if (!this.scope.active) return;
      stats.snapshots++;
      // Levels first (changes are named from the previous directory), then the directory pushes the new list.
      tracker.applySnapshot(contacts, stamp, report);
      directory.replaceAll(contacts);
    });
  }

  /** A snapshot later (and again on failure) without blocking the event queue. */
  scheduleSnapshot(delayMs: number): void {
    if (this.snapshotTimer !== undefined) return;
    this.snapshotTimer = this.scope.setTimeout(() => {
      this.snapshotTimer = undefined;
      this.takeSnapshot(true).catch((error: unknown) => this.snapshotFailed(error));
    }, delayMs);
  }

  /**
   * Subscriptions that did not take (a 503 on the batch, a refused part) are asked for again until they do: without
   * them the server tells this application of no change at all. The levels read with them catch what was missed.
   */
  async keepSubscribed(attempt: () => Promise<boolean>, retry = false): Promise<void> {
    if (await attempt()) {
      if (retry && this.scope.active) this.catchUp();
      return;
    }
    if (!this.scope.active || this.subscribeTimer !== undefined) return;
    this.subscribeTimer = this.scope.setTimeout(() => {
      this.subscribeTimer = undefined;
      void this.keepSubscribed(() => this.parts.subscriptions.establish(), true);
    }, SNAPSHOT_RETRY_MS);
  }

  /**
   * Subscribed again after a while without: who joined or left the list and which groups changed meanwhile was told
   * to nobody (the levels were read with the subscription). The list and the groups are read again.
   */
  private catchUp(): void {
    this.takeSnapshot(true).catch((error: unknown) => this.snapshotFailed(error));
    this.parts.contactList.rebuild();
  }

  /** After resync, resume or a new application: everything transient is read and asked for again. */
  async rebuild(): Promise<void> {
    try {
      await this.takeSnapshot(true);
    } catch (error) {
      this.snapshotFailed(error);
    }
    if (!this.scope.active) return;
    this.parts.contactList.rebuild();
    await this.keepSubscribed(() => this.parts.subscriptions.establish());
    if (this.scope.active) this.parts.availability.start();
    // Resume and a new application drop presence subscriptions: the tagged people's are made again.
    if (this.scope.active) await this.parts.alerts.start();
  }

  private snapshotFailed(error: unknown): void {
    if (!this.scope.active) return;
    this.parts.log.warn('snapshot failed; will retry', { error: String(error) });
    this.scheduleSnapshot(SNAPSHOT_RETRY_MS);
  }
}
