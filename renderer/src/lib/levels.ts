// Privacy levels as the UI shows them: the order of the official client's Relationships tab and the labels.
import { levelCapabilities, type PrivacyLevel } from '../../../main/ipc/levels.js';

/** Group order in the contact list, closest first (like the Lync/Skype for Business Relationships view). */
export const levelOrder: readonly PrivacyLevel[] = [
  'FriendsAndFamily',
  'Workgroup',
  'Colleagues',
  'External',
  'Blocked',
  'Unknown',
];

export function levelLabel(level: PrivacyLevel): string {
  return levelCapabilities[level].label;
}

/** The group heading: "Blocked Contacts" reads better than "Blocked" over a list of people. */
export function groupLabel(level: PrivacyLevel): string {
  return level === 'Blocked' ? 'Blocked Contacts' : levelLabel(level);
}
