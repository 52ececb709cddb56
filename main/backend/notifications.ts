// The one notifications service. Pure decisions, no Electron: the OS side is a NotifierPort (main/shell/notifier.ts
// in the app), the words are main/words/notifications.ts. `decide` says whether a notification may be shown, and
// every call returns an outcome (sent, or suppressed and why) so tests and logs can tell why nothing appeared.
// Bursts: a relationship change after a quiet spell is shown at once and opens a two-second window; changes inside
// it are held. When it closes, up to three changes in all are shown one by one; more than three become one
// summary of the held ones ("4 relationships changed", opening the activity view), so a burst costs two
// notifications, not five. A stream that goes on is summarised at widening intervals. Invitations and sign-outs are
// never summarised: each one asks something of the user.
// Status alerts are gathered too, differently: each one waits two seconds for others, so people who become available
// together (a meeting ending) are one notification ("3 people are now available"), and one alone is its own.
import type { ChangeEntry, InvitationView, StatusAlert } from '../ipc/contract.js';
import type { Clock, NotificationContent, NotificationTarget, NotifierPort } from '../ipc/ports.js';
import {
  burstSummaryText,
  invitationText,
  relationshipChangedText,
  signedOutText,
  statusAlertBurstText,
  statusAlertText,
  whileAwayText,
} from '../words/notifications.js';

export type NotificationIntent =
  | { type: 'relationshipChanged'; change: ChangeEntry }
  | { type: 'invitation'; invitation: InvitationView }
  | { type: 'signedOut'; reason: string }
  /** Once after a start: what changed while the app was not running (one summary, never a burst). */
  | { type: 'whileAway'; changes: ChangeEntry[]; since: number; until: number }
  /** A person the user tagged became available: the user asked for it by tagging (no preference of its own). */
  | { type: 'statusAlert'; alert: StatusAlert };

export interface NotificationPrefs {
  notifyRelationshipChanges: boolean;
  notifyInvitations: boolean;
  notifySignedOut: boolean;
}

export interface NotificationContext {
  now: number;
  pausedUntil: number | null;
  prefs: NotificationPrefs;
  osDoNotDisturb: boolean;
}

export type SuppressedWhy =
  'paused' | 'own-change' | 'disabled' | 'burst-summarised' | 'os-dnd' | 'not-delegated';
export type NotificationOutcome =
  | { outcome: 'sent' }
  | { outcome: 'suppressed'; why: SuppressedWhy }
  /** Part of a possible burst: decided when its window closes (sent, summarised or suppressed). */
  | { outcome: 'held' };

export const BURST_WINDOW_MS = 2000;
export const BURST_MAX = 3;
/** The longest a continuing stream of changes waits for its next summary. */
export const MAX_BURST_WINDOW_MS = 30_000;
/** How long a status alert waits for others to be told with it. */
export const ALERT_WINDOW_MS = 2000;

// ---------------------------------------------------------------------------------------------------------
// Decision (everything but the burst, which needs memory)

export function decide(intent: NotificationIntent, ctx: NotificationContext): NotificationOutcome {
  if (intent.type === 'relationshipChanged' && intent.change.ours)
    return { outcome: 'suppressed', why: 'own-change' };
  if (intent.type === 'invitation' && !intent.invitation.onBehalfOf && !intent.invitation.delegator) {
    return { outcome: 'suppressed', why: 'not-delegated' };
  }
  const enabled =
    intent.type === 'statusAlert'
      ? true
      : intent.type === 'relationshipChanged' || intent.type === 'whileAway'
        ? ctx.prefs.notifyRelationshipChanges
        : intent.type === 'invitation'
          ? ctx.prefs.notifyInvitations
          : ctx.prefs.notifySignedOut;
  if (!enabled) return { outcome: 'suppressed', why: 'disabled' };
  if (ctx.pausedUntil !== null && ctx.now < ctx.pausedUntil) return { outcome: 'suppressed', why: 'paused' };
  if (ctx.osDoNotDisturb) return { outcome: 'suppressed', why: 'os-dnd' };
  return { outcome: 'sent' };
}

export function contentFor(intent: NotificationIntent): NotificationContent {
  switch (intent.type) {
    case 'relationshipChanged':
      return relationshipChangedText(intent.change);
    case 'invitation':
      return invitationText(intent.invitation);
    case 'signedOut':
      return signedOutText(intent.reason);
    case 'whileAway':
      return whileAwayText(intent.changes, intent.since, intent.until);
    case 'statusAlert':
      return statusAlertText(intent.alert);
  }
}

// ---------------------------------------------------------------------------------------------------------
// The service

export interface NotificationService {
  /**
   * Decide and show. A relationship change that arrives while a burst window is open, and every status alert, is
   * `held`: its outcome is decided when the window closes and reported through `onDeferred`.
   */
  notify(intent: NotificationIntent): NotificationOutcome;
  dispose(): void;
}

type RelationshipIntent = Extract<NotificationIntent, { type: 'relationshipChanged' }>;
type StatusAlertIntent = Extract<NotificationIntent, { type: 'statusAlert' }>;

export function createNotificationService(deps: {
  notifier: NotifierPort;
  clock: Clock;
  /** Pause and preferences as they are now (read again when a held burst is decided). */
  context: () => Omit<NotificationContext, 'now' | 'osDoNotDisturb'>;
  /** A notification was clicked: open the window on its target. */
  open: (target: NotificationTarget) => void;
  /** The outcome of a change that notify() answered `held`. */
  onDeferred?: (intent: NotificationIntent, outcome: NotificationOutcome) => void;
}): NotificationService {
  const { notifier, clock, open } = deps;
  /** The relationship changes of the open window that were not shown at once. */
  let held: RelationshipIntent[] = [];
  /** Changes in the open window: the one shown at once (if any) plus the held ones. */
  let inWindow = 0;
  let windowTimer: unknown;
  /** Set while a stream of changes continues right after a summary: the next window holds from its start. */
  let summarisedAt: number | undefined;
  let windowMs = BURST_WINDOW_MS;

  function show(content: NotificationContent): void {
    notifier.show(content, () => open(content.target));
  }

  function contextNow(): NotificationContext {
    return { ...deps.context(), now: clock.now(), osDoNotDisturb: notifier.isDoNotDisturb?.() ?? false };
  }

  function closeWindow(): void {
    windowTimer = undefined;
    const batch = held;
    const count = inWindow;
    held = [];
    inWindow = 0;
    // Decided again now: a pause started, or a preference switched off, since they were held counts.
    const ctx = contextNow();
    const decided = batch.map((intent) => ({ intent, outcome: decide(intent, ctx) }));
    const toShow = decided.filter((d) => d.outcome.outcome === 'sent');
    for (const d of decided) if (d.outcome.outcome !== 'sent') deps.onDeferred?.(d.intent, d.outcome);
    if (toShow.length === 0) {
      summarisedAt = undefined;
      windowMs = BURST_WINDOW_MS;
      return;
    }
    if (count > BURST_MAX) {
      // The summary stands for the changes not shown on their own (the first one of the window may have been).
      show(burstSummaryText(toShow.map((d) => d.intent.change.contact.name)));
      for (const d of toShow) deps.onDeferred?.(d.intent, { outcome: 'suppressed', why: 'burst-summarised' });
      // A stream that goes on gets fewer, longer windows: one summary every 2, 4, 8 … 30 s.
      summarisedAt = clock.now();
      windowMs = Math.min(windowMs * 2, MAX_BURST_WINDOW_MS);
      return;
    }
    for (const d of toShow) {
      show(contentFor(d.intent));
      deps.onDeferred?.(d.intent, d.outcome);
    }
    summarisedAt = undefined;
    windowMs = BURST_WINDOW_MS;
  }

  /** The status alerts waiting for their window to close, and its timer. */
  let alertsHeld: StatusAlertIntent[] = [];
  let alertTimer: unknown;

  function closeAlertWindow(): void {
    alertTimer = undefined;
    const ctx = contextNow();
    const decided = alertsHeld.map((intent) => ({ intent, outcome: decide(intent, ctx) }));
    alertsHeld = [];
    const toShow = decided.filter((d) => d.outcome.outcome === 'sent').map((d) => d.intent);
    for (const d of decided) if (d.outcome.outcome !== 'sent') deps.onDeferred?.(d.intent, d.outcome);
    const people = new Set(toShow.map((i) => i.alert.uri));
    // One person (however often they changed) gets their own words, from their latest change.
    const single = people.size === 1 ? toShow[toShow.length - 1] : undefined;
    if (people.size > 1) show(statusAlertBurstText(toShow.map((i) => i.alert)));
    else if (single !== undefined) show(contentFor(single));
    for (const intent of toShow) {
      deps.onDeferred?.(
        intent,
        intent === single ? { outcome: 'sent' } : { outcome: 'suppressed', why: 'burst-summarised' },
      );
    }
  }

  function holdAlert(intent: StatusAlertIntent): NotificationOutcome {
    alertsHeld.push(intent);
    alertTimer ??= clock.setTimeout(closeAlertWindow, ALERT_WINDOW_MS);
    return { outcome: 'held' };
  }

  function hold(intent: RelationshipIntent): NotificationOutcome {
    held.push(intent);
    inWindow += 1;
    windowTimer ??= clock.setTimeout(closeWindow, windowMs);
    return { outcome: 'held' };
  }

  return {
    notify(intent) {
      const decision = decide(intent, contextNow());
      if (decision.outcome !== 'sent') return decision;
      if (intent.type === 'statusAlert') return holdAlert(intent);
      if (intent.type === 'relationshipChanged') {
        if (windowTimer !== undefined) return hold(intent);
        const now = clock.now();
        if (summarisedAt !== undefined && now - summarisedAt < BURST_WINDOW_MS) return hold(intent);
        // Quiet until now: show this one at once and open a window that decides what follows it.
        summarisedAt = undefined;
        windowMs = BURST_WINDOW_MS;
        inWindow = 1;
        windowTimer = clock.setTimeout(closeWindow, windowMs);
      }
      show(contentFor(intent));
      return decision;
    },
    dispose() {
      if (windowTimer !== undefined) clock.clearTimeout(windowTimer);
      windowTimer = undefined;
      held = [];
      inWindow = 0;
      if (alertTimer !== undefined) clock.clearTimeout(alertTimer);
      alertTimer = undefined;
      alertsHeld = [];
    },
  };
}
