// The contact list (main/app/contactList.ts): groups, people found by search, what the server lets the user change.
import type { PrivacyLevel } from '../levels.js';
import type { GroupKind } from '../../ucwa/groupKinds.js';
import type { Availability } from './contacts.js';

export type { GroupKind };

export interface PersonView {
  uri: string;
  name: string;
  title?: string;
  department?: string;
  company?: string;
  emailAddresses: string[];
  /** In at least one of the user's own groups (Favorites, Other Contacts, their groups). */
  inContactList: boolean;
  /** Undefined while not read (or when the server does not expose it). */
  level?: PrivacyLevel;
  availability?: Availability;
}

export interface GroupView {
  id: string;
  name: string;
  kind: GroupKind;
  /** A distribution group's address. */
  uri?: string;
  /** The user's own group: rename and delete offered. */
  editable: boolean;
  /** A distribution group: whether the server links addToContactList / removeFromContactList for it. */
  canAddToContactList: boolean;
  canRemoveFromContactList: boolean;
  members: PersonView[];
}

export type ContactListState = 'notLoaded' | 'loading' | 'ready' | 'absent' | 'failed';

export interface ContactListView {
  state: ContactListState;
  /** Why the list cannot be shown or changed (absent, failed, or read-only), in words. */
  reason?: string;
  canCreateGroups: boolean;
  canAddMembers: boolean;
  canRemoveFromAll: boolean;
  groups: GroupView[];
}

export interface SearchView {
  query: string;
  people: PersonView[];
  distributionGroups: GroupView[];
  moreResultsAvailable: boolean;
}

/** "My delegates" and "People I manage calls for" (the server's delegatesGroup and delegatorsGroup). */
export interface DelegationGroups {
  delegates: PersonView[];
  delegators: PersonView[];
}
