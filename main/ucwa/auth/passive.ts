// The passive grant (urn:microsoft.rtc:passive: the organisation's sign-in page, ADFS with two-factor), reference
// §1.3. The token request carries no credential of ours: without a valid sign-in cookie the endpoint answers 400
// invalid_grant with `ms_rtc_passiveauthuri`; the user signs in on that page (PassiveSignIn.open: a window in the
// app), which leaves cookies in the sign-in session; the token request again, with those cookies
// (PassiveSignIn.fetch), gets the token. Renewal is the same request, silent while the cookie lasts; only when it
// is refused does the page open again.
// The page may be on another host (ADFS), which does not join the trusted set: the user types into it, the app
// sends it nothing. It must be https, or the pool's own (trusted) origin: the simulator on plain loopback http.
// The cookie request goes only to the token endpoint the trust policy approved (TokenManager asks it first), through
// a Transport of its own that the same policy checks.
import { UcwaError } from '../errors.js';
import type { UcwaLogger } from '../log.js';
import { Transport } from '../transport.js';
import type { TrustPolicy } from '../trust.js';
import { type GrantedToken, parseJsonObject, postGrant, readToken } from './grants.js';

export const PASSIVE_GRANT = 'urn:microsoft.rtc:passive';

/** How the app shows the organisation's sign-in page (main/shell/passiveWindow.ts), or a test completes it. */
export interface PassiveSignIn {
  /**
   * Show the page at `signInUri` and resolve once the user has finished (the session's cookies are set); reject
   * with passiveError('PassiveCancelled') when they close it. `tokenUrl`: the pool's token endpoint (its origin
   * is the trusted one the page returns to).
   */
  open(signInUri: string, tokenUrl: string): Promise<void>;
  /** Sends a request with that sign-in session's cookies. */
  fetch: typeof fetch;
}

/** The passive grant's credentials: no password, the sign-in page and its session. */
export interface PassiveCredentials {
  passive: PassiveSignIn;
}

/** Why the passive grant did not sign in (subcodes of UcwaError; main/words/passive.ts has the words). */
export type PassiveCode =
  /** The user closed the sign-in page. */
  | 'PassiveCancelled'
  /** ms_rtc_passiveauthuri is not https and not the pool's own origin (or not a usable URL): not opened. */
  | 'PassivePageUntrusted'
  /** The page tried to go somewhere that is neither https nor the pool's origin: stopped there. */
  | 'PassiveNavigationRefused'
  /** The page was completed, but the token endpoint still asked for it. */
  | 'PassiveNotCompleted'
  /** The page's server asked (HTTP NTLM/Negotiate) for a Windows account, and none was typed for this sign-in. */
  | 'PassivePageNeedsAccount'
  /** The page's server asked again after the typed Windows account was given once: it refused it. */
  | 'PassivePageAccountRefused'
  /** The pool does not offer the passive grant. */
  | 'PassiveNotOffered'
  /** The pool offers only the passive grant, and these credentials are another method's. */
  | 'OnlyPassiveOffered';

export const PASSIVE_CODES: ReadonlySet<string> = new Set<PassiveCode>([
  'PassiveCancelled',
  'PassivePageUntrusted',
  'PassiveNavigationRefused',
  'PassiveNotCompleted',
  'PassivePageNeedsAccount',
  'PassivePageAccountRefused',
  'PassiveNotOffered',
  'OnlyPassiveOffered',
]);

/** The error for a passive sign-in that did not happen; `host`: the page's host where one is concerned. */
export function passiveError(code: PassiveCode, host?: string): UcwaError {
  const refusedUrl = code === 'PassivePageUntrusted' || code === 'PassiveNavigationRefused';
  return new UcwaError({
    status: 0,
    code: refusedUrl ? 'InsecureUrl' : 'Unauthorized',
    subcode: code,
    retryable: false,
    details: host === undefined ? undefined : { host },
  });
}

export type PageDecision = { ok: true; url: string } | { ok: false; host: string };

/**
 * May the sign-in window show this URL (ms_rtc_passiveauthuri, or where the page navigates)? https anywhere (the
 * organisation's ADFS is often another host), or the pool's own origin (trusted: the simulator's loopback http).
 * Never another scheme, and never a URL with a user name or password in it (`https://pool@evil/` misleads).
 */
export function signInPageDecision(input: string, poolOrigin: string, base?: string): PageDecision {
  let url: URL;
  try {
    url = new URL(input, base);
  } catch {
    return { ok: false, host: '' };
  }
  const host = url.host.replace(/\.+(?=:|$)/, '');
  if (url.username !== '' || url.password !== '' || url.hostname === '') return { ok: false, host };
  if (url.protocol === 'https:') return { ok: true, url: url.href };
  if (url.protocol === 'http:' && url.origin === new URL(poolOrigin).origin)
    return { ok: true, url: url.href };
  return { ok: false, host };
}

/** The Transport the cookie requests go through: the sign-in session's fetch, checked by the same trust policy. */
export function cookieTransport(signIn: PassiveSignIn, trust: TrustPolicy | undefined, log: UcwaLogger) {
  const transport = new Transport({ fetch: (input, init) => signIn.fetch(input, init), log });
  if (trust !== undefined) transport.setTrust(trust);
  return transport;
}

/** The sign-in page the answer sends the user to: a 400 naming ms_rtc_passiveauthuri, else undefined. */
function signInPageOf(response: Response, body: Uint8Array): string | undefined {
  if (response.status !== 400) return undefined;
  const uri = parseJsonObject(new TextDecoder().decode(body))?.ms_rtc_passiveauthuri;
  return typeof uri === 'string' && uri !== '' ? uri : undefined;
}

/**
 * The passive grant at `tokenUrl` (approved by the trust policy): the request with the session's cookies, and
 * only when it is refused with a sign-in page, that page, then the request again.
 */
export async function requestPassiveToken(
  transport: Transport,
  tokenUrl: string,
  signIn: PassiveSignIn,
  log: UcwaLogger,
): Promise<GrantedToken> {
  const form = new URLSearchParams({ grant_type: PASSIVE_GRANT });
  const first = await postGrant(transport, tokenUrl, form);
  const page = signInPageOf(first.response, first.body);
  if (page === undefined) return readToken(first.response, first.body);
  const decision = signInPageDecision(page, tokenUrl, tokenUrl);
  if (!decision.ok) {
    log.warn('refused to open a sign-in page', { host: decision.host });
    throw passiveError('PassivePageUntrusted', decision.host);
  }
  await signIn.open(decision.url, tokenUrl);
  const second = await postGrant(transport, tokenUrl, form);
  if (signInPageOf(second.response, second.body) !== undefined) throw passiveError('PassiveNotCompleted');
  return readToken(second.response, second.body);
}
