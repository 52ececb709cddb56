// Public types of the app model (see index.ts for the surface and what each member does).
import type { Negotiator } from '../ucwa/auth/negotiate.js';
import type { PassiveSignIn } from '../ucwa/auth/passive.js';
import type {
  ChangeEntry,
  ContactDetails,
  LevelChange,
  ContactView,
  InvitationView,
  PrivacyLevel,
  SessionView,
  SigningInStep,
} from '../ipc/contract.js';
import type { TokenStore } from '../ucwa/auth.js';
import type { Clock } from '../ucwa/clock.js';
import type { BackoffPolicy, StickyParams } from '../ucwa/eventChannel.js';
import type { Logger } from '../ucwa/log.js';
import type { FetchLike } from '../ucwa/transport.js';
import type { ContactListApi } from './contactList.js';
import type { StatusAlert, StatusAlertsApi, TagStore, TaggedView } from './statusAlerts.js';
import type { ContactsChange } from './directory.js';
import type { HistoryStore } from './history.js';
import type { LastKnownStore } from './lastKnown.js';
import type { ProtocolPort } from './port.js';

export type { SigningInStep };

/**
 * What the model needs from the machine, injected so that it runs (and is tested) in plain Node: the network, time,
 * randomness (backoff jitter), a log sink, and whether the user is at the computer (reportMyActivity is sent only
 * then). The one runtime object of the main process: the backend and the CLI pass theirs down as it is.
 */
export interface Runtime {
  fetch: FetchLike;
  clock: Clock;
  random: () => number;
  log: Logger;
  isUserActive: () => boolean;
}

/**
 * The session states the UI shows (ipc/contract.ts SessionView: signedOut, signingIn, connected, reconnecting, and
 * replaced — 409 PGetReplaced: another copy took over the application and this one stopped listening), except that
 * `connected` carries only the user here: the backend's session service adds what it knows (server, demo, who ended a
 * session).
 */
export type SessionState =
  | Extract<SessionView, { kind: 'signingIn' }>
  | Extract<SessionView, { kind: 'reconnecting' }>
  | { kind: 'signedOut'; reason?: string }
  | { kind: 'replaced'; reason: string }
  | { kind: 'connected'; user: string };

/** A plain, serialisable snapshot for the UI. Never a token or password. */
export interface AppState {
  session: SessionState;
  user: string | null;
  contactCount: number;
}

export interface AppEvents extends Record<string, unknown> {
  /** The session or the contact count changed; it reaches the page (as part of AppStateView) as `state:changed`. */
  state: AppState;
  contacts: ContactsChange;
  /** One real change (never the first snapshot, never twice), as the history keeps it; `ours` when this app made it. */
  relationshipChanged: ChangeEntry;
  /** A new invitation, or one that ended (its `state` says which). */
  invitation: InvitationView;
  /** Once after sign-in: what changed while the app was not running (each also came as `relationshipChanged`). */
  whileAway: { changes: ChangeEntry[]; since: number; until: number };
  /** A tagged person became available (statusAlerts.ts): once per change. */
  statusAlert: StatusAlert;
  /** Who is tagged and how they are, whenever that changes. */
  tags: TaggedView[];
}

/** How the server is to know it is the user: what each sign-in method needs to get (and renew) a token. */
export interface SignInCredentials {
  /** The password grant: asked each time a token is needed (UCWA has no refresh token). */
  password?: () => Promise<string>;
  /**
   * The Windows grant: Negotiate (Kerberos) from the user's ticket, no password (the CLI's Negotiator). With
   * `password` too: NTLM with that password (and SignInParams.username) where the pool offers no Kerberos.
   */
  windows?: Pick<Negotiator, 'authorization'>;
  /**
   * The organisation's sign-in page (the passive grant): the app's sign-in window (main/shell/passiveWindow.ts
   * createPassiveWindow), whose session's cookies buy the token. No password.
   */
  passive?: PassiveSignIn;
}

export interface SignInParams {
  /** The simulator's or a known root URL; without it the SIP domain is used for autodiscovery. */
  discoverUrl?: string;
  sipAddress: string;
  /** The account name for the password and NTLM grants (DOMAIN\\user or UPN); default: the SIP address. */
  username?: string;
  /** Hosts the user approved (remembered approvals, the CLI's --trust-host); see main/ucwa/trust.ts. */
  approvedHosts?: readonly string[];
  /** Hosts or domains the organisation trusts (managed policy trustedHosts). */
  trustedDomains?: readonly string[];
  credentials: SignInCredentials;
  /** Keeps the token (with its expiry) for this account between runs; absent: for this session only. */
  tokenStore?: TokenStore;
  /** What this account's model last knew, kept between runs ("while you were away"); absent: nothing is kept. */
  lastKnown?: LastKnownStore;
  /** The people this account tagged for status-change alerts, kept between runs; absent: for this session only. */
  tagStore?: TagStore;
}

export type SetLevelResult = { level: PrivacyLevel } | { conflict: { current: PrivacyLevel } };

/** One contact's part of a change of several: the contract's request, its answer, or the error (put in words above). */
export type LevelChangeResult =
  | { uri: string; ok: true; level: PrivacyLevel }
  | { uri: string; ok: false; conflict: { current: PrivacyLevel } }
  | { uri: string; ok: false; error: unknown };

/** Opens a protocol session (the default uses UcwaClient; tests may inject a fake). */
export type Connect = (params: SignInParams, onStep: (step: SigningInStep) => void) => Promise<ProtocolPort>;

/** Event-channel tuning (sticky params in seconds, backoff in ms); the defaults suit a real server. */
export interface ChannelTuning {
  params?: Partial<StickyParams>;
  backoff?: Partial<BackoffPolicy>;
}

export interface AppModelDeps {
  connect: Connect;
  historyStore: HistoryStore;
  runtime: Runtime;
  channel?: ChannelTuning;
}

export interface AppModel {
  signIn(params: SignInParams): Promise<void>;
  /** DELETE the application and stop listening. */
  signOut(reason?: string): Promise<void>;
  /** Stop the session's timers and event channel without contacting the server (quit after a failed sign-out). */
  dispose(): void;
  /** OS resume / network online: retry at once. */
  wake(): void;
  getState(): AppState;
  contacts(): ContactView[];
  contactDetails(uri: string): Promise<ContactDetails>;
  /**
   * Optimistic; reported as ours in the history. A 412, or a level on the server that is not the `expected` one the
   * user saw, gives `{conflict: {current}}` instead of overwriting.
   */
  setLevel(uri: string, level: PrivacyLevel, expected?: PrivacyLevel): Promise<SetLevelResult>;
  resetLevel(uri: string): Promise<{ level: PrivacyLevel }>;
  /**
   * Change many contacts (a bulk change, its undo): in batched requests when the server batches (main/app/bulk.ts),
   * each on its own (its own If-Match, its own conflict or failure), reported as ours. Never throws: every contact
   * gets a result, in request order.
   */
  setLevels(
    changes: readonly LevelChange[],
    onProgress?: (done: number, total: number) => void,
  ): Promise<LevelChangeResult[]>;
  history(): ChangeEntry[];
  invitations(): InvitationView[];
  /** Drop these invitations (by id) from the list kept for the session; returns what is left. */
  dismissInvitations(ids: readonly string[]): InvitationView[];
  /** Groups, search, adding and removing people (contactList.ts). */
  readonly contactList: ContactListApi;
  /** Tags for status-change alerts (statusAlerts.ts). */
  readonly alerts: StatusAlertsApi;
  on<K extends keyof AppEvents>(event: K, listener: (payload: AppEvents[K]) => void): () => void;
  /** Resolves when every received event has been processed and every follow-up fetch applied (tests, `watch`). */
  settled(): Promise<void>;
  /** Figures for diagnostics and the soak test. */
  stats(): { reconnects: number; snapshots: number; backlog: number };
}
