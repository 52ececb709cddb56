// The one notifications service. Pure decisions and texts, no Electron: the OS side is a NotifierPort
// (main/shell/notifier.ts in the app). Each notification type is a small function from an app event to
// {title, body, target}; `decide` says whether it may be shown, and every call returns an outcome (sent, or
// suppressed and why) so tests and logs can tell why nothing appeared.
// Bursts: more than three relationship changes within two seconds → the first three are shown, the rest are held
// and one summary ("5 relationships changed", opening the activity view) follows once the burst has been quiet for
// two seconds. Invitations and sign-outs are never summarised: each one asks something of the user.
import { levelCapabilities } from '../ipc/contract.js';
import type { ChangeEntry, InvitationView } from '../ipc/contract.js';
import type { Clock, NotificationContent, NotificationTarget, NotifierPort } from '../ipc/ports.js';

export type NotificationIntent =
  | { type: 'relationshipChanged'; change: ChangeEntry }
  | { type: 'invitation'; invitation: InvitationView }
  | { type: 'signedOut'; reason: string };

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
export type NotificationOutcome = { outcome: 'sent' } | { outcome: 'suppressed'; why: SuppressedWhy };

export const BURST_WINDOW_MS = 2000;
export const BURST_MAX = 3;

// ---------------------------------------------------------------------------------------------------------
// Texts

function levelName(level: ChangeEntry['to']): string {
  return level === 'External' ? 'External' : levelCapabilities[level].label;
}

export function relationshipChangedText(change: ChangeEntry): NotificationContent {
  return {
    title: 'Relationship changed',
    body: `${change.contact.name} is now ${levelName(change.to)} — was ${levelName(change.from)}`,
    target: { view: 'contacts', uri: change.contact.uri },
  };
}

export function invitationText(invitation: InvitationView): NotificationContent {
  const forWhom = invitation.onBehalfOf ?? invitation.delegator;
  const from = invitation.from.name || invitation.from.uri;
  const onBehalf = forWhom ? ` for ${forWhom.name || forWhom.uri}` : '';
  const body =
    invitation.kind === 'messaging' ? `${from} sent a message${onBehalf}` : `${from} is calling${onBehalf}`;
  const what = invitation.kind === 'messaging' ? 'Message' : 'Call';
  return {
    title: forWhom ? `${what} on behalf of ${forWhom.name || forWhom.uri}` : `Incoming ${what.toLowerCase()}`,
    body: invitation.subject ? `${body}: “${invitation.subject}”` : body,
    target: { view: 'invitations', uri: invitation.from.uri },
  };
}

export function signedOutText(reason: string): NotificationContent {
  return { title: 'UCWA Tray signed out', body: reason, target: { view: 'signIn' } };
}

export function burstSummaryText(count: number): NotificationContent {
  return {
    title: 'Relationships changed',
    body: `${count} relationships changed`,
    target: { view: 'activity' },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Decision (everything but the burst, which needs memory)

export function decide(intent: NotificationIntent, ctx: NotificationContext): NotificationOutcome {
  if (intent.type === 'relationshipChanged' && intent.change.ours)
    return { outcome: 'suppressed', why: 'own-change' };
  if (intent.type === 'invitation' && !intent.invitation.onBehalfOf && !intent.invitation.delegator) {
    return { outcome: 'suppressed', why: 'not-delegated' };
  }
  const enabled =
    intent.type === 'relationshipChanged'
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
  }
}

// ---------------------------------------------------------------------------------------------------------
// The service

export interface NotificationService {
  notify(
    intent: NotificationIntent,
    ctx: Omit<NotificationContext, 'now' | 'osDoNotDisturb'>,
  ): NotificationOutcome;
  dispose(): void;
}

export function createNotificationService(deps: {
  notifier: NotifierPort;
  clock: Clock;
  /** A notification was clicked: open the window on its target. */
  open: (target: NotificationTarget) => void;
}): NotificationService {
  const { notifier, clock, open } = deps;
  let recent: number[] = []; // times of relationship notifications in the current window
  let burstCount = 0; // relationship changes in the current burst (shown + held)
  let held = 0;
  let summaryTimer: unknown;

  function show(content: NotificationContent): void {
    notifier.show(content, () => open(content.target));
  }

  function flushSummary(): void {
    summaryTimer = undefined;
    if (held > 0) show(burstSummaryText(burstCount));
    held = 0;
    burstCount = 0;
    recent = [];
  }

  return {
    notify(intent, partial) {
      const now = clock.now();
      const ctx: NotificationContext = {
        ...partial,
        now,
        osDoNotDisturb: notifier.isDoNotDisturb?.() ?? false,
      };
      const decision = decide(intent, ctx);
      if (decision.outcome !== 'sent') return decision;
      if (intent.type === 'relationshipChanged') {
        recent = recent.filter((t) => now - t < BURST_WINDOW_MS);
        if (recent.length === 0 && held === 0) burstCount = 0;
        recent.push(now);
        burstCount += 1;
        if (recent.length > BURST_MAX || held > 0) {
          held += 1;
          if (summaryTimer !== undefined) clock.clearTimeout(summaryTimer);
          summaryTimer = clock.setTimeout(flushSummary, BURST_WINDOW_MS);
          return { outcome: 'suppressed', why: 'burst-summarised' };
        }
      }
      show(contentFor(intent));
      return decision;
    },
    dispose() {
      if (summaryTimer !== undefined) clock.clearTimeout(summaryTimer);
      summaryTimer = undefined;
    },
  };
}
