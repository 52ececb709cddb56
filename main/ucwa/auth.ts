// Sign-in tokens. UCWA answers an unauthenticated request with 401 and a `MsRtcOAuth href=…,grant_type=…`
// challenge; we POST the password grant to that href and send `Authorization: Bearer cwt=…` from then on.
// Tokens are kept per origin (a redirect to another pool demands its own token), with their expiry: re-acquired
// shortly before they expire and on any 401 (UCWA has no refresh token: the password grant is simply repeated).
// The password comes from an injected provider and is never stored here, logged, or put in an error.
// An optional TokenStore (the OS keyring, through the app) keeps tokens between runs: a stored token that is not
// about to expire is used before any password is asked for; a new token is saved; a refused one is cleared.
// With a TrustPolicy, a grant is posted only to a token endpoint on the challenged origin, and only when that
// origin is trusted (trust.mayAnswerChallenge); a challenge naming another host is refused and nothing is posted.
// The parts: auth/challenge.ts (the 401 challenge), auth/grants.ts (the token endpoint), auth/passive.ts (the
// organisation's sign-in page: its cookie, not a password, buys the token), auth/tokenStore.ts (tokens kept between
// runs). Callers import them from here.
import { parseChallenge } from './auth/challenge.js';
import { WINDOWS_GRANT, requestToken } from './auth/grants.js';
import type { Credentials, WindowsCredentials } from './auth/grants.js';
import { PASSIVE_GRANT, cookieTransport, passiveError, requestPassiveToken } from './auth/passive.js';
import type { PassiveCredentials } from './auth/passive.js';
import { GuardedTokenStore } from './auth/tokenStore.js';
import type { TokenStore } from './auth/tokenStore.js';
import type { Clock } from './clock.js';
import { UcwaError } from './errors.js';
import { silentLogger } from './log.js';
import type { UcwaLogger } from './log.js';
import type { Authorizer, Transport } from './transport.js';
import { refusalError } from './trust.js';
import type { Credential, TrustPolicy } from './trust.js';
import { resolveHref } from './urls.js';

export { parseChallenge } from './auth/challenge.js';
export type { Challenge } from './auth/challenge.js';
export { WINDOWS_GRANT } from './auth/grants.js';
export type { Credentials, WindowsCredentials } from './auth/grants.js';
export { PASSIVE_GRANT, passiveError, signInPageDecision } from './auth/passive.js';
export type { PassiveCode, PassiveCredentials, PassiveSignIn } from './auth/passive.js';
export type { StoredAuthToken, TokenStore } from './auth/tokenStore.js';

/** One sign-in method's credentials: the password, the Windows account, or the organisation's sign-in page. */
export type AnyCredentials = Credentials | WindowsCredentials | PassiveCredentials;

/** The grant these credentials answer a challenge with, and the kind of credential the trust policy weighs. */
function methodOf(credentials: AnyCredentials): { grant: string; credential: Credential } {
  if ('passive' in credentials) return { grant: PASSIVE_GRANT, credential: 'cookie' };
  if ('windows' in credentials) return { grant: WINDOWS_GRANT, credential: 'windows' };
  return { grant: 'password', credential: 'password' };
}

/** A challenge that does not list our grant: say which method the pool lacks (or that it offers only the page). */
function notOffered(grant: string, offered: readonly string[]): UcwaError {
  const onlyPassive =
    offered.includes(PASSIVE_GRANT) && !offered.some((g) => g === 'password' || g === WINDOWS_GRANT);
  if (grant === PASSIVE_GRANT) return passiveError('PassiveNotOffered');
  if (onlyPassive) return passiveError('OnlyPassiveOffered');
  return new UcwaError({
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

interface Token {
  header: string;
  /** When to stop using it: the real expiry minus the refresh margin. */
  expiresAt: number;
  /** Unknown for a token loaded from the store: the server's next 401 challenge names the endpoint. */
  tokenUrl?: string;
}

export interface TokenManagerOptions {
  transport: Transport;
  credentials: AnyCredentials;
  clock?: Pick<Clock, 'now'>;
  /** Re-acquire this long before expiry (default 5 minutes, at most half the lifetime). */
  refreshMarginMs?: number;
  store?: TokenStore;
  /** For store failures only (never given a token). */
  log?: UcwaLogger;
  /** Decides which challenges may be answered with the password (UcwaClient always gives one). */
  trust?: TrustPolicy;
}

/** Tokens per origin; plugs into the Transport as its Authorizer. */
export class TokenManager implements Authorizer {
  private readonly tokens = new Map<string, Token>();
  private readonly pending = new Map<string, Promise<void>>();
  /** Store reads in flight, and the origins whose stored token was already looked at (once per origin). */
  private readonly loading = new Map<string, Promise<Token | undefined>>();
  private readonly consulted = new Set<string>();
  private readonly transport: Transport;
  private readonly credentials: AnyCredentials;
  /** The passive grant's requests, with the sign-in session's cookies (made on first use). */
  private cookies: Transport | undefined;
  private readonly clock: Pick<Clock, 'now'>;
  private readonly marginMs: number;
  private readonly store: GuardedTokenStore | undefined;
  private readonly log: UcwaLogger;
  private readonly trust: TrustPolicy | undefined;

  constructor(options: TokenManagerOptions) {
    this.trust = options.trust;
    this.transport = options.transport;
    this.credentials = options.credentials;
    this.clock = options.clock ?? Date;
    this.marginMs = options.refreshMarginMs ?? 5 * 60_000;
    this.log = options.log ?? silentLogger;
    this.store = options.store === undefined ? undefined : new GuardedTokenStore(options.store, this.log);
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
    const { grant } = methodOf(this.credentials);
    if (challenge && challenge.grantTypes.length > 0 && !challenge.grantTypes.includes(grant)) {
      throw notOffered(grant, challenge.grantTypes);
    }
    await this.single(origin, async () => {
      if (refused) await this.store?.clear(origin);
      await this.acquire(origin, tokenUrl);
    });
  }

  /** The challenge's token endpoint, when the trust policy lets the password go there (else the refusal). */
  private tokenEndpoint(origin: string, href: string): string {
    if (this.trust === undefined) return resolveHref(href, origin).href;
    const { credential } = methodOf(this.credentials);
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

  private async loadStored(store: GuardedTokenStore, origin: string): Promise<Token | undefined> {
    const stored = await store.load(origin);
    if (stored === undefined) return undefined;
    const refreshAt = stored.expiresAt - this.marginMs;
    if (this.clock.now() >= refreshAt) return undefined; // expired or about to: acquire a new one instead
    // A token acquired meanwhile (another request answered a challenge) is newer: keep it.
    const current = this.tokens.get(origin);
    if (current !== undefined) return current;
    const token: Token = { header: `${stored.tokenType} ${stored.accessToken}`, expiresAt: refreshAt };
    this.tokens.set(origin, token);
    return token;
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

  /** A new token from the token endpoint (auth/grants.ts), kept until shortly before it expires, and stored. */
  private async acquire(origin: string, tokenUrl: string): Promise<void> {
    const creds = this.credentials;
    // The passive grant: the cookie request first (silent renewal), the sign-in page only when it is refused.
    const { accessToken, tokenType, lifetimeMs } =
      'passive' in creds
        ? await requestPassiveToken(
            (this.cookies ??= cookieTransport(creds.passive, this.trust, this.log)),
            tokenUrl,
            creds.passive,
            this.log,
          )
        : await requestToken(this.transport, tokenUrl, creds);
    const margin = Math.min(this.marginMs, lifetimeMs / 2);
    const expiresAt = this.clock.now() + lifetimeMs;
    this.tokens.set(origin, {
      header: `${tokenType} ${accessToken}`,
      expiresAt: expiresAt - margin,
      tokenUrl,
    });
    await this.store?.save(origin, { accessToken, tokenType, expiresAt });
  }
}
