// What the window, the tray and the CLI see of the contact list: the contract's views (main/ipc/contract.ts).
export type {
  ContactListState,
  ContactListView,
  DelegationGroups,
  GroupKind,
  GroupView,
  PersonView,
  SearchView,
} from '../ipc/contract.js';
