// The session as the window shows it: signed out (and why), signing in, connected, reconnecting, replaced.

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
