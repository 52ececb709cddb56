// Windows sign-in in Electron: Chromium's network stack (net.fetch) answers HTTP Negotiate (Kerberos) and NTLM
// itself, but only for the hosts `session.defaultSession.allowNTLMCredentialsForDomains` names. That list is kept
// to the hosts the user or the organisation trusts (settings trustedHosts, policy trustedHosts) and those of the
// last Windows sign-in (the typed server, the sign-in domain and its hosts: what the trust policy reaches); before
// any, a value that matches nothing, so Windows credentials never go to an arbitrary intranet host. A 401 that still
// reaches the protocol client means Chromium could not answer: the Windows grant then fails with that code, in words.
// Where NTLM needs a user name and password (no Windows account to use: Linux, macOS, another account), Chromium
// asks through Electron's `login` event (app `login` for the sign-in page, ClientRequest `login` for the token
// request): answered only for a server on that same list, never for a proxy, only for NTLM or Negotiate (never
// Basic, a plain password), with the account typed in the sign-in form ("Use another account"), once per host and
// sign-in (a second ask means the server refused it). Everything else gets callback() with nothing: refused.
import type * as Electron from 'electron';
import type { NtlmAccount, WindowsAuth } from '../backend/index.js';
import { hostnameOf } from '../backend/windowsAuth.js';
import type { NegotiateResult } from '../ucwa/auth/negotiate.js';
import { hostKey } from '../ucwa/urls.js';

/** A reserved top-level domain (RFC 2606): no host is ever named so. */
export const MATCHES_NOTHING = '*.invalid';

export interface IntegratedAuthSession {
  allowNTLMCredentialsForDomains(domains: string): void;
  /** https://www.electronjs.org/docs/latest/api/session#sesclearauthcache: the HTTP auth identities it keeps. */
  clearAuthCache(): Promise<void>;
}

/** What the list is made of, read again at each update. */
export interface TrustedSources {
  /** settings trustedHosts: origins the user agreed to trust. */
  approved: () => readonly string[];
  /** policy trustedHosts: hosts or domains (a domain covers its hosts). */
  organisation: readonly string[];
}

/** What a `login` event says about who asks (Electron's AuthInfo). */
export type LoginAuthInfo = Pick<Electron.AuthInfo, 'isProxy' | 'scheme' | 'host' | 'port'>;
export type LoginCallback = (username?: string, password?: string) => void;

export class IntegratedAuth implements WindowsAuth {
  private signInHosts: readonly string[] = [];
  private applied: string | undefined;
  /** The account typed for the Windows sign-in under way, and the hosts it already went to. */
  private account: { typed: NtlmAccount; answered: Set<string> } | null = null;

  constructor(
    private readonly session: () => IntegratedAuthSession,
    private readonly sources: TrustedSources,
  ) {}

  /** The list Chromium gets now (comma-separated, as Electron takes it). */
  domains(): string {
    const approved = this.sources.approved().flatMap(hostnameOf);
    const organisation = this.sources.organisation.flatMap((d) => [d, `*.${d}`]);
    const all = [...new Set([...approved, ...organisation, ...this.signInHosts])];
    return all.length === 0 ? MATCHES_NOTHING : all.join(',');
  }

  /** Give Chromium the list when it changed (settings changed, a sign-in started). */
  update(): void {
    const domains = this.domains();
    if (domains === this.applied) return;
    this.session().allowNTLMCredentialsForDomains(domains);
    this.applied = domains;
  }

  signingIn(hosts: readonly string[], account?: NtlmAccount): void {
    this.signInHosts = hosts;
    this.account = account === undefined ? null : { typed: account, answered: new Set() };
    this.update();
  }

  /** Sign-out: the typed account goes, and the identities Chromium cached for the pools' NTLM with it. */
  async signedOut(): Promise<void> {
    this.account = null;
    this.signInHosts = [];
    this.update();
    await this.session().clearAuthCache();
  }

  /** Whether Chromium may answer `host` (a name on the list, or under one of its `*.domain` entries). */
  allows(host: string): boolean {
    const name = hostKey(host);
    return this.domains()
      .split(',')
      .some((d) => (d.startsWith('*.') ? name.endsWith(d.slice(1)) : name === d.toLowerCase()));
  }

  /** Answers a `login` event: the typed account for a trusted server's NTLM/Negotiate, else refused. */
  readonly login = (authInfo: LoginAuthInfo, callback: LoginCallback): void => {
    const key = `${authInfo.host.toLowerCase()}:${authInfo.port}`;
    const typed = this.account;
    if (
      authInfo.isProxy ||
      !/^(ntlm|negotiate)$/i.test(authInfo.scheme) ||
      !this.allows(authInfo.host) ||
      typed === null ||
      typed.answered.has(key)
    ) {
      callback();
      return;
    }
    typed.answered.add(key);
    callback(typed.typed.username, typed.typed.password);
  };

  /**
   * Gives Chromium the list, and answers the `login` of any webContents, which Electron's default would cancel: a
   * sign-in window's page through `pageLogin` (pageLogin.ts: true when it was one), the rest as the token request's.
   */
  attach(
    app: Pick<Electron.App, 'on'>,
    pageLogin: (contents: object | null, authInfo: LoginAuthInfo, callback: LoginCallback) => boolean = () =>
      false,
  ): void {
    this.update();
    app.on('login', (event, contents, _details, authInfo, callback) => {
      event.preventDefault();
      if (!pageLogin(contents, authInfo, callback)) this.login(authInfo, callback);
    });
  }

  /** Asked only when a Negotiate 401 reached the client: Chromium had its chance and could not sign in. */
  authorization(input: string | URL): Promise<NegotiateResult> {
    return Promise.resolve({
      ok: false,
      code: 'KerberosFailed',
      host: new URL(input).hostname,
      detail: 'Chromium did not answer the Negotiate challenge',
    });
  }
}
