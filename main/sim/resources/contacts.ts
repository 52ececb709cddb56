// A contact and its sub-resources (presence, note, location, modalities, privacy relationship), the contact list,
// the privacy-relationship views.
import type { Directory } from '../directory.js';
import type { Res } from '../render.js';
import type { PrivacyLevel, SimContact } from '../types.js';
import { PRIVACY_LEVELS } from '../types.js';
import { contactHref, levelHref, photoHref, relationshipHref } from './hrefs.js';
import { PUT_TOKEN_KEY, PUT_TOKEN_VALUE, compact, toDate } from './values.js';

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
