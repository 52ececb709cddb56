// The ports the backend (main/backend/) is built from. Each is a small interface so the backend runs in plain
// Node: the Electron shell implements them with electron-store, keytar and Notification; tests and the renderer's
// Chromium harness implement them in memory. Nothing here imports electron or main/app; the clock is the one
// main/ucwa declares (the model and the backend share it).
import type {
  ChangeEntry,
  ContactDetails,
  ContactView,
  InvitationView,
  PrivacyLevel,
  SessionView,
  SettingsView,
} from './contract.js';
import type { Clock } from '../ucwa/clock.js';

export { realClock } from '../ucwa/clock.js';
export type { Clock };

export interface Logger {
  info(message: string, data?: Record<string, unknown>): void;
  warn(message: string, data?: Record<string, unknown>): void;
  error(message: string, data?: Record<string, unknown>): void;
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

// ---------------------------------------------------------------------------------------------------------
// Settings: everything the app remembers that is not a secret.

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

export interface StoredSettings extends SettingsView {
  /** Stable per install: the UCWA application's endpointId. */
  endpointId: string;
  windowBounds: WindowBounds | null;
}

export interface SettingsPort {
  get(): StoredSettings;
  update(patch: Partial<StoredSettings>): StoredSettings;
}

// ---------------------------------------------------------------------------------------------------------
// Secrets: the OS keyring. Every method may fail (no Secret Service): the backend then carries on for the session.

/** One origin's OAuth token (each pool hands out its own), as kept in the keyring. */
export interface StoredToken {
  accessToken: string;
  tokenType: string;
  /** The real expiry, epoch ms. */
  expiresAt: number;
}

export interface SecretPort {
  /** False when no keyring is reachable (the sign-in cannot be remembered). Never throws. */
  isAvailable(): Promise<boolean>;
  getPassword(account: string): Promise<string | null>;
  setPassword(account: string, password: string): Promise<void>;
  deletePassword(account: string): Promise<void>;
  /** The account's tokens that have not expired yet, by origin (empty when there are none). */
  getTokens(account: string): Promise<Record<string, StoredToken>>;
  setToken(account: string, origin: string, token: StoredToken): Promise<void>;
  /** Forget one origin's token, or without an origin all of the account's tokens. */
  deleteToken(account: string, origin?: string): Promise<void>;
  /** Deletes the tokens and the password of this account. */
  clear(account: string): Promise<void>;
}

// ---------------------------------------------------------------------------------------------------------
// Notifications: the OS side. The decision (send or not, and why) is made in main/backend/notifications.ts.

/** What a click on a notification opens. */
export type NotificationTarget =
  | { view: 'contacts'; uri: string }
  | { view: 'activity' }
  | { view: 'invitations'; uri?: string }
  | { view: 'signIn' };

export interface NotificationContent {
  title: string;
  body: string;
  target: NotificationTarget;
}

export interface NotifierPort {
  show(content: NotificationContent, onClick: () => void): void;
  /** True when the OS is in Do-Not-Disturb / Focus mode (when the platform can tell). */
  isDoNotDisturb?(): boolean;
}

// ---------------------------------------------------------------------------------------------------------
// The app model as the backend sees it: the contract's view types, already mapped. `appModelAdapter.ts` maps
// main/app's own types onto this, so a change there touches one file.

/** The contract's session states; `connected` without the user and server, which the backend adds. */
export type ModelSession = Exclude<SessionView, { kind: 'connected' }> | { kind: 'connected' };

export interface ContactsDelta {
  reset: boolean;
  upserts: ContactView[];
  removed: string[];
}

export interface ModelEvents {
  session: ModelSession;
  contacts: ContactsDelta;
  /** One real change (never the first snapshot, never twice). `ours` when this app made it. */
  relationshipChanged: ChangeEntry;
  /** A new invitation, or an update of one (it ended). */
  invitation: InvitationView;
}

export interface SignInRequest {
  /** A discover URL; absent → autodiscovery from the SIP domain. */
  discoverUrl?: string;
  sipAddress: string;
  /** Absent for a silent sign-in with a stored token only. */
  password?: string;
}

export interface AppModelPort {
  signIn(request: SignInRequest): Promise<void>;
  /** Deletes the UCWA application; resolves even when the server cannot be reached. */
  signOut(reason?: string): Promise<void>;
  /** OS resume / network online: retry the event channel now. */
  wake(): void;
  session(): ModelSession;
  contacts(): ContactView[];
  /** contacts().length without building the views (the state is read on every push). */
  contactCount(): number;
  contactDetails(uri: string): Promise<ContactDetails>;
  /** Resolves with the level now on the server. A conflict throws a UcwaError PreconditionFailed with `current`. */
  setLevel(uri: string, level: PrivacyLevel, expected?: PrivacyLevel): Promise<PrivacyLevel>;
  resetLevel(uri: string): Promise<PrivacyLevel>;
  /** Newest last. */
  history(): ChangeEntry[];
  invitations(): InvitationView[];
  on<E extends keyof ModelEvents>(event: E, listener: (payload: ModelEvents[E]) => void): () => void;
  /** Stops timers and the event channel without contacting the server (tests, after a failed shutdown). */
  dispose?(): void;
}

export interface HistoryStore {
  load(): ChangeEntry[];
  save(entries: ChangeEntry[]): void;
}

export interface ModelDeps {
  fetch: typeof fetch;
  clock: Clock;
  log: Logger;
  format: 'json' | 'xml';
  endpointId: string;
  historyStore: HistoryStore;
  /** Asked again when the token runs out (UCWA has no refresh token): the remembered or session password. */
  passwordProvider: () => Promise<string | null>;
  /**
   * Where the token (with its expiry) is kept between runs: the keyring, for the account signing in. Same shape as
   * main/ucwa's TokenStore (this file imports nothing from there); a refused token is cleared by origin.
   */
  tokenStore: TokenStorePort;
  /** Is the user at the computer (OS idle time)? Absent: always. */
  isUserActive?: () => boolean;
}

export interface TokenStorePort {
  load(origin: string): Promise<StoredToken | null>;
  save(origin: string, token: StoredToken): Promise<void>;
  clear(origin?: string): Promise<void>;
}

export type ModelFactory = (deps: ModelDeps) => AppModelPort;

export interface DemoServer {
  discoverUrl: string;
  user: string;
  password: string;
  close(): Promise<void>;
}
