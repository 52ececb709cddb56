// Bearer tokens of the simulator: issued per pool (a token from pool 1 gets the challenge again on pool 2, as in a
// real multi-pool deployment), expiring after their lifetime; and the token endpoint's JSON answers.
import { randomBytes } from 'node:crypto';
import type { SimRequest, SimResponse } from '../http.js';
import type { SimClock } from '../types.js';

export class TokenBook {
  private readonly tokens = new Map<string, { pool: number; expiresAt: number }>();

  constructor(
    private readonly clock: SimClock,
    readonly lifetimeSeconds: number,
  ) {}

  issue(pool: number): string {
    const token = `cwt=${randomBytes(24).toString('base64url')}`;
    this.tokens.set(token, { pool, expiresAt: this.clock.now() + this.lifetimeSeconds * 1000 });
    return token;
  }

  /** True when the request carries a live token of its pool. */
  check(req: SimRequest): boolean {
    const m = /^Bearer\s+(.+)$/i.exec((req.headers.authorization ?? '').trim());
    const value = m?.[1]?.trim();
    if (!value) return false;
    const t = this.tokens.get(value);
    if (!t || t.pool !== req.pool) return false;
    if (t.expiresAt <= this.clock.now()) {
      this.tokens.delete(value);
      return false;
    }
    return true;
  }

  expireAll(): void {
    this.tokens.clear();
  }
}

/** A token endpoint answer: always JSON and never cached, like the real endpoint. */
export function tokenReply(
  status: number,
  body: Record<string, unknown>,
  extra: { diagnostics?: string; headers?: Record<string, string | string[]> } = {},
): SimResponse {
  const headers: Record<string, string | string[]> = {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    Pragma: 'no-cache',
    ...extra.headers,
  };
  if (extra.diagnostics) headers['X-Ms-diagnostics'] = extra.diagnostics;
  return { status, headers, body: JSON.stringify(body) };
}

/** 200 with a new token for the request's pool. */
export function grantReply(
  book: TokenBook,
  req: SimRequest,
  headers?: Record<string, string | string[]>,
): SimResponse {
  return tokenReply(
    200,
    {
      access_token: book.issue(req.pool),
      expires_in: book.lifetimeSeconds,
      ms_rtc_identityscope: 'local',
      token_type: 'Bearer',
    },
    headers ? { headers } : {},
  );
}

export const diagnostics = (code: number, reason: string): string =>
  `${code};source="sim.contoso.com";reason="${reason}"`;
