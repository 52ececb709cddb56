// UcwaClient: the one facade of the protocol layer (main/ucwa). Everything below it — transport, representations,
// discovery, auth, application, people, privacy, invitations, batch — is reached through it (sign-in, the steps
// before a client exists, is signIn.ts); callers (the event channel, main/app, the CLI) use only this class,
// UcwaError (errors.ts) and the model (representation/model.ts).
// No Electron here: fetch, clock, logger and the password are injected.
//
// API
//   UcwaClient.signIn(options: SignInOptions): Promise<UcwaClient>      discovery → token → application
//   client.user / .format / .application / .applicationUrl / .eventsHref (absolute, undefined if not linked)
//   client.requestCount                                                  HTTP requests sent so far (tests, bench)
//   client.onApplicationChanged(cb) → unsubscribe                        after recreateApplication (new eventsHref)
//   client.request(options: RequestOptions): Promise<UcwaResponse>      any UCWA request; base = application URL
//   client.getMany(hrefs): Promise<ManyResult[]>                        batched GETs (100 per request)
//   client.contacts({prepareSubscriptions?}): Promise<ContactSnapshot[]> whole list + levels in 2 requests
//   client.subscribe({contactsAndGroups, presence: uris[][]})           contact-list + presence subscriptions in 1
//   client.refreshPresenceSubscription(href)                            extend one that is about to expire
//   client.makeAvailable() / .reportActivity()                          reachable for invitations; keep presence
//   client.contact(href) / .contactByUri(uri): Promise<ContactSummary>
//   client.presence|note|location|modalities(contact): Promise<Record<string, unknown>>   (properties)
//   client.photo(contact): Promise<{ contentType, bytes }>
//   client.relationship(contact) / .setRelationship(contact, level) / .resetRelationship(contact): Promise<Relationship>
//        set: 412 → UcwaError PreconditionFailed with details.current (refetched; nothing overwritten)
//        a missing link → UcwaError NotAvailable (nothing sent)
//   client.invitationParties(invitation: UcwaResource | href, base?): Promise<InvitationParties>
//   client.recreateApplication(): Promise<void>                           after 404 ApplicationNotFound
//   client.signOut({ keepDiscovery? }): Promise<void>                     DELETE the application, forget tokens
// SignInOptions.tokenStore keeps tokens between runs (a valid stored token means no password is asked for).
// SignInOptions.discoveryCache remembers the user URL between sign-ins (dropped on 403/502/2 connection errors/sign-out).
// Long polls (the event channel) must pass `timeoutMs` above the P-GET timeout: the default request timeout is 30 s.
// Contact operations accept a ContactSummary (from contacts()/contact()) or a SIP URI string.
// Operations that get 404 ApplicationNotFound recreate the application once and retry (contacts re-found by uri).
import { UcwaError, isUcwaError, malformed } from './errors.js';
import type { StoredAuthToken, TokenManager, TokenStore } from './auth.js';
import type { Clock } from './clock.js';
import { createApplication, deleteApplication, isApplicationGone } from './application.js';
import type { Application, ApplicationParams } from './application.js';
import {
  findReportMyActivity,
  makeMeAvailable,
  needsMakeMeAvailable,
  reportMyActivity,
} from './availability.js';
import { getMany } from './batch.js';
import type { ManyResult } from './batch.js';
import type { DiscoveryCache } from './discovery.js';
import { getInvitation, invitationParties } from './invitations.js';
import type { InvitationParties } from './invitations.js';
import type { UcwaLogger } from './log.js';
import {
  contactSnapshot,
  getContact,
  getPhoto,
  getSubResource,
  peopleOf,
  toContactSummary,
} from './people.js';
import type { ContactSnapshot, ContactSummary, Photo, SubResource } from './people.js';
import type { PrivacyLevel } from './privacyLevels.js';
import { getRelationship, resetRelationship, setRelationship } from './privacy.js';
import type { Relationship } from './privacy.js';
import { embedded, link } from './representation/index.js';
import type { UcwaResource, WireFormat } from './representation/index.js';
import { signIn } from './signIn.js';
import type { SignInOptions, SignedIn } from './signIn.js';
import { refreshPresenceSubscription, startFromAlong, subscribe } from './subscriptions.js';
import type { SubscribeOutcome, SubscribeRequest } from './subscriptions.js';
import type { Transport } from './transport.js';
import type { FetchLike, RequestOptions, UcwaResponse } from './transport.js';
import { resolveHref } from './urls.js';

export type { SignInOptions, SignInStep } from './signIn.js';

export type ContactRef = ContactSummary | string;

export class UcwaClient {
  readonly user: string;
  readonly format: WireFormat;
  private app: Application;
  private readonly transport: Transport;
  private readonly tokens: TokenManager;
  private readonly applicationsUrl: string;
  private readonly params: ApplicationParams;
  private readonly discoveryCache: DiscoveryCache | undefined;
  private readonly listeners = new Set<(client: UcwaClient) => void>();
  /** The reportMyActivity href, read from `me` once; valid for that application only. */
  private activityHref: { app: string; href: string } | undefined;
  /** The contact-list subscription's start href, read along with a snapshot; valid for that application only. */
  private contactsStart: { app: string; href: string } | undefined;

  private constructor(signedIn: SignedIn) {
    this.transport = signedIn.transport;
    this.tokens = signedIn.tokens;
    this.applicationsUrl = signedIn.applicationsUrl;
    this.params = signedIn.params;
    this.app = signedIn.app;
    this.user = signedIn.user;
    this.discoveryCache = signedIn.discoveryCache;
    this.format = signedIn.transport.format;
  }

  /** discovery → token → application (signIn.ts). */
  static async signIn(options: SignInOptions): Promise<UcwaClient> {
    return new UcwaClient(await signIn(options));
  }

  get application(): UcwaResource {
    return this.app.resource;
  }

  get applicationUrl(): string {
    return this.app.url;
  }

  /** Absolute URL of the first event-channel P-GET (already carries `ack=1`), if linked. */
  get eventsHref(): string | undefined {
    const events = link(this.app.resource, 'events');
    return events === undefined ? undefined : resolveHref(events.href, this.app.url).href;
  }

  get requestCount(): number {
    return this.transport.requestCount;
  }

  /** URLs with an answer in the ETag cache (diagnostics and tests). */
  get cachedHrefs(): string[] {
    return this.transport.cachedHrefs;
  }

  onApplicationChanged(listener: (client: UcwaClient) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Any UCWA request; relative hrefs resolve against the application URL unless `base` is given. */
  request(options: RequestOptions): Promise<UcwaResponse> {
    return this.transport.request({ base: this.app.url, ...options });
  }

  /** Drop the ETag-cached answer for a URL (e.g. when an event says the resource changed). */
  forget(href: string): void {
    this.transport.forget(resolveHref(href, this.app.url).href);
  }

  getMany(hrefs: readonly string[], signal?: AbortSignal): Promise<ManyResult[]> {
    return getMany({
      transport: this.transport,
      ...this.batchUrl(),
      base: this.app.url,
      hrefs,
      signal,
    });
  }

  /**
   * Every contact with its level. `prepareSubscriptions`: the contact-list subscription resource is read in the
   * same batch as the levels, so that a following subscribe() needs no request of its own.
   */
  contacts(
    options: { signal?: AbortSignal; prepareSubscriptions?: boolean } = {},
  ): Promise<ContactSnapshot[]> {
    const { signal } = options;
    return this.withApplication(async () => {
      const app = this.app;
      const sub = options.prepareSubscriptions
        ? link(peopleOf(app.resource), 'myContactsAndGroupsSubscription')
        : undefined;
      const snapshot = await contactSnapshot({
        transport: this.transport,
        application: app.resource,
        base: app.url,
        ...this.batchUrl(),
        signal,
        along: sub === undefined ? undefined : [sub.href],
      });
      const start = startFromAlong(snapshot.along[0]);
      if (start !== undefined) this.contactsStart = { app: app.url, href: start };
      return snapshot.contacts;
    });
  }

  /**
   * The contact-list subscription and/or one presence subscription per group of uris (and, when asked, makeMeAvailable
   * and every level read after them), in one request when the server batches (see subscriptions.ts). Each part succeeds or fails on its own; nothing is thrown for a part.
   */
  async subscribe(request: SubscribeRequest, signal?: AbortSignal): Promise<SubscribeOutcome> {
    const app = this.app;
    const known = this.contactsStart?.app === app.url ? this.contactsStart.href : undefined;
    const answer = await subscribe({
      transport: this.transport,
      application: app.resource,
      base: app.url,
      ...this.batchUrl(),
      contactsStart: known,
      request,
      signal,
    });
    // A start link that failed may be stale: read the resource again next time.
    this.contactsStart =
      answer.contactsStart !== undefined && answer.contactsAndGroups?.ok !== false
        ? { app: app.url, href: answer.contactsStart }
        : undefined;
    return {
      presence: answer.presence,
      contactsAndGroups: answer.contactsAndGroups,
      available: answer.available,
      levels: answer.levels,
    };
  }

  /**
   * makeMeAvailable: without it the server sends no incoming invitations to this application. Already available
   * counts as done; resolves to the modalities the server took.
   */
  makeAvailable(signal?: AbortSignal): Promise<readonly string[]> {
    return this.withApplication(() =>
      makeMeAvailable(this.transport, this.app.resource, this.app.url, signal),
    );
  }

  /**
   * reportMyActivity (at least every 4 minutes while the user is active, or presence decays to Away). When the
   * application is not available (no link on `me`, or 409 MakeMeAvailableRequired: a new application, a server that
   * forgot), makeMeAvailable is sent and the report retried once.
   */
  reportActivity(signal?: AbortSignal): Promise<void> {
    return this.withApplication(async () => {
      const app = this.app;
      const send = async (): Promise<void> => {
        if (this.activityHref?.app !== app.url) {
          const href = await findReportMyActivity(this.transport, app.resource, app.url, signal);
          this.activityHref = { app: app.url, href };
        }
        await reportMyActivity(this.transport, this.activityHref.href, signal);
      };
      try {
        await send();
      } catch (e) {
        // Not available (yet, or any more): `me` links no reportMyActivity, or the server says so with a 409.
        if (!needsMakeMeAvailable(e) && !(isUcwaError(e) && e.code === 'NotAvailable')) throw e;
        await makeMeAvailable(this.transport, app.resource, app.url, signal);
        this.activityHref = undefined;
        await send();
      }
    });
  }

  /** Extend a presence subscription the server says is about to expire (404: it is gone; subscribe again). */
  refreshPresenceSubscription(href: string, signal?: AbortSignal): Promise<void> {
    return refreshPresenceSubscription(this.transport, resolveHref(href, this.app.url).href, signal);
  }

  private batchUrl(): { batchUrl?: string } {
    const batch = link(this.app.resource, 'batch');
    return { batchUrl: batch === undefined ? undefined : resolveHref(batch.href, this.app.url).href };
  }

  contact(href: string, signal?: AbortSignal): Promise<ContactSummary> {
    return getContact(this.transport, resolveHref(href, this.app.url).href, signal);
  }

  /** Find a contact of the user's list by SIP URI (one request: myContacts). NotFound when not in the list. */
  async contactByUri(uri: string, signal?: AbortSignal): Promise<ContactSummary> {
    const wanted = normaliseUri(uri);
    const list = await this.withApplication(async () => {
      const people = peopleOf(this.app.resource);
      const myContacts = link(people, 'myContacts');
      if (myContacts === undefined) return [];
      const res = await this.request({ href: myContacts.href, signal });
      if (res.resource === undefined) throw malformed('myContacts', res.status);
      return embedded(res.resource, 'contact').map((c) => toContactSummary(c, res.url));
    });
    const found = list.find((c) => normaliseUri(c.uri) === wanted);
    if (found === undefined) {
      throw new UcwaError({
        status: 404,
        code: 'NotFound',
        retryable: false,
        message: `${uri} is not in your contacts.`,
      });
    }
    return found;
  }

  presence(contact: ContactRef): Promise<Record<string, unknown>> {
    return this.sub(contact, 'presence');
  }
  note(contact: ContactRef): Promise<Record<string, unknown>> {
    return this.sub(contact, 'note');
  }
  location(contact: ContactRef): Promise<Record<string, unknown>> {
    return this.sub(contact, 'location');
  }
  modalities(contact: ContactRef): Promise<Record<string, unknown>> {
    return this.sub(contact, 'modalities');
  }
  photo(contact: ContactRef): Promise<Photo> {
    return this.onContact(contact, (c) => getPhoto(this.transport, c));
  }

  relationship(contact: ContactRef): Promise<Relationship> {
    return this.onContact(contact, (c) => getRelationship(this.transport, c));
  }
  setRelationship(contact: ContactRef, level: PrivacyLevel): Promise<Relationship> {
    return this.onContact(contact, (c) => setRelationship(this.transport, c, level));
  }
  resetRelationship(contact: ContactRef): Promise<Relationship> {
    return this.onContact(contact, (c) => resetRelationship(this.transport, c));
  }

  async invitationParties(invitation: UcwaResource | string, base?: string): Promise<InvitationParties> {
    if (typeof invitation === 'string') {
      const fetched = await getInvitation(this.transport, resolveHref(invitation, base ?? this.app.url).href);
      return invitationParties(this.transport, fetched.resource, fetched.url);
    }
    return invitationParties(this.transport, invitation, base ?? this.app.url);
  }

  async recreateApplication(): Promise<void> {
    const gone = this.app.url;
    this.app = await createApplication(this.transport, this.applicationsUrl, this.params);
    // Same endpointId may give the same URL back: only drop the cache when the application really moved.
    if (this.app.url !== gone) this.transport.forgetUnder(gone);
    for (const listener of this.listeners) listener(this);
  }

  /** DELETE the application and forget tokens. `keepDiscovery` for an app quitting (not a user's sign-out). */
  async signOut(options: { keepDiscovery?: boolean } = {}): Promise<void> {
    try {
      await deleteApplication(this.transport, this.app);
    } finally {
      this.tokens.invalidate();
      // An explicit sign-out is one of the conditions that drop a cached discovery result.
      if (!options.keepDiscovery) this.discoveryCache?.delete(this.user);
    }
  }

  private sub(contact: ContactRef, which: SubResource): Promise<Record<string, unknown>> {
    return this.onContact(contact, (c) => getSubResource(this.transport, c, which));
  }

  /**
   * Resolve a ContactRef and run an operation. A contact from before an application was recreated carries hrefs of
   * the old one: it is re-found by uri first. After ApplicationNotFound: recreate, re-find by uri, retry once.
   */
  private async onContact<T>(ref: ContactRef, op: (c: ContactSummary) => Promise<T>): Promise<T> {
    const uri = typeof ref === 'string' ? ref : ref.uri;
    const current = (): Promise<ContactSummary> =>
      typeof ref !== 'string' && this.belongsToApplication(ref)
        ? Promise.resolve(ref)
        : this.contactByUri(uri);
    try {
      return await op(await current());
    } catch (e) {
      if (!isApplicationGone(e)) throw e;
      await this.recreateApplication();
      return op(await this.contactByUri(uri));
    }
  }

  private belongsToApplication(contact: ContactSummary): boolean {
    return contact.href.startsWith(`${this.app.url}/`);
  }

  private async withApplication<T>(op: () => Promise<T>): Promise<T> {
    try {
      return await op();
    } catch (e) {
      if (!isApplicationGone(e)) throw e;
      await this.recreateApplication();
      return op();
    }
  }
}

function normaliseUri(uri: string): string {
  const u = uri.trim().toLowerCase();
  return u.startsWith('sip:') ? u : `sip:${u}`;
}

export { isUcwaError };
export type { PartOutcome, SubscribeOutcome, SubscribeRequest } from './subscriptions.js';
export type {
  ContactSnapshot,
  ContactSummary,
  InvitationParties,
  ManyResult,
  Photo,
  PrivacyLevel,
  Relationship,
};
export type { RequestOptions, UcwaResponse, UcwaLogger, FetchLike, Clock, StoredAuthToken, TokenStore };
