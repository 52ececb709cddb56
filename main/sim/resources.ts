// Builders for every resource the simulator serves, with the URL shapes of a real server
// (/ucwa/oauth/v1/applications/{id}/people/{sip}/privacyRelationship, ...). Hrefs inside an application are
// relative, as real servers send them. Empty properties are omitted, as real servers do.
import type { Directory, Group } from './directory.js';
import { type Link, type Res, UcwaDate } from './render.js';
import type { PrivacyLevel, SimContact } from './types.js';
import { PRIVACY_LEVELS } from './types.js';

/** The "please pass this in a PUT request" property of PUT-able resources (PayloadFormat.md). */
export const PUT_TOKEN_KEY = '4d221db7-4af0-476b-9443-8bc874283085';
export const PUT_TOKEN_VALUE = 'please pass this in a PUT request';

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

export interface Invitation {
  id: string;
  rel: 'messagingInvitation' | 'audioVideoInvitation' | 'phoneAudioInvitation';
  from: SimContact;
  to: string;
  onBehalfOf?: SimContact;
  delegator?: SimContact;
  subject?: string;
  state: string;
  threadId: string;
  conversationId: string;
}

export const sipPath = (uri: string): string => uri.replace(/^sip:/i, '');
export const contactHref = (base: string, uri: string): string => `${base}/people/${sipPath(uri)}`;
export const photoHref = (base: string, uri: string): string => `${base}/photos/${sipPath(uri)}`;
export const invitationHref = (base: string, id: string): string => `${base}/communication/invitations/${id}`;
export const eventsHref = (base: string, ack: number): string => `${base}/events?ack=${ack}`;

const compact = (o: Record<string, unknown>): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined && v !== '') out[k] = v;
  return out;
};

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

/** The contact representation; `rel` is the role it is fetched in (contact, onBehalfOf, delegator, to). */
export function contactRes(b: string, c: SimContact, etag: string, rel = 'contact', self?: string): Res {
  const h = contactHref(b, c.uri);
  return {
    rel,
    href: self ?? h,
    props: compact({
      company: c.company,
      department: c.department,
      emailAddresses: c.emailAddresses.length > 0 ? c.emailAddresses : undefined,
      homePhoneNumber: c.homePhoneNumber,
      mobilePhoneNumber: c.mobilePhoneNumber,
      name: c.name,
      office: c.office,
      otherPhoneNumber: c.otherPhoneNumber,
      sourceNetwork: c.sourceNetwork,
      title: c.title,
      type: c.type,
      uri: c.uri,
      workPhoneNumber: c.workPhoneNumber,
      etag,
    }),
    links: {
      contactLocation: { href: `${h}/location` },
      contactNote: { href: `${h}/note` },
      contactPhoto: { href: photoHref(b, c.uri) },
      contactPresence: { href: `${h}/presence` },
      contactPrivacyRelationship: { href: `${h}/privacyRelationship`, revision: '2' },
      contactSupportedModalities: { href: `${h}/supportedMedia` },
    },
  };
}

export const toDate = (ms: number): UcwaDate => new UcwaDate(ms);

export function presenceRes(b: string, c: SimContact, lastActive: number): Res {
  return {
    rel: 'contactPresence',
    href: `${contactHref(b, c.uri)}/presence`,
    props: compact({
      activity: c.activity,
      availability: c.availability,
      deviceType: c.availability === 'Offline' ? undefined : (c.deviceType ?? 'PC'),
      lastActive: toDate(lastActive),
    }),
  };
}

export function noteRes(b: string, c: SimContact): Res {
  return {
    rel: 'contactNote',
    href: `${contactHref(b, c.uri)}/note`,
    props: compact({ message: c.note, type: c.note ? (c.noteType ?? 'Personal') : undefined }),
  };
}

export function locationRes(b: string, c: SimContact): Res {
  return {
    rel: 'contactLocation',
    href: `${contactHref(b, c.uri)}/location`,
    props: compact({ location: c.location }),
  };
}

export function supportedMediaRes(b: string, c: SimContact): Res {
  return {
    rel: 'contactSupportedModalities',
    href: `${contactHref(b, c.uri)}/supportedMedia`,
    props: { modalities: c.modalities },
  };
}

export function relationshipHref(b: string, uri: string): string {
  return `${contactHref(b, uri)}/privacyRelationship`;
}

export function relationshipRes(b: string, c: SimContact): Res {
  const h = relationshipHref(b, c.uri);
  return {
    rel: 'contactPrivacyRelationship',
    href: h,
    props: { [PUT_TOKEN_KEY]: PUT_TOKEN_VALUE, relationshipLevel: c.level },
    links: { resetContactPrivacyRelationship: { href: `${h}/reset` } },
  };
}

export function myContactsRes(b: string, dir: Directory): Res {
  const contacts = dir.contacts();
  return {
    rel: 'myContacts',
    href: `${b}/people/contacts`,
    links: { contact: contacts.map((c) => ({ href: contactHref(b, c.uri) })) },
    embedded: { contact: contacts.map((c) => contactRes(b, c, dir.etag(c.uri))) },
  };
}

export const levelHref = (b: string, level: PrivacyLevel): string =>
  `${b}/people/privacyRelationships/${level}`;

export function myPrivacyRelationshipRes(b: string, level: PrivacyLevel, members: SimContact[]): Res {
  return {
    rel: 'myPrivacyRelationship',
    href: levelHref(b, level),
    props: { relationshipLevel: level },
    links: { contact: members.map((c) => ({ href: contactHref(b, c.uri) })) },
  };
}

export function myPrivacyRelationshipsRes(b: string, dir: Directory): Res {
  const byLevel = new Map<PrivacyLevel, SimContact[]>(PRIVACY_LEVELS.map((l) => [l, []]));
  for (const c of dir.contacts()) byLevel.get(c.level)?.push(c);
  return {
    rel: 'myPrivacyRelationships',
    href: `${b}/people/privacyRelationships`,
    embedded: {
      myPrivacyRelationship: PRIVACY_LEVELS.map((l) => myPrivacyRelationshipRes(b, l, byLevel.get(l) ?? [])),
    },
  };
}

export const groupHref = (b: string, g: Group): string => `${b}/people/groups/${g.id}`;

export function groupRes(b: string, g: Group): Res {
  return {
    rel: g.kind,
    href: groupHref(b, g),
    props: { id: g.id, name: g.name },
    links: {
      groupContacts: { href: `${groupHref(b, g)}/contacts` },
      subscribeToGroupPresence: { href: `${groupHref(b, g)}/subscribeToGroupPresence` },
    },
  };
}

export function groupMembers(dir: Directory, g: Group): SimContact[] {
  return dir.contacts().filter((c) => c.group === g.id);
}

export function groupContactsRes(b: string, g: Group, dir: Directory): Res {
  const members = groupMembers(dir, g);
  return {
    rel: 'groupContacts',
    href: `${groupHref(b, g)}/contacts`,
    links: { contact: members.map((c) => ({ href: contactHref(b, c.uri) })) },
    embedded: { contact: members.map((c) => contactRes(b, c, dir.etag(c.uri))) },
  };
}

export function myGroupsRes(b: string, dir: Directory): Res {
  const plain = dir.groups.filter((g) => g.kind === 'group');
  const special = (kind: Group['kind']): Link | undefined => {
    const g = dir.groups.find((x) => x.kind === kind);
    return g ? { href: groupHref(b, g) } : undefined;
  };
  return {
    rel: 'myGroups',
    href: `${b}/people/groups`,
    links: {
      group: plain.map((g) => ({ href: groupHref(b, g) })),
      defaultGroup: special('defaultGroup'),
      delegatorsGroup: special('delegatorsGroup'),
      pinnedGroup: special('pinnedGroup'),
    },
    embedded: { group: plain.map((g) => groupRes(b, g)) },
  };
}

export function myGroupMembershipsRes(b: string, dir: Directory): Res {
  const byId = new Map(dir.groups.map((g) => [g.id, g]));
  return {
    rel: 'myGroupMemberships',
    href: `${b}/people/groupMemberships`,
    embedded: {
      myGroupMembership: dir.contacts().map((c) => {
        const g = byId.get(c.group);
        const links: Record<string, Link> = { contact: { href: contactHref(b, c.uri) } };
        if (g) links[g.kind] = { href: groupHref(b, g) };
        return { rel: 'myGroupMembership', href: `${b}/people/groupMemberships/${sipPath(c.uri)}`, links };
      }),
    },
  };
}

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
          ...(subId ? { presenceSubscription: { href: `${b}/people/presenceSubscriptions/${subId}` } } : {}),
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

export function searchRes(b: string, dir: Directory, query: string, limit: number): Res {
  const q = query.toLowerCase();
  const hits =
    q === '' ? [] : dir.contacts().filter((c) => c.name.toLowerCase().includes(q) || c.uri.includes(q));
  return {
    rel: 'search',
    href: `${b}/people/search?query=${encodeURIComponent(query)}&limit=${limit}`,
    props: { moreResultsAvailable: hits.length > limit },
    embedded: { contact: hits.slice(0, limit).map((c) => contactRes(b, c, dir.etag(c.uri))) },
  };
}

export function participantRes(b: string, inv: Invitation, rel: string): Res {
  const c = inv.from;
  return {
    rel,
    href: `${b}/communication/conversations/${inv.conversationId}/participants/${sipPath(c.uri)}`,
    props: compact({ anonymous: false, name: c.name, sourceNetwork: c.sourceNetwork, uri: c.uri }),
    links: {
      contact: { href: contactHref(b, c.uri) },
      contactPhoto: { href: photoHref(b, c.uri) },
      contactPresence: { href: `${contactHref(b, c.uri)}/presence` },
      conversation: { href: `${b}/communication/conversations/${inv.conversationId}` },
    },
  };
}

export function invitationRes(b: string, inv: Invitation): Res {
  const h = invitationHref(b, inv.id);
  const av = inv.rel !== 'messagingInvitation';
  const links: Record<string, Link> = {
    from: { href: `${h}/from` },
    to: { href: `${h}/to` },
    // The audio/video sample has no plain `accept` (media needs an answer); phone-audio acceptance stands in.
    [inv.rel === 'audioVideoInvitation' ? 'acceptWithPhoneAudio' : 'accept']: { href: `${h}/accept` },
    decline: { href: `${h}/decline` },
    conversation: { href: `${b}/communication/conversations/${inv.conversationId}` },
  };
  if (inv.onBehalfOf) links.onBehalfOf = { href: `${h}/onBehalfOf` };
  if (av && inv.delegator) links.delegator = { href: `${h}/delegator` };
  return {
    rel: inv.rel,
    href: h,
    props: compact({
      direction: 'Incoming',
      importance: 'Normal',
      state: inv.state,
      subject: inv.subject,
      threadId: inv.threadId,
      to: inv.to,
      delegator: av ? inv.delegator?.uri : undefined,
      privateLine: av ? false : undefined,
    }),
    links,
    embedded: { from: participantRes(b, inv, 'participant') },
  };
}
