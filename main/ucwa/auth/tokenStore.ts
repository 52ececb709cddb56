// Tokens kept between runs (the OS keyring, through the app): what may be stored, and a store that never throws —
// a failure is logged without the token and sign-in carries on as if nothing were stored.
import type { UcwaLogger } from '../log.js';

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

/** A TokenStore whose failures are logged (never with the token) instead of thrown. */
export class GuardedTokenStore {
  constructor(
    private readonly store: TokenStore,
    private readonly log: UcwaLogger,
  ) {}

  /** The stored token of an origin if it is well-formed; undefined when there is none or it cannot be read. */
  async load(origin: string): Promise<StoredAuthToken | undefined> {
    let stored: unknown;
    try {
      stored = await this.store.load(origin);
    } catch (e) {
      this.log.warn('the stored sign-in could not be read', { origin, error: errorName(e) });
      return undefined;
    }
    return usable(stored) ? stored : undefined;
  }

  async save(origin: string, token: StoredAuthToken): Promise<void> {
    try {
      await this.store.save(origin, token);
    } catch (e) {
      this.log.warn('the sign-in could not be stored', { origin, error: errorName(e) });
    }
  }

  async clear(origin: string): Promise<void> {
    try {
      await this.store.clear(origin);
    } catch (e) {
      this.log.warn('the stored sign-in could not be cleared', { origin, error: errorName(e) });
    }
  }
}
