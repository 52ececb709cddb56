// The window's contact-list requests (groups, search, adding and removing people, delegation, tags), answered by the
// model of the current session, and its pushes: the groups and the tagged people whenever they change.
import { BackendError } from '../ipc/errors.js';
import type { ContactListServices } from '../ipc/handlers.js';
import type { PushHub } from '../ipc/pushHub.js';
import { notSignedIn } from '../words/session.js';
import type { SessionService } from './session.js';

export function createContactListServices(deps: {
  session: SessionService;
  hub: PushHub;
}): ContactListServices {
  const { session, hub } = deps;
  const model = () => {
    if (!session.isSignedIn()) throw new BackendError('NotSignedIn', notSignedIn());
    return session.current;
  };
  session.events.on('contactList', (view) => hub.push('contactList:changed', view));
  session.events.on('tags', (tags) => hub.push('tags:changed', tags));
  return {
    get: async () => model().contactList.load(),
    search: async (query, limit) => model().contactList.search(query, limit),
    add: async (uri, groupId) => model().contactList.addToGroup(uri, groupId),
    remove: async (uri, groupId) =>
      groupId === undefined
        ? model().contactList.removeContact(uri)
        : model().contactList.removeFromGroup(uri, groupId),
    setLevel: async (uri, level) => model().contactList.setLevel(uri, level),
    createGroup: async (name) => model().contactList.createGroup(name),
    renameGroup: async (id, name) => model().contactList.renameGroup(id, name),
    deleteGroup: async (id) => model().contactList.deleteGroup(id),
    expandGroup: async (id) => model().contactList.expandDistributionGroup(id),
    delegation: async () => {
      await model().contactList.load();
      return model().contactList.delegation();
    },
    tags: () => (session.isSignedIn() ? session.current.alerts.list() : []),
    tag: async (uri) => model().alerts.tag(uri),
    untag: async (uri) => model().alerts.untag(uri),
  };
}
