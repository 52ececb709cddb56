// The Groups view's state: the contact list's groups (pushed by main as they change), the last search, who is
// tagged for status-change alerts, and the delegates. Every change goes to main; what main answers replaces the view.
import type {
  ContactListView,
  DelegationGroups,
  PersonView,
  PrivacyLevel,
  SearchView,
  TaggedView,
} from '../../../../main/ipc/contract.js';
import { m } from '../../../../i18n/paraglide/messages.js';
import { call } from '../bridge.js';
import { loc } from '../locale.js';

class GroupsStore {
  list = $state<ContactListView | null>(null);
  found = $state<SearchView | null>(null);
  tags = $state<TaggedView[]>([]);
  delegation = $state<DelegationGroups | null>(null);
  /** Distribution groups' members, read when the user opens one (the list itself holds none); by group id. */
  members = $state<Record<string, PersonView[] | 'reading' | { failed: string }>>({});
  /** What the last action said (a refusal in words, or what was done). */
  message = $state('');
  busy = $state(false);
  private listening = false;

  async load(): Promise<void> {
    if (!this.listening) {
      this.listening = true;
      window.ucwa.on('contactList:changed', (v) => (this.list = v));
      window.ucwa.on('tags:changed', (t) => (this.tags = t));
    }
    const [list, tags, delegation] = await Promise.all([
      call('contactList:get'),
      call('tags:list'),
      call('delegation:get'),
    ]);
    if (list.ok) this.list = list.value;
    else this.message = list.error.message;
    if (tags.ok) this.tags = tags.value;
    if (delegation.ok) this.delegation = delegation.value;
  }

  async search(query: string): Promise<void> {
    if (query.trim() === '') return;
    await this.run(async () => {
      const r = await call('contactList:search', { query, limit: 20 });
      if (!r.ok) return r.error.message;
      this.found = r.value;
      return r.value.people.length === 0 ? m.store_no_one_found({ query }, loc()) : '';
    });
  }

  add = (uri: string, groupId?: string) =>
    this.change(call('contactList:add', { uri, groupId }), m.store_added({}, loc()));
  remove = (uri: string, groupId?: string) =>
    this.change(
      call('contactList:remove', { uri, groupId }),
      groupId ? m.store_removed_from_group({}, loc()) : m.store_removed({}, loc()),
    );
  create = (name: string) =>
    this.change(call('groups:create', { name }), m.store_group_created({ name }, loc()));
  rename = (id: string, name: string) =>
    this.change(call('groups:rename', { id, name }), m.store_renamed({}, loc()));
  delete = (id: string) => this.change(call('groups:delete', { id }), m.store_group_deleted({}, loc()));

  /** Read a distribution group's members once (again after a failure). */
  async expand(id: string): Promise<void> {
    const known = this.members[id];
    if (known === 'reading' || Array.isArray(known)) return;
    this.members[id] = 'reading';
    const r = await call('groups:expand', { id });
    this.members[id] = r.ok ? r.value : { failed: r.error.message };
  }

  async setLevel(uri: string, level: PrivacyLevel): Promise<void> {
    await this.run(async () => {
      const r = await call('contactList:set-level', { uri, level: level as never });
      if (!r.ok) return r.error.message;
      const p = this.found?.people.find((x) => x.uri === uri);
      if (p) p.level = r.value.level;
      return '';
    });
  }

  isTagged(uri: string): boolean {
    return this.tags.some((t) => t.uri === uri.toLowerCase());
  }

  async toggleTag(uri: string): Promise<void> {
    await this.run(async () => {
      const r = this.isTagged(uri) ? await call('tags:remove', { uri }) : await call('tags:add', { uri });
      if (!r.ok) return r.error.message;
      this.tags = r.value;
      return '';
    });
  }

  clear(): void {
    this.list = null;
    this.found = null;
    this.tags = [];
    this.delegation = null;
    this.members = {};
    this.message = '';
  }

  private async change(
    request: Promise<{ ok: true; value: ContactListView } | { ok: false; error: { message: string } }>,
    done: string,
  ): Promise<void> {
    await this.run(async () => {
      const r = await request;
      if (!r.ok) return r.error.message;
      this.list = r.value;
      return done;
    });
  }

  private async run(work: () => Promise<string>): Promise<void> {
    this.busy = true;
    try {
      this.message = await work();
    } finally {
      this.busy = false;
    }
  }
}

export const groups = new GroupsStore();
