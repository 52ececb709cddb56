// One signed-in account: who it is, where it signs in, how it proves who it is (the sign-in method and what that
// method needs to renew its token), and where its tokens are kept. The one owner of sign-in state: the password
// lives here, in memory, and nowhere else; the keyring sees the password and the tokens only when the user asked to
// be remembered (and never for the demo).
import type { SignInCredentials, SignInParams } from '../app/index.js';
import type { Logger, SecretPort, StoredToken } from '../ipc/ports.js';
import type { LastKnownStore } from '../app/lastKnown.js';
import type { TagStore } from '../app/statusAlerts.js';
import type { TokenStore } from '../ucwa/auth.js';
import { refused } from './windowsAuth.js';

/** How the account proves who it is: a password, the Windows account (Kerberos or NTLM), the organisation's page. */
export type SignInMethod = 'password' | 'windows' | 'passive';

export interface AccountInit {
  user: string;
  /** The account name for the password and NTLM (DOMAIN\\user or UPN); absent: the SIP address. */
  username?: string;
  /** How the UI names the server ("lync.contoso.com", "Demo server (on this computer)"). */
  server: string;
  /** Absent: autodiscovery from the SIP domain. */
  discoverUrl?: string;
  demo: boolean;
  method: SignInMethod;
  /** What the method signs in with (windowsAuth.ts credentialsFor); absent: the password method's `password`. */
  credentials?: SignInCredentials;
  /** Keep the password (password method) and tokens in the keyring for a silent sign-in at the next start. */
  remember: boolean;
  /** The password method's password; null after a silent sign-in with a remembered token alone. */
  password: string | null;
  /** What the model last knew of this account, kept between runs; absent (the demo): nothing is kept. */
  lastKnown?: LastKnownStore;
  /** Who the user tagged for status-change alerts, kept between runs; absent (the demo): for this run only. */
  tags?: TagStore;
  /** Servers the user agreed to trust (settings trustedHosts, and the one approved for this sign-in). */
  approvedHosts?: readonly string[];
  /** Hosts or domains the organisation trusts (managed policy trustedHosts). */
  trustedDomains?: readonly string[];
}

/** What the keyring can do for an account, and whether it still works (a failure costs only the next silent start). */
export interface Keyring {
  secrets: SecretPort;
  log: Logger;
  /** False once the keyring refused something: the UI says the sign-in cannot be remembered. */
  available: boolean;
}

export class Account {
  readonly user: string;
  readonly server: string;
  readonly discoverUrl: string | undefined;
  readonly demo: boolean;
  readonly method: SignInMethod;
  private readonly username: string | undefined;
  private readonly given: SignInCredentials | undefined;
  private readonly remember: boolean;
  private readonly password: string | null;
  private readonly lastKnown: LastKnownStore | undefined;
  private readonly tags: TagStore | undefined;
  private readonly approvedHosts: readonly string[];
  private readonly trustedDomains: readonly string[];

  constructor(
    init: AccountInit,
    private readonly keyring: Keyring,
  ) {
    this.user = init.user;
    this.server = init.server;
    this.discoverUrl = init.discoverUrl;
    this.demo = init.demo;
    this.method = init.method;
    this.username = init.username;
    this.given = init.credentials;
    this.remember = init.remember && !init.demo;
    this.password = init.password;
    this.lastKnown = init.demo ? undefined : init.lastKnown;
    this.tags = init.demo ? undefined : init.tags;
    this.approvedHosts = init.approvedHosts ?? [];
    this.trustedDomains = init.trustedDomains ?? [];
  }

  /** What the model signs in with: the credentials of this account's method and its token store. */
  signInParams(): SignInParams {
    return {
      discoverUrl: this.discoverUrl,
      sipAddress: this.user,
      username: this.username,
      approvedHosts: this.approvedHosts,
      trustedDomains: this.trustedDomains,
      credentials: this.credentials(),
      // Not remembered: the client keeps the token in memory for this run only.
      tokenStore: this.remember ? this.keyringTokens() : undefined,
      lastKnown: this.lastKnown,
      tagStore: this.tags,
    };
  }

  /**
   * After a sign-in the user asked for: keep (or drop) the password as they chose. Only the password method's
   * password is ever kept (an NTLM password is asked again); the token stays only when remembered.
   */
  async keepChoice(): Promise<void> {
    if (this.demo) return;
    const { secrets, log } = this.keyring;
    if (this.remember && this.method !== 'password') {
      // A password remembered for this account before would outlive the method the user now chose.
      await secrets.deletePassword(this.user).catch(this.failed('forget the password'));
    } else if (this.remember && this.password !== null) {
      await secrets.setPassword(this.user, this.password).catch((e: unknown) => {
        this.keyring.available = false;
        log.warn('the keyring refused the password', { error: errorName(e) });
      });
    } else if (!this.remember) {
      // Not remembered: nothing of this account stays in the keyring, the token included.
      await secrets.clear(this.user).catch(this.failed('forget the sign-in'));
    }
  }

  /**
   * Sign-out: nothing of the account stays in the keyring; what the app knew of it ("while you were away") stays only
   * for an account the user asked to be remembered. `everything`: "Forget this account" drops that too.
   */
  async forget(everything = false): Promise<void> {
    if (this.demo) return;
    await this.keyring.secrets.clear(this.user).catch(this.failed('forget the sign-in'));
    if (everything || !this.remember) this.clearLastKnown();
    // Tags are the user's choice, kept over sign-outs; "Forget this account" forgets them too.
    if (everything) this.clearTags();
  }

  /** A remembered password the server refused: it would be refused at every start (and could lock the account). */
  async forgetPassword(): Promise<void> {
    await this.keyring.secrets.deletePassword(this.user).catch(this.failed('forget the password'));
  }

  private clearLastKnown(): void {
    try {
      this.lastKnown?.clear();
    } catch (e) {
      this.keyring.log.warn('what the app knew of the account could not be removed', { error: errorName(e) });
    }
  }

  private clearTags(): void {
    try {
      this.tags?.save([]);
    } catch (e) {
      this.keyring.log.warn('the tags of the account could not be removed', { error: errorName(e) });
    }
  }

  private credentials(): SignInCredentials {
    if (this.given !== undefined) return this.given;
    const password = this.password;
    return { password: password === null ? refused : () => Promise.resolve(password) };
  }

  private keyringTokens(): TokenStore {
    const { secrets } = this.keyring;
    const account = this.user;
    return {
      load: async (origin) => {
        const tokens = await secrets.getTokens(account).catch((e: unknown): Record<string, StoredToken> => {
          this.failed('read the sign-in')(e);
          return {};
        });
        return tokens[origin] ?? null;
      },
      save: (origin, token) =>
        secrets.setToken(account, origin, token).catch(this.failed('keep the sign-in')),
      clear: (origin) => secrets.deleteToken(account, origin).catch(this.failed('forget the sign-in')),
    };
  }

  private failed(what: string): (e: unknown) => void {
    return (e) => this.keyring.log.warn(`the keyring could not ${what}`, { error: errorName(e) });
  }
}

function errorName(e: unknown): string {
  return e instanceof Error ? e.name : typeof e;
}
