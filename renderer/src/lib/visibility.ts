// Who sees what: for each piece of the user's information, the levels that can see it. The sources disagree in
// places; where they do, the UCWA reference (the protocol this app speaks) wins, and the help page says so.
//
// Sources:
//  [UCWA-rel]   UCWA reference, contactPrivacyRelationship / contactPrivacyRelationship2: "FriendsAndFamily contacts
//               see appointment and meeting titles, while Colleagues see only Free or Busy."
//  [UCWA-level] UCWA reference, PrivacyRelationshipLevel: "Blocked: Only email address and name are shared with
//               blocked contacts."
//  [UCMA]       Lync Server 2010 UCMA, PresenceRelationshipLevel enumeration: Personal (Friends and Family) "all
//               presence information, except meeting subject and location"; Workgroup "all presence information,
//               except home and other phone" and "can interrupt Do-not-disturb status"; Colleagues "all presence
//               information, except home, other and mobile phone, meeting subject and location"; External "only
//               name, title, email address, company, office and picture".
//  [Lync-help]  Microsoft support, "Control access to your presence information in Lync" (and its Skype for Business
//               twin): presence status is shown to External Contacts too; "only these contacts [Workgroup] can see
//               your meeting locations and get your attention … even if you've set your status to Do Not Disturb".
//
// Where they conflict: meeting subjects for Friends and Family — [UCWA-rel] says they see them, [UCMA] says they do
// not: this table follows [UCWA-rel]. Meeting locations for Friends and Family — [UCWA-rel] is silent, [UCMA] and
// [Lync-help] say Workgroup only: Workgroup only.
import type { PrivacyLevel } from '../../../main/ipc/contract.js';

export type InfoId =
  | 'presence'
  | 'note'
  | 'location'
  | 'freeBusy'
  | 'meetingSubjects'
  | 'meetingLocations'
  | 'mobilePhone'
  | 'homePhone'
  | 'otherPhone'
  | 'dndBreakthrough';

export interface InfoItem {
  id: InfoId;
  /** "your mobile phone number": reads after "who sees". */
  label: string;
  /** "mobile phone": for lists in menus. */
  short: string;
  seenBy: readonly PrivacyLevel[];
  /** Which source says so (see the header). */
  source: string;
}

export const infoItems: readonly InfoItem[] = [
  {
    id: 'presence',
    short: 'presence',
    label: 'your presence (Available, Busy, Away…)',
    seenBy: ['FriendsAndFamily', 'Workgroup', 'Colleagues', 'External'],
    source: '[Lync-help], [UCWA-level]',
  },
  {
    id: 'note',
    short: 'note',
    label: 'your note and out-of-office message',
    seenBy: ['FriendsAndFamily', 'Workgroup', 'Colleagues'],
    source: '[UCMA]',
  },
  {
    id: 'location',
    short: 'location',
    label: 'your location',
    seenBy: ['FriendsAndFamily', 'Workgroup', 'Colleagues'],
    source: '[UCMA]',
  },
  {
    id: 'freeBusy',
    short: 'free/busy',
    label: 'when you are free or busy',
    seenBy: ['FriendsAndFamily', 'Workgroup', 'Colleagues'],
    source: '[UCWA-rel]',
  },
  {
    id: 'meetingSubjects',
    short: 'meeting subjects',
    label: 'your meeting subjects',
    seenBy: ['FriendsAndFamily', 'Workgroup'],
    source: '[UCWA-rel] for Friends and Family (over [UCMA]), [UCMA] for Workgroup',
  },
  {
    id: 'meetingLocations',
    short: 'meeting locations',
    label: 'your meeting locations',
    seenBy: ['Workgroup'],
    source: '[UCMA], [Lync-help]',
  },
  {
    id: 'mobilePhone',
    short: 'mobile phone',
    label: 'your mobile phone number',
    seenBy: ['FriendsAndFamily', 'Workgroup'],
    source: '[UCMA]',
  },
  {
    id: 'homePhone',
    short: 'home phone',
    label: 'your home phone number',
    seenBy: ['FriendsAndFamily'],
    source: '[UCMA]',
  },
  {
    id: 'otherPhone',
    short: 'other phone',
    label: 'your other phone number',
    seenBy: ['FriendsAndFamily'],
    source: '[UCMA]',
  },
  {
    id: 'dndBreakthrough',
    short: 'Do Not Disturb',
    label: 'a way to reach you on Do Not Disturb',
    seenBy: ['Workgroup'],
    source: '[UCMA], [Lync-help]',
  },
];

/** What every level but Blocked sees, before the items above ([UCMA] External, [UCWA-level] Blocked). */
export const basics: Record<PrivacyLevel, string> = {
  FriendsAndFamily: 'your name, title, e-mail, company, office, picture',
  Workgroup: 'your name, title, e-mail, company, office, picture',
  Colleagues: 'your name, title, e-mail, company, office, picture',
  External: 'your name, title, e-mail, company, office, picture',
  Blocked: 'only your name and e-mail address, and they cannot reach you',
  Unknown: 'what the server allows: it did not say which level applies',
};

export function sees(level: PrivacyLevel, item: InfoItem): boolean {
  return item.seenBy.includes(level);
}

/** The items a level sees, in table order. */
export function itemsSeenBy(level: PrivacyLevel): InfoItem[] {
  return infoItems.filter((i) => sees(level, i));
}

function list(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1] ?? ''}`;
}

/** "mobile phone number" from "your mobile phone number", "presence" from "your presence (Available…)". */
function shortLabel(item: InfoItem): string {
  return item.label.replace(/^your /, '').replace(/ \(.*\)$/, '');
}

/** One sentence per level, from the table: what the menu and the help page say a level sees. */
export function levelSummary(level: PrivacyLevel): string {
  if (level === 'Blocked' || level === 'Unknown') return `Sees ${basics[level]}.`;
  const seen = itemsSeenBy(level);
  const items = seen.filter((i) => i.id !== 'dndBreakthrough').map(shortLabel);
  const reach = seen.some((i) => i.id === 'dndBreakthrough') ? ' Can reach you on Do Not Disturb.' : '';
  return `Sees ${list([basics[level], ...items])}.${reach}`;
}

/** The short form for menus: what a level sees beyond the contact card, in a line or two. */
export function levelShort(level: PrivacyLevel): string {
  if (level === 'Blocked') return 'Only your name and e-mail address; cannot reach you.';
  if (level === 'Unknown') return 'The server did not say which level applies.';
  const seen = itemsSeenBy(level);
  const items = list(seen.filter((i) => i.id !== 'dndBreakthrough').map((i) => i.short));
  const text = level === 'External' ? `your contact card and ${items}` : items;
  const reach = seen.some((i) => i.id === 'dndBreakthrough') ? ' Can reach you on Do Not Disturb.' : '';
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.${reach}`;
}

/** The line under the level on a contact's card: "Sees your contact card and presence, note…". */
export function levelLine(level: PrivacyLevel): string {
  if (level === 'Blocked') return 'Sees only your name and e-mail address, and cannot reach you.';
  if (level === 'Unknown') return 'The server did not say which level applies.';
  const seen = itemsSeenBy(level);
  const items = list([
    'your contact card',
    ...seen.filter((i) => i.id !== 'dndBreakthrough').map((i) => i.short),
  ]);
  const reach = seen.some((i) => i.id === 'dndBreakthrough') ? ' Can reach you on Do Not Disturb.' : '';
  return `Sees ${items}.${reach}`;
}
