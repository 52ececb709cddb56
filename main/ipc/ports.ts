// The ports the backend (main/backend/) is built from. Each is a small interface so the backend runs in plain
// Node: the Electron shell implements them with electron-store, keytar and Notification; tests and the renderer's
// Chromium harness implement them in memory (memoryPorts.ts). Nothing here imports electron or main/app; the clock
// and the logger are the ones main/ucwa declares (one of each for the whole main process).
import type { SettingsView } from './contract.js';
import type { StoredAuthToken } from '../ucwa/auth.js';
import type { Clock } from '../ucwa/clock.js';
import type { Logger } from '../ucwa/log.js';

export type { Clock, Logger };

// ---------------------------------------------------------------------------------------------------------
// Settings: everything the app remembers that is not a secret.

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

/** What the settings file holds: the view without what the policy adds. */
export interface StoredSettings extends Omit<SettingsView, 'locked'> {
  /** Stable per install: the UCWA application's endpointId. */
  endpointId: string;
  windowBounds: WindowBounds | null;
  /**
   * Servers (origins) the user agreed to trust when one they signed in to pointed outside its domain; every sign-in
   * trusts them again without asking (main/ucwa/trust.ts). Not secret.
   */
  trustedHosts: string[];
}

export interface SettingsPort {
  get(): StoredSettings;
  update(patch: Partial<StoredSettings>): StoredSettings;
}

// ---------------------------------------------------------------------------------------------------------
// Secrets: the OS keyring. Every method may fail (no Secret Service): the backend then carries on for the session.

/** One origin's OAuth token (each pool hands out its own), as kept in the keyring: the protocol layer's shape. */
export type StoredToken = StoredAuthToken;

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
  | { view: 'activity'; filter?: 'whileAway' }
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

/** The versions About shows, from the shell (Electron's, Chromium's) or the process. */
export interface AppInfo {
  version: string;
  electron?: string;
  chrome?: string;
  node: string;
  os: string;
}

export interface DemoServer {
  discoverUrl: string;
  user: string;
  password: string;
  close(): Promise<void>;
}
