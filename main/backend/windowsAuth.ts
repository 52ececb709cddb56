// What each sign-in method gives the protocol client to prove who the user is, and who answers the Windows grant.
// The Windows grant's HTTP Negotiate (Kerberos) or NTLM challenge is answered by a WindowsAuth from the backend's
// deps: in the CLI and tests the Node kerberos Negotiator (main/ucwa/auth/negotiate.ts); in Electron one that lets
// Chromium answer (main/shell/integratedAuth.ts), told beforehand which hosts a sign-in is about to reach. The
// passive grant's page is a PassiveSignIn the shell makes per sign-in (BackendDeps.passiveSignIn).
import type { SignInCredentials } from '../app/index.js';
import { BackendError } from '../ipc/errors.js';
import type { Negotiator } from '../ucwa/auth/negotiate.js';
import type { NtlmAccount } from '../ucwa/auth/ntlm.js';
import type { PassiveSignIn } from '../ucwa/auth/passive.js';
import { domainOf } from '../ucwa/discovery.js';
import { UcwaError } from '../ucwa/errors.js';
import { passiveUnavailable } from '../words/session.js';
import type { SignInMethod } from './account.js';

export interface WindowsAuth extends Pick<Negotiator, 'authorization'> {
  /**
   * A Windows sign-in is about to reach these hosts (host names; `*.domain` for a sign-in domain and its hosts):
   * where the network stack itself answers Negotiate/NTLM, it may now do so for them, and for nothing else; with
   * `account`, the user name and password typed in the sign-in form, for a stack that asks (Electron's `login`).
   */
  signingIn?(hosts: readonly string[], account?: NtlmAccount): void;
  /** Sign-out: what the network stack keeps of a Windows sign-in (the typed account, its auth cache) goes. */
  signedOut?(): Promise<void>;
}

/**
 * The hosts of this sign-in itself: the typed server, the sign-in domain, and a host approved for this sign-in only
 * (the user's "Trust this server", not yet in settings). The approvals kept in settings and the organisation's are
 * the network stack's own list already (main/shell/integratedAuth.ts): not repeated here.
 */
export function signInHosts(
  discoverUrl: string | undefined,
  sipAddress: string,
  trustHost: string | undefined,
): string[] {
  const hosts = [trustHost, discoverUrl].flatMap((h) => (h === undefined ? [] : hostnameOf(h)));
  const domain = domainOf(/^sip:/i.test(sipAddress) ? sipAddress : `sip:${sipAddress}`);
  return [...new Set([...hosts, domain, `*.${domain}`])];
}

/** `https://pool.contoso.com:4443/x` → `pool.contoso.com`; a bare host stays as it is; nonsense gives none. */
export function hostnameOf(originOrHost: string): string[] {
  try {
    return [new URL(originOrHost.includes('://') ? originOrHost : `https://${originOrHost}`).hostname];
  } catch {
    return [];
  }
}

/**
 * Makes the sign-in page for one passive sign-in; `remember`: its cookies may outlive this run; `account`: the
 * Windows account typed for the page's own server, should it ask (HTTP NTLM/Negotiate). `forget` (sign-out): what
 * every sign-in page kept goes, between runs and of this run, without making a page to do it.
 */
export type PassiveSignInFactory = ((remember: boolean, account?: NtlmAccount) => PassiveSignIn) & {
  forget?(): Promise<void>;
};

/** Who signs in for the methods without a password: the Windows grant's answerer, the organisation's page. */
export interface MethodDeps {
  windowsAuth?: WindowsAuth;
  /** The sign-in page for this sign-in (main/shell/passiveWindow.ts); absent: the passive method is not here. */
  passive?: PassiveSignIn;
}

/** What the protocol client signs in with for `method`; a method that cannot sign in here is refused in words. */
export function credentialsFor(
  method: SignInMethod,
  password: string | undefined,
  { windowsAuth, passive }: MethodDeps,
): SignInCredentials {
  const typed = password === undefined ? undefined : () => Promise.resolve(password);
  switch (method) {
    case 'password':
      return { password: typed ?? refused };
    case 'windows':
      // No Negotiator at all: the grant's own refusal ("Kerberos is not available") says why.
      return { windows: windowsAuth ?? noKerberos, password: typed };
    case 'passive':
      if (passive === undefined) throw new BackendError('NotAvailable', passiveUnavailable());
      return { passive };
  }
}

/** A silent sign-in with a remembered token only: when it runs out, the user must sign in again. */
export function refused(): Promise<never> {
  return Promise.reject(new UcwaError({ status: 401, code: 'Unauthorized', retryable: false }));
}

const noKerberos: Pick<Negotiator, 'authorization'> = {
  authorization: (input) =>
    Promise.resolve({
      ok: false,
      code: 'KerberosUnavailable',
      host: new URL(input).hostname,
      detail: 'no Windows sign-in in this build',
    }),
};
