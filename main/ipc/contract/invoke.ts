// Invoke channels (renderer → main). `args` is validated in main against its schema before any service is called;
// `result` is what a successful call returns.
import { z } from 'zod';
import type { InvokeChannel } from '../channels.js';
import { choosableLevels } from '../levels.js';
import type { PrivacyLevel } from '../levels.js';
import type { AboutView, AppStateView } from './app.js';
import type { ContactListView, DelegationGroups, PersonView, SearchView } from './contactList.js';
import type { ContactDetails, ContactView } from './contacts.js';
import { DismissInvitationsSchema } from './invitations.js';
import type { InvitationView } from './invitations.js';
import type { ChangeEntry, LevelChangeOutcome } from './privacy.js';
import { LevelChangeSchema, MAX_CONTACTS_PER_CHANGE, PrivacyLevelSchema } from './privacy.js';
import { sipUri } from './schemaParts.js';
import type { Assert, SameKeys } from './schemaParts.js';
import { SettingsPatchSchema } from './settings.js';
import type { SettingsView } from './settings.js';
import type { TaggedView } from './statusAlerts.js';

/** What every sign-in method shares: where, who, and whether the sign-in is remembered. */
const signInFields = z.object({
  /** A discover URL, a server host name, or empty: then the SIP domain is used for autodiscovery. */
  server: z.string().trim().max(2048).optional(),
  sipAddress: sipUri,
  /** The account name for the password and NTLM (DOMAIN\\user or UPN): some pools refuse the SIP address there. */
  username: z.string().trim().min(1).max(256).optional(),
  /** Keep the sign-in (the token; for the password method the password too) in the keyring. */
  rememberPassword: z.boolean(),
  /**
   * The server (an origin, as an `UntrustedHost` error named it) the user agreed to trust when this sign-in
   * was refused; remembered in settings once the sign-in succeeds.
   */
  trustHost: z.string().trim().min(1).max(300).optional(),
});
const secret = z.string().min(1).max(1024);

export const invokeSchemas = {
  /** The page is ready for pushes; returns the current state (pushes were queued until now). */
  'app:ready': z.undefined(),
  'app:about': z.undefined(),
  /** "Copy diagnostics": versions, server host, sign-in method, connection, the last log lines — redacted. */
  'app:diagnostics': z.undefined(),
  /**
   * How the user proves who they are: 'password' (the default, for callers from before the choice), 'windows' (the
   * Windows account: Kerberos, or NTLM with `username` and `password` where there is no ticket) or 'passive' (the
   * organisation's sign-in page; a `password` only when that page's server asked for a Windows account, and only
   * for it).
   */
  'session:sign-in': z.union([
    signInFields.extend({ method: z.literal('password').default('password'), password: secret }).strict(),
    signInFields.extend({ method: z.literal('windows'), password: secret.optional() }).strict(),
    signInFields.extend({ method: z.literal('passive'), password: secret.optional() }).strict(),
  ]),
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
  'invitations:dismiss': DismissInvitationsSchema,
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
  /** A distribution group's members, read from the server when the user opens it (the list holds none). */
  'groups:expand': z.object({ id: z.string().min(1).max(256) }).strict(),
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
  /** The invitations left once those were dropped. */
  'invitations:dismiss': InvitationView[];
  'contactList:get': ContactListView;
  'contactList:search': SearchView;
  'contactList:add': ContactListView;
  'contactList:remove': ContactListView;
  'contactList:set-level': { level: PrivacyLevel };
  'groups:create': ContactListView;
  'groups:rename': ContactListView;
  'groups:delete': ContactListView;
  'groups:expand': PersonView[];
  'delegation:get': DelegationGroups;
  'tags:list': TaggedView[];
  'tags:add': TaggedView[];
  'tags:remove': TaggedView[];
  'settings:get': SettingsView;
  'settings:set': SettingsView;
  'notifications:pause': { pausedUntil: number | null };
  'shell:open-external': null;
}
