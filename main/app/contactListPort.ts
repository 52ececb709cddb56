// The contact-list operations of the protocol client, as the app model uses them (ProtocolPort.contactList). Thin:
// everything protocol-shaped is in main/ucwa/contactList.ts.
import type { PrivacyLevel } from '../ipc/contract.js';
import type { UcwaClient } from '../ucwa/client.js';
import * as list from '../ucwa/contactList.js';
import type { ContactListRead, GroupSummary, SearchResult } from '../ucwa/contactList.js';
import type { ContactSummary } from '../ucwa/people.js';

export interface ContactListPort {
  read(): Promise<ContactListRead>;
  createGroup(name: string): Promise<void>;
  renameGroup(group: GroupSummary, name: string): Promise<void>;
  deleteGroup(group: GroupSummary): Promise<void>;
  addToGroup(uri: string, groupId?: string): Promise<void>;
  removeFromGroup(contactHref: string, group: GroupSummary): Promise<void>;
  removeFromAll(uri: string): Promise<void>;
  search(query: string, limit: number): Promise<SearchResult>;
  expand(group: GroupSummary): Promise<ContactSummary[]>;
  listDistributionGroup(group: GroupSummary, listed: boolean): Promise<void>;
  /** The level of anyone (in the list or not), from their own relationship resource. */
  level(person: ContactSummary): Promise<PrivacyLevel>;
  setLevel(person: ContactSummary, level: PrivacyLevel): Promise<void>;
}

export function clientContactList(client: UcwaClient): ContactListPort {
  return {
    read: () => list.readContactList(client),
    createGroup: async (name) => {
      await list.createGroup(client, name);
    },
    renameGroup: (group, name) => list.renameGroup(client, group, name),
    deleteGroup: (group) => list.deleteGroup(client, group),
    addToGroup: (uri, groupId) => list.addToGroup(client, uri, groupId),
    removeFromGroup: (href, group) => list.removeFromGroup(client, href, group),
    removeFromAll: (uri) => list.removeFromAllGroups(client, uri),
    search: (query, limit) => list.searchPeople(client, query, limit),
    expand: (group) => list.expandDistributionGroup(client, group),
    listDistributionGroup: (group, listed) => list.listDistributionGroup(client, group, listed),
    level: async (person) => (await client.relationship(person)).level,
    setLevel: async (person, level) => {
      await client.setRelationship(person, level);
    },
  };
}
