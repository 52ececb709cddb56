// What each level lets a contact see, in the window's language: the short form for menus and the line under the
// level on a contact's card. The English is what lib/visibility.ts derives from its table (a test holds the two
// together), so a change to the table shows up as a failing test here, not as a stale translation.
import { m } from '../../../i18n/paraglide/messages.js';
import type { PrivacyLevel } from '../../../main/ipc/contract.js';
import { loc } from './locale.js';

type Words = (inputs: object, options: ReturnType<typeof loc>) => string;

const short: Record<PrivacyLevel, Words> = {
  FriendsAndFamily: m.privacy_sees_short_friends,
  Workgroup: m.privacy_sees_short_workgroup,
  Colleagues: m.privacy_sees_short_colleagues,
  External: m.privacy_sees_short_external,
  Blocked: m.privacy_sees_short_blocked,
  Unknown: m.privacy_sees_unknown,
};

const line: Record<PrivacyLevel, Words> = {
  FriendsAndFamily: m.privacy_sees_line_friends,
  Workgroup: m.privacy_sees_line_workgroup,
  Colleagues: m.privacy_sees_line_colleagues,
  External: m.privacy_sees_line_external,
  Blocked: m.privacy_sees_line_blocked,
  Unknown: m.privacy_sees_unknown,
};

/** "Presence, note, location and free/busy.": what a level sees beyond the contact card, for menus. */
export function levelSeesShort(level: PrivacyLevel): string {
  return short[level]({}, loc());
}

/** "Sees your contact card, presence, note…": the line under the level on a contact's card. */
export function levelSeesLine(level: PrivacyLevel): string {
  return line[level]({}, loc());
}
