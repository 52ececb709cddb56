// The passive grant (urn:microsoft.rtc:passive, ADFS with two-factor): a token request without a valid sign-in
// cookie gets 400 invalid_grant with ms_rtc_passiveauthuri (reference §1.3); the page there takes user name,
// password and a one-time code, and sets the cookie; the token request with the cookie gets the token, and keeps
// getting one while the cookie lasts (silent renewal), until expireSessions().
import { randomBytes, randomInt } from 'node:crypto';
import type { SimRequest, SimResponse } from '../http.js';
import { normaliseUri } from '../directory.js';
import type { SimClock } from '../types.js';
import type { SignInRecord } from './options.js';
import { signInForm, signedInPage } from './signInPage.js';
import { type TokenBook, diagnostics, grantReply, tokenReply } from './tokens.js';

export const PASSIVE_PATH = '/PassiveAuth/PassiveAuth.aspx';
export const SIGNED_IN_PATH = '/PassiveAuth/SignedIn.aspx';
export const SESSION_COOKIE = 'MsRtcPassiveAuth';
const CODE_LIFETIME_MS = 5 * 60_000;

export interface PassiveAccount {
  /** The SIP address (`sip:demo@contoso.com`). */
  user: string;
  /** NetBIOS domain for `CONTOSO\demo`. */
  domain: string;
  password: () => string;
  locked: () => boolean;
}

function html(status: number, body: string, headers: Record<string, string> = {}): SimResponse {
  return {
    status,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
    body,
  };
}

function cookieValue(req: SimRequest, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return undefined;
}

export class PassiveGrant {
  private readonly codes = new Map<string, number>(); // code → expiry
  private readonly sessions = new Map<string, number>(); // cookie value → expiry

  constructor(
    private readonly account: PassiveAccount,
    private readonly clock: SimClock,
    private readonly tokens: TokenBook,
    private readonly sessionLifetimeSeconds: number,
    private readonly record: (r: SignInRecord) => void,
  ) {}

  issueCode(): string {
    let code: string;
    do code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    while (this.codes.has(code));
    this.codes.set(code, this.clock.now() + CODE_LIFETIME_MS);
    return code;
  }

  expireSessions(): void {
    this.sessions.clear();
  }

  /** POST token with grant_type=urn:microsoft.rtc:passive. */
  token(req: SimRequest): SimResponse {
    const session = cookieValue(req, SESSION_COOKIE);
    const expiresAt = session === undefined ? undefined : this.sessions.get(session);
    if (session !== undefined && expiresAt !== undefined && expiresAt > this.clock.now()) {
      return grantReply(this.tokens, req);
    }
    if (session !== undefined) this.sessions.delete(session);
    return tokenReply(
      400,
      { error: 'invalid_grant', ms_rtc_passiveauthuri: `${req.origin}${PASSIVE_PATH}` },
      { diagnostics: diagnostics(28020, 'No valid security token.') },
    );
  }

  /** The sign-in page and its signed-in page; undefined for any other path. */
  page(req: SimRequest): SimResponse | undefined {
    const path = req.path.toLowerCase();
    if (path === SIGNED_IN_PATH.toLowerCase()) return html(200, signedInPage());
    if (path !== PASSIVE_PATH.toLowerCase()) return undefined;
    if (req.method === 'GET' || req.method === 'HEAD') return html(200, signInForm(PASSIVE_PATH));
    if (req.method !== 'POST') return html(405, signInForm(PASSIVE_PATH, 'Use the form to sign in.'));
    return this.submit(req);
  }

  private isUser(name: string): boolean {
    const n = name.trim().toLowerCase();
    const local = this.account.user.slice(4).split('@')[0] ?? '';
    return (
      n !== '' &&
      (normaliseUri(n) === normaliseUri(this.account.user) ||
        n === `${this.account.domain}\\${local}`.toLowerCase())
    );
  }

  private submit(req: SimRequest): SimResponse {
    const form = new URLSearchParams(req.body.toString('utf8'));
    const username = form.get('username') ?? '';
    const password = form.get('password') ?? '';
    const code = (form.get('code') ?? '').replace(/\s+/g, '');
    const fail = (words: string, reason: string): SimResponse => {
      this.record({ method: 'passive', ok: false, user: username, reason });
      return html(200, signInForm(PASSIVE_PATH, words, username));
    };
    if (!username || !password || !code) {
      return fail('Enter your user name, password and the one-time code.', 'incomplete form');
    }
    if (!this.isUser(username) || password !== this.account.password()) {
      return fail('The user name or password is incorrect.', 'wrong user name or password');
    }
    if (this.account.locked()) {
      return fail('Your account is locked. Contact your administrator.', 'account locked');
    }
    const codeExpiry = this.codes.get(code);
    if (codeExpiry === undefined || codeExpiry <= this.clock.now()) {
      this.codes.delete(code);
      return fail('The one-time code is wrong or has expired. Ask for a new code.', 'wrong one-time code');
    }
    this.codes.delete(code); // single use
    const session = randomBytes(24).toString('base64url');
    this.sessions.set(session, this.clock.now() + this.sessionLifetimeSeconds * 1000);
    this.record({ method: 'passive', ok: true, user: normaliseUri(this.account.user) });
    const secure = req.origin.startsWith('https:') ? '; Secure' : '';
    return {
      status: 303,
      headers: {
        Location: SIGNED_IN_PATH,
        'Cache-Control': 'no-store',
        'Set-Cookie': `${SESSION_COOKIE}=${session}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${this.sessionLifetimeSeconds}${secure}`,
      },
      body: '',
    };
  }
}
