// The simulator's sign-in: the 401 challenge (two WWW-Authenticate headers, IIS-style HTML body) advertising the
// configured grants, the token endpoint at /WebTicket/oauthtoken, and bearer tokens that expire (auth/tokens.ts).
// Grants: password (here), Windows (auth/windows.ts: Kerberos and NTLMv2), passive (auth/passive.ts: the
// organisation's sign-in page with a one-time code). A locked/disabled account (a fault) refuses the password and
// Windows grants and the sign-in page (a cookie it set earlier still works, as an ADFS session would); tokens issued before the lock keep working until they expire, as with a real lockout.
import { type SimRequest, type SimResponse, baseHeaders } from './http.js';
import { normaliseUri } from './directory.js';
import { NtlmServer } from './auth/ntlm.js';
import {
  PASSIVE_GRANT,
  type SignInCounts,
  type SignInRecord,
  type SimGrant,
  type SimSignInControl,
  type SimSignInOptions,
  WINDOWS_GRANT,
} from './auth/options.js';
import { PassiveGrant } from './auth/passive.js';
import { TokenBook, diagnostics, grantReply, tokenReply } from './auth/tokens.js';
import { WindowsGrant } from './auth/windows.js';
import type { SimClock } from './types.js';

export const TOKEN_PATH = '/WebTicket/oauthtoken';
export type { SimGrant, SimSignInControl, SimSignInOptions, SignInRecord } from './auth/options.js';

export class Auth {
  /** The account is locked out or disabled (control.faults.lockAccount). */
  locked = false;
  private readonly tokens: TokenBook;
  private readonly grants: SimGrant[];
  private readonly windows: WindowsGrant | undefined;
  private readonly passive: PassiveGrant | undefined;
  private readonly records: SignInRecord[] = [];
  private readonly tally: SignInCounts = { password: 0, windows: 0, passive: 0, signInPage: 0 };

  constructor(
    clock: SimClock,
    private readonly user: string,
    private readonly password: string,
    lifetimeSeconds: number,
    options: SimSignInOptions = {},
  ) {
    this.tokens = new TokenBook(clock, lifetimeSeconds);
    this.grants = options.grants ?? ['password'];
    const record = (r: SignInRecord): void => void this.records.push(r);
    const localPart = user.slice(4).split('@')[0] ?? '';
    const domain = options.ntlm?.domain ?? 'CONTOSO';
    if (this.grants.includes(WINDOWS_GRANT)) {
      if (!options.kerberos && !options.ntlm) {
        throw new Error('The Windows grant needs signIn.kerberos (a keytab) or signIn.ntlm.');
      }
      const ntlm = options.ntlm
        ? new NtlmServer(
            { domain, user: options.ntlm.user ?? localPart, password: options.ntlm.password ?? password },
            clock,
          )
        : undefined;
      this.windows = new WindowsGrant(
        { kerberos: options.kerberos, ntlm, localPart, locked: () => this.locked },
        this.tokens,
        record,
      );
    }
    if (this.grants.includes(PASSIVE_GRANT)) {
      this.passive = new PassiveGrant(
        { user, domain, password: () => this.password, locked: () => this.locked },
        clock,
        this.tokens,
        options.passive?.sessionLifetimeSeconds ?? 24 * 3600,
        record,
      );
    }
  }

  /** True when the request carries a live token of its pool. */
  check(req: SimRequest): boolean {
    return this.tokens.check(req);
  }

  expireAll(): void {
    this.tokens.expireAll();
  }

  challenge(req: SimRequest): SimResponse {
    return {
      status: 401,
      headers: {
        ...baseHeaders(),
        'Content-Type': 'text/html',
        'WWW-Authenticate': [
          'Bearer trusted_issuers="00000002-0000-0ff1-ce00-000000000000@contoso.com", client_id="00000004-0000-0ff1-ce00-000000000000"',
          `MsRtcOAuth href="${req.origin}${TOKEN_PATH}",grant_type="${this.grants.join(',')}"`,
        ],
      },
      body:
        '<!DOCTYPE html><html><head><title>401 - Unauthorized: Access is denied due to invalid credentials.</title></head>' +
        '<body><h2>401 - Unauthorized: Access is denied due to invalid credentials.</h2></body></html>',
    };
  }

  /** Everything the sign-in part answers (the token endpoint, the sign-in page); undefined for any other path. */
  async handle(req: SimRequest): Promise<{ route: string; resp: SimResponse } | undefined> {
    if (req.path.toLowerCase().replace(/\/+$/, '') === TOKEN_PATH.toLowerCase()) {
      return { route: 'token', resp: await this.token(req) };
    }
    const page = this.passive?.page(req);
    if (page === undefined) return undefined;
    this.tally.signInPage++;
    return { route: 'signInPage', resp: page };
  }

  /** POST /WebTicket/oauthtoken (form-encoded). Always JSON (or the Windows grant's 401), like the real endpoint. */
  async token(req: SimRequest): Promise<SimResponse> {
    if (req.method !== 'POST') return tokenReply(400, { error: 'invalid_request' });
    const form = new URLSearchParams(req.body.toString('utf8'));
    const grant = form.get('grant_type');
    if (!grant) return tokenReply(400, { error: 'invalid_request' });
    if (!this.grants.includes(grant as SimGrant) || grant === 'urn:microsoft.rtc:anonmeeting') {
      return tokenReply(
        400,
        { error: 'unsupported_grant_type' },
        { diagnostics: diagnostics(28029, 'Authentication type not allowed.') },
      );
    }
    if (grant === WINDOWS_GRANT && this.windows) {
      this.tally.windows++;
      return this.windows.token(req, form);
    }
    if (grant === PASSIVE_GRANT && this.passive) {
      this.tally.passive++;
      return this.passive.token(req);
    }
    this.tally.password++;
    return this.passwordGrant(req, form);
  }

  private passwordGrant(req: SimRequest, form: URLSearchParams): SimResponse {
    const username = form.get('username') ?? '';
    const password = form.get('password');
    if (!username || password === null) return tokenReply(400, { error: 'invalid_request' });
    const isUser = normaliseUri(username) === normaliseUri(this.user);
    if (isUser && this.locked) {
      // The reference (§1.3) names no lockout answer. We send what a standards OAuth endpoint in front of AD
      // would: invalid_grant with an error_description saying why (the client tells a lockout from a wrong
      // password by it), plus an X-Ms-diagnostics reason like the server's other token failures. The diagnostic
      // number is not confirmed from a real server. The password is not checked: a locked account refuses any.
      this.records.push({ method: 'password', ok: false, user: username, reason: 'account locked' });
      return tokenReply(
        400,
        { error: 'invalid_grant', error_description: 'The user account is locked out or disabled.' },
        { diagnostics: diagnostics(28060, 'Account is locked out.') },
      );
    }
    if (!isUser || password !== this.password) {
      this.records.push({
        method: 'password',
        ok: false,
        user: username,
        reason: 'wrong user name or password',
      });
      return tokenReply(
        400,
        { error: 'invalid_grant' },
        { diagnostics: diagnostics(28000, 'The user name or password is incorrect.') },
      );
    }
    this.records.push({ method: 'password', ok: true, user: normaliseUri(username) });
    return grantReply(this.tokens, req);
  }

  control(): SimSignInControl {
    return {
      issueCode: () => {
        if (!this.passive) throw new Error('The passive grant is not enabled (signIn.grants).');
        return this.passive.issueCode();
      },
      expireSessions: () => this.passive?.expireSessions(),
      history: () => this.records.map((r) => ({ ...r })),
      counts: () => ({ ...this.tally }),
    };
  }
}
