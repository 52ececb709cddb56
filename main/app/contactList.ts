// The contact list's groups in the app model: read on first demand (the window's groups view, the CLI), then kept
// live — a group or membership event (myContactsAndGroupsSubscription) re-reads the groups once per burst, and each
// change the user makes here re-reads them at once. Search finds anyone in the address book, each with their level;
// a listed contact's level changes through the model's own path (history, "ours"), anyone else's directly.
// Without the unified contact store the server links no writes: the view says so and offers none.
import type { PrivacyLevel } from '../ipc/contract.js';
import type { Clock } from '../ucwa/clock.js';
import type { ContactListOperation, ContactListRead, GroupSummary } from '../ucwa/contactList.js';
import { UcwaError, isUcwaError } from '../ucwa/errors.js';
import type { UcwaEvent } from '../ucwa/eventChannelBatch.js';
import type { UcwaLogger } from '../ucwa/log.js';
import type { ContactSummary } from '../ucwa/people.js';
import { stringProp } from '../ucwa/representation/model.js';
import { contactListNote } from '../words/contactList.js';
import type { ContactListNote, MissingItem } from '../words/contactList.js';
import type { ContactListPort } from './contactListPort.js';
import type {
  ContactListState,
  ContactListView,
  DelegationGroups,
  GroupView,
  PersonView,
  SearchView,
} from './contactListViews.js';
import type { Directory } from './directory.js';
import { Emitter } from './emitter.js';
import type { ProtocolPort } from './port.js';

/** Group events come in bursts (a group deleted: every member leaves too): one re-read per burst. */
export const GROUPS_SETTLE_MS = 250;
export const DEFAULT_SEARCH_LIMIT = 20;

export interface ContactListDeps {
  clock: Clock;
  log: UcwaLogger;
  directory: Directory;
  levelOf: (uri: string) => PrivacyLevel | undefined;
  port: () => ProtocolPort;
}

type ListedLevelSetter = (uri: string, level: PrivacyLevel) => Promise<unknown>;

/** Our own NotFound: what is missing is data (main/words/contactList.ts says it); the message is for the log. */
const notFound = (item: MissingItem): UcwaError =>
  new UcwaError({
    status: 404,
    code: 'NotFound',
    retryable: false,
    message: `not found: ${item.missing}`,
    details: { ours: true, ...item },
  });

/** A server's refusal, with the operation it refused named (the words depend on it: main/words/contactList.ts). */
async function named<T>(operation: ContactListOperation, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (!isUcwaError(e) || e.details?.operation !== undefined) throw e;
    throw new UcwaError({
      status: e.status,
      code: e.code,
      subcode: e.subcode,
      retryable: e.retryable,
      message: e.message,
      details: { ...e.details, operation },
      cause: e,
    });
  }
}

export class ContactListModel {
  private read: ContactListRead | undefined;
  private state: ContactListState = 'notLoaded';
  private note: Exclude<ContactListNote, 'readOnly'> | undefined;
  private timer: unknown;
  private running: Promise<void> = Promise.resolve();
  private generation = 0;
  /** The last search's people and lists, by uri / id: their hrefs are needed to change a level or add a list. */
  private found = new Map<string, ContactSummary>();
  private foundLists = new Map<string, GroupSummary>();
  private setListedLevel: ListedLevelSetter | undefined;
  private readonly emitter: Emitter<{ change: ContactListView }>;

  constructor(private readonly deps: ContactListDeps) {
    this.emitter = new Emitter((e) => deps.log.warn('contact-list listener failed', { error: String(e) }));
  }

  /** The model's own level change for listed contacts (set once the model is built). */
  useListedLevelSetter(setter: ListedLevelSetter): void {
    this.setListedLevel = setter;
  }

  onChange(listener: (view: ContactListView) => void): () => void {
    return this.emitter.on('change', listener);
  }

  view(): ContactListView {
    const abilities = this.read?.abilities;
    const view: ContactListView = {
      state: this.state,
      canCreateGroups: abilities?.createGroups ?? false,
      canAddMembers: abilities?.addMembers ?? false,
      canRemoveFromAll: abilities?.removeFromAll ?? false,
      groups: (this.read?.groups ?? []).map((g) => this.groupView(g, g.members)),
    };
    const readOnly = this.state === 'ready' && !view.canAddMembers && !view.canCreateGroups;
    const note = this.note ?? (readOnly ? 'readOnly' : undefined);
    if (note !== undefined) view.reason = contactListNote(note);
    return view;
  }

  /** Read the groups if never read in this session; resolves to the view either way. */
  async load(): Promise<ContactListView> {
    if (this.state === 'notLoaded') await this.reload();
    else await this.idle();
    return this.view();
  }

  /** Read the groups now (after a read already running). Never rejects: a failure shows in the view. */
  reload(): Promise<void> {
    const generation = this.generation;
    this.running = this.running.then(() => (generation === this.generation ? this.readNow() : undefined));
    return this.running;
  }

  idle(): Promise<void> {
    return this.running;
  }

  /** A contact-list event: re-read once the burst settles, if the groups are shown at all. */
  onEvent(event: UcwaEvent): void {
    if (this.state === 'notLoaded' || this.timer !== undefined) return;
    this.deps.log.info('contact list changed on the server', { rel: event.link.rel, type: event.type });
    this.timer = this.deps.clock.setTimeout(() => {
      this.timer = undefined;
      void this.reload();
    }, GROUPS_SETTLE_MS);
  }

  /** After resync, resume or a new application: hrefs are stale, read again if shown. */
  rebuild(): void {
    if (this.state !== 'notLoaded') void this.reload();
  }

  /** The session ended: nothing of it is kept. */
  clear(): void {
    this.generation++;
    if (this.timer !== undefined) this.deps.clock.clearTimeout(this.timer);
    this.timer = undefined;
    this.read = undefined;
    this.state = 'notLoaded';
    this.note = undefined;
    this.found.clear();
    this.foundLists.clear();
  }

  /** What the last read or search says of someone: their name and hrefs (tags learn them from here). */
  known(uri: string): { name: string; href: string; presenceHref?: string } | undefined {
    const p = this.found.get(normalise(uri)) ?? this.member(uri);
    return p === undefined ? undefined : { name: p.name, href: p.href, presenceHref: p.links.presence };
  }

  /** The name someone has in "People I manage calls for" (the groups are read first if they were not). */
  async delegatorName(uri: string): Promise<string | undefined> {
    if (this.state === 'notLoaded') await this.reload();
    const group = this.read?.groups.find((g) => g.kind === 'delegatorsGroup');
    return group?.members.find((m) => sameUri(m.uri, uri))?.name;
  }

  delegation(): DelegationGroups {
    const groups = this.view().groups;
    const of = (kind: GroupView['kind']): PersonView[] => groups.find((g) => g.kind === kind)?.members ?? [];
    return { delegates: of('delegatesGroup'), delegators: of('delegatorsGroup') };
  }

  async createGroup(name: string): Promise<ContactListView> {
    await named('createGroup', () => this.list().createGroup(name.trim()));
    return this.after();
  }

  async renameGroup(id: string, name: string): Promise<ContactListView> {
    const group = await this.group(id);
    await named('renameGroup', () => this.list().renameGroup(group, name.trim()));
    return this.after();
  }

  async deleteGroup(id: string): Promise<ContactListView> {
    const group = await this.group(id);
    await named('deleteGroup', () => this.list().deleteGroup(group));
    return this.after();
  }

  /** Into a group (by id), or without one into Other Contacts (the server's choice). */
  async addToGroup(uri: string, groupId?: string): Promise<ContactListView> {
    const group = groupId === undefined ? undefined : await this.group(groupId);
    await named('addToGroup', () => this.list().addToGroup(uri, group?.id));
    return this.after();
  }

  async removeFromGroup(uri: string, groupId: string): Promise<ContactListView> {
    const group = await this.group(groupId);
    const member = this.read?.groups
      .find((g) => g.href === group.href)
      ?.members.find((m) => sameUri(m.uri, uri));
    if (member === undefined) throw notFound({ missing: 'member', uri, group: group.name });
    await named('myGroupMemberships', () => this.list().removeFromGroup(member.href, group));
    return this.after();
  }

  async removeContact(uri: string): Promise<ContactListView> {
    await named('removeContactFromAllGroups', () => this.list().removeFromAll(uri));
    return this.after();
  }

  /** Add a distribution group (from the last search) to the contact list, or take one out. */
  async listDistributionGroup(id: string, listed: boolean): Promise<ContactListView> {
    const known = this.foundLists.get(id) ?? (await this.group(id));
    await named(listed ? 'addToContactList' : 'removeFromContactList', () =>
      this.list().listDistributionGroup(known, listed),
    );
    return this.after();
  }

  async expandDistributionGroup(id: string): Promise<PersonView[]> {
    const known = this.foundLists.get(id) ?? (await this.group(id));
    const members = await this.list().expand(known);
    return this.withLevels(members);
  }

  /** Anyone in the address book by name or e-mail, each with their level (read in one batch for the unlisted). */
  async search(query: string, limit = DEFAULT_SEARCH_LIMIT): Promise<SearchView> {
    const result = await named('search', () => this.list().search(query, limit));
    for (const p of result.people) this.found.set(normalise(p.uri), p);
    for (const g of result.distributionGroups) this.foundLists.set(g.id, g);
    return {
      query,
      people: await this.withLevels(result.people),
      distributionGroups: result.distributionGroups.map((g) => this.groupView(g, [])),
      moreResultsAvailable: result.moreResultsAvailable,
    };
  }

  /** Change anyone's level: a listed contact's through the model (history, "ours"), anyone else's directly. */
  async setLevel(uri: string, level: PrivacyLevel): Promise<PrivacyLevel> {
    if (this.deps.directory.get(uri) !== undefined && this.setListedLevel !== undefined) {
      await this.setListedLevel(uri, level);
      return level;
    }
    const person = this.found.get(normalise(uri)) ?? this.member(uri);
    if (person === undefined) throw notFound({ missing: 'person', uri });
    await this.list().setLevel(person, level);
    return level;
  }

  private async withLevels(people: ContactSummary[]): Promise<PersonView[]> {
    const unknown = people.filter(
      (p) => this.listedLevel(p.uri) === undefined && p.links.privacyRelationship !== undefined,
    );
    const read = unknown.length === 0 ? [] : await this.deps.port().fetchMany(unknown.map(relationshipHref));
    const levels = new Map<string, PrivacyLevel>();
    read.forEach((r, i) => {
      const p = unknown[i];
      const level = r.ok ? stringProp(r.resource, 'relationshipLevel') : undefined;
      if (p !== undefined && level !== undefined) levels.set(p.uri, level as PrivacyLevel);
    });
    return people.map((p) => this.personView(p, levels.get(p.uri)));
  }

  private listedLevel(uri: string): PrivacyLevel | undefined {
    const c = this.deps.directory.get(uri);
    return c === undefined ? undefined : (this.deps.levelOf(uri) ?? c.level);
  }

  private personView(p: ContactSummary, level?: PrivacyLevel): PersonView {
    const listedView = this.deps.directory.view(p.uri);
    const view: PersonView = {
      uri: p.uri,
      name: p.name,
      emailAddresses: p.emailAddresses,
      inContactList: listedView !== undefined,
    };
    for (const key of ['title', 'department', 'company'] as const)
      if (p[key] !== undefined) view[key] = p[key];
    const known = this.listedLevel(p.uri) ?? level;
    if (known !== undefined) view.level = known;
    if (listedView !== undefined) view.availability = listedView.availability;
    return view;
  }

  private groupView(g: GroupSummary, members: ContactSummary[]): GroupView {
    const view: GroupView = {
      id: g.id,
      name: g.name,
      kind: g.kind,
      editable: g.editable,
      canAddToContactList: g.addToContactListHref !== undefined,
      canRemoveFromContactList: g.removeFromContactListHref !== undefined,
      members: members.map((m) => this.personView(m)),
    };
    if (g.uri !== undefined) view.uri = g.uri;
    return view;
  }

  private member(uri: string): ContactSummary | undefined {
    for (const g of this.read?.groups ?? []) {
      const m = g.members.find((x) => sameUri(x.uri, uri));
      if (m !== undefined) return m;
    }
    return undefined;
  }

  private async group(id: string): Promise<GroupSummary> {
    if (this.state === 'notLoaded') await this.reload();
    const g = this.read?.groups.find((x) => x.id === id);
    if (g === undefined) throw notFound({ missing: 'group' });
    return g;
  }

  private list(): ContactListPort {
    const port = this.deps.port();
    if (port.contactList === undefined)
      throw new UcwaError({
        status: 0,
        code: 'NotAvailable',
        retryable: false,
        message: 'the server links no contact groups',
      });
    return port.contactList();
  }

  /** After the user's own change: the groups as the server now has them. */
  private async after(): Promise<ContactListView> {
    await this.reload();
    return this.view();
  }

  private async readNow(): Promise<void> {
    const generation = this.generation;
    if (this.state === 'notLoaded') this.setState('loading');
    try {
      const read = await this.list().read();
      if (generation !== this.generation) return;
      this.read = read;
      this.note = undefined;
      this.setState('ready');
    } catch (error) {
      if (generation !== this.generation) return;
      const absent = isUcwaError(error) && error.code === 'NotAvailable';
      this.deps.log.warn('contact groups could not be read', { error: String(error) });
      this.note = absent ? 'absent' : 'failed';
      this.setState(absent ? 'absent' : this.read === undefined ? 'failed' : this.state);
    }
  }

  private setState(state: ContactListState): void {
    this.state = state;
    this.emitter.emit('change', this.view());
  }
}

function relationshipHref(p: ContactSummary): string {
  return p.links.privacyRelationship as string;
}

function normalise(uri: string): string {
  const u = uri.trim().toLowerCase();
  return u.startsWith('sip:') ? u : `sip:${u}`;
}

const sameUri = (a: string, b: string): boolean => normalise(a) === normalise(b);

/** What the model offers of the contact list (AppModel.contactList). */
export type ContactListApi = Pick<
  ContactListModel,
  | 'view'
  | 'load'
  | 'onChange'
  | 'delegation'
  | 'createGroup'
  | 'renameGroup'
  | 'deleteGroup'
  | 'addToGroup'
  | 'removeFromGroup'
  | 'removeContact'
  | 'listDistributionGroup'
  | 'expandDistributionGroup'
  | 'search'
  | 'setLevel'
>;
