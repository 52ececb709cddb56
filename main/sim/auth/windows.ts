// The Windows grant (urn:microsoft.rtc:windows): the token request carries no user name or password; the endpoint
// answers 401 with `WWW-Authenticate: Negotiate` and/or `NTLM`, and the client's network stack answers that:
// Kerberos in Negotiate (checked by GSSAPI), NTLM in Negotiate (what Windows sends without a domain controller in
// reach) or NTLM on its own (a CHALLENGE round, then the AUTHENTICATE). Success is the token, with the Kerberos
// mutual-authentication token in the 200's WWW-Authenticate, as IIS sends it.
import type { SimRequest, SimResponse } from '../http.js';
import { acceptKerberos } from './kerberos.js';
import type { NtlmServer } from './ntlm.js';
import type { SignInRecord } from './options.js';
import { type TokenBook, diagnostics, grantReply, tokenReply } from './tokens.js';

export interface WindowsSetup {
  kerberos?: { keytab: string; principal?: string };
  ntlm?: NtlmServer;
  /** The SIP address's local part: the default Kerberos user name. */
  localPart: string;
  /** The account is locked (a fault): a domain controller would refuse it whatever the proof. */
  locked: () => boolean;
}

const UNAUTHORIZED_BODY = '401 - Unauthorized: Access is denied due to invalid credentials.';

export class WindowsGrant {
  constructor(
    private readonly setup: WindowsSetup,
    private readonly tokens: TokenBook,
    private readonly record: (r: SignInRecord) => void,
  ) {}

  /** The schemes this pool offers, as 401 WWW-Authenticate values. */
  private offers(): string[] {
    return [...(this.setup.kerberos ? ['Negotiate'] : []), ...(this.setup.ntlm ? ['NTLM'] : [])];
  }

  private unauthorized(challenges = this.offers()): SimResponse {
    return {
      status: 401,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'WWW-Authenticate': challenges },
      body: UNAUTHORIZED_BODY,
    };
  }

  /** The proof was good: a token, unless the account is locked. */
  private granted(
    req: SimRequest,
    method: 'kerberos' | 'ntlm',
    user: string,
    headers?: Record<string, string>,
  ): SimResponse {
    if (this.setup.locked()) {
      this.record({ method, ok: false, user, reason: 'account locked' });
      return tokenReply(
        400,
        { error: 'invalid_grant', error_description: 'The user account is locked out or disabled.' },
        { diagnostics: diagnostics(28060, 'Account is locked out.') },
      );
    }
    this.record({ method, ok: true, user });
    return grantReply(this.tokens, req, headers);
  }

  async token(req: SimRequest, form: URLSearchParams): Promise<SimResponse> {
    if (form.has('username') || form.has('password')) {
      return tokenReply(400, {
        error: 'invalid_request',
        error_description: 'The Windows grant takes no password.',
      });
    }
    const m = /^(Negotiate|NTLM)\s+([A-Za-z0-9+/=]+)\s*$/i.exec(req.headers.authorization ?? '');
    const scheme = m?.[1]?.toLowerCase();
    const token = m?.[2] ?? '';
    if (scheme === undefined) return this.unauthorized();
    const isNtlm = Buffer.from(token, 'base64').subarray(0, 8).toString('latin1') === 'NTLMSSP\0';
    if (isNtlm) return this.ntlm(req, token, scheme === 'negotiate' ? 'Negotiate' : 'NTLM');
    if (scheme === 'negotiate' && this.setup.kerberos) return this.kerberos(req, token, this.setup.kerberos);
    this.record({ method: 'kerberos', ok: false, user: '', reason: 'this pool does not take Kerberos' });
    return this.unauthorized();
  }

  private async kerberos(
    req: SimRequest,
    token: string,
    setup: { keytab: string; principal?: string },
  ): Promise<SimResponse> {
    const verdict = await acceptKerberos(token, setup.keytab);
    if (!verdict.ok) {
      this.record({ method: 'kerberos', ok: false, user: '', reason: verdict.reason });
      return this.unauthorized();
    }
    const principal = verdict.principal;
    const expected = setup.principal?.toLowerCase();
    const name = principal.split('@')[0]?.toLowerCase();
    const isUser =
      expected === undefined
        ? name === this.setup.localPart.toLowerCase()
        : principal.toLowerCase() === expected;
    if (!isUser) {
      this.record({ method: 'kerberos', ok: false, user: principal, reason: 'not a user of this pool' });
      return this.unauthorized();
    }
    const mutual = verdict.response ? { 'WWW-Authenticate': `Negotiate ${verdict.response}` } : undefined;
    return this.granted(req, 'kerberos', principal, mutual);
  }

  private ntlm(req: SimRequest, token: string, scheme: 'Negotiate' | 'NTLM'): SimResponse {
    const server = this.setup.ntlm;
    if (!server) {
      this.record({ method: 'ntlm', ok: false, user: '', reason: 'this pool does not take NTLM' });
      return this.unauthorized();
    }
    const step = server.step(token);
    if (step.kind === 'challenge') return this.unauthorized([`${scheme} ${step.token}`]);
    if (!step.ok) {
      this.record({ method: 'ntlm', ok: false, user: step.user, reason: step.reason });
      return this.unauthorized();
    }
    return this.granted(req, 'ntlm', step.user);
  }
}
