// The application and what it embeds: me, people, onlineMeetings, communication.
import type { Res } from '../render.js';
import type { SimContact } from '../types.js';
import { communicationRes } from './communication.js';
import { eventsHref } from './hrefs.js';
import { meRes } from './me.js';
import { onlineMeetingsRes } from './onlineMeetings.js';
import { compact } from './values.js';

export interface AppView {
  id: string;
  base: string; // /ucwa/oauth/v1/applications/{id}
  culture: string;
  endpointId: string;
  instanceId?: string;
  userAgent: string;
  madeAvailable: boolean;
  /** What makeMeAvailable asked for: incoming invitations arrive only in these (reference §2.2, §5). */
  modalities: string[];
  /** The message formats makeMeAvailable asked for (Plain unless Html too). */
  messageFormats: string[];
}

export function applicationRes(app: AppView, user: SimContact, ucs: boolean): Res {
  return {
    rel: 'application',
    href: app.base,
    props: compact({
      type: 'Browser',
      culture: app.culture,
      endpointId: app.endpointId,
      id: app.id,
      instanceId: app.instanceId,
      userAgent: app.userAgent,
    }),
    links: {
      batch: { href: `${app.base}/batch` },
      events: { href: eventsHref(app.base, 1) },
      policies: { href: `${app.base}/policies` },
    },
    embedded: {
      me: meRes(app, user),
      people: peopleRes(app.base, ucs),
      onlineMeetings: onlineMeetingsRes(app.base),
      communication: communicationRes(app),
    },
  };
}

/** people_ref.md. With the unified contact store, myGroups and myGroupMemberships are revision 2 (writable). */
export function peopleRes(b: string, ucs: boolean): Res {
  const p = `${b}/people`;
  const rev = ucs ? '2' : undefined;
  return {
    rel: 'people',
    href: p,
    links: {
      myContactsAndGroupsSubscription: { href: `${p}/contactsAndGroupsSubscription` },
      myContacts: { href: `${p}/contacts` },
      myGroupMemberships: { href: `${p}/groupMemberships`, revision: rev },
      myGroups: { href: `${p}/groups`, revision: rev },
      myPrivacyRelationships: { href: `${p}/privacyRelationships` },
      presenceSubscriptionMemberships: { href: `${p}/presenceSubscriptionMemberships` },
      presenceSubscriptions: { href: `${p}/presenceSubscriptions` },
      search: { href: `${p}/search`, revision: '2' },
      subscribedContacts: { href: `${p}/subscribedContacts` },
    },
  };
}
