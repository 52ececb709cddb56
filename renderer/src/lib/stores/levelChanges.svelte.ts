// Level changes: the renderer's one place for levels shown before the server confirmed them, and the one function
// that applies changes — one contact or five hundred. It asks main's batched channel (privacy:set-many) first;
// until main has it, it applies each change through privacy:set-level / privacy:reset, a few at a time.
import type { ContactView, IpcError, PrivacyLevel } from '../../../../main/ipc/contract.js';
import { call } from '../bridge.js';
import { callPending, onPending, type LevelChangeOutcome, type LevelChangeRequest } from '../pending.js';
import { contacts } from './contacts.svelte.js';

/** Per-contact requests in flight at once when main has no batched channel (the server sees a few at a time). */
export const FALLBACK_CONCURRENCY = 4;
/** Outcomes applied to the list in groups: one list update per group, not one per contact. */
const APPLY_EVERY = 25;

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
    return (contact) => pending.get(contact.uri) ?? contact.level;
  }

  isPending(uri: string): boolean {
    return this.pending.has(uri);
  }

  /**
   * Apply level changes and report each one. Shown at once as pending, then each contact takes the level the
   * server confirmed — or, after a failure, the level it really has (a conflict says which; otherwise the level
   * from before, unless main told us another meanwhile).
   */
  async apply(requests: readonly LevelChangeRequest[]): Promise<LevelChangeOutcome[]> {
    const known = requests.flatMap((r) => {
      const contact = contacts.get(r.uri);
      return contact ? [{ request: r, contact }] : [];
    });
    const before = new Map(known.map(({ request, contact }) => [request.uri, this.levelOf(contact)]));
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
    const settled: LevelChangeOutcome[] = [];
    const flush = () => this.#settle(settled.splice(0), before, shown);
    try {
      const batched = await this.#batched(asked, many);
      const outcomes = batched ?? (await this.#oneByOne(asked, many, settled, flush));
      if (batched) settled.push(...batched);
      flush();
      return [
        ...outcomes,
        ...requests
          .filter((r) => !shown.has(r.uri))
          .map((r) => ({ uri: r.uri, ok: false as const, error: notInList() })),
      ];
    } finally {
      if (many) this.progress = null;
    }
  }

  async #batched(requests: LevelChangeRequest[], many: boolean): Promise<LevelChangeOutcome[] | null> {
    const off = many ? onPending('privacy:progress', (p) => (this.progress = p)) : () => {};
    try {
      const r = await callPending('privacy:set-many', { changes: requests });
      if (r === 'absent') return null;
      if (!r.ok) return requests.map((q) => ({ uri: q.uri, ok: false as const, error: r.error }));
      const byUri = new Map(r.value.results.map((o) => [o.uri, o]));
      return requests.map((q) => byUri.get(q.uri) ?? { uri: q.uri, ok: false, error: noAnswer() });
    } finally {
      off();
    }
  }

  async #oneByOne(
    requests: LevelChangeRequest[],
    many: boolean,
    settled: LevelChangeOutcome[],
    flush: () => void,
  ): Promise<LevelChangeOutcome[]> {
    const outcomes: LevelChangeOutcome[] = new Array(requests.length);
    let next = 0;
    let done = 0;
    const worker = async () => {
      while (next < requests.length) {
        const i = next++;
        const request = requests[i] as LevelChangeRequest;
        const outcome = await sendOne(request);
        outcomes[i] = outcome;
        settled.push(outcome);
        done++;
        if (many) this.progress = { done, total: requests.length };
        if (settled.length >= APPLY_EVERY) flush();
      }
    };
    await Promise.all(Array.from({ length: Math.min(FALLBACK_CONCURRENCY, requests.length) }, worker));
    return outcomes;
  }

  #settle(
    outcomes: LevelChangeOutcome[],
    before: ReadonlyMap<string, PrivacyLevel>,
    shown: ReadonlyMap<string, PrivacyLevel>,
  ) {
    if (outcomes.length === 0) return;
    const levels: Array<[string, PrivacyLevel]> = [];
    for (const o of outcomes) {
      if (o.ok) levels.push([o.uri, o.level]);
      else if (o.error.current !== undefined) levels.push([o.uri, o.error.current]);
      else {
        // main may still show the level we asked for (its own in-flight copy): the contact keeps what it had.
        const now = contacts.get(o.uri)?.level;
        const was = before.get(o.uri);
        if (was !== undefined && now === shown.get(o.uri)) levels.push([o.uri, was]);
      }
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

async function sendOne(request: LevelChangeRequest): Promise<LevelChangeOutcome> {
  const r =
    request.level === 'auto'
      ? await call('privacy:reset', { uri: request.uri })
      : await call('privacy:set-level', {
          uri: request.uri,
          level: request.level,
          expected: request.expected,
        });
  return r.ok
    ? { uri: request.uri, ok: true, level: r.value.level }
    : { uri: request.uri, ok: false, error: r.error };
}

function notInList(): IpcError {
  return { code: 'NotFound', message: 'This contact is no longer in your list.' };
}

function noAnswer(): IpcError {
  return { code: 'Internal', message: 'The app did not say what happened to this change.' };
}

export const levelChanges = new LevelChanges();
