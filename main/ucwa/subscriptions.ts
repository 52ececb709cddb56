// Subscriptions that keep events flowing (reference §4.5): the contact-list subscription
// (`startOrRefreshSubscriptionToContactsAndGroups`, a link on the `myContactsAndGroupsSubscription` resource) and
// presence subscriptions (`POST people.presenceSubscriptions {duration, uris}`, one per group of uris).
// makeMeAvailable (availability.ts) can ride in the same batch: sign-in then costs no extra request for it.
// Everything asked for goes out as one multipart batch (POST parts with bodies), so the number of requests does not
// grow with the contact list; each part succeeds or fails on its own. The contact-list subscription's `start` link
// is read from its resource: the client fetches that resource along with the snapshot (people.ts `along`), so the
// batch needs no request before it.
// The levels can ride last in the same batch too: a server tells an application of a relationship change only once
// it has subscribed (reference §4.4), so a change between the snapshot and the subscription would otherwise go unseen.
import { isAborted, malformed, notAvailable } from './errors.js';
import { errorFromFailure } from './failures.js';
import type { UcwaError } from './errors.js';
import {
  FALLBACK_MODALITIES,
  MODALITIES,
  availabilityFailure,
  makeMeAvailable,
  makeMeAvailableRequest,
} from './availability.js';
import { sendMany } from './batch.js';
import type { BatchRequest, ManyResult, SentResult } from './batch.js';
import { levelsByHref, peopleOf } from './people.js';
import type { PrivacyLevel } from './privacyLevels.js';
import { link } from './representation/index.js';
import type { UcwaResource } from './representation/index.js';
import type { Transport } from './transport.js';
import { resolveHref } from './urls.js';

/** Subscription length asked for, in minutes (the server caps presence subscriptions at 30). */
export const SUBSCRIPTION_MINUTES = 30;

export interface SubscribeRequest {
  /** Start (or refresh) the contact-list subscription. */
  contactsAndGroups: boolean;
  /** One presence subscription per group of SIP URIs. */
  presence: readonly (readonly string[])[];
  /** makeMeAvailable in the same batch (availability.ts): incoming invitations reach only available applications. */
  available?: boolean;
  /** Read myPrivacyRelationships after the subscriptions, in the same batch. */
  levels?: boolean;
}

export type PartOutcome<T> = { ok: true; value: T } | { ok: false; error: UcwaError };

export interface SubscribeOutcome {
  /** Absent when not asked for. */
  contactsAndGroups?: PartOutcome<void>;
  /** Per group, in order: the new subscription's absolute href (undefined if the server linked none). */
  presence: Array<PartOutcome<string | undefined>>;
  /** Absent when not asked for: the modalities the server took. */
  available?: PartOutcome<readonly string[]>;
  /** Absent when not asked for: every explicit level (contact href → level), read after the subscriptions. */
  levels?: PartOutcome<Map<string, PrivacyLevel>>;
}

/** Absolute `startOrRefreshSubscriptionToContactsAndGroups` href of a fetched subscription resource, if linked. */
export function contactsSubscriptionStart(resource: UcwaResource, url: string): string | undefined {
  const start = link(resource, 'startOrRefreshSubscriptionToContactsAndGroups');
  return start === undefined ? undefined : resolveHref(start.href, url).href;
}

/** The `along` answer for the contact-list subscription resource → its start href (undefined if unusable). */
export function startFromAlong(result: ManyResult | undefined): string | undefined {
  return result?.ok ? contactsSubscriptionStart(result.resource, result.url) : undefined;
}

export interface SubscribeOptions {
  transport: Transport;
  application: UcwaResource;
  /** Absolute application URL (base for its hrefs). */
  base: string;
  batchUrl?: string;
  /** The known start href of the contact-list subscription; without it the resource is fetched first. */
  contactsStart?: string;
  request: SubscribeRequest;
  signal?: AbortSignal;
}

export interface SubscribeAnswer extends SubscribeOutcome {
  /** The start href used (for the caller to remember), when one was found. */
  contactsStart?: string;
}

export async function subscribe(options: SubscribeOptions): Promise<SubscribeAnswer> {
  const { request } = options;
  const people = peopleOf(options.application);
  const answer: SubscribeAnswer = { presence: [] };
  const requests: BatchRequest[] = [];

  let contactsStart = options.contactsStart;
  if (request.contactsAndGroups) {
    try {
      contactsStart ??= await findContactsStart(options.transport, people, options.base, options.signal);
      answer.contactsStart = contactsStart;
      requests.push({
        method: 'POST',
        href: contactsStart,
        body: { kind: 'input', properties: { duration: SUBSCRIPTION_MINUTES } },
      });
    } catch (e) {
      if (isAborted(e)) throw e;
      answer.contactsAndGroups = { ok: false, error: errorFromFailure(e) };
    }
  }
  const groups = request.presence.filter((uris) => uris.length > 0);
  const subs = link(people, 'presenceSubscriptions');
  if (subs !== undefined) {
    for (const uris of groups) {
      requests.push({
        method: 'POST',
        href: subs.href,
        body: { kind: 'input', properties: { duration: SUBSCRIPTION_MINUTES, uris: [...uris] } },
      });
    }
  }

  // After the subscriptions (parts run in order): any later change is evented, any earlier one is in these levels.
  const privacy = request.levels ? link(people, 'myPrivacyRelationships') : undefined;
  if (request.levels && privacy === undefined)
    answer.levels = { ok: false, error: notAvailable('myPrivacyRelationships') };
  if (privacy !== undefined) requests.push({ method: 'GET', href: privacy.href });

  let availablePart: BatchRequest | undefined;
  if (request.available) {
    try {
      availablePart = makeMeAvailableRequest(options.application);
      requests.push(availablePart);
    } catch (e) {
      answer.available = { ok: false, error: errorFromFailure(e) };
    }
  }

  const sent = await send(options, requests);
  if (availablePart !== undefined) answer.available = await availableOutcome(options, sent.pop());
  if (privacy !== undefined) {
    const read = sent.pop();
    if (read === undefined) answer.levels = { ok: false, error: malformed('batch') };
    else if (!read.ok) answer.levels = { ok: false, error: read.error };
    else if (read.resource === undefined)
      answer.levels = { ok: false, error: malformed('myPrivacyRelationships') };
    else answer.levels = { ok: true, value: levelsByHref(read.resource, read.url) };
  }
  if (request.contactsAndGroups && answer.contactsAndGroups === undefined) {
    answer.contactsAndGroups = outcome(sent.shift(), () => undefined);
  }
  answer.presence = groups.map((): PartOutcome<string | undefined> => {
    if (subs === undefined) return { ok: false, error: notAvailable('presenceSubscriptions') };
    // A subscription without a self link still works; it just cannot be refreshed (its expiry event names it).
    return outcome(sent.shift(), (r) =>
      r.resource?.href === undefined ? undefined : resolveHref(r.resource.href, r.url).href,
    );
  });
  return answer;
}

function outcome<T>(
  result: SentResult | undefined,
  value: (r: Extract<SentResult, { ok: true }>) => T,
): PartOutcome<T> {
  if (result === undefined) return { ok: false, error: malformed('batch') };
  return result.ok ? { ok: true, value: value(result) } : { ok: false, error: result.error };
}

/** The batched makeMeAvailable's answer; a 403 for the modalities gets one plain retry with fewer. */
async function availableOutcome(
  options: SubscribeOptions,
  result: SentResult | undefined,
): Promise<PartOutcome<readonly string[]>> {
  if (result === undefined) return { ok: false, error: malformed('batch') };
  if (result.ok) return { ok: true, value: MODALITIES };
  const what = availabilityFailure(result.error);
  if (what === 'done') return { ok: true, value: MODALITIES };
  if (what === 'failed') return { ok: false, error: result.error };
  try {
    const modalities = await makeMeAvailable(
      options.transport,
      options.application,
      options.base,
      options.signal,
      FALLBACK_MODALITIES,
    );
    return { ok: true, value: modalities };
  } catch (e) {
    if (isAborted(e)) throw e;
    return { ok: false, error: errorFromFailure(e) };
  }
}

/** One request alone goes out plainly (a batch of one saves nothing); more go out batched. */
async function send(options: SubscribeOptions, requests: BatchRequest[]): Promise<SentResult[]> {
  if (requests.length === 0) return [];
  return sendMany({
    transport: options.transport,
    batchUrl: requests.length === 1 ? undefined : options.batchUrl,
    base: options.base,
    requests,
    signal: options.signal,
  });
}

async function findContactsStart(
  transport: Transport,
  people: UcwaResource,
  base: string,
  signal?: AbortSignal,
): Promise<string> {
  const sub = link(people, 'myContactsAndGroupsSubscription');
  if (sub === undefined) throw notAvailable('myContactsAndGroupsSubscription');
  const res = await transport.request({
    href: sub.href,
    base,
    fresh: true,
    signal,
  });
  const start = res.resource && contactsSubscriptionStart(res.resource, res.url);
  if (start === undefined) throw notAvailable('startOrRefreshSubscriptionToContactsAndGroups');
  return start;
}

/** Extend a presence subscription that the server says is about to expire; 404 when it is already gone. */
export async function refreshPresenceSubscription(
  transport: Transport,
  href: string,
  signal?: AbortSignal,
): Promise<void> {
  await transport.request({
    method: 'POST',
    href,
    body: { kind: 'input', properties: { duration: SUBSCRIPTION_MINUTES } },
    signal,
  });
}
