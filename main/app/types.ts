// Public types of the app model (see index.ts for the surface and what each member does).
import type {
  ChangeEntry,
  ContactDetails,
  ContactView,
  InvitationView,
  PrivacyLevel,
  SessionView,
  SigningInStep,
} from '../ipc/contract.js';
import type { Clock } from '../ucwa/clock.js';
import type { BackoffPolicy, StickyParams } from '../ucwa/eventChannel.js';
import type { UcwaLogger } from '../ucwa/log.js';
import type { ContactsChange } from './directory.js';
import type { HistoryStore } from './history.js';
import type { ProtocolPort } from './port.js';

export type { SigningInStep };

/**
 * The session states the UI shows (ipc/contract.ts SessionView: signedOut, signingIn, connected, reconnecting, and
 * replaced — 409 PGetReplaced: another copy took over the application and this one stopped listening), except that
 * `connected` carries only the user here: the shell adds what it knows (server, demo).
 */
export type SessionState = Exclude<SessionView, { kind: 'connected' }> | { kind: 'connected'; user: string };

/** A plain, serialisable snapshot for the UI. Never a token or password. */
export interface AppState {
  session: SessionState;
  user: string | null;
  contactCount: number;
}

/** A notification intent: the shell decides whether to show it (never for `ours`). */
export interface RelationshipChangedIntent {
  uri: string;
  name: string;
  from: PrivacyLevel;
  to: PrivacyLevel;
  at: number;
  ours: boolean;
}

export interface AppEvents extends Record<string, unknown> {
  state: AppState;
  contacts: ContactsChange;
  relationshipChanged: RelationshipChangedIntent;
  invitation: InvitationView;
  invitationEnded: InvitationView;
  history: ChangeEntry;
  signingInStep: SigningInStep;
}

export interface SignInParams {
  /** The simulator's or a known root URL; without it the SIP domain is used for autodiscovery. */
  discoverUrl?: string;
  sipAddress: string;
  password?: string;
  passwordProvider?: () => Promise<string>;
}

export type SetLevelResult = { level: PrivacyLevel } | { conflict: { current: PrivacyLevel } };

/** Opens a protocol session (the default uses UcwaClient; tests may inject a fake). */
export type Connect = (params: SignInParams, onStep: (step: SigningInStep) => void) => Promise<ProtocolPort>;

export interface AppModelDeps {
  connect: Connect;
  historyStore: HistoryStore;
  clock?: Clock;
  random?: () => number;
  log?: UcwaLogger;
  channel?: { params?: Partial<StickyParams>; backoff?: Partial<BackoffPolicy> };
  /** Is the user at the computer? reportMyActivity is sent only then (the shell asks the OS idle time). */
  isUserActive?: () => boolean;
}

export interface AppModel {
  signIn(params: SignInParams): Promise<void>;
  /** DELETE the application and stop listening. */
  signOut(reason?: string): Promise<void>;
  /** OS resume / network online: retry at once. */
  wake(): void;
  getState(): AppState;
  contacts(): ContactView[];
  contactDetails(uri: string): Promise<ContactDetails>;
  /** Optimistic; reported as ours in the history; a 412 gives `{conflict: {current}}` instead of overwriting. */
  setLevel(uri: string, level: PrivacyLevel): Promise<SetLevelResult>;
  resetLevel(uri: string): Promise<{ level: PrivacyLevel }>;
  history(): ChangeEntry[];
  invitations(): InvitationView[];
  on<K extends keyof AppEvents>(event: K, listener: (payload: AppEvents[K]) => void): () => void;
  /** Resolves when every received event has been processed and every follow-up fetch applied (tests, `watch`). */
  settled(): Promise<void>;
  /** Figures for diagnostics and the soak test. */
  stats(): { reconnects: number; snapshots: number; backlog: number };
}
