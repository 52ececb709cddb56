// Discovery auth: the 401 challenge (two WWW-Authenticate headers, IIS-style HTML body), the password grant at
// /WebTicket/oauthtoken, and bearer tokens that expire. Tokens belong to one pool: a token from pool 1 gets the
// challenge again on pool 2, as a real multi-pool deployment does. A locked/disabled account (a fault) refuses the
// password grant; tokens issued before the lock keep working until they expire, as with a real lockout.
import { randomBytes } from 'node:crypto';
import { type SimRequest, type SimResponse, baseHeaders } from './http.js';
import { normaliseUri } from './directory.js';
import type { SimClock } from './types.js';

export const TOKEN_PATH = '/WebTicket/oauthtoken';

export class Auth {
  private readonly tokens = new Map<string, { pool: number; expiresAt: number }>();
  /** The account is locked out or disabled (control.faults.lockAccount). */
  locked = false;

  constructor(
    private readonly clock: SimClock,
    private readonly user: string,
    private readonly password: string,
    private readonly lifetimeSeconds: number,
  ) {}

  /** True when the request carries a live token of its pool. */
  check(req: SimRequest): boolean {
    const h = req.headers.authorization ?? '';
    const m = /^Bearer\s+(.+)$/i.exec(h.trim());
    if (!m?.[1]) return false;
    const t = this.tokens.get(m[1].trim());
    if (!t || t.pool !== req.pool) return false;
    if (t.expiresAt <= this.clock.now()) {
      this.tokens.delete(m[1].trim());
      return false;
    }
    return true;
  }

  expireAll(): void {
    this.tokens.clear();
  }

  challenge(req: SimRequest): SimResponse {
    return {
      status: 401,
      headers: {
        ...baseHeaders(),
        'Content-Type': 'text/html',
        'WWW-Authenticate': [
          'Bearer trusted_issuers="00000002-0000-0ff1-ce00-000000000000@contoso.com", client_id="00000004-0000-0ff1-ce00-000000000000"',
          `MsRtcOAuth href="${req.origin}${TOKEN_PATH}",grant_type="urn:microsoft.rtc:windows,urn:microsoft.rtc:anonmeeting,password"`,
        ],
      },
      body:
        '<!DOCTYPE html><html><head><title>401 - Unauthorized: Access is denied due to invalid credentials.</title></head>' +
        '<body><h2>401 - Unauthorized: Access is denied due to invalid credentials.</h2></body></html>',
    };
  }

  /** POST /WebTicket/oauthtoken (form-encoded). Always JSON, like the real endpoint. */
  token(req: SimRequest): SimResponse {
    const reply = (status: number, body: Record<string, unknown>, diag?: string): SimResponse => ({
      status,
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Cache-Control': 'no-store',
        Pragma: 'no-cache',
        ...(diag ? { 'X-Ms-diagnostics': diag } : {}),
      },
      body: JSON.stringify(body),
    });
    if (req.method !== 'POST') return reply(400, { error: 'invalid_request' });
    const form = new URLSearchParams(req.body.toString('utf8'));
    const grant = form.get('grant_type');
    if (!grant) return reply(400, { error: 'invalid_request' });
    if (grant !== 'password') {
      return reply(
        400,
        { error: 'unsupported_grant_type' },
        '28029;source="sim.contoso.com";reason="Authentication type not allowed."',
      );
    }
    const username = form.get('username') ?? '';
    const password = form.get('password');
    if (!username || password === null) return reply(400, { error: 'invalid_request' });
    const isUser = normaliseUri(username) === normaliseUri(this.user);
    if (isUser && this.locked) {
      // The reference (§1.3) names no lockout answer. We send what a standards OAuth endpoint in front of AD
      // would: invalid_grant with an error_description saying why (the client tells a lockout from a wrong
      // password by it), plus an X-Ms-diagnostics reason like the server's other token failures. The diagnostic
      // number is not confirmed from a real server. The password is not checked: a locked account refuses any.
      return reply(
        400,
        { error: 'invalid_grant', error_description: 'The user account is locked out or disabled.' },
        '28060;source="sim.contoso.com";reason="Account is locked out."',
      );
    }
    if (!isUser || password !== this.password) {
      return reply(
        400,
        { error: 'invalid_grant' },
        '28000;source="sim.contoso.com";reason="The user name or password is incorrect."',
      );
    }
    const token = `cwt=${randomBytes(24).toString('base64url')}`;
    this.tokens.set(token, { pool: req.pool, expiresAt: this.clock.now() + this.lifetimeSeconds * 1000 });
    return reply(200, {
      access_token: token,
      expires_in: this.lifetimeSeconds,
      ms_rtc_identityscope: 'local',
      token_type: 'Bearer',
    });
  }
}
