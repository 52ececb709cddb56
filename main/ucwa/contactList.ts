// The contact list as groups (reference §4.6, myGroups2_ref, myGroupMemberships2_ref, search2_ref): read every group
// with its members, create / rename / delete the user's own groups, add a person to a group, take them out of one
// group or of all, search the address book, and the distribution-group operations. Writes need the server's unified
// contact store: it says so by linking revision 2 of myGroups / myGroupMemberships and the write links; where a
// link is absent the operation is absent (NotAvailable, nothing sent).
import { UcwaError, malformed } from './errors.js';
import { GROUP_KINDS, isGroupKind } from './groupKinds.js';
import type { GroupKind } from './groupKinds.js';
import type { ManyResult } from './batch.js';
import { peopleOf, toContactSummary } from './people.js';
import type { ContactSummary } from './people.js';
import { booleanProp, embedded, link, links, stringProp } from './representation/index.js';
import type { UcwaLink, UcwaResource } from './representation/index.js';
import type { RequestOptions, UcwaResponse } from './transport.js';
import { resolveHref } from './urls.js';

const SYSTEM_KINDS: readonly GroupKind[] = [
  'pinnedGroup',
  'defaultGroup',
  'myOrganizationGroup',
  'delegatesGroup',
  'delegatorsGroup',
];

/** What the contact-list operations need of the client (UcwaClient has it all). */
export interface ContactListHost {
  readonly application: UcwaResource;
  readonly applicationUrl: string;
  request(options: RequestOptions): Promise<UcwaResponse>;
  getMany(hrefs: readonly string[]): Promise<ManyResult[]>;
}

export interface GroupSummary {
  /** The server's id (myGroupMemberships POST takes it as groupId). */
  id: string;
  name: string;
  kind: GroupKind;
  /** Absolute href of the group resource. */
  href: string;
  /** A distribution group's address. */
  uri?: string;
  contactsHref?: string;
  expandHref?: string;
  addToContactListHref?: string;
  removeFromContactListHref?: string;
  /** The user's own group, linked at revision 2: it can be renamed and deleted. */
  editable: boolean;
}

export interface GroupWithMembers extends GroupSummary {
  members: ContactSummary[];
}

/** What the server lets this user change (all false without the unified contact store). */
export interface ContactListAbilities {
  createGroups: boolean;
  addMembers: boolean;
  removeFromAll: boolean;
}

export interface ContactListRead {
  groups: GroupWithMembers[];
  abilities: ContactListAbilities;
}

export interface SearchResult {
  people: ContactSummary[];
  distributionGroups: GroupSummary[];
  moreResultsAvailable: boolean;
}

/** An operation whose link is absent: NotAvailable with the operation named (the words depend on which). */
export type ContactListOperation =
  | 'myGroups'
  | 'myGroupMemberships'
  | 'search'
  | 'createGroup'
  | 'renameGroup'
  | 'deleteGroup'
  | 'addToGroup'
  | 'removeContactFromAllGroups'
  | 'expandDistributionGroup'
  | 'addToContactList'
  | 'removeFromContactList';

export function notAvailable(operation: ContactListOperation): UcwaError {
  return new UcwaError({
    status: 0,
    code: 'NotAvailable',
    retryable: false,
    message: `The server does not offer "${operation}" here.`,
    details: { operation },
  });
}

const isRev2 = (l: UcwaLink | undefined): boolean =>
  l !== undefined && l.revision !== undefined && Number.parseFloat(l.revision) >= 2;

function absolute(l: UcwaLink | undefined, base: string): string | undefined {
  return l === undefined ? undefined : resolveHref(l.href, base).href;
}

function peopleLink(host: ContactListHost, rel: string): UcwaLink | undefined {
  return link(peopleOf(host.application), rel);
}

function requirePeopleLink(host: ContactListHost, rel: 'myGroups' | 'myGroupMemberships' | 'search'): string {
  const l = peopleLink(host, rel);
  if (l === undefined) throw notAvailable(rel);
  return resolveHref(l.href, host.applicationUrl).href;
}

/** A group resource as a summary; `editable` comes from how myGroups linked it. */
export function toGroupSummary(res: UcwaResource, base: string, editable = false): GroupSummary | undefined {
  const href = res.href === undefined ? undefined : resolveHref(res.href, base).href;
  const kind = isGroupKind(res.rel) ? res.rel : undefined;
  if (href === undefined || kind === undefined) return undefined;
  const g: GroupSummary = {
    id: stringProp(res, 'id') ?? href,
    name: stringProp(res, 'name') ?? '',
    kind,
    href,
    editable: editable && kind === 'group',
  };
  const uri = stringProp(res, 'uri');
  if (uri !== undefined) g.uri = uri;
  const hrefs = {
    contactsHref: absolute(link(res, 'groupContacts'), base),
    expandHref: absolute(link(res, 'expandDistributionGroup'), base),
    addToContactListHref: absolute(link(res, 'addToContactList'), base),
    removeFromContactListHref: absolute(link(res, 'removeFromContactList'), base),
  };
  for (const [key, value] of Object.entries(hrefs) as Array<[keyof typeof hrefs, string | undefined]>)
    if (value !== undefined) g[key] = value;
  return g;
}

function contactsOf(res: UcwaResource, base: string): ContactSummary[] {
  const out: ContactSummary[] = [];
  for (const c of embedded(res, 'contact')) {
    try {
      out.push(toContactSummary(c, base));
    } catch {
      // one broken entry must not hide the rest
    }
  }
  return out;
}

/**
 * Every group with its members, in three requests whatever the list size: myGroups, one batch for the system groups'
 * resources and myGroupMemberships, one batch for the groups' contacts. Distribution groups are listed without
 * members (expandDistributionGroup reads them when asked).
 */
export async function readContactList(host: ContactListHost): Promise<ContactListRead> {
  const myGroupsHref = requirePeopleLink(host, 'myGroups');
  const memberships = peopleLink(host, 'myGroupMemberships');
  const res = await host.request({ href: myGroupsHref, fresh: true });
  if (res.resource === undefined) throw malformed('myGroups', res.status);
  const myGroups = res.resource;
  const editableHrefs = new Set(
    links(myGroups, 'group')
      .filter(isRev2)
      .map((l) => resolveHref(l.href, res.url).href),
  );
  const found = new Map<string, GroupSummary>();
  const add = (r: UcwaResource, base: string): void => {
    const g = toGroupSummary(r, base);
    if (g === undefined || found.has(g.href)) return;
    g.editable = g.kind === 'group' && editableHrefs.has(g.href);
    found.set(g.href, g);
  };
  for (const rel of ['group', 'distributionGroup']) for (const r of embedded(myGroups, rel)) add(r, res.url);

  // Groups only linked (the system groups; every group under expand=false) are read in one batch.
  const linked = [...SYSTEM_KINDS, 'group', 'distributionGroup']
    .flatMap((rel) => links(myGroups, rel))
    .map((l) => resolveHref(l.href, res.url).href)
    .filter((href) => !found.has(href));
  const membershipsHref = absolute(memberships, host.applicationUrl);
  const first = await host.getMany(membershipsHref === undefined ? linked : [...linked, membershipsHref]);
  let removeFromAll = false;
  first.forEach((r, i) => {
    if (!r.ok) return;
    if (i < linked.length) add(r.resource, r.url);
    else removeFromAll = link(r.resource, 'removeContactFromAllGroups') !== undefined;
  });

  const groups = order([...found.values()]);
  const withContacts = groups.filter((g) => g.contactsHref !== undefined);
  const read = await host.getMany(withContacts.map((g) => g.contactsHref as string));
  const members = new Map<string, ContactSummary[]>();
  read.forEach((r, i) => {
    const g = withContacts[i];
    if (g !== undefined && r.ok) members.set(g.href, contactsOf(r.resource, r.url));
  });
  return {
    groups: groups.map((g) => ({ ...g, members: members.get(g.href) ?? [] })),
    abilities: {
      createGroups: isRev2(link(myGroups, 'self')) || isRev2(peopleLink(host, 'myGroups')),
      addMembers: isRev2(memberships),
      removeFromAll,
    },
  };
}

/** Favorites first, then Other Contacts, the user's groups, the organization, delegates, delegators, lists. */
function order(groups: GroupSummary[]): GroupSummary[] {
  const rank = (g: GroupSummary): number => GROUP_KINDS.indexOf(g.kind);
  return groups
    .map((g, i) => ({ g, i }))
    .sort((a, b) => rank(a.g) - rank(b.g) || a.i - b.i)
    .map(({ g }) => g);
}

function requireRev2(host: ContactListHost, rel: 'myGroups' | 'myGroupMemberships'): string {
  const l = peopleLink(host, rel);
  if (!isRev2(l)) throw notAvailable(rel === 'myGroups' ? 'createGroup' : 'addToGroup');
  return requirePeopleLink(host, rel);
}

/** myGroups POST {displayName}: the new group's href (from Location), if the server gave one. */
export async function createGroup(host: ContactListHost, name: string): Promise<string | undefined> {
  const href = requireRev2(host, 'myGroups');
  const res = await host.request({
    method: 'POST',
    href,
    body: { kind: 'input', properties: { displayName: name } },
  });
  const location = res.headers.get('location');
  return location === null ? undefined : resolveHref(location, res.url).href;
}

/** group PUT with If-Match: the group read fresh, its properties sent back with the new name. */
export async function renameGroup(host: ContactListHost, group: GroupSummary, name: string): Promise<void> {
  if (!group.editable) throw notAvailable('renameGroup');
  const res = await host.request({ href: group.href, fresh: true });
  if (res.resource === undefined) throw malformed('group', res.status);
  const etag = res.etag ?? stringProp(res.resource, 'etag');
  await host.request({
    method: 'PUT',
    href: group.href,
    body: {
      kind: 'resource',
      rel: res.resource.rel || 'group',
      href: res.resource.href,
      properties: { ...res.resource.properties, name },
    },
    ifMatch: etag,
  });
}

export async function deleteGroup(host: ContactListHost, group: GroupSummary): Promise<void> {
  if (!group.editable) throw notAvailable('deleteGroup');
  await host.request({ method: 'DELETE', href: group.href });
}

/** myGroupMemberships POST {contactUri, groupId}; without a group the server puts them in Other Contacts. */
export async function addToGroup(host: ContactListHost, contactUri: string, groupId?: string): Promise<void> {
  const href = requireRev2(host, 'myGroupMemberships');
  await host.request({
    method: 'POST',
    href,
    body: { kind: 'input', properties: { contactUri, groupId } },
  });
}

async function readMemberships(host: ContactListHost): Promise<{ resource: UcwaResource; url: string }> {
  const href = requirePeopleLink(host, 'myGroupMemberships');
  const res = await host.request({ href, fresh: true });
  if (res.resource === undefined) throw malformed('myGroupMemberships', res.status);
  return { resource: res.resource, url: res.url };
}

/** myGroupMembership DELETE: the membership found in myGroupMemberships by the contact's and the group's hrefs. */
export async function removeFromGroup(
  host: ContactListHost,
  contactHref: string,
  group: GroupSummary,
): Promise<void> {
  const { resource, url } = await readMemberships(host);
  const entry = embedded(resource, 'myGroupMembership').find((m) => {
    const hrefs = Object.entries(m.links).flatMap(([rel, l]) =>
      rel === 'self' ? [] : (Array.isArray(l) ? l : [l]).map((x) => resolveHref(x.href, url).href),
    );
    return (
      absolute(link(m, 'contact'), url) === contactHref && hrefs.includes(group.href) && m.href !== undefined
    );
  });
  if (entry?.href === undefined)
    throw new UcwaError({
      status: 404,
      code: 'NotFound',
      retryable: false,
      message: `This contact is not in ${group.name}.`,
    });
  await host.request({ method: 'DELETE', href: resolveHref(entry.href, url).href });
}

/** removeContactFromAllGroups: out of every group, so out of the contact list. */
export async function removeFromAllGroups(host: ContactListHost, contactUri: string): Promise<void> {
  const { resource, url } = await readMemberships(host);
  const remove = link(resource, 'removeContactFromAllGroups');
  if (remove === undefined) throw notAvailable('removeContactFromAllGroups');
  await host.request({
    method: 'POST',
    href: resolveHref(remove.href, url).href,
    body: { kind: 'input', properties: { contactUri } },
  });
}

/**
 * search (revision 2): by name or e-mail, at most `limit` (1–100) of each kind. `query` and `limit` are the
 * documented parameters of the linked href (search_ref.md), added to it as given.
 */
export async function searchPeople(
  host: ContactListHost,
  query: string,
  limit: number,
): Promise<SearchResult> {
  const url = new URL(requirePeopleLink(host, 'search'));
  url.searchParams.set('query', query.slice(0, 256));
  url.searchParams.set('limit', String(Math.min(100, Math.max(1, Math.trunc(limit) || 1))));
  const res = await host.request({ href: url.href, fresh: true });
  if (res.resource === undefined) throw malformed('search', res.status);
  return {
    people: contactsOf(res.resource, res.url),
    distributionGroups: embedded(res.resource, 'distributionGroup')
      .map((r) => toGroupSummary(r, res.url))
      .filter((g): g is GroupSummary => g !== undefined),
    moreResultsAvailable: booleanProp(res.resource, 'moreResultsAvailable') ?? false,
  };
}

/** expandDistributionGroup: the members of a distribution group. */
export async function expandDistributionGroup(
  host: ContactListHost,
  group: GroupSummary,
): Promise<ContactSummary[]> {
  if (group.expandHref === undefined) throw notAvailable('expandDistributionGroup');
  const res = await host.request({ href: group.expandHref, fresh: true });
  if (res.resource === undefined) throw malformed('distributionGroup', res.status);
  return contactsOf(res.resource, res.url);
}

/** addToContactList / removeFromContactList of a distribution group (links on the group itself). */
export async function listDistributionGroup(
  host: ContactListHost,
  group: GroupSummary,
  listed: boolean,
): Promise<void> {
  const href = listed ? group.addToContactListHref : group.removeFromContactListHref;
  if (href === undefined) throw notAvailable(listed ? 'addToContactList' : 'removeFromContactList');
  await host.request({ method: 'POST', href });
}
