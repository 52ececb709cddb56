// What the app model needs from the protocol layer, and nothing more. `clientPort.ts` implements it over
// UcwaClient; model tests implement it with fakes. Hrefs pass through untouched (the model never builds one).
import type { EventBatch } from '../ucwa/eventChannelBatch.js';
import type { UcwaResource } from '../ucwa/representation/model.js';
import type { SubscribeRequest } from '../ucwa/subscriptions.js';
import type { InvitationParty, PrivacyLevel } from '../ipc/contract.js';
import type { ContactListPort } from './contactListPort.js';

/** One contact of the snapshot, as the model keeps it. */
export interface ContactRecord {
  uri: string;
  name: string;
  title?: string;
  company?: string;
  department?: string;
  office?: string;
  type?: string;
  emailAddresses: string[];
  sourceNetwork?: string;
  /** The contact resource's href (events name it in `in`). */
  href: string;
  /** contactPrivacyRelationship href (events name it in `link`); absent: the server does not expose it. */
  relationshipHref?: string;
  /** contactPresence href, for coalesced presence fetches. */
  presenceHref?: string;
  canSetLevel: boolean;
  canResetLevel: boolean;
  level: PrivacyLevel;
}

/** A person an invitation names: already the shape the UI shows. */
export type PartyRecord = InvitationParty;

/** What one subscribe call asks for: the protocol layer's request as it is (main/ucwa/subscriptions.ts). */
export type { SubscribeRequest } from '../ucwa/subscriptions.js';
export type PartOutcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * The protocol's SubscribeOutcome (main/ucwa/subscriptions.ts) as the model reads it: levels by contact uri, not by
 * contact href (clientPort.ts maps them), and any error (fakes need not build a UcwaError).
 */
export interface SubscribeOutcome {
  /** Absent when not asked for. */
  contactsAndGroups?: PartOutcome<void>;
  /** One per group of uris, in order: the subscription's href (undefined if the server linked none). */
  presence: Array<PartOutcome<string | undefined>>;
  /** Absent when not asked for. */
  available?: PartOutcome<unknown>;
  /** Absent when not asked for: contact uri → level, for the contacts of the last snapshot. */
  levels?: PartOutcome<Map<string, PrivacyLevel>>;
}

/** A batch fetch result, in request order: the resource, or the error for that one href. */
export type FetchResult = { ok: true; resource: UcwaResource } | { ok: false; error: unknown };

export interface ProtocolPort {
  /** The signed-in SIP address. */
  readonly user: string;
  /** The current application's events href. */
  eventsHref(): string;
  getEvents(url: string, signal: AbortSignal): Promise<EventBatch>;
  /** A cheap GET of the application resource (normal timeout): resolves when the server answers at all. */
  probe(signal: AbortSignal): Promise<void>;
  renewToken(): Promise<void>;
  /** A new application; resolves to its events href. */
  recreateApplication(): Promise<string>;
  /** Every contact with its level, in O(1) requests (and whatever `subscribe` needs, in the same requests). */
  snapshot(): Promise<ContactRecord[]>;
  /** Many GETs in as few requests as possible (multipart batch), results in request order. */
  fetchMany(hrefs: string[]): Promise<FetchResult[]>;
  get(href: string): Promise<UcwaResource>;
  /** PUT with If-Match. A 412 throws UcwaError PreconditionFailed with `details.current`. */
  setLevel(contact: ContactRecord, level: PrivacyLevel): Promise<void>;
  resetLevel(contact: ContactRecord): Promise<void>;
  /**
   * Many changes at once ('auto' = reset), in batched requests, each with its own If-Match; one outcome per change,
   * in order, failing as setLevel/resetLevel would. Absent: the model changes them one by one.
   */
  changeLevels?(
    changes: ReadonlyArray<{ contact: ContactRecord; level: PrivacyLevel | 'auto' }>,
  ): Promise<PartOutcome<void>[]>;
  /**
   * The contacts-and-groups subscription (so contact-list and relationship events flow), one presence
   * subscription per group of uris and makeMeAvailable, all in one request whatever the list size. Each part succeeds or fails on its
   * own: a presence part resolves to its subscription href.
   */
  subscribe(request: SubscribeRequest): Promise<SubscribeOutcome>;
  /** reportMyActivity: the user is at the computer (due at least every 4 minutes). */
  reportActivity(): Promise<void>;
  /** Extend a subscription that the server says is about to expire. A 404 means: create it again. */
  refreshSubscription(href: string): Promise<void>;
  /** The people an incoming invitation names: from, and onBehalfOf/delegator when linked. */
  invitationParties(
    invitation: UcwaResource,
  ): Promise<{ from: PartyRecord | null; onBehalfOf: PartyRecord | null; delegator: PartyRecord | null }>;
  /** Details for the contact card. */
  contactDetails(contact: ContactRecord): Promise<ContactExtras>;
  /** The application was re-created behind the model's back (the client recovering a 404 on some request). */
  onApplicationChanged(listener: (eventsHref: string) => void): () => void;
  /** DELETE the application. */
  signOut(): Promise<void>;
  /** Groups, memberships and search (contactListPort.ts); absent: the port offers none (test fakes). */
  contactList?(): ContactListPort;
}

export interface ContactExtras {
  note?: { message: string; type: 'Personal' | 'OutOfOffice' };
  location?: string;
  photo?: string;
  modalities: string[];
  phones: Array<{ kind: 'work' | 'mobile' | 'home' | 'other'; uri: string; display: string }>;
  lastActive?: number;
}
