// The control API's contact-list operations: the changes another client (or the server) makes to the user's
// contact list. They skip the rules a client of this API meets, and raise the same events.
import { PERSONAL } from './contactList.js';
import type { SimContext } from './context.js';
import { normaliseUri } from './directory.js';
import type { SimContact, SimControl } from './types.js';

type ContactListControl = Pick<
  SimControl,
  | 'addContact'
  | 'removeContact'
  | 'groups'
  | 'createGroup'
  | 'renameGroup'
  | 'deleteGroup'
  | 'addToGroup'
  | 'removeFromGroup'
  | 'listDistributionGroup'
  | 'setOrganization'
>;

const asServer = { asServer: true };

export function contactListControl(ctx: SimContext): ContactListControl {
  const list = ctx.contactList;
  return {
    addContact: (c: Partial<SimContact> & { uri: string; name: string }) => {
      if (!c.uri || !c.name) throw new Error('addContact needs uri and name');
      const person = ctx.dir.upsert(c);
      // Into the group it names if that is a personal one (the contact list is made of those), else Other Contacts.
      const named = list.get(c.group) ?? list.get(person.group);
      const target = named && PERSONAL.has(named.kind) ? named : list.ofKind('defaultGroup');
      if (target && !target.members.has(person.uri)) list.add(person.uri, target.id, asServer);
    },
    removeContact: (uri) => list.removeFromAll(uri),
    groups: () =>
      list.all().map((g) => ({
        id: g.id,
        name: g.name,
        kind: g.kind,
        members: [...g.members],
        uri: g.uri,
        inContactList: g.kind === 'distributionGroup' ? g.listed : undefined,
      })),
    createGroup: (name) => list.create(name).id,
    renameGroup: (id, name) => {
      list.rename(id, name, asServer);
    },
    deleteGroup: (id) => list.remove(id, asServer),
    addToGroup: (uri, groupId) => {
      list.add(normaliseUri(uri), groupId, asServer);
    },
    removeFromGroup: (uri, groupId) => list.removeMember(uri, groupId, asServer),
    listDistributionGroup: (id, inContactList) => {
      list.listDistributionGroup(id, inContactList);
    },
    setOrganization: (org) => {
      list.setOrganization({ manager: org.manager, peers: [...org.peers], reports: [...org.reports] });
    },
  };
}
