// Sign-in tokens. UCWA answers an unauthenticated request with 401 and a `MsRtcOAuth href=…,grant_type=…`
// challenge; we POST the password grant to that href and send `Authorization: Bearer cwt=…` from then on.
// Tokens are kept per origin (a redirect to another pool demands its own token), with their expiry: re-acquired
// shortly before they expire and on any 401 (UCWA has no refresh token: the password grant is simply repeated).
// The password comes from an injected provider and is never stored here, logged, or put in an error.
// An optional TokenStore (the OS keyring, through the app) keeps tokens between runs: a stored token that is not
// about to expire is used before any password is asked for; a new token is saved; a refused one is cleared.
// With a TrustPolicy, a grant is posted only to a token endpoint on the challenged origin, and only when that
// origin is trusted (trust.mayAnswerChallenge); a challenge naming another host is refused and nothing is posted.
import type { Negotiator } from './auth/negotiate.js';
import { ntlmAuthenticate, ntlmNegotiate } from './auth/ntlm.js';
import type { Clock } from './clock.js';
import { UcwaError } from './errors.js';
import { silentLogger } from './log.js';
import type { UcwaLogger } from './log.js';
import type { Authorizer, Transport } from './transport.js';
import { refusalError } from './trust.js';
import type { TrustPolicy } from './trust.js';
import { resolveHref } from './urls.js';

export interface Challenge {
  href: string;
  grantTypes: string[];
}

const PARAM = /^\s*,?\s*([A-Za-z_][\w-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/;

/**
 * Parse the MsRtcOAuth challenge out of a WWW-Authenticate value (fetch joins several headers with ", ").
 * Accepts quoted and unquoted parameter values; returns undefined when there is no MsRtcOAuth challenge with an href.
 */
export function parseChallenge(header: string): Challenge | undefined {
  const start = /(?:^|[\s,])MsRtcOAuth\s+/i.exec(header);
  if (!start) return undefined;
  let rest = header.slice(start.index + start[0].length);
  const params: Record<string, string> = {};
  for (;;) {
    const m = PARAM.exec(rest);
    if (!m?.[1]) break;
    params[m[1].toLowerCase()] = (m[2] ?? m[3] ?? '').replace(/\\(.)/g, '$1');
    rest = rest.slice(m[0].length);
  }
  const href = params.href;
  if (href === undefined || href === '') return undefined;
  const grantTypes = (params.grant_type ?? '')
    .split(',')
    .map((g) => g.trim())
    .filter((g) => g !== '');
  return { href, grantTypes };
}

export interface Credentials {
  /** The user name for the password grant (the SIP address without `sip:`, or DOMAIN\user). */
  username: string;
  /** Asked each time a token is needed, so the caller decides where the password lives. */
  password: () => string | Promise<string>;
}

/** The Windows grant (urn:microsoft.rtc:windows): no password; HTTP Negotiate (Kerberos) answers the endpoint's 401. */
export interface WindowsCredentials {
  windows: Pick<Negotiator, 'authorization'>;
  /**
   * NTLM where Kerberos is not to be had (the pool offers only NTLM, or there is no ticket): the Windows account's
   * user name (`DOMAIN\user` or a UPN) and password. Absent: Kerberos only.
   */
  ntlm?: { username: string; password: () => string | Promise<string> };
}

export const WINDOWS_GRANT = 'urn:microsoft.rtc:windows';

/** A token as kept between runs, for one origin. `expiresAt` is the real expiry (epoch ms, from the clock). */
export interface StoredAuthToken {
  accessToken: string;
  tokenType: string;
  expiresAt: number;
}

/**
 * Where tokens outlive the process (the app puts the OS keyring behind it). Any method may fail (no keyring): the
 * failure is logged without the token and sign-in carries on as if nothing were stored.
 */
export interface TokenStore {
  load(origin: string): Promise<StoredAuthToken | null>;
  save(origin: string, token: StoredAuthToken): Promise<void>;
  /** Forget one origin's token (the server refused it); without an origin, all of them. */
  clear(origin?: string): Promise<void>;
}

interface Token {
  header: string;
  /** When to stop using it: the real expiry minus the refresh margin. */
  expiresAt: number;
  /** Unknown for a token loaded from the store: the server's next 401 challenge names the endpoint. */
  tokenUrl?: string;
}

export interface TokenManagerOptions {
  transport: Transport;
  credentials: Credentials | WindowsCredentials;
  clock?: Pick<Clock, 'now'>;
  /** Re-acquire this long before expiry (default 5 minutes, at most half the lifetime). */
  refreshMarginMs?: number;
  store?: TokenStore;
  /** For store failures only (never given a token). */
  log?: UcwaLogger;
  /** Decides which challenges may be answered with the password (UcwaClient always gives one). */
  trust?: TrustPolicy;
}

// What may go into an Authorization header: a stored token with anything else is ignored, not sent.
const TOKEN_TYPE = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const ACCESS_TOKEN = /^[\x21-\x7e]+$/;

function usable(value: unknown): value is StoredAuthToken {
  if (typeof value !== 'object' || value === null) return false;
  const t = value as Record<string, unknown>;
  return (
    typeof t.accessToken === 'string' &&
    ACCESS_TOKEN.test(t.accessToken) &&
    typeof t.tokenType === 'string' &&
    TOKEN_TYPE.test(t.tokenType) &&
    typeof t.expiresAt === 'number' &&
    Number.isFinite(t.expiresAt)
  );
}

function errorName(e: unknown): string {
  return e instanceof Error ? e.name : typeof e;
}

/** Tokens per origin; plugs into the Transport as its Authorizer. */
export class TokenManager implements Authorizer {
  private readonly tokens = new Map<string, Token>();
  private readonly pending = new Map<string, Promise<void>>();
  /** Store reads in flight, and the origins whose stored token was already looked at (once per origin). */
  private readonly loading = new Map<string, Promise<Token | undefined>>();
  private readonly consulted = new Set<string>();
  private readonly transport: Transport;
  private readonly credentials: Credentials | WindowsCredentials;
  private readonly clock: Pick<Clock, 'now'>;
  private readonly marginMs: number;
  private readonly store: TokenStore | undefined;
  private readonly log: UcwaLogger;
  private readonly trust: TrustPolicy | undefined;

  constructor(options: TokenManagerOptions) {
    this.trust = options.trust;
    this.transport = options.transport;
    this.credentials = options.credentials;
    this.clock = options.clock ?? Date;
    this.marginMs = options.refreshMarginMs ?? 5 * 60_000;
    this.store = options.store;
    this.log = options.log ?? silentLogger;
  }

  /** When the token for an origin expires (ms since epoch), for tests and diagnostics. */
  expiry(origin: string): number | undefined {
    return this.tokens.get(origin)?.expiresAt;
  }

  /**
   * Forget an origin's token in memory (sign-out, or a caller that knows it is bad). The store is left alone: an
   * app that quits keeps its token for the next start; the app deletes it from the keyring on a user's sign-out.
   */
  invalidate(origin?: string): void {
    if (origin === undefined) this.tokens.clear();
    else this.tokens.delete(origin);
  }

  async authorization(origin: string): Promise<string | undefined> {
    // Wait for an acquisition in flight for this origin (others share it rather than race it).
    await this.pending.get(origin);
    const token = this.tokens.get(origin) ?? (await this.fromStore(origin));
    if (token === undefined) return undefined;
    if (this.clock.now() >= token.expiresAt) {
      const tokenUrl = token.tokenUrl;
      if (tokenUrl === undefined) {
        // A stored token ran out and we never saw the token endpoint: go without, and answer the 401 challenge.
        this.tokens.delete(origin);
        return undefined;
      }
      await this.single(origin, () => this.acquire(origin, tokenUrl));
      return this.tokens.get(origin)?.header;
    }
    return token.header;
  }

  async unauthorized(origin: string, challengeHeader: string, sentWith: string | undefined): Promise<void> {
    await this.pending.get(origin);
    const current = this.tokens.get(origin);
    // Another request already replaced the token we sent: just retry with the new one.
    if (current !== undefined && current.header !== sentWith) return;
    // The server refused the token we sent: it must not be offered again, from memory or from the store.
    const refused = sentWith !== undefined;
    if (refused) this.tokens.delete(origin);
    const challenge = parseChallenge(challengeHeader);
    const tokenUrl = challenge ? this.tokenEndpoint(origin, challenge.href) : current?.tokenUrl;
    if (tokenUrl === undefined) {
      throw new UcwaError({
        status: 401,
        code: 'Unauthorized',
        retryable: false,
        message: 'The server asked for a sign-in method this app does not support.',
      });
    }
    const grant = 'windows' in this.credentials ? WINDOWS_GRANT : 'password';
    if (challenge && challenge.grantTypes.length > 0 && !challenge.grantTypes.includes(grant)) {
      throw new UcwaError({
        status: 401,
        code: 'Unauthorized',
        subcode: grant === 'password' ? 'PasswordNotOffered' : 'WindowsNotOffered',
        retryable: false,
        message:
          grant === 'password'
            ? 'The server does not accept password sign-in.'
            : 'The server does not accept Windows sign-in.',
      });
    }
    await this.single(origin, async () => {
      if (refused) await this.clearStored(origin);
      await this.acquire(origin, tokenUrl);
    });
  }

  /** The challenge's token endpoint, when the trust policy lets the password go there (else the refusal). */
  private tokenEndpoint(origin: string, href: string): string {
    if (this.trust === undefined) return resolveHref(href, origin).href;
    const credential = 'windows' in this.credentials ? 'windows' : 'password';
    const decision = this.trust.mayAnswerChallenge(origin, href, credential);
    if (!decision.ok) {
      this.log.warn(`refused to answer a sign-in challenge: ${decision.code}`, { host: decision.host });
      throw refusalError(decision);
    }
    return decision.tokenUrl;
  }

  /** The stored token of an origin, once per origin, if it is well-formed and not within the refresh margin. */
  private fromStore(origin: string): Promise<Token | undefined> {
    const store = this.store;
    if (store === undefined || this.consulted.has(origin)) return Promise.resolve(undefined);
    const existing = this.loading.get(origin);
    if (existing) return existing;
    const p = this.loadStored(store, origin).finally(() => {
      this.consulted.add(origin);
      this.loading.delete(origin);
    });
    this.loading.set(origin, p);
    return p;
  }

  private async loadStored(store: TokenStore, origin: string): Promise<Token | undefined> {
    let stored: unknown;
    try {
      stored = await store.load(origin);
    } catch (e) {
      this.log.warn('the stored sign-in could not be read', { origin, error: errorName(e) });
      return undefined;
    }
    if (!usable(stored)) return undefined;
    const refreshAt = stored.expiresAt - this.marginMs;
    if (this.clock.now() >= refreshAt) return undefined; // expired or about to: acquire a new one instead
    // A token acquired meanwhile (another request answered a challenge) is newer: keep it.
    const current = this.tokens.get(origin);
    if (current !== undefined) return current;
    const token: Token = { header: `${stored.tokenType} ${stored.accessToken}`, expiresAt: refreshAt };
    this.tokens.set(origin, token);
    return token;
  }

  private async saveStored(origin: string, token: StoredAuthToken): Promise<void> {
    try {
      await this.store?.save(origin, token);
    } catch (e) {
      this.log.warn('the sign-in could not be stored', { origin, error: errorName(e) });
    }
  }

  private async clearStored(origin: string): Promise<void> {
    try {
      await this.store?.clear(origin);
    } catch (e) {
      this.log.warn('the stored sign-in could not be cleared', { origin, error: errorName(e) });
    }
  }

  private single(origin: string, work: () => Promise<void>): Promise<void> {
    const existing = this.pending.get(origin);
    if (existing) return existing;
    const p = work()
      .catch((e: unknown) => {
        this.tokens.delete(origin); // the old token is no good either
        throw e;
      })
      .finally(() => this.pending.delete(origin));
    this.pending.set(origin, p);
    return p;
  }

  /** One POST to the token endpoint; `authorization` only for the Windows grant's Negotiate round. */
  private post(tokenUrl: string, form: URLSearchParams, authorization?: string) {
    const headers = new Headers({
      'content-type': 'application/x-www-form-urlencoded;charset=UTF-8',
      accept: 'application/json',
    });
    if (authorization !== undefined) headers.set('authorization', authorization);
    return this.transport.send(new URL(tokenUrl), {
      method: 'POST',
      headers,
      body: form.toString(),
      redirect: 'manual',
    });
  }

  /**
   * The Windows grant: the form carries no password; the endpoint answers 401 Negotiate, and a Kerberos token for
   * HTTP@<host> (from the user's ticket cache) answers it. Only to the token endpoint the trust policy approved.
   */
  private async windowsGrant(tokenUrl: string, credentials: WindowsCredentials) {
    const form = new URLSearchParams({ grant_type: WINDOWS_GRANT });
    const first = await this.post(tokenUrl, form);
    if (first.response.status !== 401) return first;
    const offer = first.response.headers.get('www-authenticate') ?? '';
    const ntlmOffered = /(?:^|,)\s*NTLM\b/i.test(offer);
    let refusal: UcwaError | undefined;
    if (/(?:^|,)\s*Negotiate\b/i.test(offer)) {
      const negotiation = await credentials.windows.authorization(tokenUrl);
      if (negotiation.ok) return this.post(tokenUrl, form, negotiation.header);
      refusal = new UcwaError({
        status: 0,
        code: 'Unauthorized',
        subcode: negotiation.code,
        retryable: false,
        details: { host: negotiation.host },
      });
    }
    if (ntlmOffered && credentials.ntlm !== undefined)
      return this.ntlmGrant(tokenUrl, form, credentials.ntlm);
    throw (
      refusal ??
      new UcwaError({
        status: 401,
        code: 'Unauthorized',
        subcode: ntlmOffered ? 'NtlmNeedsAccount' : 'NegotiateNotOffered',
        retryable: false,
      })
    );
  }

  /** NTLM's two rounds (NEGOTIATE, then AUTHENTICATE for the server's CHALLENGE), NTLMv2 from the account. */
  private async ntlmGrant(
    tokenUrl: string,
    form: URLSearchParams,
    account: NonNullable<WindowsCredentials['ntlm']>,
  ) {
    const round1 = await this.post(tokenUrl, form, ntlmNegotiate());
    if (round1.response.status !== 401) return round1;
    const type3 = ntlmAuthenticate(round1.response.headers.get('www-authenticate'), {
      username: account.username,
      password: await account.password(),
    });
    if (type3 === undefined) {
      throw new UcwaError({ status: 401, code: 'Unauthorized', subcode: 'NtlmRefused', retryable: false });
    }
    const done = await this.post(tokenUrl, form, type3);
    if (done.response.status === 401) {
      throw new UcwaError({ status: 401, code: 'Unauthorized', subcode: 'NtlmRefused', retryable: false });
    }
    return done;
  }

  private async acquire(origin: string, tokenUrl: string): Promise<void> {
    const credentials = this.credentials;
    const { response, body } =
      'windows' in credentials
        ? await this.windowsGrant(tokenUrl, credentials)
        : await this.post(
            tokenUrl,
            new URLSearchParams({
              grant_type: 'password',
              username: credentials.username,
              password: await credentials.password(),
            }),
          );
    const parsed = parseJsonObject(new TextDecoder().decode(body));
    if (response.status !== 200) throw tokenError(response.status, parsed);
    const accessToken = parsed?.access_token;
    if (typeof accessToken !== 'string' || accessToken === '') {
      throw new UcwaError({
        status: response.status,
        code: 'MalformedResponse',
        message: 'The sign-in answer had no token.',
      });
    }
    const type = typeof parsed?.token_type === 'string' ? parsed.token_type : 'Bearer';
    const lifetimeMs = Math.max(1, Number(parsed?.expires_in) || 3600) * 1000;
    const margin = Math.min(this.marginMs, lifetimeMs / 2);
    const expiresAt = this.clock.now() + lifetimeMs;
    this.tokens.set(origin, { header: `${type} ${accessToken}`, expiresAt: expiresAt - margin, tokenUrl });
    await this.saveStored(origin, { accessToken, tokenType: type, expiresAt });
  }
}

function parseJsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const v: unknown = JSON.parse(text);
    return typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Token endpoint failures: `{"error":"invalid_grant"}` and friends (reference §1.3). */
function tokenError(status: number, body: Record<string, unknown> | undefined): UcwaError {
  const error = typeof body?.error === 'string' ? body.error : '';
  const description = typeof body?.error_description === 'string' ? body.error_description : '';
  if (/lock|disabled/i.test(error) || /lock|disabled/i.test(description)) {
    return new UcwaError({ status, code: 'AccountLocked', subcode: error || undefined, retryable: false });
  }
  if (error === 'invalid_grant')
    return new UcwaError({ status, code: 'InvalidGrant', subcode: error, retryable: false });
  if (status >= 500)
    return new UcwaError({ status, code: 'ServiceFailure', ...(error ? { subcode: error } : {}) });
  return new UcwaError({
    status,
    code: status === 403 ? 'AccountLocked' : 'Unauthorized',
    ...(error ? { subcode: error } : {}),
    retryable: false,
    message: error === 'unsupported_grant_type' ? 'The server does not accept password sign-in.' : undefined,
  });
}
