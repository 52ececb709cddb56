// The application and what it embeds: me, people, communication.
import type { Link, Res } from '../render.js';
import type { SimContact } from '../types.js';
import { eventsHref, photoHref } from './hrefs.js';
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
}

export function applicationRes(app: AppView, me: Res, directoryUser: SimContact): Res {
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
      me,
      people: peopleRes(app.base),
      communication: communicationRes(app.base, directoryUser),
    },
  };
}

export function meRes(app: AppView, user: SimContact): Res {
  const b = app.base;
  const links: Record<string, Link> = {
    makeMeAvailable: { href: `${b}/me/makeMeAvailable` },
    photo: { href: photoHref(b, user.uri) },
  };
  if (app.madeAvailable) {
    links.presence = { href: `${b}/me/presence` };
    links.note = { href: `${b}/me/note` };
    links.location = { href: `${b}/me/location` };
    links.reportMyActivity = { href: `${b}/reportMyActivity` };
  }
  return {
    rel: 'me',
    href: `${b}/me`,
    props: compact({
      name: user.name,
      uri: user.uri,
      emailAddresses: user.emailAddresses,
      title: user.title,
      department: user.department,
      company: user.company,
    }),
    links,
  };
}

export function peopleRes(b: string): Res {
  const p = `${b}/people`;
  return {
    rel: 'people',
    href: p,
    links: {
      myContactsAndGroupsSubscription: { href: `${p}/contactsAndGroupsSubscription` },
      myContacts: { href: `${p}/contacts` },
      myGroupMemberships: { href: `${p}/groupMemberships` },
      myGroups: { href: `${p}/groups` },
      myPrivacyRelationships: { href: `${p}/privacyRelationships` },
      presenceSubscriptionMemberships: { href: `${p}/presenceSubscriptionMemberships` },
      presenceSubscriptions: { href: `${p}/presenceSubscriptions` },
      search: { href: `${p}/search` },
      subscribedContacts: { href: `${p}/subscribedContacts` },
    },
  };
}

export function communicationRes(b: string, user: SimContact): Res {
  return {
    rel: 'communication',
    href: `${b}/communication`,
    props: {
      conversationHistory: 'Disabled',
      supportedMessageFormats: ['Plain'],
      supportedModalities: user.modalities.filter((m) => m === 'Messaging' || m === 'PhoneAudio'),
    },
    links: {
      conversations: { href: `${b}/communication/conversations` },
      missedItems: { href: `${b}/communication/missedItems` },
    },
  };
}
