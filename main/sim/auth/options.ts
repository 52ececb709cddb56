// What the simulator's sign-in can be set up to do (SimOptions.signIn) and what the tests can ask it
// (SimControl.signIn). The grant names are the protocol's (reference §1.3).

export type SimGrant =
  'password' | 'urn:microsoft.rtc:windows' | 'urn:microsoft.rtc:passive' | 'urn:microsoft.rtc:anonmeeting';

export const WINDOWS_GRANT = 'urn:microsoft.rtc:windows';
export const PASSIVE_GRANT = 'urn:microsoft.rtc:passive';

export interface SimSignInOptions {
  /**
   * Grants advertised in the 401 MsRtcOAuth challenge, in this order; the token endpoint refuses any other with
   * unsupported_grant_type. Default ['password'] (the demo's). anonmeeting is advertised only, never granted.
   */
  grants?: SimGrant[];
  /**
   * Kerberos for the Windows grant (HTTP Negotiate): tickets are checked with GSSAPI against this keytab (any
   * HTTP/<host> key in it). `principal` is the user's (`demo@CONTOSO.TEST`); default: any realm's principal whose
   * name is the SIP address's local part.
   */
  kerberos?: { keytab: string; principal?: string };
  /**
   * NTLMv2 for the Windows grant (HTTP NTLM, or NTLM inside Negotiate). Defaults: domain CONTOSO, user = the SIP
   * address's local part, password = the simulator's password.
   */
  ntlm?: { domain?: string; user?: string; password?: string };
  /** The organisation's sign-in page (passive grant): how long its cookie lasts. Default 24 h. */
  passive?: { sessionLifetimeSeconds?: number };
}

export type SignInMethod = 'password' | 'kerberos' | 'ntlm' | 'passive';

/** One completed or refused sign-in, as the server saw it (tests read who was authenticated, and why not). */
export interface SignInRecord {
  method: SignInMethod;
  ok: boolean;
  /** The identity the server authenticated (`demo@CONTOSO.TEST`, `CONTOSO\demo`) or tried to. */
  user: string;
  /** Why it was refused (for a failed one). */
  reason?: string;
}

/**
 * Requests the sign-in part of the server answered: token endpoint rounds per grant (a Windows sign-in's 401
 * rounds count under `windows`), and sign-in page requests (form loads, submissions, the signed-in page).
 */
export interface SignInCounts {
  password: number;
  windows: number;
  passive: number;
  signInPage: number;
}

export interface SimSignInControl {
  /** A new one-time code for the sign-in page (what the user's phone would show): six digits, single use, 5 min. */
  issueCode(): string;
  /** The sign-in page's cookies stop working (the ADFS session ended): the passive grant asks for the page again. */
  expireSessions(): void;
  /** Every sign-in attempt that reached a verdict, oldest first. */
  history(): SignInRecord[];
  counts(): SignInCounts;
}
