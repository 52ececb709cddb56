// A bulk change (or its undo): many contacts, each still its own change — optimistic, reported as ours, a conflict
// returned as data — exactly as one change from the panel (model.ts ownChanges). What differs is the wire: when the
// port batches (ProtocolPort.changeLevels), every contact's request is queued and all of them go in batched
// requests together (each part with its own If-Match); otherwise a few contacts at a time, one request each. When the
// server loses the application midway (404 ApplicationNotFound), the model makes a new one and the contacts not yet
// changed are changed on it: a server restart costs the user nothing.
import type { LevelChange, PrivacyLevel } from '../ipc/contract.js';
import { isApplicationGone } from '../ucwa/application.js';
import { UcwaError } from '../ucwa/errors.js';
import type { ContactRecord, PartOutcome, ProtocolPort } from './port.js';
import type { LevelChangeResult, SetLevelResult } from './types.js';

/** Contacts changed at once without batching: enough to keep the server busy, few enough not to flood it. */
export const BULK_CONCURRENCY = 8;

type Put = (contact: ContactRecord, level: PrivacyLevel) => Promise<void>;
type Reset = (contact: ContactRecord) => Promise<void>;
type ChangeLevels = NonNullable<ProtocolPort['changeLevels']>;

/** One contact's change, with the request that applies it (the port's own, or a queued part of a batch). */
export interface OwnChanges {
  setLevel(uri: string, level: PrivacyLevel, expected?: PrivacyLevel, put?: Put): Promise<SetLevelResult>;
  resetLevel(uri: string, reset?: Reset): Promise<{ level: PrivacyLevel }>;
}

/** Requests queued while the changes are started, sent together on flush(). */
class Batch {
  private queued: Array<{
    contact: ContactRecord;
    level: PrivacyLevel | 'auto';
    settle: (o: PartOutcome<void>) => void;
  }> = [];

  private flushed = false;

  constructor(private readonly send: ChangeLevels) {}

  readonly put: Put = (contact, level) => this.queue(contact, level);
  readonly reset: Reset = (contact) => this.queue(contact, 'auto');

  private queue = (contact: ContactRecord, level: PrivacyLevel | 'auto'): Promise<void> =>
    new Promise<PartOutcome<void>>((settle) => {
      this.queued.push({ contact, level, settle });
      // Queued after the flush (an await before its put): sent in a batch of its own rather than never.
      if (this.flushed) queueMicrotask(() => void this.flush());
    }).then((o) => {
      if (!o.ok) throw o.error;
    });

  async flush(): Promise<void> {
    this.flushed = true;
    const queued = this.queued;
    this.queued = [];
    if (queued.length === 0) return;
    let outcomes: PartOutcome<void>[];
    try {
      outcomes = await this.send(queued);
    } catch (error) {
      outcomes = queued.map(() => ({ ok: false, error }));
    }
    // The batch's answer had no part for this change (a server that answered fewer than it was asked).
    const unanswered = (): PartOutcome<void> => ({
      ok: false,
      error: new UcwaError({ status: 0, code: 'MalformedResponse', subcode: 'NoAnswerForChange' }),
    });
    queued.forEach((q, i) => q.settle(outcomes[i] ?? unanswered()));
  }
}

async function applyOne(one: OwnChanges, change: LevelChange, batch?: Batch): Promise<LevelChangeResult> {
  try {
    if (change.level === 'auto')
      return { uri: change.uri, ok: true, ...(await one.resetLevel(change.uri, batch?.reset)) };
    const r = await one.setLevel(change.uri, change.level, change.expected, batch?.put);
    return 'conflict' in r ? { uri: change.uri, ok: false, ...r } : { uri: change.uri, ok: true, ...r };
  } catch (error) {
    return { uri: change.uri, ok: false, error };
  }
}

/** The port's batched changes, if it has them (signed out: none, and every change fails on its own). */
function batching(port: () => ProtocolPort): ChangeLevels | undefined {
  try {
    const p = port();
    return p.changeLevels === undefined
      ? undefined
      : (many) => (p.changeLevels as ChangeLevels).call(p, many);
  } catch {
    return undefined;
  }
}

/**
 * What the model does when the server lost the application midway (404 ApplicationNotFound: it restarted, or
 * forgot an idle application): a new application, and the contacts read again so their links are its own.
 */
export type RenewApplication = () => Promise<void>;

const lostApplication = (r: LevelChangeResult): boolean => 'error' in r && isApplicationGone(r.error);

/**
 * Every change gets a result, in request order; never throws. Changes the server refused because it lost the
 * application are made again, once, on a new one (`renew`); if that cannot be had, they fail with its reason.
 */
export async function setLevels(
  one: OwnChanges,
  port: () => ProtocolPort,
  changes: readonly LevelChange[],
  onProgress?: (done: number, total: number) => void,
  renew?: RenewApplication,
): Promise<LevelChangeResult[]> {
  let done = 0;
  const count = (): void => onProgress?.(++done, changes.length);
  // A change to be tried again is counted when its second try settles, so progress never passes the total.
  const results = await applyAll(one, port, changes, (r) => {
    if (renew === undefined || !lostApplication(r)) count();
  });
  const lost = results.flatMap((r, i) => (lostApplication(r) ? [i] : []));
  if (lost.length === 0 || renew === undefined) return results;
  try {
    await renew();
  } catch (error) {
    // Who was not changed, and why: the reason no new application could be had.
    for (const i of lost) {
      results[i] = { uri: (changes[i] as LevelChange).uri, ok: false, error };
      count();
    }
    return results;
  }
  const again = await applyAll(
    one,
    port,
    lost.map((i) => changes[i] as LevelChange),
    count,
  );
  lost.forEach((i, k) => (results[i] = again[k] as LevelChangeResult));
  return results;
}

/** One pass over the changes: batched when the port batches, else a few at a time; `settled` as each one ends. */
async function applyAll(
  one: OwnChanges,
  port: () => ProtocolPort,
  changes: readonly LevelChange[],
  settled: (r: LevelChangeResult) => void,
): Promise<LevelChangeResult[]> {
  const counted = async (p: Promise<LevelChangeResult>): Promise<LevelChangeResult> => {
    const r = await p;
    settled(r);
    return r;
  };
  // One change alone goes as one (the per-contact path: no batch to read and write one relationship).
  const batched = changes.length > 1 ? batching(port) : undefined;
  if (batched !== undefined) {
    const batch = new Batch(batched);
    // Each change reaches its put synchronously (or settles without one): all are queued before the flush.
    const all = changes.map((c) => counted(applyOne(one, c, batch)));
    await batch.flush();
    return Promise.all(all);
  }
  const results: LevelChangeResult[] = new Array(changes.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < changes.length) {
      const i = next++;
      results[i] = await counted(applyOne(one, changes[i] as LevelChange));
    }
  };
  await Promise.all(Array.from({ length: Math.min(BULK_CONCURRENCY, changes.length) }, worker));
  return results;
}
