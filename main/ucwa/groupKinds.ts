// The server's group kinds (reference §4.6, myGroups2_ref): the one list the protocol client, the simulator and (through
// the IPC contract) the window share. Plain values, no imports, so the renderer can bundle it. The order is the order
// groups are shown in: Favorites, Other Contacts, the user's groups, then the ones the server fills.

export const GROUP_KINDS = [
  'pinnedGroup',
  'defaultGroup',
  'group',
  'myOrganizationGroup',
  'delegatesGroup',
  'delegatorsGroup',
  'distributionGroup',
] as const;
/** pinnedGroup is Favorites, defaultGroup is Other Contacts. */
export type GroupKind = (typeof GROUP_KINDS)[number];

export const isGroupKind = (rel: string): rel is GroupKind =>
  (GROUP_KINDS as readonly string[]).includes(rel);
