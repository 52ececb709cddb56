// The contact-list subscription and presence subscriptions.
import type { Res } from '../render.js';
import { contactHref, sipPath } from './hrefs.js';

export function contactsSubscriptionRes(b: string, active: boolean): Res {
  const h = `${b}/people/contactsAndGroupsSubscription`;
  return {
    rel: 'myContactsAndGroupsSubscription',
    href: h,
    props: { state: active ? 'Connected' : 'Disconnected' },
    links: {
      startOrRefreshSubscriptionToContactsAndGroups: { href: `${h}/startOrRefresh` },
      stopSubscriptionToContactsAndGroups: { href: `${h}/stop` },
    },
  };
}

export function presenceSubscriptionRes(b: string, id: string): Res {
  const memberships = `${b}/people/presenceSubscriptionMemberships?presenceSubscriptionId=${id}`;
  return {
    rel: 'presenceSubscription',
    href: `${b}/people/presenceSubscriptions/${id}`,
    props: { id },
    links: { addToPresenceSubscription: { href: memberships }, memberships: { href: memberships } },
  };
}

export function presenceSubscriptionsRes(b: string, ids: string[]): Res {
  return {
    rel: 'presenceSubscriptions',
    href: `${b}/people/presenceSubscriptions`,
    embedded: { presenceSubscription: ids.map((id) => presenceSubscriptionRes(b, id)) },
  };
}

export function membershipsRes(b: string, subId: string | undefined, uris: string[]): Res {
  return {
    rel: 'presenceSubscriptionMemberships',
    href: `${b}/people/presenceSubscriptionMemberships${subId ? `?presenceSubscriptionId=${subId}` : ''}`,
    embedded: {
      presenceSubscriptionMembership: uris.map((u) => ({
        rel: 'presenceSubscriptionMembership',
        href: `${b}/people/presenceSubscriptionMemberships/${sipPath(u)}`,
        links: {
          contact: { href: contactHref(b, u) },
          presenceSubscription: subId ? { href: `${b}/people/presenceSubscriptions/${subId}` } : undefined,
        },
      })),
    },
  };
}

export function subscribedContactsRes(b: string, uris: string[]): Res {
  return {
    rel: 'subscribedContacts',
    href: `${b}/people/subscribedContacts`,
    links: { contact: uris.map((u) => ({ href: contactHref(b, u) })) },
  };
}
