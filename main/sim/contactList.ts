// The user's contact list as the unified contact store keeps it: personal groups (the user's own, Other Contacts as
// the default, Favorites as the pinned group) whose members are the user's contacts, the system groups the server
// fills (delegates, delegators, the user's organization) and distribution groups the user added. A contact is in
// the list while in at least one personal group. Every change is checked as a real server checks it (duplicate
// names, the contact limit, what a group kind allows: refusals are HttpErrors with a real server's status and
// subcode) and announced to listeners (contactListEvents.ts).
import type { Directory } from './directory.js';
import { normaliseUri } from './directory.js';
import type { Organization, Surroundings } from './generate.js';
import { HttpError } from './http.js';
import type { SimContact } from './types.js';
import type { GroupKind } from '../ucwa/groupKinds.js';

export interface Group {
  id: string;
  name: string;
  kind: GroupKind;
  /** Normalised SIP URIs, in the order they joined. */
  members: Set<string>;
  etag: number;
  /** A distribution group's address. */
  uri?: string;
  /** Whether a distribution group is in the user's contact list (others are only found by search). */
  listed?: boolean;
}

export type ContactListChange =
  | { kind: 'listed' | 'unlisted'; uri: string }
  | { kind: 'memberAdded' | 'memberRemoved'; group: Group; uri: string }
  | { kind: 'groupAdded' | 'groupUpdated' | 'groupDeleted'; group: Group };

/** Groups whose members are the user's contacts. */
export const PERSONAL: ReadonlySet<GroupKind> = new Set(['group', 'defaultGroup', 'pinnedGroup']);
/** Delegates a user may have (myGroupMemberships2_ref.md: "the maximum number of delegates limit (25)"). */
export const DELEGATE_LIMIT = 25;
const MAX_NAME = 256;

export interface ContactListSeed {
  departments: readonly string[];
  surroundings: Surroundings;
}

/** `asServer`: the change comes from the server or another client (control API), not this API: no API rules. */
export interface Origin {
  asServer?: boolean;
}

export class ContactList {
  private readonly groups = new Map<string, Group>();
  private readonly listeners = new Set<(change: ContactListChange) => void>();
  private seq = 0;
  private etags = 5000;

  constructor(
    private readonly dir: Directory,
    private readonly contactLimit: number,
    seed: ContactListSeed,
  ) {
    const s = seed.surroundings;
    this.put('pinned', 'Favorites', 'pinnedGroup');
    this.put('default', 'Other Contacts', 'defaultGroup');
    seed.departments.forEach((name, i) => this.put(`dept-${i}`, name, 'group'));
    this.put('delegates', 'Delegates', 'delegatesGroup', s.delegates);
    this.put('delegators', 'Delegators', 'delegatorsGroup', s.delegators);
    this.put('organization', 'My Organization', 'myOrganizationGroup', orgMembers(s.organization));
    for (const d of s.distributionGroups) {
      const g = this.put(d.id, d.name, 'distributionGroup', d.members);
      g.uri = d.uri;
      g.listed = d.inContactList;
    }
    for (const c of dir.contacts())
      (this.groups.get(c.group) ?? this.defaultGroup()).members.add(normaliseUri(c.uri));
  }

  onChange(listener: (change: ContactListChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  all(): Group[] {
    return [...this.groups.values()];
  }

  get(id: string | null | undefined): Group | undefined {
    return id ? this.groups.get(id) : undefined;
  }

  /** The one group of a system kind (defaultGroup, pinnedGroup, delegatesGroup, ...). */
  ofKind(kind: GroupKind): Group | undefined {
    return this.all().find((g) => g.kind === kind);
  }

  /** The groups a contact is in. */
  groupsOf(uri: string): Group[] {
    const u = normaliseUri(uri);
    return this.all().filter((g) => g.kind !== 'distributionGroup' && g.members.has(u));
  }

  membersOf(g: Group): SimContact[] {
    const out: SimContact[] = [];
    for (const u of g.members) {
      const c = this.dir.get(u);
      if (c) out.push(c);
    }
    return out;
  }

  /** myGroups POST (displayName): a new personal group. */
  create(name: unknown): Group {
    const n = this.checkName(name);
    const g = this.put(`group-${++this.seq}`, n, 'group');
    this.emit({ kind: 'groupAdded', group: g });
    return g;
  }

  /** group PUT: only the user's own groups can be renamed. */
  rename(id: string, name: unknown, origin: Origin = {}): Group {
    const g = this.own(id, origin);
    const n = this.checkName(name, g);
    g.name = n;
    g.etag = ++this.etags;
    this.emit({ kind: 'groupUpdated', group: g });
    return g;
  }

  /** group DELETE: the group goes; its members leave the list unless in another personal group. */
  remove(id: string, origin: Origin = {}): void {
    const g = this.own(id, origin);
    for (const u of [...g.members]) this.drop(g, u);
    this.groups.delete(g.id);
    this.emit({ kind: 'groupDeleted', group: g });
  }

  /** myGroupMemberships POST {contactUri, groupId}: without a group, Other Contacts. */
  add(contactUri: unknown, groupId?: string | null, origin: Origin = {}): Group {
    const uri = checkUri(contactUri);
    const g = groupId ? this.get(groupId) : this.defaultGroup();
    if (!g) throw new HttpError(404, undefined, 'The group does not exist.');
    if (!origin.asServer) this.checkWritable(g, 'add');
    if (g.members.has(uri))
      throw new HttpError(409, 'AlreadyExists', 'The contact is already in this group.');
    const listed = this.listed(uri);
    if (
      !origin.asServer &&
      PERSONAL.has(g.kind) &&
      !listed &&
      this.dir.contacts().length >= this.contactLimit
    )
      throw new HttpError(409, 'LimitExceeded', `The contact list is full (${this.contactLimit} contacts).`);
    if (!origin.asServer && g.kind === 'delegatesGroup' && g.members.size >= DELEGATE_LIMIT)
      throw new HttpError(403, 'LimitExceeded', `At most ${DELEGATE_LIMIT} delegates.`);
    const person = this.dir.ensurePerson(uri);
    g.members.add(person.uri);
    if (PERSONAL.has(g.kind) && !listed) {
      this.dir.setListed(person.uri, true);
      this.emit({ kind: 'listed', uri: person.uri });
    }
    this.emit({ kind: 'memberAdded', group: g, uri: person.uri });
    this.note(person);
    return g;
  }

  /** myGroupMembership DELETE: out of one group (and of the list when it was the last personal one). */
  removeMember(contactUri: string, groupId: string, origin: Origin = {}): void {
    const uri = normaliseUri(contactUri);
    const g = this.get(groupId);
    if (!g || !g.members.has(uri)) throw new HttpError(404, undefined, 'The contact is not in this group.');
    if (!origin.asServer) this.checkWritable(g, 'remove');
    this.drop(g, uri);
  }

  /** removeContactFromAllGroups: out of every personal group, so out of the contact list. */
  removeFromAll(contactUri: unknown): void {
    const uri = checkUri(contactUri);
    const personal = this.groupsOf(uri).filter((g) => PERSONAL.has(g.kind));
    if (personal.length === 0) throw new HttpError(404, undefined, 'The contact is not in the contact list.');
    for (const g of personal) this.drop(g, uri);
  }

  /** addToContactList / removeFromContactList of a distribution group. */
  listDistributionGroup(id: string | null | undefined, listed: boolean): Group {
    const g = this.get(id);
    if (!g || g.kind !== 'distributionGroup')
      throw new HttpError(404, undefined, 'The distribution group does not exist.');
    if (g.listed === listed)
      throw listed
        ? new HttpError(409, 'AlreadyExists', 'The distribution group is already in the contact list.')
        : new HttpError(404, undefined, 'The distribution group is not in the contact list.');
    g.listed = listed;
    this.emit({ kind: listed ? 'groupAdded' : 'groupDeleted', group: g });
    return g;
  }

  /** The server's view of the user's organization changed (a directory update). */
  setOrganization(org: Organization): Group {
    const g = this.ofKind('myOrganizationGroup');
    if (!g) throw new HttpError(404, undefined, 'No organization group.');
    for (const u of orgMembers(org)) this.dir.ensurePerson(u);
    g.members = new Set(orgMembers(org).map(normaliseUri));
    g.etag = ++this.etags;
    this.emit({ kind: 'groupUpdated', group: g });
    return g;
  }

  listed(uri: string): boolean {
    return this.groupsOf(uri).some((g) => PERSONAL.has(g.kind));
  }

  private drop(g: Group, uri: string): void {
    g.members.delete(uri);
    this.emit({ kind: 'memberRemoved', group: g, uri });
    if (PERSONAL.has(g.kind) && !this.listed(uri)) {
      this.dir.setListed(uri, false);
      this.emit({ kind: 'unlisted', uri });
    }
    const c = this.dir.get(uri);
    if (c) this.note(c);
  }

  /** Keeps the contact's `group` (the public SimContact field) on its first personal group. */
  private note(c: SimContact): void {
    c.group = this.groupsOf(c.uri).find((g) => PERSONAL.has(g.kind))?.id ?? '';
  }

  private own(id: string, origin: Origin): Group {
    const g = this.get(id);
    if (!g) throw new HttpError(404, undefined, 'The group does not exist.');
    if (g.kind !== 'group' && !origin.asServer)
      throw new HttpError(403, 'OperationNotSupported', 'Only your own groups can be renamed or deleted.');
    return g;
  }

  private checkWritable(g: Group, what: 'add' | 'remove'): void {
    if (g.kind === 'distributionGroup')
      throw new HttpError(403, undefined, `A distribution group's members cannot be changed (${what}).`);
    if (!PERSONAL.has(g.kind))
      throw new HttpError(403, 'OperationNotSupported', `The members of ${g.name} are set by the server.`);
  }

  private checkName(name: unknown, self?: Group): string {
    if (typeof name !== 'string' || name.trim() === '' || name.length > MAX_NAME)
      throw new HttpError(400, 'ParameterValidationFailure', `A group name is 1 to ${MAX_NAME} characters.`);
    const n = name.trim();
    const taken = this.all().some(
      (g) => g !== self && g.kind !== 'distributionGroup' && g.name.toLowerCase() === n.toLowerCase(),
    );
    if (taken) throw new HttpError(409, 'AlreadyExists', `There is already a group named ${n}.`);
    return n;
  }

  private defaultGroup(): Group {
    const g = this.ofKind('defaultGroup');
    if (!g) throw new Error('no default group');
    return g;
  }

  private put(id: string, name: string, kind: GroupKind, members: readonly string[] = []): Group {
    const g: Group = { id, name, kind, members: new Set(members.map(normaliseUri)), etag: ++this.etags };
    this.groups.set(id, g);
    return g;
  }

  private emit(change: ContactListChange): void {
    for (const l of this.listeners) l(change);
  }
}

/** The organization group lists the manager first, then peers, then direct reports. */
function orgMembers(org: Organization): string[] {
  const out = org.manager ? [org.manager] : [];
  return out.concat(org.peers, org.reports);
}

function checkUri(v: unknown): string {
  if (typeof v !== 'string' || v.trim() === '' || v.length > 250)
    throw new HttpError(400, 'ParameterValidationFailure', 'contactUri must be a SIP address.');
  const u = normaliseUri(v);
  if (!/^sip:[^@\s/]+@[^@\s/]+$/.test(u))
    throw new HttpError(400, 'ParameterValidationFailure', 'contactUri must be a SIP address.');
  return u;
}
