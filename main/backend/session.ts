// The session service: the one session state machine behind the window. It signs in (a typed password, the demo,
// or silently at start with what the keyring remembers: restore.ts), signs out, and knows who ended a session and why: the user,
// the server, or a failed attempt. It owns the app model (rebuilt when the wire format changes) and the account
// signed in (account.ts); the UI's SessionView and the tray are projections of it.
import { Emitter } from '../app/emitter.js';
import type { SessionFacts } from '../diagnostics/index.js';
import type {
  AppEvents,
  AppModel,
  AppModelOptions,
  ContactsChange,
  HistoryStore,
  Runtime,
} from '../app/index.js';
import type { LastKnownStore } from '../app/lastKnown.js';
import type { TagStore } from '../app/statusAlerts.js';
import type {
  ChangeEntry,
  ContactListView,
  InvitationView,
  LostSession,
  SessionView,
} from '../ipc/contract.js';
import type { SettingsPort } from '../ipc/ports.js';
import { signInMethods } from '../ucwa/signInMethods.js';
import type { OfferedMethod } from '../ucwa/signInMethods.js';
import { demoServerLabel } from '../words/session.js';
import { Account } from './account.js';
import type { SignInMethod } from './account.js';
import { alertOptionsOf } from './alertOptions.js';
import type { Keyring } from './account.js';
import type { DemoServerHolder } from './demoServer.js';
import { restoreSession } from './restore.js';
import { resolveDiscoverUrl, serverLabel } from './serverAddress.js';
import { credentialsFor, signInHosts } from './windowsAuth.js';
import type { PassiveSignInFactory, WindowsAuth } from './windowsAuth.js';

export interface SessionEvents extends Record<string, unknown> {
  /** The session view (or the contact count) may have changed: the state publisher looks again. */
  state: undefined;
  /** A new account is signing in: what was counted for the previous one (unseen changes, invitations) starts over. */
  started: undefined;
  /** The user was signed out without asking for it (the server ended the session, a silent sign-in failed). */
  signedOut: { reason: string };
  contacts: ContactsChange;
  relationshipChanged: ChangeEntry;
  invitation: InvitationView;
  whileAway: AppEvents['whileAway'];
  statusAlert: AppEvents['statusAlert'];
  tags: AppEvents['tags'];
  contactList: ContactListView;
}

export interface SessionDeps {
  runtime: Runtime;
  settings: SettingsPort;
  keyring: Keyring;
  demo: DemoServerHolder;
  historyStore: HistoryStore;
  createModel: (options: AppModelOptions) => AppModel;
  /** Where what the model last knew of an account is kept between runs; absent: nowhere (tests). */
  lastKnown?: (user: string) => LastKnownStore;
  /** Where each account's tags (status-change alerts) are kept between runs; absent: for the run only (tests). */
  tags?: (user: string) => TagStore;
  /** Hosts or domains the organisation trusts (managed policy trustedHosts); absent: none. */
  trustedDomains?: readonly string[];
  /** The sign-in methods the organisation allows (managed policy signInMethods); absent: all. */
  allowedMethods?: readonly OfferedMethod[];
  /** The UCWA application's culture (the user's language); absent: the protocol client's default. */
  culture?: () => string;
  /** Who answers the Windows grant's Negotiate/NTLM challenge (windowsAuth.ts); absent: it fails in words. */
  windowsAuth?: WindowsAuth;
  /** The organisation's sign-in page for the passive grant (BackendDeps.passiveSignIn); absent: not available. */
  passiveSignIn?: PassiveSignInFactory;
}

/** A sign-in the user asked for in the window (session:sign-in, validated). */
export interface SignInRequest {
  server?: string;
  sipAddress: string;
  /** Absent: the password method (callers from before the choice). */
  method?: SignInMethod;
  /** The account name for the password and NTLM (DOMAIN\\user or UPN); absent: the SIP address. */
  username?: string;
  /**
   * The password method's password; with 'windows', NTLM's where there is no Kerberos ticket; with 'passive', the
   * Windows account's for the sign-in page's own server, when it asked for one.
   */
  password?: string;
  rememberPassword: boolean;
  /** The server the user agreed to trust after this sign-in was refused with UntrustedHost. */
  trustHost?: string;
}

export class SessionService {
  readonly events = new Emitter<SessionEvents>();
  private model!: AppModel;
  private modelFormat: 'json' | 'xml' = 'json';
  private detachModel: () => void = () => {};
  private account: Account | null = null;
  private lost: LostSession | undefined;
  /** The user is ending the session (sign-out, a new sign-in, quit): the end is theirs, not the server's. */
  private endingByUser = false;
  private restoring: Promise<void> | null = null;
  private closed = false;

  constructor(private readonly deps: SessionDeps) {
    this.buildModel();
  }

  /** The model of the current session (reads: contacts, history, details, level changes). */
  get current(): AppModel {
    return this.model;
  }

  view(): SessionView {
    const s = this.model.getState().session;
    const account = this.account;
    switch (s.kind) {
      case 'connected':
        return account
          ? { kind: 'connected', user: account.user, server: account.server, demo: account.demo }
          : { kind: 'signedOut' };
      case 'replaced':
        return {
          kind: 'replaced',
          reason: s.reason,
          lost: { reason: s.reason, demo: account?.demo ?? false },
        };
      case 'signedOut':
        return { kind: 'signedOut', reason: s.reason, lost: this.lost };
      default:
        return s;
    }
  }

  /** Who is signed in, where and how (About, diagnostics). */
  accountInfo(): { server: string | null; user: string | null; signInMethod: SignInMethod | null } {
    const a = this.account;
    return { server: a?.server ?? null, user: a?.user ?? null, signInMethod: a?.method ?? null };
  }

  /** What the diagnostics say of the session: the server's host, the method, the state and its reason. */
  diagnosticFacts(): SessionFacts {
    const view = this.view();
    const reason = 'reason' in view ? view.reason : undefined;
    return {
      serverHost: this.account?.server ?? null,
      signInMethod: this.account?.method ?? null,
      connection: view.kind,
      reason,
      demo: this.account?.demo ?? false,
    };
  }

  isSignedIn(): boolean {
    const kind = this.model.getState().session.kind;
    return kind === 'connected' || kind === 'reconnecting';
  }

  async signIn(args: SignInRequest): Promise<void> {
    const { settings, keyring } = this.deps;
    // Known to the log before anything can echo it: pattern redaction only catches a password in a form or header.
    if (args.password !== undefined) this.deps.runtime.log.rememberSecret?.(args.password);
    const discoverUrl = resolveDiscoverUrl(args.server);
    const method = args.method ?? 'password';
    // The Windows account typed in the form: for the pool's NTLM (windows), or for the sign-in page's server (passive).
    const typedAccount =
      method !== 'password' && args.password !== undefined
        ? { username: args.username || args.sipAddress.replace(/^sip:/i, ''), password: args.password }
        : undefined;
    const credentials = credentialsFor(method, args.password, {
      windowsAuth: this.deps.windowsAuth,
      passive:
        method === 'passive' ? this.deps.passiveSignIn?.(args.rememberPassword, typedAccount) : undefined,
    });
    // Typed credentials must be checked by the server: with a still-valid stored token the client would not send
    // them, so any password would sign in, and a wrong one be remembered. Costs one token request.
    await keyring.secrets.deleteToken(args.sipAddress).catch(() => undefined);
    const remembered = settings.get().trustedHosts;
    const approvedHosts = args.trustHost === undefined ? remembered : [...remembered, args.trustHost];
    // Windows credentials may go (through Chromium) only to this sign-in's hosts, and only when it is a Windows one.
    const windowsHosts =
      method === 'windows' ? signInHosts(discoverUrl, args.sipAddress, args.trustHost) : [];
    this.deps.windowsAuth?.signingIn?.(windowsHosts, method === 'windows' ? typedAccount : undefined);
    const account = new Account(
      {
        user: args.sipAddress,
        username: args.username,
        server: serverLabel(discoverUrl, args.sipAddress),
        discoverUrl,
        demo: false,
        method,
        credentials,
        remember: args.rememberPassword,
        password: method === 'password' ? (args.password ?? null) : null,
        lastKnown: this.deps.lastKnown?.(args.sipAddress),
        tags: this.deps.tags?.(args.sipAddress),
        approvedHosts,
        trustedDomains: this.deps.trustedDomains,
      },
      keyring,
    );
    await this.start(account);
    // Asked once: the approval is kept only for a sign-in that worked.
    if (args.trustHost !== undefined && !remembered.includes(args.trustHost))
      settings.update({ trustedHosts: [...remembered, args.trustHost] });
    await this.deps.demo.closeUnless(false, 'signed in to a real server');
    settings.update({
      serverAddress: args.server ?? '',
      user: args.sipAddress,
      rememberPassword: args.rememberPassword,
      signInMethod: method,
    });
    await account.keepChoice();
  }

  /** What the server offers for this address, that the policy allows (nothing is sent but anonymous requests). */
  async signInMethods(args: { server?: string; sipAddress: string }): Promise<OfferedMethod[]> {
    const offered = await signInMethods({
      sipAddress: args.sipAddress,
      discoverUrl: resolveDiscoverUrl(args.server),
      approvedHosts: this.deps.settings.get().trustedHosts,
      trustedDomains: this.deps.trustedDomains,
      fetch: this.deps.runtime.fetch,
      log: this.deps.runtime.log,
    });
    const allowed = this.deps.allowedMethods;
    return allowed === undefined ? offered : offered.filter((m) => allowed.includes(m));
  }

  async tryDemo(): Promise<void> {
    const demo = await this.deps.demo.get();
    const account = new Account(
      {
        user: demo.user,
        server: demoServerLabel(),
        discoverUrl: demo.discoverUrl,
        demo: true,
        method: 'password',
        remember: false,
        password: demo.password,
      },
      this.deps.keyring,
    );
    try {
      await this.start(account);
    } catch (e) {
      await this.deps.demo.closeUnless(this.account?.demo === true, 'demo sign-in failed');
      throw e;
    }
  }

  /** `everything`: "Forget this account" — what the app knew of it goes too, even for a remembered account. */
  async signOut(everything = false): Promise<void> {
    const account = this.account;
    await this.endByUser(() => this.model.signOut());
    this.account = null;
    this.lost = undefined;
    await this.deps.demo.closeUnless(false, 'signed out');
    // The account whose remembered sign-in goes: never the real account's when leaving the demo.
    if (account !== null) await account.forget(everything);
    else {
      const user = this.deps.settings.get().user;
      if (user) await this.deps.keyring.secrets.clear(user).catch(() => undefined);
      if (user && everything) this.forgetLastKnown(user);
    }
    // The organisation page's cookies would sign the next passive sign-in in without the page, and a Windows
    // account typed for NTLM (kept by the network stack) the next Windows sign-in without asking.
    if (account?.demo !== true) {
      await this.deps.passiveSignIn?.forget?.().catch(() => undefined);
      await this.deps.windowsAuth?.signedOut?.().catch(() => undefined);
    }
    if (everything) this.deps.settings.update({ user: null, rememberPassword: false });
    this.events.emit('state', undefined);
  }

  private forgetLastKnown(user: string): void {
    try {
      this.deps.lastKnown?.(user).clear();
      // Forgetting the account forgets who was tagged in it too.
      this.deps.tags?.(user).save([]);
    } catch (e) {
      this.deps.runtime.log.warn('what the app knew of the account could not be removed', {
        error: String(e),
      });
    }
  }

  /**
   * At start-up (later calls return the same promise): when settings name a server and a user and the keyring holds a
   * remembered password or a still-valid token, sign in without asking. A failure ends in signedOut with the reason in
   * words (and a notification). Never throws.
   */
  restore(): Promise<void> {
    this.restoring ??= restoreSession(this.deps, {
      idle: () => this.account === null && this.model.getState().session.kind === 'signedOut' && !this.closed,
      superseded: () => this.account !== null || this.closed,
      start: (account) => this.start(account),
      signedOut: async (reason) => {
        await this.endByUser(() => this.model.signOut(reason));
        this.events.emit('signedOut', { reason });
        this.events.emit('state', undefined);
      },
    });
    return this.restoring;
  }

  /** Quit: end the session (bounded wait for the server's answer), stop every timer. Idempotent. */
  async shutdown(timeoutMs: number): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.model.getState().session.kind !== 'signedOut') {
      const { clock } = this.deps.runtime;
      let timer: unknown;
      const timeout = new Promise<void>((resolve) => {
        timer = clock.setTimeout(resolve, timeoutMs);
      });
      this.endingByUser = true;
      await Promise.race([this.model.signOut().catch(() => undefined), timeout]);
      clock.clearTimeout(timer);
    }
    this.model.dispose();
    this.detachModel();
    await this.deps.demo.closeUnless(false, 'quit');
  }

  /** Sign `account` in, ending whatever session runs now. On failure nothing of it stays. */
  private async start(account: Account): Promise<void> {
    if (this.model.getState().session.kind !== 'signedOut') await this.endByUser(() => this.model.signOut());
    if (this.deps.settings.get().format !== this.modelFormat) this.buildModel();
    this.account = account;
    this.events.emit('started', undefined);
    try {
      await this.model.signIn(account.signInParams());
    } catch (e) {
      // Only if no other sign-in has started meanwhile (a late failure must not end the newer session).
      if (this.account === account) this.account = null;
      this.events.emit('state', undefined);
      throw e;
    }
    this.lost = undefined;
    this.events.emit('state', undefined);
  }

  private async endByUser(end: () => Promise<void>): Promise<void> {
    this.endingByUser = true;
    try {
      await end();
    } finally {
      this.endingByUser = false;
    }
  }

  private buildModel(): void {
    this.detachModel();
    const { settings, runtime, historyStore } = this.deps;
    const s = settings.get();
    this.modelFormat = s.format;
    const model = this.deps.createModel({
      historyStore,
      endpointId: s.endpointId,
      format: s.format,
      runtime,
      culture: this.deps.culture,
    });
    this.model = model;
    model.alerts.setOptions(alertOptionsOf(s));
    let previous = model.getState().session.kind;
    const offs = [
      model.on('state', (state) => {
        const kind = state.session.kind;
        // A running session that ended by itself (not a sign-in that failed: its caller reports that).
        const wasRunning = previous !== 'signingIn' && previous !== 'signedOut';
        previous = kind;
        const reason = state.session.kind === 'signedOut' ? state.session.reason : undefined;
        if (kind === 'signedOut' && reason && wasRunning && !this.endingByUser && this.account) {
          this.lost = { reason, demo: this.account.demo };
          this.events.emit('signedOut', { reason });
        }
        this.events.emit('state', undefined);
      }),
      model.on('contacts', (delta) => this.events.emit('contacts', delta)),
      model.on('relationshipChanged', (entry) => this.events.emit('relationshipChanged', entry)),
      model.on('invitation', (invitation) => this.events.emit('invitation', invitation)),
      model.on('whileAway', (away) => this.events.emit('whileAway', away)),
      model.on('statusAlert', (alert) => this.events.emit('statusAlert', alert)),
      model.on('tags', (tags) => this.events.emit('tags', tags)),
      model.contactList.onChange((view) => this.events.emit('contactList', view)),
    ];
    this.detachModel = () => offs.forEach((off) => off());
  }
}
