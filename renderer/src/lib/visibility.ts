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
import { m } from '../../../i18n/paraglide/messages.js';
import type { PrivacyLevel } from '../../../main/ipc/contract.js';
import { loc } from './locale.js';

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
  /** "your mobile phone number": a heading, and reads after "who sees". In the window's language. */
  readonly label: string;
  /** "mobile phone": for lists in menus. In the window's language. */
  readonly short: string;
  seenBy: readonly PrivacyLevel[];
}

type Message = (inputs: object, options: ReturnType<typeof loc>) => string;

/** An item whose words are read in the window's language each time (a view that shows them redraws on a change). */
function item(
  id: InfoId,
  seenBy: readonly PrivacyLevel[],
  words: { label: Message; short: Message; listed?: Message },
): InfoItem & { readonly listed: string } {
  return {
    id,
    seenBy,
    get label() {
      return words.label({}, loc());
    },
    get short() {
      return words.short({}, loc());
    },
    /** "mobile phone number": the item in a level's sentence ("Sees your name, …, mobile phone number"). */
    get listed() {
      return (words.listed ?? words.label)({}, loc());
    },
  };
}

const items = [
  // [Lync-help], [UCWA-level]
  item('presence', ['FriendsAndFamily', 'Workgroup', 'Colleagues', 'External'], {
    label: m.wsw_info_presence_label,
    short: m.wsw_info_presence_short,
    listed: m.wsw_info_presence_listed,
  }),
  // [UCMA]
  item('note', ['FriendsAndFamily', 'Workgroup', 'Colleagues'], {
    label: m.wsw_info_note_label,
    short: m.wsw_info_note_short,
    listed: m.wsw_info_note_listed,
  }),
  // [UCMA]
  item('location', ['FriendsAndFamily', 'Workgroup', 'Colleagues'], {
    label: m.wsw_info_location_label,
    short: m.wsw_info_location_short,
    listed: m.wsw_info_location_listed,
  }),
  // [UCWA-rel]
  item('freeBusy', ['FriendsAndFamily', 'Workgroup', 'Colleagues'], {
    label: m.wsw_info_free_busy_label,
    short: m.wsw_info_free_busy_short,
    listed: m.wsw_info_free_busy_listed,
  }),
  // [UCWA-rel] for Friends and Family (over [UCMA]), [UCMA] for Workgroup
  item('meetingSubjects', ['FriendsAndFamily', 'Workgroup'], {
    label: m.wsw_info_meeting_subjects_label,
    short: m.wsw_info_meeting_subjects_short,
    listed: m.wsw_info_meeting_subjects_listed,
  }),
  // [UCMA], [Lync-help]
  item('meetingLocations', ['Workgroup'], {
    label: m.wsw_info_meeting_locations_label,
    short: m.wsw_info_meeting_locations_short,
    listed: m.wsw_info_meeting_locations_listed,
  }),
  // [UCMA]
  item('mobilePhone', ['FriendsAndFamily', 'Workgroup'], {
    label: m.wsw_info_mobile_phone_label,
    short: m.wsw_info_mobile_phone_short,
    listed: m.wsw_info_mobile_phone_listed,
  }),
  // [UCMA]
  item('homePhone', ['FriendsAndFamily'], {
    label: m.wsw_info_home_phone_label,
    short: m.wsw_info_home_phone_short,
    listed: m.wsw_info_home_phone_listed,
  }),
  // [UCMA]
  item('otherPhone', ['FriendsAndFamily'], {
    label: m.wsw_info_other_phone_label,
    short: m.wsw_info_other_phone_short,
    listed: m.wsw_info_other_phone_listed,
  }),
  // [UCMA], [Lync-help]. Never listed: the sentences say it on its own ("Can reach you on Do Not Disturb.").
  item('dndBreakthrough', ['Workgroup'], { label: m.wsw_info_dnd_label, short: m.wsw_info_dnd_short }),
];

export const infoItems: readonly InfoItem[] = items;

/**
 * What every level but Blocked sees, before the items above ([UCMA] External, [UCWA-level] Blocked); in the window's
 * language, read when used.
 */
export const basics: Readonly<Record<PrivacyLevel, string>> = {
  get FriendsAndFamily() {
    return m.wsw_basics_card({}, loc());
  },
  get Workgroup() {
    return m.wsw_basics_card({}, loc());
  },
  get Colleagues() {
    return m.wsw_basics_card({}, loc());
  },
  get External() {
    return m.wsw_basics_card({}, loc());
  },
  get Blocked() {
    return m.wsw_basics_blocked({}, loc());
  },
  get Unknown() {
    return m.wsw_basics_unknown({}, loc());
  },
};

export function sees(level: PrivacyLevel, item: InfoItem): boolean {
  return item.seenBy.includes(level);
}

/** The items a level sees, in table order. */
export function itemsSeenBy(level: PrivacyLevel): InfoItem[] {
  return infoItems.filter((i) => sees(level, i));
}

/** "a, b and c" in the window's language (no comma before "and": the app's English is British). */
function list(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return m.wsw_and({ head: words.slice(0, -1).join(', '), last: words[words.length - 1] ?? '' }, loc());
}

/** What a level sees, split as the sentences say it: the listed items, and whether it breaks through DND. */
function seenWords(level: PrivacyLevel, word: (i: (typeof items)[number]) => string) {
  const seen = items.filter((i) => sees(level, i));
  return {
    words: seen.filter((i) => i.id !== 'dndBreakthrough').map(word),
    reach: seen.some((i) => i.id === 'dndBreakthrough') ? [m.wsw_reach_dnd({}, loc())] : [],
  };
}

/** One sentence per level, from the table: what the menu and the help page say a level sees. */
export function levelSummary(level: PrivacyLevel): string {
  if (level === 'Blocked' || level === 'Unknown') return m.wsw_sees({ items: basics[level] }, loc());
  const { words, reach } = seenWords(level, (i) => i.listed);
  return [m.wsw_sees({ items: list([basics[level], ...words]) }, loc()), ...reach].join(' ');
}

/** The short form for menus: what a level sees beyond the contact card, in a line or two. */
export function levelShort(level: PrivacyLevel): string {
  if (level === 'Blocked') return m.wsw_short_blocked({}, loc());
  if (level === 'Unknown') return m.wsw_level_not_said({}, loc());
  const { words, reach } = seenWords(level, (i) => i.short);
  const text = list(level === 'External' ? [m.wsw_contact_card({}, loc()), ...words] : words);
  return [`${text.charAt(0).toUpperCase()}${text.slice(1)}.`, ...reach].join(' ');
}

/** The line under the level on a contact's card: "Sees your contact card and presence, note…". */
export function levelLine(level: PrivacyLevel): string {
  if (level === 'Blocked') return m.wsw_line_blocked({}, loc());
  if (level === 'Unknown') return m.wsw_level_not_said({}, loc());
  const { words, reach } = seenWords(level, (i) => i.short);
  return [m.wsw_sees({ items: list([m.wsw_contact_card({}, loc()), ...words]) }, loc()), ...reach].join(' ');
}
