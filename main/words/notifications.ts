// The words of every OS notification: a small function per notification type, from an app event to
// {title, body, target}. Everything that came from a server goes through plainText() first. In the language main/i18n
// is set to (English, German, French); dates and times with its full tag.
import { localeTag, m } from '../i18n/index.js';
import type { ChangeEntry, InvitationView, PrivacyLevel, StatusAlert } from '../ipc/contract.js';
import type { NotificationContent } from '../ipc/ports.js';
import { levelName as label } from './levels.js';
import { plainText } from './plainText.js';

const NAME_MAX = 80;

/** "Priya now sees what External Contacts see", in the one wording the window uses too. */
export function nowSees(name: string, level: PrivacyLevel): string {
  if (level === 'Blocked') return m.notify_now_blocked({ name });
  if (level === 'Unknown') return m.notify_now_unknown({ name });
  return m.notify_now_sees({ name, level: label(level) });
}

/** Only the user changes their own relationships: a change this app did not make came from another device or client. */
export function relationshipChangedText(change: ChangeEntry): NotificationContent {
  const name = plainText(change.contact.name || change.contact.uri, NAME_MAX);
  return {
    title: m.notify_changed_title(),
    body: m.notify_changed_body({ change: nowSees(name, change.to), level: label(change.from) }),
    target: { view: 'contacts', uri: change.contact.uri },
  };
}

export function invitationText(invitation: InvitationView): NotificationContent {
  const forWhom = invitation.onBehalfOf ?? invitation.delegator;
  const from = plainText(invitation.from.name || invitation.from.uri, NAME_MAX);
  const message = invitation.kind === 'messaging';
  const subject = invitation.subject ? `: “${plainText(invitation.subject)}”` : '';
  if (forWhom === null) {
    return {
      title: message ? m.notify_incoming_message() : m.notify_incoming_call(),
      body: (message ? m.notify_sent_message : m.notify_is_calling)({ from, subject }),
      target: { view: 'invitations', uri: invitation.from.uri },
    };
  }
  const whom = plainText(forWhom.name || forWhom.uri, NAME_MAX);
  return {
    title: (message ? m.notify_message_for : m.notify_call_for)({ whom }),
    body: (message ? m.notify_sent_message_for : m.notify_is_calling_for)({ from, whom, subject }),
    target: { view: 'invitations', uri: invitation.from.uri },
  };
}

export function signedOutText(reason: string): NotificationContent {
  return { title: m.notify_signed_out_title(), body: plainText(reason, 300), target: { view: 'signIn' } };
}

/** One change, in the words of a list ("Priya now sees what Workgroup see", "Sam was added"). */
export function changeInWords(change: ChangeEntry): string {
  const name = plainText(change.contact.name || change.contact.uri, NAME_MAX);
  if (change.kind === 'added') return m.notify_added({ name });
  if (change.kind === 'removed') return m.notify_removed({ name });
  return nowSees(name, change.to);
}

const when = (at: number): string =>
  new Intl.DateTimeFormat(localeTag(), { weekday: 'short', hour: '2-digit', minute: '2-digit' }).format(at);

/** "A and B", "A, B and 3 more". */
function listed(names: string[], total: number): string {
  const rest = total - names.length;
  if (rest > 0) return m.notify_list_and_more({ list: names.join(', '), rest });
  if (names.length === 2) return m.notify_list_two({ first: names[0] ?? '', second: names[1] ?? '' });
  return names.join(', ');
}

/** "While you were away: 3 relationships changed" — what changed between the last run and this one, in one notification. */
export function whileAwayText(changes: ChangeEntry[], since: number, until: number): NotificationContent {
  const list = listed(changes.slice(0, 2).map(changeInWords), changes.length);
  return {
    title: m.notify_while_away_title({ count: changes.length }),
    body: m.notify_while_away_body({ list, since: when(since), until: when(until) }),
    target: { view: 'activity', filter: 'whileAway' },
  };
}

/** `names`: the contacts whose change this summary stands for, in order (the body names the first three). */
export function burstSummaryText(names: string[]): NotificationContent {
  const shown = names.slice(0, 3).map((n) => plainText(n, NAME_MAX));
  return {
    title: m.notify_burst_title({ count: names.length }),
    body:
      shown.length > 0
        ? m.notify_burst_body({
            list:
              names.length > shown.length
                ? m.notify_list_and_more({ list: shown.join(', '), rest: names.length - shown.length })
                : shown.join(', '),
          })
        : m.notify_burst_body_empty(),
    target: { view: 'activity' },
  };
}

/** How a status reads after "is" ("Priya is busy now"), lower case: not the window's labels, which stand alone. */
const AVAILABILITY_WORDS: Record<string, () => string> = {
  Online: () => m.notify_status_online(),
  IdleOnline: () => m.notify_status_idle_online(),
  Busy: () => m.notify_status_busy(),
  IdleBusy: () => m.notify_status_idle_busy(),
  DoNotDisturb: () => m.notify_status_do_not_disturb(),
  BeRightBack: () => m.notify_status_be_right_back(),
  Away: () => m.notify_status_away(),
  Offline: () => m.notify_status_offline(),
  Unknown: () => m.notify_status_unknown(),
};
const statusWords = (availability: string, otherwise: string): string =>
  (AVAILABILITY_WORDS[availability] ?? AVAILABILITY_WORDS[otherwise] ?? (() => availability))();

/** A tagged person's status changed the way the user asked to hear of ("Priya is available"). */
export function statusAlertText(alert: StatusAlert): NotificationContent {
  const name = plainText(alert.name || alert.uri, NAME_MAX);
  const now = statusWords(alert.to, 'Online');
  const was = statusWords(alert.from, 'Unknown');
  const title =
    alert.reason === 'leftDoNotDisturb'
      ? m.notify_alert_left_dnd_title({ name })
      : alert.reason === 'leftAway'
        ? m.notify_alert_back_title({ name })
        : m.notify_alert_available_title({ name });
  return {
    title,
    body: m.notify_alert_body({ name, now, was }),
    target: { view: 'contacts', uri: alert.uri },
  };
}

/** A status alert burst names this many people at most; the rest are counted. */
export const ALERT_BURST_NAMES = 5;
const AVAILABLE_NOW: ReadonlySet<string> = new Set(['Online', 'IdleOnline']);

/**
 * Several tagged people became available close together, in one notification ("3 people are now available" /
 * "Alex, Priya and Sam."). Each person counts once, however often they changed; one who is not available after all
 * (back from Away to Busy, out of Do Not Disturb) makes it "3 people are back".
 */
export function statusAlertBurstText(alerts: readonly StatusAlert[]): NotificationContent {
  const latest = new Map<string, StatusAlert>();
  for (const a of alerts) latest.set(a.uri, a);
  const people = [...latest.values()];
  const names = people.map((a) => plainText(a.name || a.uri.replace(/^sip:/i, ''), NAME_MAX));
  const shown = names.slice(0, ALERT_BURST_NAMES);
  const rest = names.length - shown.length;
  const list =
    rest > 0
      ? m.notify_list_and_more({ list: shown.join(', '), rest })
      : shown.length > 1
        ? // "A, B and C": the last one joined as the second of two.
          m.notify_list_two({ first: shown.slice(0, -1).join(', '), second: shown[shown.length - 1] ?? '' })
        : (shown[0] ?? '');
  const count = people.length;
  const allAvailable = people.every((a) => AVAILABLE_NOW.has(a.to));
  return {
    title: allAvailable ? m.notify_alerts_available_title({ count }) : m.notify_alerts_back_title({ count }),
    body: m.notify_alerts_body({ list }),
    target: { view: 'contacts', uri: people[0]?.uri ?? '' },
  };
}
