// Many relationship changes in few requests (a bulk change and its undo): every relationship is read in one batched
// GET (its whole resource and its ETag), then every change goes in one batched request per 100 parts — a PUT of the
// whole resource with that part's own If-Match, or a POST of its reset link — at most a few batches at a time
// (batch.ts). Each contact gets its own outcome: a 412 part is PreconditionFailed with the level the server has now
// (read again, batched), never an overwrite; a missing link is NotAvailable for that contact alone.
import { getMany, sendMany } from './batch.js';
import type { BatchRequest, BatchTransport, SentResult } from './batch.js';
import { UcwaError, isUcwaError, notAvailable } from './errors.js';
import { link, stringProp } from './representation/index.js';
import type { UcwaResource } from './representation/index.js';
import { isPrivacyLevel } from './privacyLevels.js';
import type { PrivacyLevel } from './privacyLevels.js';
import { revisionTakesPut } from './privacy.js';
import { resolveHref } from './urls.js';

export interface RelationshipChangeRequest {
  /** The contact's contactPrivacyRelationship href. */
  href: string;
  /** The new level, or 'auto' for the level the server assigns by itself (its reset link). */
  level: PrivacyLevel | 'auto';
  /** The contact's privacyRelationship link revision (only revision 2, or none, takes a PUT). */
  revision?: string;
}

export type ChangeOutcome = { ok: true } | { ok: false; error: UcwaError };

export interface ManyChangesOptions {
  transport: BatchTransport;
  /** The application's `batch` link, absolute; undefined → plain requests a few at a time. */
  batchUrl?: string;
  /** Base for relative hrefs (the application URL). */
  base: string;
  changes: readonly RelationshipChangeRequest[];
  signal?: AbortSignal;
}

interface Planned {
  index: number;
  request: BatchRequest;
}

function planOne(change: RelationshipChangeRequest, resource: UcwaResource, url: string, etag?: string) {
  if (change.level === 'auto') {
    const reset = link(resource, 'resetContactPrivacyRelationship');
    if (reset === undefined) throw notAvailable('reset relationship');
    return { method: 'POST' as const, href: reset.href, base: url };
  }
  if (!revisionTakesPut(change.revision)) throw notAvailable('change relationship');
  return {
    method: 'PUT' as const,
    href: url,
    // PUT replaces the whole resource: send back every property we got, with the new level.
    body: {
      kind: 'resource' as const,
      rel: resource.rel || 'contactPrivacyRelationship',
      href: resource.href,
      properties: { ...resource.properties, relationshipLevel: change.level },
    },
    ifMatch: etag ?? stringProp(resource, 'etag'),
  };
}

const asError = (e: unknown): UcwaError =>
  isUcwaError(e) ? e : new UcwaError({ status: 0, code: 'MalformedResponse', cause: e });

/**
 * Apply every change; outcomes in request order. A batch that fails as a whole (no answer, cancelled) throws: what
 * the server applied is then unknown, and the caller reads the relationships again.
 */
export async function changeRelationships(options: ManyChangesOptions): Promise<ChangeOutcome[]> {
  const { changes, transport, batchUrl, base, signal } = options;
  const common = { transport, batchUrl, base, signal };
  const outcomes: ChangeOutcome[] = new Array(changes.length);
  const read = await getMany({ ...common, hrefs: changes.map((c) => c.href) });
  const planned: Planned[] = [];
  read.forEach((r, index) => {
    const change = changes[index] as RelationshipChangeRequest;
    if (!r.ok) {
      outcomes[index] = r;
      return;
    }
    try {
      planned.push({ index, request: planOne(change, r.resource, r.url, r.etag) });
    } catch (e) {
      outcomes[index] = { ok: false, error: asError(e) };
    }
  });
  const sent = await sendMany({ ...common, requests: planned.map((p) => p.request) });
  const conflicts: number[] = [];
  sent.forEach((r: SentResult, i) => {
    const { index } = planned[i] as Planned;
    if (r.ok) outcomes[index] = { ok: true };
    else if (r.error.status === 412) conflicts.push(index);
    else outcomes[index] = { ok: false, error: r.error };
  });
  await explainConflicts(options, conflicts, outcomes);
  return outcomes;
}

/** 412 parts: the relationship changed since it was read. Read it again to say what it is now. */
async function explainConflicts(
  options: ManyChangesOptions,
  conflicts: readonly number[],
  outcomes: ChangeOutcome[],
): Promise<void> {
  if (conflicts.length === 0) return;
  const { transport, batchUrl, base, signal, changes } = options;
  const hrefs = conflicts.map((i) => resolveHref((changes[i] as RelationshipChangeRequest).href, base).href);
  const now = await getMany({ transport, batchUrl, base, signal, hrefs });
  conflicts.forEach((index, i) => {
    const r = now[i];
    const level = r?.ok ? stringProp(r.resource, 'relationshipLevel') : undefined;
    outcomes[index] = {
      ok: false,
      error: new UcwaError({
        status: 412,
        code: 'PreconditionFailed',
        retryable: false,
        details: isPrivacyLevel(level) ? { current: level } : {},
        message: isPrivacyLevel(level)
          ? `This relationship was changed meanwhile; it is now ${level}.`
          : 'This relationship was changed meanwhile.',
      }),
    };
  });
}
