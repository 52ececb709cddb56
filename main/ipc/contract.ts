// The IPC contract: the one module main, preload and renderer all read.
// Channel names are `domain:verb`. Every invoke channel has a zod schema for its argument (validated in
// main before any service is called) and a TypeScript result type; every push (main → renderer) has a
// payload type. Nothing here may import from main/app or electron, nor from main/ucwa beyond the import-free
// privacy levels (through levels.ts).
// The zod-free values live in levels.ts (privacy levels, the level table) and channels.ts (channel names) and
// are re-exported here: the renderer and preload import those values from there (and only types from here),
// so zod, built into schemas when this module loads, never reaches their bundles.
import { z } from 'zod';
import type { InvokeChannel, PushChannel } from './channels.js';
import { choosableLevels, privacyLevels } from './levels.js';
import type { PrivacyLevel } from './levels.js';

export { invokeChannels, pushChannels } from './channels.js';
export type { InvokeChannel, PushChannel } from './channels.js';
export { choosableLevels, levelCapabilities, privacyLevels } from './levels.js';
export type { PrivacyLevel } from './levels.js';

export const PrivacyLevelSchema = z.enum(privacyLevels);

// Compile-time checks that the channel lists and the schema/payload tables below name the same channels:
// `Assert<SameKeys<A, B>>` fails to compile when a channel is missing on either side.
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;

const sipUri = z
  .string()
  .trim()
  .min(5)
  .max(256)
  .regex(/^sip:[^@\s]+@[^@\s]+$/i, 'a SIP address such as sip:alex@contoso.com');

// ---------------------------------------------------------------------------------------------------------
// Views: plain, serialisable projections of the app model. No tokens, no passwords, no hrefs to the server.

export type Availability =
  | 'Online'
  | 'IdleOnline'
  | 'Busy'
  | 'IdleBusy'
  | 'DoNotDisturb'
  | 'BeRightBack'
  | 'Away'
  | 'Offline'
  | 'Unknown';

export interface ContactView {
  uri: string;
  name: string;
  title?: string;
  company?: string;
  department?: string;
  emailAddresses: string[];
  sourceNetwork?: string;
  availability: Availability;
  activity?: string;
  level: PrivacyLevel;
  /** The level "Reset to auto-assigned" would give: Colleagues in the same enterprise, External otherwise. */
  autoLevel: PrivacyLevel;
  /** What the server lets us do with this contact's relationship (absent links hide the buttons). */
  canSetLevel: boolean;
  canResetLevel: boolean;
}

// ---------------------------------------------------------------------------------------------------------
// The contact list (main/app/contactList.ts): groups, people found by search, what the server lets the user change.

/** The server's group kinds (pinnedGroup is Favorites, defaultGroup is Other Contacts). */
export type GroupKind =
  | 'pinnedGroup'
  | 'defaultGroup'
  | 'group'
  | 'myOrganizationGroup'
  | 'delegatesGroup'
  | 'delegatorsGroup'
  | 'distributionGroup';

export interface PersonView {
  uri: string;
  name: string;
  title?: string;
  department?: string;
  company?: string;
  emailAddresses: string[];
  /** In at least one of the user's own groups (Favorites, Other Contacts, their groups). */
  inContactList: boolean;
  /** Undefined while not read (or when the server does not expose it). */
  level?: PrivacyLevel;
  availability?: Availability;
}

export interface GroupView {
  id: string;
  name: string;
  kind: GroupKind;
  /** A distribution group's address. */
  uri?: string;
  /** The user's own group: rename and delete offered. */
  editable: boolean;
  /** A distribution group: whether the server links addToContactList / removeFromContactList for it. */
  canAddToContactList: boolean;
  canRemoveFromContactList: boolean;
  members: PersonView[];
}

export type ContactListState = 'notLoaded' | 'loading' | 'ready' | 'absent' | 'failed';

export interface ContactListView {
  state: ContactListState;
  /** Why the list cannot be shown or changed (absent, failed, or read-only), in words. */
  reason?: string;
  canCreateGroups: boolean;
  canAddMembers: boolean;
  canRemoveFromAll: boolean;
  groups: GroupView[];
}

export interface SearchView {
  query: string;
  people: PersonView[];
  distributionGroups: GroupView[];
  moreResultsAvailable: boolean;
}

/** "My delegates" and "People I manage calls for" (the server's delegatesGroup and delegatorsGroup). */
export interface DelegationGroups {
  delegates: PersonView[];
  delegators: PersonView[];
}

/** Why a tagged person's change of status was told (main/app/statusAlerts.ts). */
export type AlertReason = 'available' | 'leftAway' | 'leftDoNotDisturb';

/** A person tagged for status-change alerts became available (told once per change). */
export interface StatusAlert {
  uri: string;
  name: string;
  from: Availability;
  to: Availability;
  reason: AlertReason;
  at: number;
}

/** Someone tagged for status-change alerts, and how they are (Unknown until the server has said). */
export interface TaggedView {
  uri: string;
  name: string;
  availability: Availability;
  activity?: string;
}

export interface ContactDetails extends ContactView {
  office?: string;
  type?: string;
  /** `uri` the server's tel: URI (the link); `display` the number formatted for reading by main. */
  phones: Array<{ kind: 'work' | 'mobile' | 'home' | 'other'; uri: string; display: string }>;
  note?: { message: string; type: 'Personal' | 'OutOfOffice' };
  location?: string;
  /** A data: URL (image/png or image/jpeg), fetched by main. */
  photo?: string;
  modalities: string[];
  lastActive?: number;
}

export type SigningInStep = 'discovering' | 'authenticating' | 'creatingApplication' | 'loadingContacts';

export type ReconnectCause = 'network' | 'server';

/** A running session that the server (not the user) ended: the banner says why and offers "Sign in again". */
export interface LostSession {
  reason: string;
  /** It was the demo: "Sign in again" restarts the demo. */
  demo: boolean;
}

/**
 * The session as the UI shows it: a projection of the backend's session service (main/backend/session.ts), the one
 * place that knows who ended a session and why. `reason` on signedOut says why the last attempt or session ended;
 * `lost` stays until a new session connects or the user signs out, failed attempts in between included.
 */
export type SessionView =
  | { kind: 'signedOut'; reason?: string; lost?: LostSession }
  | { kind: 'signingIn'; step: SigningInStep; detail?: string }
  | { kind: 'connected'; user: string; server: string; demo: boolean }
  /** `cause`: whether the network (no answer at all) or the server (an error answer) dropped the connection. */
  | { kind: 'reconnecting'; reason: string; nextRetryAt: number; cause: ReconnectCause }
  | { kind: 'replaced'; reason: string; lost: LostSession };

export interface AppStateView {
  session: SessionView;
  contactCount: number;
  /** Epoch ms until which notifications are paused, or null. */
  pausedUntil: number | null;
  /** False when no Secret Service / keychain is reachable: the sign-in cannot be remembered. */
  keyringAvailable: boolean;
  /** Relationship changes made elsewhere that the user has not looked at yet. */
  unseenChanges: number;
  /** True when no server has ever been configured: the first-run view offers "Try the demo". */
  firstRun: boolean;
  /** What this desktop cannot do, said in Settings (the shell finds out at start or on the first notification). */
  desktop: DesktopLimits;
}

/**
 * notifications false: the OS refused them (macOS refuses an unsigned build: `failed`), so changes are counted on
 * the tray icon instead. tray false: nothing shows tray icons (GNOME without a StatusNotifier host), so the window
 * stays in the taskbar.
 */
export interface DesktopLimits {
  notifications: boolean;
  tray: boolean;
}

/** What About shows: versions, and the server and account in use (no secrets). */
export interface AboutView {
  version: string;
  electron?: string;
  chrome?: string;
  node: string;
  os: string;
  server: string | null;
  user: string | null;
  signInMethod: 'password' | null;
}

export interface ChangeEntry {
  id: string;
  at: number;
  contact: { uri: string; name: string };
  from: PrivacyLevel;
  to: PrivacyLevel;
  /** True when this app made the change (no "someone changed" alert for it). */
  ours: boolean;
  /** This app reset it: the level is the one the server assigns by itself (history says "reset to auto-assigned"). */
  reset?: boolean;
  /** Absent: the level changed. `added`/`removed`: the contact joined or left the list (while the app was away). */
  kind?: 'added' | 'removed';
  /** Found at start by comparing with what the app knew when it last ran: it happened somewhere in this interval. */
  whileAway?: { since: number; until: number };
}

export interface InvitationParty {
  uri: string;
  name: string;
  title?: string;
  department?: string;
  company?: string;
  emailAddresses?: string[];
}

export interface InvitationView {
  id: string;
  kind: 'messaging' | 'audioVideo' | 'phoneAudio';
  from: InvitationParty;
  onBehalfOf: InvitationParty | null;
  delegator: InvitationParty | null;
  subject?: string;
  receivedAt: number;
  state: 'ringing' | 'accepted' | 'acceptedElsewhere' | 'cancelled' | 'missed' | 'declined';
  endedAt?: number;
}

/** One contact's change in a change of several: a level, or `auto` (back to the level the server assigns itself). */
export const LevelChangeSchema = z
  .object({
    uri: sipUri,
    level: z.union([z.enum(choosableLevels), z.literal('auto')]),
    /** The level the user saw when choosing: a different one on the server is a conflict, never overwritten. */
    expected: PrivacyLevelSchema.optional(),
  })
  .strict();
export type LevelChange = z.infer<typeof LevelChangeSchema>;
/** A bulk change covers at most this many contacts (the server's contact limit is lower). */
export const MAX_CONTACTS_PER_CHANGE = 5000;

/** What became of one contact's change: the level now, a conflict (as data), or why it failed, in words. */
export type LevelChangeOutcome =
  | { uri: string; ok: true; level: PrivacyLevel }
  | { uri: string; ok: false; conflict: { current: PrivacyLevel } }
  | { uri: string; ok: false; error: IpcError };

export const ThemeSchema = z.enum(['system', 'light', 'dark']);
/** The words' language: the system's (app.getLocale()), or one of the catalogues (main/i18n). */
export const LanguageSchema = z.enum(['system', 'en', 'de', 'fr']);
export const SettingsPatchSchema = z
  .object({
    notifyRelationshipChanges: z.boolean(),
    notifyInvitations: z.boolean(),
    notifySignedOut: z.boolean(),
    statusAlertsIncludeAway: z.boolean(),
    startAtLogin: z.boolean(),
    theme: ThemeSchema,
    language: LanguageSchema,
    format: z.enum(['json', 'xml']),
  })
  .partial()
  .strict();
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

export interface SettingsView {
  serverAddress: string | null;
  user: string | null;
  format: 'json' | 'xml';
  notifyRelationshipChanges: boolean;
  notifyInvitations: boolean;
  notifySignedOut: boolean;
  /** Status alerts also when a tagged person comes back from Away / Be Right Back or leaves Do Not Disturb. */
  statusAlertsIncludeAway: boolean;
  pausedUntil: number | null;
  startAtLogin: boolean;
  theme: z.infer<typeof ThemeSchema>;
  language: z.infer<typeof LanguageSchema>;
  rememberPassword: boolean;
  /** The settings the organisation's policy set: shown as "Set by your organisation", not changeable here. */
  locked: LockableSettingName[];
}

/** The settings a managed configuration can set (main/policy). */
export type LockableSettingName =
  | 'serverAddress'
  | 'rememberPassword'
  | 'notifyRelationshipChanges'
  | 'notifyInvitations'
  | 'notifySignedOut'
  | 'statusAlertsIncludeAway'
  | 'startAtLogin';

// ---------------------------------------------------------------------------------------------------------
// Invoke channels (renderer → main). `args` is validated in main; `result` is what a successful call returns.

export const invokeSchemas = {
  /** The page is ready for pushes; returns the current state (pushes were queued until now). */
  'app:ready': z.undefined(),
  'app:about': z.undefined(),
  /** "Copy diagnostics": versions, server host, sign-in method, connection, the last log lines — redacted. */
  'app:diagnostics': z.undefined(),
  'session:sign-in': z
    .object({
      /** A discover URL, a server host name, or empty: then the SIP domain is used for autodiscovery. */
      server: z.string().trim().max(2048).optional(),
      sipAddress: sipUri,
      password: z.string().min(1).max(1024),
      rememberPassword: z.boolean(),
      /**
       * The server (an origin, as an `UntrustedHost` error named it) the user agreed to trust when this sign-in
       * was refused; remembered in settings once the sign-in succeeds.
       */
      trustHost: z.string().trim().min(1).max(300).optional(),
    })
    .strict(),
  /**
   * The sign-in methods the server offers for this address (its 401 challenge, read anonymously after discovery),
   * less those the organisation's policy does not allow: for the sign-in view to show only those.
   */
  'session:sign-in-methods': z
    .object({ server: z.string().trim().max(2048).optional(), sipAddress: sipUri })
    .strict(),
  'session:try-demo': z.undefined(),
  'session:sign-out': z.undefined(),
  /** Sign out and drop everything the app keeps of the account (keyring, "while you were away" state). */
  'session:forget-account': z.undefined(),
  /** The banner's "Retry now": the event channel tries at once instead of waiting for its backoff. */
  'session:retry-now': z.undefined(),
  'contacts:list': z.undefined(),
  'contacts:details': z.object({ uri: sipUri }).strict(),
  'privacy:set-level': z
    .object({
      uri: sipUri,
      level: z.enum(choosableLevels),
      /** The level the user saw when choosing: a mismatch with the server is reported as a conflict. */
      expected: PrivacyLevelSchema.optional(),
    })
    .strict(),
  'privacy:reset': z.object({ uri: sipUri }).strict(),
  /** Many contacts at once (bulk change, undo of one): batched requests, each with its own If-Match. */
  'privacy:set-many': z
    .object({ changes: z.array(LevelChangeSchema).min(1).max(MAX_CONTACTS_PER_CHANGE) })
    .strict(),
  'history:list': z.undefined(),
  'history:mark-seen': z.undefined(),
  'invitations:list': z.undefined(),
  /** The groups (read on first ask, then kept live: `contactList:changed`). */
  'contactList:get': z.undefined(),
  'contactList:search': z
    .object({ query: z.string().trim().min(1).max(256), limit: z.number().int().min(1).max(100).optional() })
    .strict(),
  /** Into a group (its id), or without one into Other Contacts. */
  'contactList:add': z.object({ uri: sipUri, groupId: z.string().min(1).max(256).optional() }).strict(),
  /** Out of one group, or without one out of every group (the contact list). */
  'contactList:remove': z.object({ uri: sipUri, groupId: z.string().min(1).max(256).optional() }).strict(),
  /** Anyone's level, in the list or only found by search. */
  'contactList:set-level': z.object({ uri: sipUri, level: z.enum(choosableLevels) }).strict(),
  'groups:create': z.object({ name: z.string().trim().min(1).max(256) }).strict(),
  'groups:rename': z
    .object({ id: z.string().min(1).max(256), name: z.string().trim().min(1).max(256) })
    .strict(),
  'groups:delete': z.object({ id: z.string().min(1).max(256) }).strict(),
  'delegation:get': z.undefined(),
  'tags:list': z.undefined(),
  'tags:add': z.object({ uri: sipUri }).strict(),
  'tags:remove': z.object({ uri: sipUri }).strict(),
  'settings:get': z.undefined(),
  'settings:set': SettingsPatchSchema,
  'notifications:pause': z.object({ for: z.enum(['1h', 'tomorrow', 'resume']) }).strict(),
  'shell:open-external': z
    .object({
      url: z
        .string()
        .max(2048)
        .regex(/^(https:|mailto:|sip:|tel:)/i, 'https, mailto, sip or tel only'),
    })
    .strict(),
} as const satisfies Record<InvokeChannel, z.ZodType>;

// Every channel in channels.ts has a schema and every schema a channel (main validates by this table).
type _InvokeSchemasMatchChannels = Assert<SameKeys<keyof typeof invokeSchemas, InvokeChannel>>;
export type InvokeArgs<C extends InvokeChannel> = z.input<(typeof invokeSchemas)[C]>;

export interface InvokeResults {
  'app:ready': AppStateView;
  'app:about': AboutView;
  'app:diagnostics': { text: string };
  'session:sign-in': AppStateView;
  'session:sign-in-methods': { methods: Array<'password' | 'windows' | 'passive'> };
  'session:try-demo': AppStateView;
  'session:sign-out': AppStateView;
  'session:forget-account': AppStateView;
  'session:retry-now': AppStateView;
  'contacts:list': ContactView[];
  'contacts:details': ContactDetails;
  /** A conflict is an answer, not an error: someone else set `current` meanwhile; the UI offers a choice. */
  'privacy:set-level': { level: PrivacyLevel } | { conflict: { current: PrivacyLevel } };
  'privacy:reset': { level: PrivacyLevel };
  'privacy:set-many': { results: LevelChangeOutcome[] };
  'history:list': ChangeEntry[];
  'history:mark-seen': AppStateView;
  'invitations:list': InvitationView[];
  'contactList:get': ContactListView;
  'contactList:search': SearchView;
  'contactList:add': ContactListView;
  'contactList:remove': ContactListView;
  'contactList:set-level': { level: PrivacyLevel };
  'groups:create': ContactListView;
  'groups:rename': ContactListView;
  'groups:delete': ContactListView;
  'delegation:get': DelegationGroups;
  'tags:list': TaggedView[];
  'tags:add': TaggedView[];
  'tags:remove': TaggedView[];
  'settings:get': SettingsView;
  'settings:set': SettingsView;
  'notifications:pause': { pausedUntil: number | null };
  'shell:open-external': null;
}

/** Error codes the UI distinguishes. `message` is always a sentence fit to show a user (never a stack trace). */
export type IpcErrorCode =
  | 'InvalidArgument'
  | 'UntrustedHost'
  | 'ForeignSender'
  | 'NotSignedIn'
  | 'InvalidGrant'
  | 'AccountLocked'
  | 'ServerNotFound'
  | 'Network'
  | 'Timeout'
  | 'Tls'
  | 'Forbidden'
  | 'NotAvailable'
  | 'NoKeyring'
  | 'ServiceFailure'
  | 'Internal';

export interface IpcError {
  code: IpcErrorCode | (string & {});
  message: string;
  /**
   * `UntrustedHost` only: the server (origin) that was refused, for the window to ask "trust it?" and to send
   * back as `session:sign-in`'s `trustHost`.
   */
  host?: string;
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

// ---------------------------------------------------------------------------------------------------------
// Pushes (main → renderer). Queued in main until `app:ready`.

export interface PushPayloads {
  'state:changed': AppStateView;
  /** `reset` replaces the whole list (after sign-in or resync); otherwise upsert and remove. */
  'contacts:changed': { reset: boolean; upserts: ContactView[]; removed: string[] };
  'history:added': ChangeEntry;
  'invitations:changed': InvitationView;
  /** How far a change of several contacts has come. */
  'privacy:progress': { done: number; total: number };
  /** The groups changed (here, or on the server). */
  'contactList:changed': ContactListView;
  /** Who is tagged for status-change alerts, and how they are. */
  'tags:changed': TaggedView[];
  /** A notification (or the tray menu) asks the window to show something. */
  /** `filter: 'whileAway'`: the Activity view shows only what changed while the app was not running. */
  'app:navigate': {
    view: 'contacts' | 'activity' | 'invitations' | 'settings';
    uri?: string;
    filter?: 'whileAway';
  };
}
// Every push channel in channels.ts has a payload type and every payload type a channel.
type _PushPayloadsMatchChannels = Assert<SameKeys<keyof PushPayloads, PushChannel>>;

/** What the preload exposes as `window.ucwa`: nothing else reaches the page. */
export interface UcwaBridge {
  invoke<C extends InvokeChannel>(channel: C, args?: InvokeArgs<C>): Promise<IpcResult<InvokeResults[C]>>;
  on<P extends PushChannel>(channel: P, listener: (payload: PushPayloads[P]) => void): () => void;
}
