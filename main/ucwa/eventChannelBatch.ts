// One event-channel response, flattened: the links that say where to go next and the events in server order.
// The event channel and the app model speak only this shape; `toEventBatch` builds it from a decoded `events`
// resource (JSON or XML), so neither cares which format the server spoke.
import { isUcwaResource, link } from './representation/model.js';
import type { UcwaResource } from './representation/model.js';

export type UcwaEventType = 'added' | 'updated' | 'deleted' | 'started' | 'completed';

export interface UcwaEvent {
  type: UcwaEventType;
  /** The sender block this event came in (`people`, `communication`, `conversation`, `me`). */
  sender: { rel: string; href?: string };
  /** The target resource: `rel` is the link rel (`contactPrivacyRelationship`, `messagingInvitation`, ...). */
  link: { rel: string; href: string; title?: string };
  /** The collection the target belongs to (`{rel:'contact'}` for contact sub-resources), when sent. */
  in?: { rel: string; href?: string };
  /** The full target resource when the server embedded it (optional by the spec: never rely on it). */
  resource?: UcwaResource;
  /** On operation `completed`: `Success` or `Failure`. */
  status?: string;
  reason?: { code?: string; subcode?: string; message?: string };
}

export interface EventBatch {
  /** Where to P-GET next (absent on a resync-only answer). */
  next?: string;
  /** Present instead of `next` after a long absence: same use, and transient state (subscriptions) was reset. */
  resume?: string;
  /** The only link when our ack was out of range: follow it, and rebuild transient state. */
  resync?: string;
  events: UcwaEvent[];
}

const EVENT_TYPES: ReadonlySet<string> = new Set(['added', 'updated', 'deleted', 'started', 'completed']);

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** One event of a decoded sender (representation/events.ts `NormalisedEvent`), checked: a server is not trusted. */
function eventOf(raw: unknown, sender: { rel: string; href?: string }): UcwaEvent | undefined {
  const r = record(raw);
  const type = str(r?.type);
  const target = record(r?.link);
  const rel = str(target?.rel);
  const href = str(target?.href);
  if (
    r === undefined ||
    type === undefined ||
    !EVENT_TYPES.has(type) ||
    rel === undefined ||
    href === undefined
  ) {
    return undefined;
  }
  const title = str(target?.title);
  const event: UcwaEvent = {
    type: type as UcwaEventType,
    sender,
    link: title === undefined ? { rel, href } : { rel, href, title },
  };
  const inRec = record(r.in);
  const inRel = str(inRec?.rel);
  if (inRel !== undefined) {
    const inHref = str(inRec?.href);
    event.in = inHref === undefined ? { rel: inRel } : { rel: inRel, href: inHref };
  }
  const emb = record(r.embedded);
  const body = emb === undefined ? undefined : (emb[rel] ?? Object.values(emb)[0]);
  if (isUcwaResource(body)) event.resource = body;
  const status = str(r.status);
  if (status !== undefined) event.status = status;
  const reason = record(r.reason);
  if (reason !== undefined) {
    event.reason = {};
    for (const key of ['code', 'subcode', 'message'] as const) {
      const v = str(reason[key]);
      if (v !== undefined) event.reason[key] = v;
    }
  }
  return event;
}

/**
 * Flatten a decoded `events` resource (rel `events`; links next/resume/resync; `properties.sender` as described in
 * representation/events.ts). Events whose shape is not understood are skipped, never fatal.
 */
export function toEventBatch(res: UcwaResource): EventBatch {
  const batch: EventBatch = { events: [] };
  const next = link(res, 'next')?.href;
  const resume = link(res, 'resume')?.href;
  const resync = link(res, 'resync')?.href;
  if (next !== undefined) batch.next = next;
  if (resume !== undefined) batch.resume = resume;
  if (resync !== undefined) batch.resync = resync;
  for (const s of list(res.properties.sender)) {
    const r = record(s);
    const rel = str(r?.rel);
    if (r === undefined || rel === undefined) continue;
    const href = str(r.href);
    const sender = href === undefined ? { rel } : { rel, href };
    for (const raw of list(r.events)) {
      const event = eventOf(raw, sender);
      if (event !== undefined) batch.events.push(event);
    }
  }
  return batch;
}
