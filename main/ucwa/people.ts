// People (reference §4): the contact-list snapshot and one contact's details.
// The snapshot costs two requests whatever the list size: `myContacts` (contacts embedded) and
// `myPrivacyRelationships` (one entry per level with an array link `contact` to every contact at that level),
// joined by contact href. Only when a server sends myContacts without embedded contacts are they fetched, batched.
// Other GETs can ride along with the levels request (`along`): one multipart batch holds them all, so e.g. the
// contact-list subscription resource costs no request of its own at sign-in.
import { UcwaError, notAvailable } from './errors.js';
import { embedded, link, links, stringListProp, stringProp } from './representation/index.js';
import type { UcwaResource } from './representation/index.js';
import type { Transport } from './transport.js';
import { getMany } from './batch.js';
import type { ManyResult } from './batch.js';
import { resolveHref } from './urls.js';
import { autoLevel, isPrivacyLevel } from './privacyLevels.js';
import type { PrivacyLevel } from './privacyLevels.js';

/** Absolute hrefs of a contact's sub-resources; absent = the server does not offer it. */
export interface ContactLinks {
  presence?: string;
  note?: string;
  location?: string;
  photo?: string;
  modalities?: string;
  privacyRelationship?: string;
  /** Revision of the privacyRelationship link (PUT needs revision 2). */
  privacyRelationshipRevision?: string;
}

export interface ContactSummary {
  uri: string;
  name: string;
  /** Absolute href of the contact resource. */
  href: string;
  title?: string;
  company?: string;
  department?: string;
  office?: string;
  emailAddresses: string[];
  workPhoneNumber?: string;
  mobilePhoneNumber?: string;
  homePhoneNumber?: string;
  otherPhoneNumber?: string;
  sourceNetwork?: string;
  type?: string;
  links: ContactLinks;
}

export interface ContactSnapshot extends ContactSummary {
  /** The level from myPrivacyRelationships; the auto-assigned level when the contact is listed under none. */
  relationshipLevel: PrivacyLevel;
  /** What a reset would give (Colleagues / External by sourceNetwork). */
  autoLevel: PrivacyLevel;
}

function abs(href: string | undefined, base: string): string | undefined {
  return href === undefined ? undefined : resolveHref(href, base).href;
}

/** A contact-shaped resource (contact, onBehalfOf, delegator, …) as a plain summary. */
export function toContactSummary(res: UcwaResource, base: string): ContactSummary {
  const href = abs(res.href, base);
  const uri = stringProp(res, 'uri');
  if (href === undefined || uri === undefined) {
    throw new UcwaError({
      status: 200,
      code: 'MalformedResponse',
      message: 'A contact without uri or link.',
    });
  }
  const out: ContactSummary = {
    uri,
    name: stringProp(res, 'name') ?? uri.replace(/^sip:/i, ''),
    href,
    emailAddresses: stringListProp(res, 'emailAddresses'),
    links: {},
  };
  for (const key of [
    'title',
    'company',
    'department',
    'office',
    'workPhoneNumber',
    'mobilePhoneNumber',
    'homePhoneNumber',
    'otherPhoneNumber',
    'sourceNetwork',
    'type',
  ] as const) {
    const v = stringProp(res, key);
    if (v !== undefined) out[key] = v;
  }
  const rels: Array<[keyof ContactLinks, string]> = [
    ['presence', 'contactPresence'],
    ['note', 'contactNote'],
    ['location', 'contactLocation'],
    ['photo', 'contactPhoto'],
    ['modalities', 'contactSupportedModalities'],
    ['privacyRelationship', 'contactPrivacyRelationship'],
  ];
  for (const [key, rel] of rels) {
    const l = link(res, rel);
    if (l !== undefined) out.links[key] = resolveHref(l.href, base).href;
  }
  const rev = link(res, 'contactPrivacyRelationship')?.revision;
  if (rev !== undefined) out.links.privacyRelationshipRevision = rev;
  return out;
}

/** The application's embedded `people` resource, or NotAvailable. */
export function peopleOf(application: UcwaResource): UcwaResource {
  const people = embedded(application, 'people')[0];
  if (people === undefined) throw notAvailable('people');
  return people;
}

export interface SnapshotOptions {
  transport: Transport;
  application: UcwaResource;
  /** Absolute URL of the application (base for its hrefs). */
  base: string;
  batchUrl?: string;
  signal?: AbortSignal;
  /** More GETs (hrefs relative to `base`) to send in the same batch as the levels; answers in `along`. */
  along?: readonly string[];
}

export interface SnapshotResult {
  contacts: ContactSnapshot[];
  /** The answers to `SnapshotOptions.along`, in order. */
  along: ManyResult[];
}

/** Map contact href → level from a myPrivacyRelationships resource. */
export function levelsByHref(res: UcwaResource, base: string): Map<string, PrivacyLevel> {
  const out = new Map<string, PrivacyLevel>();
  for (const entry of embedded(res, 'myPrivacyRelationship')) {
    const level = stringProp(entry, 'relationshipLevel');
    if (!isPrivacyLevel(level)) continue;
    for (const l of links(entry, 'contact')) out.set(resolveHref(l.href, base).href, level);
  }
  return out;
}

export async function contactSnapshot(options: SnapshotOptions): Promise<SnapshotResult> {
  const { transport, base, signal } = options;
  const people = peopleOf(options.application);
  const myContacts = link(people, 'myContacts');
  if (myContacts === undefined) throw notAvailable('myContacts');
  const myPrivacy = link(people, 'myPrivacyRelationships');
  const [contactsRes, { privacy, along }] = await Promise.all([
    transport.request({ href: myContacts.href, base, signal }),
    levelsAndAlong(options, myPrivacy?.href),
  ]);
  if (contactsRes.resource === undefined)
    throw new UcwaError({ status: contactsRes.status, code: 'MalformedResponse' });
  const levels =
    privacy === undefined ? new Map<string, PrivacyLevel>() : levelsByHref(privacy.resource, privacy.url);

  let contacts: Array<{ res: UcwaResource; base: string }> = embedded(contactsRes.resource, 'contact').map(
    (res) => ({
      res,
      base: contactsRes.url,
    }),
  );
  const listed = links(contactsRes.resource, 'contact');
  if (contacts.length === 0 && listed.length > 0) {
    // `expand=false`-style answer: links only. Fetch them in batches (still a handful of requests).
    const results = await getMany({
      transport,
      batchUrl: options.batchUrl,
      base: contactsRes.url,
      hrefs: listed.map((l) => l.href),
      signal,
    });
    contacts = results.flatMap((r) => (r.ok ? [{ res: r.resource, base: r.url }] : []));
  }

  const out: ContactSnapshot[] = [];
  for (const { res, base: b } of contacts) {
    let summary: ContactSummary;
    try {
      summary = toContactSummary(res, b);
    } catch {
      continue; // one broken entry must not hide the rest
    }
    const auto = autoLevel(summary.sourceNetwork);
    out.push({ ...summary, relationshipLevel: levels.get(summary.href) ?? auto, autoLevel: auto });
  }
  return { contacts: out, along };
}

/** GET myPrivacyRelationships, alone or batched with the `along` hrefs. A failure of the levels fails the snapshot. */
async function levelsAndAlong(
  options: SnapshotOptions,
  privacyHref: string | undefined,
): Promise<{ privacy?: { resource: UcwaResource; url: string }; along: ManyResult[] }> {
  const { transport, base, signal } = options;
  const along = options.along ?? [];
  if (along.length === 0) {
    if (privacyHref === undefined) return { along: [] };
    const res = await transport.request({
      href: privacyHref,
      base,
      signal,
    });
    return {
      along: [],
      privacy: res.resource === undefined ? undefined : { resource: res.resource, url: res.url },
    };
  }
  const results = await getMany({
    transport,
    batchUrl: options.batchUrl,
    base,
    hrefs: privacyHref === undefined ? along : [privacyHref, ...along],
    signal,
  });
  if (privacyHref === undefined) return { along: results };
  const [levels, ...rest] = results;
  if (levels !== undefined && !levels.ok) throw levels.error;
  return { along: rest, privacy: levels?.ok ? { resource: levels.resource, url: levels.url } : undefined };
}

/** GET one contact (by absolute href). */
export async function getContact(
  transport: Transport,
  href: string,
  signal?: AbortSignal,
): Promise<ContactSummary> {
  const res = await transport.request({ href, signal });
  if (res.resource === undefined) throw new UcwaError({ status: res.status, code: 'MalformedResponse' });
  return toContactSummary(res.resource, res.url);
}

export type SubResource = 'presence' | 'note' | 'location' | 'modalities';

const SUB_RELS: Record<SubResource | 'photo' | 'privacyRelationship', string> = {
  presence: 'contactPresence',
  note: 'contactNote',
  location: 'contactLocation',
  modalities: 'contactSupportedModalities',
  photo: 'contactPhoto',
  privacyRelationship: 'contactPrivacyRelationship',
};

/** The href of a contact's sub-resource, or NotAvailable when the server does not link it. */
export function subHref(contact: ContactSummary, which: keyof typeof SUB_RELS): string {
  const href = contact.links[which];
  if (href === undefined) throw notAvailable(SUB_RELS[which]);
  return href;
}

/** GET presence / note / location / supported modalities: the properties of that resource. */
export async function getSubResource(
  transport: Transport,
  contact: ContactSummary,
  which: SubResource,
  signal?: AbortSignal,
): Promise<Record<string, unknown>> {
  const res = await transport.request({
    href: subHref(contact, which),
    signal,
  });
  if (res.resource === undefined) throw new UcwaError({ status: res.status, code: 'MalformedResponse' });
  return res.resource.properties;
}

export interface Photo {
  contentType: string;
  bytes: Uint8Array;
}

export async function getPhoto(
  transport: Transport,
  contact: ContactSummary,
  signal?: AbortSignal,
): Promise<Photo> {
  const res = await transport.request({
    href: subHref(contact, 'photo'),
    accept: 'image/*',
    signal,
  });
  const contentType = res.contentType ?? 'application/octet-stream';
  if (res.bytes === undefined || !contentType.startsWith('image/')) {
    throw new UcwaError({
      status: res.status,
      code: 'MalformedResponse',
      message: 'The photo was not an image.',
    });
  }
  return { contentType, bytes: res.bytes };
}
