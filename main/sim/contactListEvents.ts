// Contact-list changes, made through the API or "from another client" (the control API), reach every application
// with a contacts-and-groups subscription (startOrRefreshSubscriptionToContactsAndGroups; reference §4.6), shaped and
// prioritised as the reference pages list them (myGroups2_ref.md, group2_ref.md, delegatesGroup_ref.md, ...):
// contact added/deleted in myContacts and in the group it joined or left (Low for delegates and delegators, High
// otherwise), group/distributionGroup added or deleted in myGroups, a group updated when renamed.
import type { App } from './applications.js';
import type { ContactListChange, Group } from './contactList.js';
import type { SimContext } from './context.js';
import type { Priority } from './eventQueue.js';
import type { SimEvent } from './render.js';
import * as R from './resources/index.js';

const LOW_MEMBERS = new Set<Group['kind']>(['delegatesGroup', 'delegatorsGroup', 'myOrganizationGroup']);
const LOW_GROUPS = new Set<Group['kind']>(['defaultGroup', 'pinnedGroup', 'myOrganizationGroup']);

function eventFor(app: App, change: ContactListChange): [SimEvent, Priority] {
  const b = app.base;
  const sender = { rel: 'people', href: `${b}/people` };
  switch (change.kind) {
    case 'listed':
    case 'unlisted':
      return [
        {
          sender,
          link: { rel: 'contact', href: R.contactHref(b, change.uri) },
          in: { rel: 'myContacts', href: `${b}/people/contacts` },
          type: change.kind === 'listed' ? 'added' : 'deleted',
        },
        'high',
      ];
    case 'memberAdded':
    case 'memberRemoved':
      return [
        {
          sender,
          link: { rel: 'contact', href: R.contactHref(b, change.uri) },
          in: { rel: change.group.kind, href: R.groupHref(b, change.group) },
          type: change.kind === 'memberAdded' ? 'added' : 'deleted',
        },
        LOW_MEMBERS.has(change.group.kind) ? 'low' : 'high',
      ];
    case 'groupUpdated':
      return [
        { sender, link: { rel: change.group.kind, href: R.groupHref(b, change.group) }, type: 'updated' },
        change.group.kind === 'myOrganizationGroup' ? 'low' : 'high',
      ];
    case 'groupAdded':
    case 'groupDeleted':
      return [
        {
          sender,
          link: { rel: change.group.kind, href: R.groupHref(b, change.group) },
          in: { rel: 'myGroups', href: R.groupsHref(b) },
          type: change.kind === 'groupAdded' ? 'added' : 'deleted',
        },
        LOW_GROUPS.has(change.group.kind) ? 'low' : 'high',
      ];
  }
}

export function wireContactListEvents(ctx: SimContext): void {
  ctx.contactList.onChange((change) => {
    for (const app of ctx.apps.list()) {
      if (!app.contactsSub) continue;
      const [event, priority] = eventFor(app, change);
      app.channel.push(event, priority);
    }
  });
}
