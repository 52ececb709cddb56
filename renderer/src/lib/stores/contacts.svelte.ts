// The contact list: main's contact views by uri, replaced (never mutated) on every change so 5,000 contacts are
// not made deeply reactive. Pushes that arrive while a full list is loading are replayed on top of it.
import type { ContactView, IpcError, PrivacyLevel, PushPayloads } from '../../../../main/ipc/contract.js';
import { call } from '../bridge.js';
import { resortContacts, type SortedContacts } from '../contactList.js';

type ContactsDelta = PushPayloads['contacts:changed'];

/** Run `work` when the window has nothing else to do (soon, in any case). */
function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 2000 });
  else setTimeout(work, 0);
}

class ContactsStore {
  all = $state.raw<ReadonlyMap<string, ContactView>>(new Map());
  /** The list could not be loaded after sign-in: shown above the list. */
  loadError = $state<IpcError | null>(null);

  #loading = false;
  #buffered: ContactsDelta[] = [];
  #listeners = new Set<(changed: readonly ContactView[]) => void>();

  #sorted: SortedContacts | null = null;
  #sortedFrom: ReadonlyMap<string, ContactView> | null = null;

  get(uri: string): ContactView | undefined {
    return this.all.get(uri);
  }

  /**
   * Everyone in list order with their search text, worked out once per contact list and shared by every view (a
   * view mounted again, on a tab switch, does not sort 5,000 names again). Reads `all`, so deriveds follow it.
   */
  get sorted(): SortedContacts {
    const all = this.all;
    if (this.#sorted === null || this.#sortedFrom !== all) {
      const sorted = resortContacts(this.#sorted, all);
      this.#sorted = sorted;
      this.#sortedFrom = all;
      // The search text of each contact: once the list is on screen, before the first keystroke needs it.
      whenIdle(() => {
        if (this.#sorted === sorted) sorted.prepare();
      });
    }
    return this.#sorted;
  }

  /** Told of every contact that arrived changed (from main or a confirmed change). */
  onChanged(listener: (changed: readonly ContactView[]) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  async load(): Promise<void> {
    this.loadError = null;
    this.#loading = true;
    this.#buffered = [];
    const r = await call('contacts:list');
    this.#loading = false;
    const buffered = this.#buffered;
    this.#buffered = [];
    if (r.ok) this.apply({ reset: true, upserts: r.value, removed: [] });
    else this.loadError = r.error;
    for (const delta of buffered) this.apply(delta);
  }

  apply(delta: ContactsDelta): void {
    // Applied at once (the list stays live) and replayed after a full list that is still on its way.
    if (this.#loading) this.#buffered.push(delta);
    // A plain Map built here and then frozen in `all` (raw state, replaced whole): never mutated once shown.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    const next = new Map<string, ContactView>(delta.reset ? [] : this.all);
    for (const uri of delta.removed) next.delete(uri);
    // Later entries win: an upsert replaces the contact it updates (a new one goes last, as the server listed it).
    for (const c of delta.upserts) next.set(c.uri, c);
    this.all = next;
    if (delta.upserts.length > 0) for (const listener of this.#listeners) listener(delta.upserts);
  }

  /** Levels the server confirmed (or the level a failed change leaves), in one replacement of the map. */
  patchLevels(levels: Iterable<readonly [string, PrivacyLevel]>): void {
    const upserts: ContactView[] = [];
    for (const [uri, level] of levels) {
      const contact = this.all.get(uri);
      if (contact && contact.level !== level) upserts.push({ ...contact, level });
    }
    if (upserts.length > 0) this.apply({ reset: false, upserts, removed: [] });
  }

  clear(): void {
    this.all = new Map();
    this.loadError = null;
  }
}

export const contacts = new ContactsStore();
