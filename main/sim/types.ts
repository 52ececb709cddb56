// Public types of the UCWA simulator. Other helpers code against these names: change them only together.

import type { Clock } from '../ucwa/clock.js';
import type { PrivacyLevel } from '../ucwa/privacyLevels.js';
import type { SimSignInControl, SimSignInOptions } from './auth/options.js';

// The privacy levels are the protocol's: one list for the client and this server.
export { PRIVACY_LEVELS } from '../ucwa/privacyLevels.js';
export type { PrivacyLevel };

export type SourceNetwork = 'SameEnterprise' | 'Federated' | 'PublicCloud' | 'Everyone' | 'Unknown';

/** A person the server knows. Contacts (inContactList) appear in myContacts / myPrivacyRelationships. */
export interface SimContact {
  uri: string; // 'sip:alex@contoso.com'
  name: string;
  company?: string;
  department?: string;
  title?: string;
  office?: string;
  emailAddresses: string[];
  workPhoneNumber?: string; // tel: URIs
  mobilePhoneNumber?: string;
  homePhoneNumber?: string;
  otherPhoneNumber?: string;
  sourceNetwork: SourceNetwork;
  type: 'User' | 'Phone' | 'Bot' | 'ReplayBot';
  /** Current privacy relationship level. */
  level: PrivacyLevel;
  availability: string; // Availability enum: Online, Busy, Away, ...
  activity?: string;
  deviceType?: string;
  note?: string;
  noteType?: 'Personal' | 'OutOfOffice';
  location?: string;
  modalities: string[];
  /** Id of the contact-list group it sits in ('default', 'pinned' or a department group id). */
  group: string;
  inContactList: boolean;
}

/** The clock the protocol client and the app use too (the simulator runs on the same manual clock in tests). */
export type SimClock = Clock;

export interface SimOptions {
  host?: string; // default 127.0.0.1 (loopback only)
  port?: number; // default 0 (ephemeral)
  /** Sign-in SIP address; the token endpoint accepts it with or without 'sip:'. Default 'sip:demo@contoso.com'. */
  user?: string;
  password?: string; // default 'demo'
  /** Number of contacts: default 40 believable demo contacts; larger numbers (e.g. 5000) are generated. */
  contacts?: number;
  seed?: number; // deterministic generation (default 1)
  tokenLifetimeSeconds?: number; // default 8 h
  /** Absence (no P-GET) after which the next P-GET gets `resume` instead of `next`; default 10 min. */
  resumeAfterMs?: number;
  /** Without a parked P-GET for this long the application is deleted; default 15 min. */
  applicationIdleMs?: number;
  /**
   * Range the P-GET `timeout` query parameter is clamped to, in seconds. Default { min: 180, max: 1800 } (the spec).
   * Tests may lower `min` to see a timeout release quickly without a fake clock.
   */
  eventTimeoutRange?: { min: number; max: number };
  /**
   * 'immediate' (default): a parked P-GET is released as soon as any event is queued (events queued in the same
   * tick are merged and sent together). 'spec': Medium/Low events are held for the `medium`/`low` windows
   * (defaults 5 s / 15 s) counted from when the event was queued; High events release at once.
   */
  aggregation?: 'immediate' | 'spec';
  /** The user resource answers with `redirect` to a second origin that needs its own token. */
  redirectToSecondPool?: boolean;
  /** Every 20–30 s something happens (used by `ucwa sim` and the app's "Try the demo"). */
  demoScenario?: boolean;
  /** Max parts in one multipart/batching request; more → 413 EntityTooLarge. Default 100 (clients chunk by 100). */
  maxBatchParts?: number;
  /** How long a simulated contact takes to accept a message invitation and to answer a message; default 1000 ms. */
  contactResponseMs?: number;
  /**
   * The user's contacts are in the unified contact store (default true): the contact list can be changed through
   * the API (myGroups and myGroupMemberships revision 2). Off, those links are absent and changes answer 403.
   */
  unifiedContactStore?: boolean;
  /** The server's contact limit (default 250, myGroupMemberships2_ref.md): adding past it is 409 LimitExceeded. */
  contactLimit?: number;
  /**
   * Answer gzip-compressed text to clients that send `Accept-Encoding: gzip`, as IIS with dynamic compression does
   * (default true). Off, every answer is plain: for tests of other things that move many megabytes through one
   * process, where compressing and decompressing both ends would dominate.
   */
  gzip?: boolean;
  /** Optional clock for fake timers; default the real one. */
  clock?: SimClock;
  /** Sign-in methods: the advertised grants, Kerberos/NTLM for the Windows grant, the passive sign-in page. */
  signIn?: SimSignInOptions;
}

export interface FaultMatch {
  match?: RegExp; // applies only to requests whose path+query matches
}

export interface SimFaults {
  /** The next n matching requests fail with `status` and a UCWA error body (401 → the auth challenge). */
  failNext(n: number, status: number, opts?: FaultMatch & { code?: string; subcode?: string }): void;
  /** Destroy the socket of the next n matching requests without answering. */
  dropNext(n: number, opts?: FaultMatch): void;
  /**
   * Handle the next n matching requests (a PUT is applied, its events go out) and then close the connection without
   * answering: the answer lost on the way back, so the client cannot tell whether its change was made.
   */
  loseAnswerNext(n: number, opts?: FaultMatch & { method?: string }): void;
  /** Hold the next n matching requests for ms before handling them. */
  delayNext(n: number, ms: number, opts?: FaultMatch): void;
  /** Answer the next n matching requests 200 with a broken body in the negotiated format. */
  malformedNext(n: number, opts?: FaultMatch): void;
  /** Every issued token becomes invalid: the next request gets the 401 challenge. */
  expireTokens(): void;
  /** Every application disappears: parked P-GETs and later requests get 404 ApplicationNotFound. */
  deleteApplications(): void;
  /**
   * Handle the next n matching requests as usual (each part of a batch counts, in order), then every application
   * disappears as with deleteApplications: the server lost them in the middle of the client's work (a restart).
   */
  deleteApplicationsAfter(n: number, opts?: FaultMatch & { method?: string }): void;
  /** The next P-GET of every application gets only a `resync` link. */
  forceResync(): void;
  /** The next P-GET of every application gets `resume` instead of `next`; presence subscriptions end. */
  forceResume(): void;
  /** The next event batch of every application repeats its relationship events (harmless: they carry no data). */
  duplicateNextEvents(): void;
  /**
   * Lock (true) or unlock (false) the sign-in account: the token endpoint then answers every password grant for
   * the user with 400 `{"error":"invalid_grant","error_description":"…locked out…"}` and an X-Ms-diagnostics
   * reason (the client reports AccountLocked). Tokens issued earlier stay valid until they expire.
   */
  lockAccount(locked: boolean): void;
  /** Remove all pending faults (and unlock the account). */
  clear(): void;
}

export interface InvitationSpec {
  kind: 'messaging' | 'audioVideo' | 'phoneAudio';
  from: string;
  onBehalfOf?: string;
  delegator?: string;
  subject?: string;
  /** The first message of a messaging invitation: shown with the invitation, delivered when it is accepted. */
  message?: string;
  to?: string;
}

export interface SimStats {
  requests: number;
  byRoute: Record<string, number>;
}

export interface SimRequestRecord {
  method: string;
  path: string;
  status: number;
}

/** A conversation of one application with a simulated contact, as the control API shows it. */
export interface SimConversation {
  id: string;
  application: string;
  /** The contact's SIP URI. */
  with: string;
  modality: 'messaging' | 'audioVideo' | 'phoneAudio';
  state: 'Connecting' | 'Connected' | 'Disconnected';
  messages: Array<{ direction: 'Incoming' | 'Outgoing'; text: string; at: number }>;
}

/** A group of the contact list as the control API shows it. */
export interface SimGroup {
  id: string;
  name: string;
  kind:
    | 'group'
    | 'defaultGroup'
    | 'pinnedGroup'
    | 'delegatesGroup'
    | 'delegatorsGroup'
    | 'myOrganizationGroup'
    | 'distributionGroup';
  /** SIP URIs of the members, in the order they joined. */
  members: string[];
  /** A distribution group's address, and whether it is in the user's contact list. */
  uri?: string;
  inContactList?: boolean;
}

/** The user's organization: manager, peers and direct reports (SIP URIs). */
export interface SimOrganization {
  manager?: string;
  peers: string[];
  reports: string[];
}

/** The signed-in user's own presence, note and location as they stand. */
export interface SimSelf {
  availability: string;
  activity?: string;
  note?: string;
  location?: string;
}

export interface SimControl {
  contacts(): SimContact[];
  getLevel(uri: string): PrivacyLevel;
  /** "Changed elsewhere": raises contactPrivacyRelationship `updated` on every application subscribed to the contact. */
  setLevel(uri: string, level: PrivacyLevel): void;
  setLevels(changes: Array<{ uri: string; level: PrivacyLevel }>): void;
  addContact(c: Partial<SimContact> & { uri: string; name: string }): void;
  removeContact(uri: string): void;
  setPresence(uri: string, availability: string, activity?: string): void;
  /** Returns the invitation id. */
  sendInvitation(inv: InvitationSpec): string;
  endInvitation(id: string, how: 'cancelled' | 'acceptedElsewhere' | 'missed'): void;
  /** Every live conversation, with the messages that reached the contact and the contact's answers. */
  conversations(): SimConversation[];
  /** The contact writes to the user in every open message conversation with them; returns how many. */
  messageFrom(uri: string, text: string): number;
  /** The user's own presence, note and location (what me/presence, me/note, me/location set). */
  self(): SimSelf;
  /** The contact list's groups, system groups and distribution groups with their members. */
  groups(): SimGroup[];
  /** The contact-list changes below are made "from another client": every rule a client meets is skipped (the
   * limits, who may change delegates) but names must still be unique; they raise the same events. */
  createGroup(name: string): string;
  renameGroup(id: string, name: string): void;
  deleteGroup(id: string): void;
  addToGroup(uri: string, groupId: string): void;
  removeFromGroup(uri: string, groupId: string): void;
  /** Puts a distribution group in (true) or takes it out of (false) the user's contact list. */
  listDistributionGroup(id: string, inContactList: boolean): void;
  /** The directory says the user's manager, peers or reports changed: myOrganizationGroup updated. */
  setOrganization(org: SimOrganization): void;
  /** Ids of the live applications (for tests). */
  applications(): string[];
  /** How many P-GETs are parked right now (tests wait on this instead of sleeping). */
  parkedPGets(): number;
  faults: SimFaults;
  /** The sign-in methods' side: one-time codes for the sign-in page, its sessions, who signed in how. */
  signIn: SimSignInControl;
  stats(): SimStats;
  resetStats(): void;
  onRequest(listener: (r: SimRequestRecord) => void): () => void;
}

export interface Simulator {
  discoverUrl: string;
  origin: string;
  /** Origin of the second pool when redirectToSecondPool is on. */
  secondOrigin?: string;
  user: string;
  password: string;
  control: SimControl;
  close(): Promise<void>;
}
