// The composition root of everything behind the window, with no Electron import: the app model, the IPC handler
// table, the push hub, notification decisions, the pause state, remembered sign-in and the demo server. The
// Electron shell (main/index.ts) builds it from real ports (net.fetch, electron-store, keytar, Notification); the
// tests and the renderer's Chromium harness build it from memory ports (main/ipc/memoryPorts.ts) and the simulator.
//
//   const backend = createBackend({ fetch, settings, secrets, notifier, startDemoServer });
//   backend.onPush((channel, payload) => webContents.send(channel, payload));
//   await backend.dispatch('session:try-demo', undefined, { trusted: true });   // → {ok: true, value: AppStateView}
import { createDefaultModel } from '../ipc/appModelAdapter.js';
import type {
  AppStateView,
  ChangeEntry,
  InvitationView,
  IpcResult,
  PrivacyLevel,
  SessionView,
  SettingsView,
} from '../ipc/contract.js';
import { BackendError, toIpcError } from '../ipc/errors.js';
import { createHandlers, dispatch as dispatchRequest } from '../ipc/handlers.js';
import type { BackendServices, IpcSender } from '../ipc/handlers.js';
import { memoryHistoryStore } from '../ipc/memoryPorts.js';
import type {
  AppModelPort,
  Clock,
  DemoServer,
  HistoryStore,
  Logger,
  ModelFactory,
  ModelSession,
  NotificationTarget,
  NotifierPort,
  SecretPort,
  SettingsPort,
  StoredSettings,
  StoredToken,
  TokenStorePort,
} from '../ipc/ports.js';
import { realClock, silentLogger } from '../ipc/ports.js';
import { createPushHub } from '../ipc/pushHub.js';
import type { PushListener } from '../ipc/pushHub.js';
import { createNotificationService } from './notifications.js';
import type { NotificationIntent, NotificationOutcome } from './notifications.js';
import { pauseUntil } from './pause.js';
import { resolveDiscoverUrl, serverLabel } from './serverAddress.js';
import { isUcwaError } from '../ucwa/errors.js';

export interface BackendDeps {
  fetch: typeof fetch;
  settings: SettingsPort;
  secrets: SecretPort;
  notifier: NotifierPort;
  startDemoServer: () => Promise<DemoServer>;
  /** The app model; default: main/app through appModelAdapter.ts. Tests may pass a fake. */
  createModel?: ModelFactory;
  historyStore?: HistoryStore;
  clock?: Clock;
  log?: Logger;
  /** shell.openExternal behind the allow-list (main/shell/security.ts); absent in the Chromium harness. */
  openExternal?: (url: string) => Promise<void>;
  /** Is the user at the computer? (powerMonitor's idle time in the app.) Absent: always. */
  isUserActive?: () => boolean;
  /** How long quitting waits for the server to confirm the application's DELETE. */
  shutdownTimeoutMs?: number;
  /**
   * Sign in silently at start with what the keyring remembers (see restoreSession). Default true; the shell
   * passes false for `--demo`, which signs in to the embedded simulator instead.
   */
  signInAtStart?: boolean;
}

/** Events for the Electron shell (tray, window), delivered at once: never queued like renderer pushes. */
export interface ShellEvents {
  /** The tray is rebuilt from this, on every change and never on a timer. */
  state: AppStateView;
  /** A notification or the tray asked for the window. */
  showWindow: NotificationTarget | undefined;
  settings: SettingsView;
  /** A relationship change (ours or not): the tray's "recent changes" list is rebuilt from it. */
  change: ChangeEntry;
  /** Every notification decision (the shell logs them; the tests read them). */
  notification: { intent: NotificationIntent['type']; outcome: NotificationOutcome };
}

export interface Backend {
  dispatch(channel: unknown, rawArgs: unknown, sender: IpcSender): Promise<IpcResult<unknown>>;
  /** Renderer pushes: queued until the page invokes `app:ready`. */
  onPush(listener: PushListener): () => void;
  markRendererReady(): void;
  /** The page went away (reload, window destroyed): queue pushes again. */
  markRendererGone(): void;
  on<E extends keyof ShellEvents>(event: E, listener: (payload: ShellEvents[E]) => void): () => void;
  getState(): AppStateView;
  /** The last `count` relationship changes, newest first (the tray menu shows five). */
  recentChanges(count: number): ChangeEntry[];
  /** Open the window on a target (tray item, notification click). */
  open(target: NotificationTarget): void;
  tryDemo(): Promise<AppStateView>;
  /**
   * At start-up (createBackend starts it unless `signInAtStart: false`; later calls return the same promise): when
   * settings name a server and a user and the keyring holds a remembered password or a still-valid token, sign in
   * without asking. A failure ends in signedOut with the reason in words (and a notification). Never throws.
   */
  restoreSession(): Promise<void>;
  signOut(): Promise<AppStateView>;
  pause(what: '1h' | 'tomorrow' | 'resume'): number | null;
  /** OS resume or network online: restart the event channel now. */
  wake(): void;
  /** Quit: delete the UCWA application (bounded wait), stop timers, close the demo server. Idempotent. */
  shutdown(): Promise<void>;
  /** The services behind the handler table (for the shell's tray actions). */
  services: BackendServices;
}

type Listeners = { [E in keyof ShellEvents]: Set<(payload: ShellEvents[E]) => void> };

/** Why a silent sign-in at start failed, in words for the banner and the notification. */
function restoreFailure(e: unknown, usedPassword: boolean): string {
  if (isUcwaError(e)) {
    if (usedPassword && e.code === 'InvalidGrant')
      return 'Your saved password was not accepted; sign in again.';
    // No password to fall back on, and the stored token was refused or ran out.
    if (!usedPassword && (e.code === 'InvalidGrant' || e.code === 'Unauthorized')) {
      return 'Your saved sign-in has expired; sign in again.';
    }
  }
  return `You could not be signed in automatically. ${toIpcError(e).message}`;
}

export function createBackend(deps: BackendDeps): Backend {
  const clock = deps.clock ?? realClock;
  const log = deps.log ?? silentLogger;
  const historyStore = deps.historyStore ?? memoryHistoryStore();
  const createModel = deps.createModel ?? createDefaultModel;
  const { settings, secrets } = deps;
  const hub = createPushHub();
  const listeners: Listeners = {
    state: new Set(),
    showWindow: new Set(),
    settings: new Set(),
    change: new Set(),
    notification: new Set(),
  };

  // Who we are signed in as (for the `connected` view and the keyring account). The session password lives here
  // only, in memory, so the token can be re-acquired after 8 hours when the user did not ask to remember it; it is
  // null after a silent sign-in with a stored token alone (the token's expiry then ends the session).
  let current: { user: string; server: string; demo: boolean; password: string | null } | null = null;
  let demoServer: DemoServer | null = null;
  let keyringAvailable = true;
  let unseenChanges = 0;
  let userSignedOut = false;
  let pauseTimer: unknown;
  let shutDown = false;
  const seenInvitations = new Set<string>();

  function emit<E extends keyof ShellEvents>(event: E, payload: ShellEvents[E]): void {
    for (const listener of listeners[event]) {
      try {
        listener(payload);
      } catch (e) {
        log.error('a shell listener failed', { event, message: e instanceof Error ? e.message : String(e) });
      }
    }
  }

  const notifications = createNotificationService({
    notifier: deps.notifier,
    clock,
    context: () => ({ pausedUntil: effectivePause(), prefs: settings.get() }),
    open: (target) => open(target),
    onDeferred: (intent, outcome) => reportNotification(intent, outcome),
  });

  // ---------------------------------------------------------------------------------------------------------
  // The model and its events

  let model: AppModelPort;
  let modelFormat: StoredSettings['format'];
  let detachModel: () => void = () => {};

  // The token (with its expiry) of the account signing in, in the keyring, whether or not the password is
  // remembered. Never for the demo. A keyring that fails only costs the next start its silent sign-in.
  const keyringAccount = (): string | null => (current && !current.demo ? current.user : null);
  const keyringFailed = (what: string) => (e: unknown) => {
    log.warn(`the keyring could not ${what}`, { error: e instanceof Error ? e.name : typeof e });
  };
  const tokenStore: TokenStorePort = {
    async load(origin) {
      const account = keyringAccount();
      if (account === null) return null;
      const tokens = await secrets.getTokens(account).catch((e: unknown): Record<string, StoredToken> => {
        keyringFailed('read the sign-in')(e);
        return {};
      });
      return tokens[origin] ?? null;
    },
    async save(origin, token) {
      const account = keyringAccount();
      if (account !== null)
        await secrets.setToken(account, origin, token).catch(keyringFailed('keep the sign-in'));
    },
    async clear(origin) {
      const account = keyringAccount();
      if (account !== null)
        await secrets.deleteToken(account, origin).catch(keyringFailed('forget the sign-in'));
    },
  };

  function buildModel(): void {
    detachModel();
    const s = settings.get();
    modelFormat = s.format;
    model = createModel({
      fetch: deps.fetch,
      clock,
      log,
      format: s.format,
      endpointId: s.endpointId,
      historyStore,
      passwordProvider: async () => current?.password ?? null,
      tokenStore,
      ...(deps.isUserActive === undefined ? {} : { isUserActive: deps.isUserActive }),
    });
    let previous: ModelSession['kind'] = 'signedOut';
    const offs = [
      model.on('session', (session) => {
        // A session that ended (not a sign-in that failed: its caller reports that, in the form or at start-up).
        const ended = previous !== 'signingIn' && previous !== 'signedOut';
        previous = session.kind;
        if (session.kind === 'signedOut' && session.reason && ended && !userSignedOut && current) {
          notify({ type: 'signedOut', reason: session.reason });
        }
        pushState();
      }),
      model.on('contacts', (delta) => {
        hub.push('contacts:changed', delta);
        pushState();
      }),
      model.on('relationshipChanged', (change) => {
        hub.push('history:added', change);
        if (!change.ours) unseenChanges += 1;
        notify({ type: 'relationshipChanged', change });
        pushState();
        emit('change', change);
      }),
      model.on('invitation', (invitation) => {
        hub.push('invitations:changed', invitation);
        if (invitation.state === 'ringing' && !seenInvitations.has(invitation.id)) {
          seenInvitations.add(invitation.id);
          notify({ type: 'invitation', invitation });
        }
      }),
    ];
    detachModel = () => {
      for (const off of offs) off();
    };
  }
  buildModel();

  function notify(intent: NotificationIntent): void {
    reportNotification(intent, notifications.notify(intent));
  }

  function reportNotification(intent: NotificationIntent, outcome: NotificationOutcome): void {
    log.info('notification', { type: intent.type, ...outcome });
    emit('notification', { intent: intent.type, outcome });
  }

  // ---------------------------------------------------------------------------------------------------------
  // State

  function effectivePause(): number | null {
    const until = settings.get().pausedUntil;
    return until !== null && until > clock.now() ? until : null;
  }

  function sessionView(): SessionView {
    const session = model.session();
    if (session.kind === 'connected') {
      return current
        ? { kind: 'connected', user: current.user, server: current.server, demo: current.demo }
        : { kind: 'signedOut' };
    }
    return session;
  }

  function getState(): AppStateView {
    return {
      session: sessionView(),
      contactCount: model.contactCount(),
      pausedUntil: effectivePause(),
      keyringAvailable,
      unseenChanges,
      firstRun: settings.get().serverAddress === null,
    };
  }

  let lastPushed = '';
  function pushState(): void {
    const state = getState();
    const key = JSON.stringify(state);
    if (key === lastPushed) return; // nothing changed: no push, no tray rebuild
    lastPushed = key;
    hub.push('state:changed', state);
    emit('state', state);
  }

  function settingsView(): SettingsView {
    const { endpointId: _e, windowBounds: _w, ...view } = settings.get();
    return { ...view, pausedUntil: effectivePause() };
  }

  schedulePauseEnd();
  void secrets.isAvailable().then(
    (available) => {
      keyringAvailable = available;
      pushState();
    },
    () => {
      keyringAvailable = false;
      pushState();
    },
  );

  // ---------------------------------------------------------------------------------------------------------
  // Actions

  function open(target: NotificationTarget): void {
    if (target.view === 'contacts') hub.push('app:navigate', { view: 'contacts', uri: target.uri });
    else if (target.view === 'invitations') {
      hub.push(
        'app:navigate',
        target.uri ? { view: 'invitations', uri: target.uri } : { view: 'invitations' },
      );
    } else if (target.view === 'activity') hub.push('app:navigate', { view: 'activity' });
    emit('showWindow', target);
  }

  function requireSignedIn(): void {
    const kind = model.session().kind;
    if (kind === 'signedOut' || kind === 'signingIn' || kind === 'replaced') {
      throw new BackendError('NotSignedIn', 'You are not signed in. Sign in and try again.');
    }
  }

  async function closeDemoIfIdle(reason: string): Promise<void> {
    if (!demoServer || (current && !current.demo)) return;
    const server = demoServer;
    demoServer = null;
    log.info('closing the demo server', { reason });
    await server.close().catch(() => undefined);
  }

  async function endSession(): Promise<void> {
    userSignedOut = true;
    try {
      await model.signOut();
    } finally {
      userSignedOut = false;
    }
  }

  async function signInWith(p: {
    discoverUrl: string | undefined;
    sipAddress: string;
    password: string | null;
    server: string;
    demo: boolean;
  }): Promise<void> {
    if (model.session().kind !== 'signedOut') await endSession();
    if (settings.get().format !== modelFormat) buildModel();
    unseenChanges = 0;
    seenInvitations.clear();
    const mine = { user: p.sipAddress, server: p.server, demo: p.demo, password: p.password };
    current = mine;
    try {
      await model.signIn({
        ...(p.discoverUrl === undefined ? {} : { discoverUrl: p.discoverUrl }),
        sipAddress: p.sipAddress,
        ...(p.password === null ? {} : { password: p.password }),
      });
    } catch (e) {
      // Only if no other sign-in has started meanwhile (a late failure must not end the newer session).
      if (current === mine) current = null;
      pushState();
      throw e;
    }
    pushState();
  }

  async function signIn(args: Parameters<BackendServices['signIn']>[0]): Promise<AppStateView> {
    const discoverUrl = resolveDiscoverUrl(args.server);
    // A password typed in the form must be checked by the server: with a still-valid stored token the client would
    // not send it, so any password would sign in, and a wrong one be remembered below. Costs one token request.
    await secrets.deleteToken(args.sipAddress).catch(keyringFailed('forget the sign-in'));
    await signInWith({
      discoverUrl,
      sipAddress: args.sipAddress,
      password: args.password,
      server: serverLabel(discoverUrl, args.sipAddress),
      demo: false,
    });
    await closeDemoIfIdle('signed in to a real server');
    settings.update({
      serverAddress: args.server ?? '',
      user: args.sipAddress,
      rememberPassword: args.rememberPassword,
    });
    if (args.rememberPassword) {
      await secrets.setPassword(args.sipAddress, args.password).catch((e: unknown) => {
        keyringAvailable = false;
        log.warn('the keyring refused the password', { message: e instanceof Error ? e.message : String(e) });
      });
    } else {
      // The token stays (it expires by itself); only a password the user no longer wants remembered goes.
      await secrets.deletePassword(args.sipAddress).catch(() => undefined);
    }
    pushState();
    return getState();
  }

  async function tryDemo(): Promise<AppStateView> {
    if (!demoServer) demoServer = await deps.startDemoServer();
    const demo = demoServer;
    try {
      await signInWith({
        discoverUrl: demo.discoverUrl,
        sipAddress: demo.user,
        password: demo.password,
        server: 'Demo server (on this computer)',
        demo: true,
      });
    } catch (e) {
      await closeDemoIfIdle('demo sign-in failed');
      throw e;
    }
    return getState();
  }

  async function signOut(): Promise<AppStateView> {
    // The account whose remembered sign-in goes: never the real account's when leaving the demo.
    const user = current ? (current.demo ? null : current.user) : settings.get().user;
    await endSession();
    current = null;
    await closeDemoIfIdle('signed out');
    if (user) await secrets.clear(user).catch(() => undefined);
    pushState();
    return getState();
  }

  let restoring: Promise<void> | null = null;
  function restoreSession(): Promise<void> {
    restoring ??= restore();
    return restoring;
  }

  async function restore(): Promise<void> {
    const s = settings.get();
    if (!s.user || s.serverAddress === null) return;
    const account = s.user;
    const [password, tokens] = await Promise.all([
      s.rememberPassword ? secrets.getPassword(account).catch(() => null) : null,
      secrets.getTokens(account).catch(() => ({})),
    ]);
    if (!password && Object.keys(tokens).length === 0) return;
    // The user signed in (or started the demo) while the keyring was read: theirs wins.
    if (current !== null || model.session().kind !== 'signedOut' || shutDown) return;
    try {
      const discoverUrl = resolveDiscoverUrl(s.serverAddress);
      await signInWith({
        discoverUrl,
        sipAddress: account,
        password: password ?? null,
        server: serverLabel(discoverUrl, account),
        demo: false,
      });
    } catch (e) {
      if (current !== null || shutDown) return; // another sign-in replaced this one, or the app is quitting
      const reason = restoreFailure(e, Boolean(password));
      log.warn('could not sign in with the remembered sign-in', { code: toIpcError(e).code });
      // A refused password would be refused at every start (and could lock the account): forget it.
      if (password && isUcwaError(e) && e.code === 'InvalidGrant') {
        await secrets.deletePassword(account).catch(() => undefined);
      }
      await model.signOut(reason).catch(() => undefined);
      notify({ type: 'signedOut', reason });
      pushState();
    }
  }

  /**
   * Wake once when the pause ends so the tray and the window drop their "paused" line (one timer, not polling). Also
   * at start-up: a pause saved by an earlier run ends on time too.
   */
  function schedulePauseEnd(): void {
    if (pauseTimer !== undefined) clock.clearTimeout(pauseTimer);
    pauseTimer = undefined;
    const until = effectivePause();
    if (until === null || shutDown) return;
    // Timers overflow past 2^31 ms (24.8 days): wake at that horizon and look again.
    const delay = Math.min(until - clock.now() + 1, 2 ** 31 - 1);
    pauseTimer = clock.setTimeout(() => {
      pauseTimer = undefined;
      pushState();
      emit('settings', settingsView());
      schedulePauseEnd();
    }, delay);
  }

  function pause(what: '1h' | 'tomorrow' | 'resume'): number | null {
    const until = pauseUntil(what, clock.now());
    settings.update({ pausedUntil: until });
    schedulePauseEnd();
    pushState();
    emit('settings', settingsView());
    return effectivePause();
  }

  const services: BackendServices = {
    ready() {
      const state = getState();
      lastPushed = JSON.stringify(state);
      hub.markReady();
      return state;
    },
    signIn,
    tryDemo,
    signOut,
    contacts: () => model.contacts(),
    async contactDetails(uri) {
      requireSignedIn();
      return model.contactDetails(uri);
    },
    async setLevel(uri: string, level: PrivacyLevel, expected?: PrivacyLevel) {
      requireSignedIn();
      return model.setLevel(uri, level, expected);
    },
    async resetLevel(uri) {
      requireSignedIn();
      return model.resetLevel(uri);
    },
    history: () => model.history(),
    markSeen() {
      unseenChanges = 0;
      pushState();
      return getState();
    },
    invitations: (): InvitationView[] => model.invitations(),
    settings: settingsView,
    updateSettings(patch) {
      settings.update(patch);
      const view = settingsView();
      emit('settings', view);
      return view;
    },
    pause,
    async openExternal(url) {
      if (!deps.openExternal) throw new BackendError('NotAvailable', 'Links cannot be opened from here.');
      await deps.openExternal(url);
    },
  };
  const table = createHandlers(services);
  if (deps.signInAtStart ?? true) void restoreSession();

  return {
    dispatch: (channel, rawArgs, sender) => dispatchRequest(table, channel, rawArgs, sender, log),
    onPush: (listener) => hub.onDeliver(listener),
    markRendererReady: () => hub.markReady(),
    markRendererGone: () => hub.markNotReady(),
    on(event, listener) {
      listeners[event].add(listener);
      return () => listeners[event].delete(listener);
    },
    getState,
    recentChanges: (count) => model.history().slice(-count).reverse(),
    open,
    tryDemo,
    restoreSession,
    signOut,
    pause,
    wake: () => model.wake(),
    async shutdown() {
      if (shutDown) return;
      shutDown = true;
      if (pauseTimer !== undefined) clock.clearTimeout(pauseTimer);
      notifications.dispose();
      if (model.session().kind !== 'signedOut') {
        let timer: unknown;
        const timeout = new Promise<void>((resolve) => {
          timer = clock.setTimeout(resolve, deps.shutdownTimeoutMs ?? 3000);
        });
        userSignedOut = true;
        await Promise.race([model.signOut().catch(() => undefined), timeout]);
        clock.clearTimeout(timer);
      }
      model.dispose?.();
      detachModel();
      const server = demoServer;
      demoServer = null;
      await server?.close().catch(() => undefined);
    },
    services,
  };
}
