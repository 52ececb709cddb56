// Level changes: the one place for levels shown before the server confirmed them (main's model only ever has the
// server's level), and the one function that applies changes — one contact or five hundred — through main's
// privacy:set-many (batched requests there).
import type {
  ContactView,
  IpcError,
  LevelChange as LevelChangeRequest,
  LevelChangeOutcome,
  PrivacyLevel,
} from '../../../../main/ipc/contract.js';
import { m } from '../../../../i18n/paraglide/messages.js';
import { call } from '../bridge.js';
import { loc } from '../locale.js';
import { contacts } from './contacts.svelte.js';

export type { LevelChangeOutcome, LevelChangeRequest };

class LevelChanges {
  /** Levels shown before the server confirmed them, by contact uri. */
  pending = $state.raw<ReadonlyMap<string, PrivacyLevel>>(new Map());
  /** A change of several contacts in progress. */
  progress = $state<{ done: number; total: number } | null>(null);

  /** The level to show for a contact: a change not yet confirmed by the server, else its level. */
  levelOf = (contact: ContactView): PrivacyLevel => this.pending.get(contact.uri) ?? contact.level;

  /** `levelOf` for a pass over every contact: reads the pending map (a reactive read) once, not per contact. */
  levelLookup(): (contact: ContactView) => PrivacyLevel {
    const pending = this.pending;
    // Nothing waiting for the server (nearly always): each contact's own level, with no look-up per contact.
    if (pending.size === 0) return (contact) => contact.level;
    return (contact) => pending.get(contact.uri) ?? contact.level;
  }

  isPending(uri: string): boolean {
    return this.pending.has(uri);
  }

  /**
   * Apply level changes and report each one. Shown at once as pending, then each contact takes the level the
   * server confirmed — or, after a failure, the level it really has (a conflict says which; otherwise the one main
   * has, which never was the pending one unless the server took it after all).
   */
  async apply(requests: readonly LevelChangeRequest[]): Promise<LevelChangeOutcome[]> {
    const known = requests.flatMap((r) => {
      const contact = contacts.get(r.uri);
      return contact ? [{ request: r, contact }] : [];
    });
    const shown = new Map(
      known.map(({ request, contact }) => [
        request.uri,
        request.level === 'auto' ? contact.autoLevel : request.level,
      ]),
    );
    const asked = known.map((k) => k.request);
    this.pending = new Map([...this.pending, ...shown]);
    const many = asked.length > 1;
    if (many) this.progress = { done: 0, total: asked.length };
    const off = many ? window.ucwa.on('privacy:progress', (p) => (this.progress = p)) : () => {};
    try {
      const r = await call('privacy:set-many', { changes: asked });
      const byUri = new Map(r.ok ? r.value.results.map((o) => [o.uri, o]) : []);
      const outcomes = asked.map(
        (q): LevelChangeOutcome =>
          (r.ok ? byUri.get(q.uri) : { uri: q.uri, ok: false, error: r.error }) ?? {
            uri: q.uri,
            ok: false,
            error: noAnswer(),
          },
      );
      this.#settle(outcomes);
      return [
        ...outcomes,
        ...requests
          .filter((r) => !shown.has(r.uri))
          .map((r) => ({ uri: r.uri, ok: false as const, error: notInList() })),
      ];
    } finally {
      off();
      if (many) this.progress = null;
    }
  }

  #settle(outcomes: LevelChangeOutcome[]) {
    if (outcomes.length === 0) return;
    const levels: Array<[string, PrivacyLevel]> = [];
    for (const o of outcomes) {
      if (o.ok) levels.push([o.uri, o.level]);
      else if ('conflict' in o) levels.push([o.uri, o.conflict.current]);
    }
    const done = new Set(outcomes.map((o) => o.uri));
    this.pending = new Map([...this.pending].filter(([uri]) => !done.has(uri)));
    contacts.patchLevels(levels);
  }

  clear(): void {
    this.pending = new Map();
    this.progress = null;
  }
}

function notInList(): IpcError {
  return { code: 'NotFound', message: m.store_not_in_list({}, loc()) };
}

function noAnswer(): IpcError {
  return { code: 'Internal', message: m.store_no_answer({}, loc()) };
}

export const levelChanges = new LevelChanges();
