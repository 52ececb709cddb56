// Windows sign-in in Electron: Chromium's network stack (net.fetch) answers HTTP Negotiate (Kerberos) and NTLM
// itself, but only for the hosts `session.defaultSession.allowNTLMCredentialsForDomains` names. That list is kept
// to the hosts the user or the organisation trusts (settings trustedHosts, policy trustedHosts) and those of the
// last Windows sign-in (the typed server, the sign-in domain and its hosts: what the trust policy reaches); before
// any, a value that matches nothing, so Windows credentials never go to an arbitrary intranet host. A 401 that still
// reaches the protocol client means Chromium could not answer: the Windows grant then fails with that code, in words.
import type { WindowsAuth } from '../backend/index.js';
import { hostnameOf } from '../backend/windowsAuth.js';
import type { NegotiateResult } from '../ucwa/auth/negotiate.js';

/** A reserved top-level domain (RFC 2606): no host is ever named so. */
export const MATCHES_NOTHING = '*.invalid';

export interface IntegratedAuthSession {
  allowNTLMCredentialsForDomains(domains: string): void;
}

/** What the list is made of, read again at each update. */
export interface TrustedSources {
  /** settings trustedHosts: origins the user agreed to trust. */
  approved: () => readonly string[];
  /** policy trustedHosts: hosts or domains (a domain covers its hosts). */
  organisation: readonly string[];
}

export class IntegratedAuth implements WindowsAuth {
  private signInHosts: readonly string[] = [];
  private applied: string | undefined;

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

  signingIn(hosts: readonly string[]): void {
    this.signInHosts = hosts;
    this.update();
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
