// The words of every OS notification: a small function per notification type, from an app event to
// {title, body, target}. Everything that came from a server goes through plainText() first.
import { levelCapabilities } from '../ipc/contract.js';
import type { ChangeEntry, InvitationView, PrivacyLevel, StatusAlert } from '../ipc/contract.js';
import type { NotificationContent } from '../ipc/ports.js';
import { plainText } from './plainText.js';

const NAME_MAX = 80;
const label = (level: PrivacyLevel): string => levelCapabilities[level].label;

/** "Priya now sees what External Contacts see", in the one wording the window uses too. */
export function nowSees(name: string, level: PrivacyLevel): string {
  if (level === 'Blocked') return `${name} is now blocked`;
  if (level === 'Unknown') return `The server no longer says what ${name} sees`;
  return `${name} now sees what ${label(level)} see`;
}

/** Only the user changes their own relationships: a change this app did not make came from another device or client. */
export function relationshipChangedText(change: ChangeEntry): NotificationContent {
  const name = plainText(change.contact.name || change.contact.uri, NAME_MAX);
  return {
    title: 'Changed from another device',
    body: `${nowSees(name, change.to)} (was ${label(change.from)}).`,
    target: { view: 'contacts', uri: change.contact.uri },
  };
}

export function invitationText(invitation: InvitationView): NotificationContent {
  const forWhom = invitation.onBehalfOf ?? invitation.delegator;
  const from = plainText(invitation.from.name || invitation.from.uri, NAME_MAX);
  const what = invitation.kind === 'messaging' ? 'Message' : 'Call';
  const verb = invitation.kind === 'messaging' ? 'sent a message' : 'is calling';
  const subject = invitation.subject ? `: “${plainText(invitation.subject)}”` : '';
  if (forWhom === null) {
    return {
      title: `Incoming ${what.toLowerCase()}`,
      body: `${from} ${verb}${subject}. Answer in Skype for Business.`,
      target: { view: 'invitations', uri: invitation.from.uri },
    };
  }
  const whom = plainText(forWhom.name || forWhom.uri, NAME_MAX);
  return {
    title: `${what} for ${whom}`,
    body: `${from} ${verb} for ${whom}${subject}. Answer in Skype for Business.`,
    target: { view: 'invitations', uri: invitation.from.uri },
  };
}

export function signedOutText(reason: string): NotificationContent {
  return { title: 'UCWA Tray signed out', body: plainText(reason, 300), target: { view: 'signIn' } };
}

/** One change, in the words of a list ("Priya now sees what Workgroup see", "Sam was added"). */
export function changeInWords(change: ChangeEntry): string {
  const name = plainText(change.contact.name || change.contact.uri, NAME_MAX);
  if (change.kind === 'added') return `${name} was added to your contacts`;
  if (change.kind === 'removed') return `${name} was removed from your contacts`;
  return nowSees(name, change.to);
}

const when = new Intl.DateTimeFormat(undefined, { weekday: 'short', hour: '2-digit', minute: '2-digit' });

/** "While you were away: 3 relationships changed" — what changed between the last run and this one, in one notification. */
export function whileAwayText(changes: ChangeEntry[], since: number, until: number): NotificationContent {
  const named = changes.slice(0, 2).map(changeInWords);
  const rest = changes.length - named.length;
  const list = rest > 0 ? `${named.join(', ')} and ${rest} more` : named.join(' and ');
  const count = changes.length === 1 ? '1 relationship changed' : `${changes.length} relationships changed`;
  return {
    title: `While you were away: ${count}`,
    body: `${list}. Changed between ${when.format(since)} and ${when.format(until)}.`,
    target: { view: 'activity', filter: 'whileAway' },
  };
}

/** `names`: the contacts whose change this summary stands for, in order (the body names the first three). */
export function burstSummaryText(names: string[]): NotificationContent {
  const shown = names.slice(0, 3).map((n) => plainText(n, NAME_MAX));
  const rest = names.length - shown.length;
  const list = rest > 0 ? `${shown.join(', ')} and ${rest} more` : shown.join(', ');
  return {
    title: `${names.length} relationships changed from another device`,
    body: shown.length > 0 ? `${list}. Open Activity to see them all.` : 'Open Activity to see them.',
    target: { view: 'activity' },
  };
}

const AVAILABILITY_WORDS: Record<string, string> = {
  Online: 'available',
  IdleOnline: 'available (inactive)',
  Busy: 'busy',
  IdleBusy: 'busy (inactive)',
  DoNotDisturb: 'on Do Not Disturb',
  BeRightBack: 'back soon',
  Away: 'away',
  Offline: 'offline',
  Unknown: 'unknown',
};

/** A tagged person's status changed the way the user asked to hear of ("Priya is available"). */
export function statusAlertText(alert: StatusAlert): NotificationContent {
  const name = plainText(alert.name || alert.uri, NAME_MAX);
  const now = AVAILABILITY_WORDS[alert.to] ?? 'available';
  const was = AVAILABILITY_WORDS[alert.from] ?? 'unknown';
  const title =
    alert.reason === 'leftDoNotDisturb'
      ? `${name} left Do Not Disturb`
      : alert.reason === 'leftAway'
        ? `${name} is back`
        : `${name} is available`;
  return { title, body: `${name} is ${now} now (was ${was}).`, target: { view: 'contacts', uri: alert.uri } };
}
