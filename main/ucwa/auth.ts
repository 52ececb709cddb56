// Sign-in tokens. UCWA answers an unauthenticated request with 401 and a `MsRtcOAuth href=…,grant_type=…`
// challenge; we POST the password grant to that href and send `Authorization: Bearer cwt=…` from then on.
// Tokens are kept per origin (a redirect to another pool demands its own token), with their expiry: re-acquired
// shortly before they expire and on any 401 (UCWA has no refresh token: the password grant is simply repeated).
// The password comes from an injected provider and is never stored here, logged, or put in an error.
import { UcwaError } from './errors.js';
import type { Authorizer, Transport } from './transport.js';
import { resolveHref } from './urls.js';

export interface Clock {
  now(): number;
}

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

interface Token {
  header: string;
  expiresAt: number;
  tokenUrl: string;
}

export interface TokenManagerOptions {
  transport: Transport;
  credentials: Credentials;
  clock?: Clock;
  /** Re-acquire this long before expiry (default 5 minutes, at most half the lifetime). */
  refreshMarginMs?: number;
}

/** Tokens per origin; plugs into the Transport as its Authorizer. */
export class TokenManager implements Authorizer {
  private readonly tokens = new Map<string, Token>();
  private readonly pending = new Map<string, Promise<void>>();
  private readonly transport: Transport;
  private readonly credentials: Credentials;
  private readonly clock: Clock;
  private readonly marginMs: number;

  constructor(options: TokenManagerOptions) {
    this.transport = options.transport;
    this.credentials = options.credentials;
    this.clock = options.clock ?? Date;
    this.marginMs = options.refreshMarginMs ?? 5 * 60_000;
  }

  /** When the token for an origin expires (ms since epoch), for tests and diagnostics. */
  expiry(origin: string): number | undefined {
    return this.tokens.get(origin)?.expiresAt;
  }

  /** Forget an origin's token (sign-out, or a caller that knows it is bad). */
  invalidate(origin?: string): void {
    if (origin === undefined) this.tokens.clear();
    else this.tokens.delete(origin);
  }

  async authorization(origin: string): Promise<string | undefined> {
    // Wait for an acquisition in flight for this origin (others share it rather than race it).
    await this.pending.get(origin);
    const token = this.tokens.get(origin);
    if (token === undefined) return undefined;
    if (this.clock.now() >= token.expiresAt) {
      await this.single(origin, () => this.acquire(origin, token.tokenUrl));
      return this.tokens.get(origin)?.header;
    }
    return token.header;
  }

  async unauthorized(origin: string, challengeHeader: string, sentWith: string | undefined): Promise<void> {
    await this.pending.get(origin);
    const current = this.tokens.get(origin);
    // Another request already replaced the token we sent: just retry with the new one.
    if (current !== undefined && current.header !== sentWith) return;
    const challenge = parseChallenge(challengeHeader);
    const tokenUrl = challenge ? resolveHref(challenge.href, origin).href : current?.tokenUrl;
    if (tokenUrl === undefined) {
      throw new UcwaError({
        status: 401,
        code: 'Unauthorized',
        retryable: false,
        message: 'The server asked for a sign-in method this app does not support.',
      });
    }
    if (challenge && challenge.grantTypes.length > 0 && !challenge.grantTypes.includes('password')) {
      throw new UcwaError({
        status: 401,
        code: 'Unauthorized',
        retryable: false,
        message: 'The server does not accept password sign-in.',
      });
    }
    await this.single(origin, () => this.acquire(origin, tokenUrl));
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

  private async acquire(origin: string, tokenUrl: string): Promise<void> {
    const form = new URLSearchParams({
      grant_type: 'password',
      username: this.credentials.username,
      password: await this.credentials.password(),
    });
    const { response, body } = await this.transport.send(new URL(tokenUrl), {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded;charset=UTF-8',
        accept: 'application/json',
      },
      body: form.toString(),
      redirect: 'manual',
    });
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
    this.tokens.set(origin, {
      header: `${type} ${accessToken}`,
      expiresAt: this.clock.now() + lifetimeMs - margin,
      tokenUrl,
    });
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
