// The ProtocolPort over the real protocol client (main/ucwa/client.ts). Thin on purpose: everything protocol-shaped
// stays in main/ucwa (subscriptions included: main/ucwa/subscriptions.ts).
import type { InvitationParty, PrivacyLevel } from '../ipc/contract.js';
import { UcwaClient } from '../ucwa/client.js';
import type { ContactSnapshot, ContactSummary, SignInOptions } from '../ucwa/client.js';
import { malformed, notAvailable } from '../ucwa/errors.js';
import { toEventBatch } from '../ucwa/eventChannelBatch.js';
import { formatPhone } from './phone.js';
import { revisionTakesPut } from '../ucwa/privacy.js';
import { changeRelationships } from '../ucwa/privacyMany.js';
import type { ChangeOutcome } from '../ucwa/privacyMany.js';
import { link } from '../ucwa/representation/index.js';
import { resolveHref } from '../ucwa/urls.js';
import type { EventBatch } from '../ucwa/eventChannelBatch.js';
import type { UcwaResource } from '../ucwa/representation/model.js';
import type { Connect, Runtime } from './types.js';
import { clientContactList } from './contactListPort.js';
import type { ContactListPort } from './contactListPort.js';
import type {
  ContactExtras,
  ContactRecord,
  FetchResult,
  PartOutcome,
  PartyRecord,
  ProtocolPort,
  SubscribeOutcome,
  SubscribeRequest,
} from './port.js';

/** A P-GET is held up to `timeout` (≤ 1,800 s); the event channel aborts it itself, so the transport must not first. */
const PGET_TRANSPORT_TIMEOUT_MS = 1_800_000 + 60_000;

function party(c: ContactSummary): PartyRecord {
  const p: PartyRecord = { uri: c.uri, name: c.name, emailAddresses: c.emailAddresses };
  if (c.title !== undefined) p.title = c.title;
  if (c.department !== undefined) p.department = c.department;
  if (c.company !== undefined) p.company = c.company;
  return p;
}

/** Can the relationship be changed (PUT)? Linked, and of a revision that takes one (main/ucwa/privacy.ts). */
function settable(c: ContactSummary): boolean {
  return c.links.privacyRelationship !== undefined && revisionTakesPut(c.links.privacyRelationshipRevision);
}

function record(c: ContactSnapshot): ContactRecord {
  const rel = c.links.privacyRelationship;
  const r: ContactRecord = {
    uri: c.uri,
    name: c.name,
    emailAddresses: c.emailAddresses,
    href: c.href,
    canSetLevel: settable(c),
    // The reset link sits on the relationship resource itself, which the snapshot does not read (one GET per
    // contact): until contactDetails reads it, reset is offered where the relationship is of a revision that
    // has it (revision 1 links only `self`).
    canResetLevel: settable(c),
    level: c.relationshipLevel,
  };
  for (const key of ['title', 'company', 'department', 'office', 'type', 'sourceNetwork'] as const) {
    const v = c[key];
    if (v !== undefined) r[key] = v;
  }
  if (rel !== undefined) r.relationshipHref = rel;
  if (c.links.presence !== undefined) r.presenceHref = c.links.presence;
  return r;
}

function phonesOf(c: ContactSummary): ContactExtras['phones'] {
  const out: ContactExtras['phones'] = [];
  const add = (kind: ContactExtras['phones'][number]['kind'], uri: string | undefined): void => {
    if (uri !== undefined && uri !== '') out.push({ kind, uri, display: formatPhone(uri) });
  };
  add('work', c.workPhoneNumber);
  add('mobile', c.mobilePhoneNumber);
  add('home', c.homePhoneNumber);
  add('other', c.otherPhoneNumber);
  return out;
}

function toPartOutcome(o: ChangeOutcome | undefined): PartOutcome<void> {
  if (o === undefined) return { ok: false, error: malformed('batch part') };
  return o.ok ? { ok: true, value: undefined } : o;
}

/** What the server lets us do with one contact's relationship, as the contact's view carries it. */
export type RelationshipAbilities = Partial<Pick<ContactRecord, 'canSetLevel' | 'canResetLevel'>>;

export class ClientPort implements ProtocolPort {
  private summaries = new Map<string, ContactSnapshot>();

  constructor(private readonly client: UcwaClient) {}

  get user(): string {
    return this.client.user;
  }

  eventsHref(): string {
    const href = this.client.eventsHref;
    if (href === undefined) throw notAvailable('events');
    return href;
  }

  async getEvents(url: string, signal: AbortSignal): Promise<EventBatch> {
    const res = await this.client.request({
      href: url,
      signal,
      fresh: true,
      timeoutMs: PGET_TRANSPORT_TIMEOUT_MS,
    });
    if (res.resource === undefined) throw malformed('events', res.status);
    return toEventBatch(res.resource);
  }

  async probe(signal: AbortSignal): Promise<void> {
    // Not `fresh`: a 304 from the ETag cache is an answer too, and the cheapest one.
    await this.client.request({ href: this.client.applicationUrl, signal });
  }

  /** The transport already re-acquires the token on a 401 and retries once; a second 401 is left to backoff. */
  async renewToken(): Promise<void> {}

  async recreateApplication(): Promise<string> {
    await this.client.recreateApplication();
    return this.eventsHref();
  }

  async snapshot(): Promise<ContactRecord[]> {
    const list = await this.client.contacts({ prepareSubscriptions: true });
    this.summaries = new Map(list.map((c) => [c.uri, c]));
    return list.map(record);
  }

  async fetchMany(hrefs: string[]): Promise<FetchResult[]> {
    return this.client.getMany(hrefs);
  }

  async get(href: string): Promise<UcwaResource> {
    const res = await this.client.request({ href, fresh: true });
    if (res.resource === undefined) throw malformed('resource', res.status);
    return res.resource;
  }

  private summary(contact: ContactRecord): ContactSummary | string {
    return this.summaries.get(contact.uri) ?? contact.uri;
  }

  async setLevel(contact: ContactRecord, level: PrivacyLevel): Promise<void> {
    await this.client.setRelationship(this.summary(contact), level);
  }

  async resetLevel(contact: ContactRecord): Promise<void> {
    await this.client.resetRelationship(this.summary(contact));
  }

  async changeLevels(
    changes: ReadonlyArray<{ contact: ContactRecord; level: PrivacyLevel | 'auto' }>,
  ): Promise<PartOutcome<void>[]> {
    const batch = link(this.client.application, 'batch');
    const base = this.client.applicationUrl;
    const requests = changes.map(({ contact, level }) => {
      const summary = this.summaries.get(contact.uri);
      const href = summary?.links.privacyRelationship ?? contact.relationshipHref;
      return { href, level, revision: summary?.links.privacyRelationshipRevision };
    });
    const known = requests.flatMap((r) => (r.href === undefined ? [] : [{ ...r, href: r.href }]));
    const outcomes = await changeRelationships({
      transport: this.client,
      batchUrl: batch === undefined ? undefined : resolveHref(batch.href, base).href,
      base,
      changes: known,
    });
    let next = 0;
    return requests.map((r) =>
      r.href === undefined
        ? { ok: false, error: notAvailable('change relationship') }
        : toPartOutcome(outcomes[next++]),
    );
  }

  async subscribe(request: SubscribeRequest): Promise<SubscribeOutcome> {
    const { levels, ...rest } = await this.client.subscribe(request);
    if (levels === undefined) return rest;
    if (!levels.ok) return { ...rest, levels };
    // By contact href on the wire; a contact the collection does not list is at its auto-assigned level.
    const byUri = new Map<string, PrivacyLevel>();
    for (const c of this.summaries.values()) byUri.set(c.uri, levels.value.get(c.href) ?? c.autoLevel);
    return { ...rest, levels: { ok: true, value: byUri } };
  }

  reportActivity(): Promise<void> {
    return this.client.reportActivity();
  }

  async refreshSubscription(href: string): Promise<void> {
    await this.client.refreshPresenceSubscription(href);
  }

  async invitationParties(
    invitation: UcwaResource,
  ): Promise<{ from: PartyRecord | null; onBehalfOf: PartyRecord | null; delegator: PartyRecord | null }> {
    const p = await this.client.invitationParties(invitation);
    const from: InvitationParty | null =
      p.from === null
        ? null
        : p.from.contact !== undefined
          ? party(p.from.contact)
          : { uri: p.from.uri ?? '', name: p.from.name ?? p.from.uri ?? 'Someone' };
    const delegator =
      p.delegator !== null
        ? party(p.delegator)
        : p.delegatorUri !== undefined
          ? { uri: p.delegatorUri, name: p.delegatorUri.replace(/^sip:/i, '') }
          : null;
    return { from, onBehalfOf: p.onBehalfOf === null ? null : party(p.onBehalfOf), delegator };
  }

  /**
   * The card's details. They include what the server lets us do with the relationship, read from the relationship
   * resource itself (is there a resetContactPrivacyRelationship link?): the model spreads these over the contact's
   * view, so the card offers only what the server offers.
   */
  async contactDetails(contact: ContactRecord): Promise<ContactExtras & RelationshipAbilities> {
    const ref = this.summary(contact);
    const [note, location, modalities, photo, presence, relationship] = await Promise.allSettled([
      this.client.note(ref),
      this.client.location(ref),
      this.client.modalities(ref),
      this.client.photo(ref),
      this.client.presence(ref),
      contact.relationshipHref === undefined
        ? Promise.reject(notAvailable('relationship'))
        : this.client.relationship(ref),
    ]);
    const extras: ContactExtras & RelationshipAbilities = {
      modalities: [],
      phones: typeof ref === 'string' ? [] : phonesOf(ref),
    };
    if (relationship.status === 'fulfilled') {
      extras.canSetLevel = contact.canSetLevel && relationship.value.canSet;
      extras.canResetLevel = relationship.value.canReset;
    }
    if (note.status === 'fulfilled' && typeof note.value.message === 'string' && note.value.message !== '') {
      extras.note = {
        message: note.value.message,
        type: note.value.type === 'OutOfOffice' ? 'OutOfOffice' : 'Personal',
      };
    }
    if (
      location.status === 'fulfilled' &&
      typeof location.value.location === 'string' &&
      location.value.location !== ''
    ) {
      extras.location = location.value.location;
    }
    if (modalities.status === 'fulfilled' && Array.isArray(modalities.value.modalities)) {
      extras.modalities = modalities.value.modalities.filter((m): m is string => typeof m === 'string');
    }
    if (photo.status === 'fulfilled' && /^image\/(png|jpeg)$/.test(photo.value.contentType)) {
      extras.photo = `data:${photo.value.contentType};base64,${Buffer.from(photo.value.bytes).toString('base64')}`;
    }
    if (presence.status === 'fulfilled') {
      const last = presence.value.lastActive;
      if (last instanceof Date) extras.lastActive = last.getTime();
      else if (typeof last === 'number') extras.lastActive = last;
    }
    return extras;
  }

  onApplicationChanged(listener: (eventsHref: string) => void): () => void {
    return this.client.onApplicationChanged((client) => {
      const href = client.eventsHref;
      if (href !== undefined) listener(href);
    });
  }

  async signOut(): Promise<void> {
    await this.client.signOut();
  }

  contactList(): ContactListPort {
    return clientContactList(this.client);
  }
}

/** What the production `connect` needs besides each sign-in's params: the protocol client's sign-in options. */
export interface ClientConnectOptions extends Pick<SignInOptions, 'endpointId'> {
  /** The part of the one runtime object the protocol client uses. */
  runtime: Pick<Runtime, 'fetch' | 'clock' | 'log'>;
  format: NonNullable<SignInOptions['format']>;
  /**
   * The UCWA application's culture (the user's language, de-AT), asked at each sign-in: the language may have changed
   * since the model was made. Default: the protocol client's (en-US).
   */
  culture?: () => string;
}

/** The production `connect`: sign in with UcwaClient and wrap it. */
export function clientConnect(options: ClientConnectOptions): Connect {
  const { fetch, clock, log } = options.runtime;
  return async (params, onStep) => {
    const client = await UcwaClient.signIn({
      sipAddress: params.sipAddress,
      username: params.username,
      endpointId: options.endpointId,
      onStep,
      discoverUrl: params.discoverUrl,
      approvedHosts: params.approvedHosts,
      trustedDomains: params.trustedDomains,
      passwordProvider: params.credentials.password,
      windows: params.credentials.windows,
      passive: params.credentials.passive,
      ntlm: params.credentials.windows !== undefined && params.credentials.password !== undefined,
      tokenStore: params.tokenStore,
      fetch,
      format: options.format,
      culture: options.culture?.(),
      log,
      clock,
    });
    return new ClientPort(client);
  };
}
