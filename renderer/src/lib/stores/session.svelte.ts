// The session as the window sees it: main's state (a projection of its session state machine), why a running
// session ended (for the banner), and the actions that start or end one.
import type { AppStateView, IpcError } from '../../../../main/ipc/contract.js';
import { call } from '../bridge.js';

export type SessionTransition = 'signedIn' | 'signedOut';

/** How the user proves who they are: the methods a server may offer. */
export type SignInMethod = 'password' | 'windows' | 'passive';

class SessionStore {
  app = $state<AppStateView | null>(null);

  #listeners = new Set<(t: SessionTransition) => void>();

  get session() {
    return this.app?.session ?? { kind: 'signedOut' as const };
  }

  /** Signed in (or briefly reconnecting): the main views are shown. */
  get signedIn(): boolean {
    const kind = this.session.kind;
    return kind === 'connected' || kind === 'reconnecting';
  }

  /** Connected now: changes can be made (not while reconnecting or signed out). */
  get connected(): boolean {
    return this.session.kind === 'connected';
  }

  /** Why a session that was running ended (the server ended it, the token is gone...): the banner shows it. Main's
   * session service keeps it (failed attempts in between do not clear it); this is only its projection. */
  get lostSession(): string | null {
    const s = this.session;
    if (s.kind === 'replaced') return s.reason;
    return s.kind === 'signedOut' ? (s.lost?.reason ?? null) : null;
  }

  /** The lost session was the demo: "Sign in again" restarts it. */
  get lastSessionDemo(): boolean {
    const s = this.session;
    return (s.kind === 'signedOut' || s.kind === 'replaced') && s.lost?.demo === true;
  }

  /** A session ended (not a failed attempt): the banner says why and offers "Sign in again". */
  get signedOutBanner(): boolean {
    const kind = this.session.kind;
    return (
      this.lostSession !== null && this.lostSession !== '' && (kind === 'signedOut' || kind === 'replaced')
    );
  }

  /** Told when a session starts (load everything) or ends (forget everything). */
  onTransition(listener: (t: SessionTransition) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  apply(next: AppStateView): void {
    const before = this.session.kind;
    this.app = next;
    const kind = next.session.kind;
    const wasIn = before === 'connected' || before === 'reconnecting';
    if (kind === 'connected') {
      if (!wasIn) this.#emit('signedIn');
    } else if (kind === 'signedOut' || kind === 'replaced') {
      this.#emit('signedOut');
    }
  }

  #emit(t: SessionTransition) {
    for (const listener of this.#listeners) listener(t);
  }

  async signIn(form: {
    server: string;
    sipAddress: string;
    /** Absent: the password method. */
    method?: SignInMethod;
    /** The account name for the password and NTLM (DOMAIN\\user or UPN), when it is not the sign-in address. */
    username?: string;
    password?: string;
    rememberPassword: boolean;
    /** The server the user agreed to trust (from an UntrustedHost error's `host`). */
    trustHost?: string;
  }): Promise<IpcError | null> {
    const server = form.server.trim();
    const username = form.username?.trim();
    const common = {
      server: server || undefined,
      sipAddress: form.sipAddress.trim(),
      username: username || undefined,
      rememberPassword: form.rememberPassword,
      trustHost: form.trustHost,
    };
    const password = form.password || undefined;
    const method = form.method ?? 'password';
    // Windows and the organisation's page take a password only for a Windows account the form asked for.
    const r = await call(
      'session:sign-in',
      method === 'password'
        ? { ...common, method, password: form.password ?? '' }
        : { ...common, method, password },
    );
    if (!r.ok) return r.error;
    this.apply(r.value);
    return null;
  }

  /** What the server offers for this address (only anonymous requests are made); null when it cannot be asked. */
  async signInMethods(server: string, sipAddress: string): Promise<SignInMethod[] | null> {
    const r = await call('session:sign-in-methods', {
      server: server.trim() || undefined,
      sipAddress: sipAddress.trim(),
    });
    return r.ok ? r.value.methods : null;
  }

  async tryDemo(): Promise<IpcError | null> {
    const r = await call('session:try-demo');
    if (!r.ok) return r.error;
    this.apply(r.value);
    return null;
  }

  async signOut(): Promise<void> {
    const r = await call('session:sign-out');
    if (r.ok) this.apply(r.value);
  }

  /** The banner's "Retry now": main tries the connection at once instead of at the next scheduled try. */
  async retryNow(): Promise<IpcError | null> {
    const r = await call('session:retry-now');
    if (!r.ok) return r.error;
    this.apply(r.value);
    return null;
  }
}

export const session = new SessionStore();
