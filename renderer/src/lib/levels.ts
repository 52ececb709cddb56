// Privacy levels as the UI names and orders them. One name per level everywhere (menu, list, history, messages):
// "External Contacts", never "External"; in the window's language.
import { m } from '../../../i18n/paraglide/messages.js';
import { choosableLevels, type PrivacyLevel } from '../../../main/ipc/levels.js';
import { loc } from './locale.js';

export type ChoosableLevel = (typeof choosableLevels)[number];
export { choosableLevels };

/** Group order in the contact list, closest first (like the Lync/Skype for Business Relationships view). */
export const levelOrder: readonly PrivacyLevel[] = [
  'FriendsAndFamily',
  'Workgroup',
  'Colleagues',
  'External',
  'Blocked',
  'Unknown',
];

const labels: Record<PrivacyLevel, (p: object, o: ReturnType<typeof loc>) => string> = {
  FriendsAndFamily: m.level_friends,
  Workgroup: m.level_workgroup,
  Colleagues: m.level_colleagues,
  External: m.level_external,
  Blocked: m.level_blocked,
  Unknown: m.level_unknown,
};

export function levelLabel(level: PrivacyLevel): string {
  return labels[level]({}, loc());
}

export function isChoosable(level: PrivacyLevel): level is ChoosableLevel {
  return (choosableLevels as readonly string[]).includes(level);
}

/** The next level down (sees less), or null at Blocked / Unknown. */
export function levelBelow(level: PrivacyLevel): ChoosableLevel | null {
  const i = choosableLevels.indexOf(level as ChoosableLevel);
  return i < 0 ? null : (choosableLevels[i + 1] ?? null);
}

/**
 * True when the data says the contact is at the level auto-assignment gives: the server told us where the contact
 * comes from (so the automatic level is known, not guessed) and the level is that one. It does not say whether the
 * user once chose it by hand: the server does not tell, so the UI never claims more than "the automatic level".
 */
export function atAutoLevel(
  level: PrivacyLevel,
  contact: { autoLevel: PrivacyLevel; sourceNetwork?: string },
): boolean {
  return contact.sourceNetwork !== undefined && level === contact.autoLevel;
}
