// The app as a whole: the state every view starts from, what this desktop cannot do, and what About shows.
import type { SessionView } from './session.js';

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
  signInMethod: 'password' | 'windows' | 'passive' | null;
}
