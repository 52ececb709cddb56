// The composition root of everything behind the window, with no Electron import: one service per concern, wired
// here and nothing else. The Electron shell (main/index.ts) builds it from real ports (net.fetch, electron-store,
// keytar, Notification); the tests and the renderer's Chromium harness build it from memory ports
// (main/ipc/memoryPorts.ts) and the simulator.
//
//   const backend = createBackend({ runtime: { fetch }, settings, secrets, notifier, startDemoServer });
//   backend.onPush((channel, payload) => webContents.send(channel, payload));
//   await backend.dispatch('session:try-demo', undefined, { trusted: true });   // → {ok: true, value: AppStateView}
import type { Emitter } from '../app/emitter.js';
import { createAppModel, memoryHistoryStore, runtimeOf } from '../app/index.js';
import type { AppModel, AppModelOptions, HistoryStore, Runtime } from '../app/index.js';
import type { LastKnownStore } from '../app/lastKnown.js';
import type { TagStore } from '../app/statusAlerts.js';
import type { AppStateView, ChangeEntry, DesktopLimits, IpcResult, SettingsView } from '../ipc/contract.js';
import { createHandlers, dispatch as dispatchRequest } from '../ipc/handlers.js';
import type { IpcSender } from '../ipc/handlers.js';
import type {
  AppInfo,
  DemoServer,
  NotificationTarget,
  NotifierPort,
  SecretPort,
  SettingsPort,
} from '../ipc/ports.js';
import { processInfo } from './appInfo.js';
import { buildDiagnostics, runtimeFacts } from '../diagnostics/index.js';
import type { PolicyFacts } from '../diagnostics/index.js';
import { createPushHub } from '../ipc/pushHub.js';
import type { PushListener } from '../ipc/pushHub.js';
import type { Keyring } from './account.js';
import { managedSettings } from './managed.js';
import type { ManagedPolicy } from './managed.js';
import { DemoServerHolder } from './demoServer.js';
import { createNotificationService } from './notifications.js';
import { routeNotifications } from './notificationRouting.js';
import { PauseService } from './pause.js';
import type { PauseChoice } from './pause.js';
import { createServices } from './services.js';
import { SessionService } from './session.js';
import { createShellEvents } from './shellEvents.js';
import type { ShellEvents } from './shellEvents.js';
import { createStatePublisher } from './statePublisher.js';
import type { PassiveSignInFactory, WindowsAuth } from './windowsAuth.js';

export type { ShellEvents } from './shellEvents.js';
export type { ManagedPolicy } from './managed.js';
export type { PassiveSignInFactory, WindowsAuth } from './windowsAuth.js';
export type { NtlmAccount } from '../ucwa/auth/ntlm.js';

export interface BackendDeps {
  /** fetch, clock, log, …: the one runtime object, passed down to the model and the protocol client as it is. */
  runtime?: Partial<Runtime>;
  settings: SettingsPort;
  secrets: SecretPort;
  notifier: NotifierPort;
  startDemoServer: () => Promise<DemoServer>;
  historyStore?: HistoryStore;
  /** Where what the model last knew of an account is kept between runs ("while you were away"); absent: nowhere. */
  lastKnown?: (user: string) => LastKnownStore;
  /** Each account's tags for status-change alerts, kept between runs (main/app/tagFile.ts); absent: for the run only. */
  tags?: (user: string) => TagStore;
  /** The app model; default: main/app. Tests may pass a fake. */
  createModel?: (options: AppModelOptions) => AppModel;
  /** shell.openExternal behind the allow-list (main/shell/security.ts); absent in the Chromium harness. */
  openExternal?: (url: string) => Promise<void>;
  /** Versions for About; default: this process's (no Electron or Chromium version outside Electron). */
  appInfo?: AppInfo;
  /** What "Copy diagnostics" adds from the shell: the last log lines, the managed configuration. */
  diagnostics?: { logLines: () => readonly string[]; policy?: PolicyFacts };
  /**
   * The organisation's policy, read by the shell at start: its values win over the user's settings (locked in
   * Settings); its sign-in keys are `allows` (main/backend/managed.ts). Absent: nothing is managed.
   */
  policy?: ManagedPolicy;
  /** The UCWA application's culture at each sign-in: the full tag of the user's language (main/i18n localeTag). */
  culture?: () => string;
  /**
   * Who answers the Windows grant's Negotiate/NTLM challenge: the Node kerberos Negotiator (CLI, tests) or, in
   * Electron, Chromium itself (main/shell/integratedAuth.ts). Absent: Windows sign-in says Kerberos is unavailable.
   */
  windowsAuth?: WindowsAuth;
  /**
   * The organisation's sign-in page for the passive grant, one per sign-in: in Electron a window of its own
   * (main/shell/passiveWindow.ts) whose cookies are kept between runs only with `remember` ("Remember me");
   * `forget` (sign-out, Forget this account) drops them. Absent: the passive method says it is not available.
   */
  passiveSignIn?: PassiveSignInFactory;
  /** How long quitting waits for the server to confirm the application's DELETE. */
  shutdownTimeoutMs?: number;
  /**
   * Sign in silently at start with what the keyring remembers (see SessionService.restore). Default true; the shell
   * passes false for `--demo`, which signs in to the embedded simulator instead.
   */
  signInAtStart?: boolean;
}

export interface Backend {
  dispatch(channel: unknown, rawArgs: unknown, sender: IpcSender): Promise<IpcResult<unknown>>;
  /** Renderer pushes: queued until the page invokes `app:ready`. */
  onPush(listener: PushListener): () => void;
  /** The page went away (reload, window destroyed): queue pushes again. */
  markRendererGone(): void;
  on: Emitter<ShellEvents>['on'];
  getState(): AppStateView;
  /** The settings as the app uses them: the organisation's policy laid over the user's. */
  settings(): SettingsView;
  /** The last `count` relationship changes, newest first (the tray menu shows five). */
  recentChanges(count: number): ChangeEntry[];
  /** Open the window on a target (tray item, notification click). */
  open(target: NotificationTarget): void;
  tryDemo(): Promise<AppStateView>;
  restoreSession(): Promise<void>;
  signOut(): Promise<AppStateView>;
  pause(what: PauseChoice): number | null;
  /** What the shell found this desktop cannot do (notifications refused, no tray): shown in Settings. */
  reportDesktop(limits: Partial<DesktopLimits>): void;
  /** OS resume or network online: restart the event channel now. */
  wake(): void;
  /** Quit: delete the UCWA application (bounded wait), stop timers, close the demo server. Idempotent. */
  shutdown(): Promise<void>;
}

export function createBackend(deps: BackendDeps): Backend {
  const runtime = runtimeOf(deps.runtime);
  const managed = managedSettings(deps.settings, deps.policy, runtime.log);
  const { settings } = managed;
  const desktop: DesktopLimits = { notifications: true, tray: true };
  const hub = createPushHub();
  const shell = createShellEvents(runtime.log);
  const keyring: Keyring = { secrets: deps.secrets, log: runtime.log, available: true };
  const session = new SessionService({
    runtime,
    settings,
    keyring,
    demo: new DemoServerHolder(deps.startDemoServer, runtime.log),
    historyStore: deps.historyStore ?? memoryHistoryStore(),
    createModel: deps.createModel ?? createAppModel,
    lastKnown: deps.lastKnown,
    tags: deps.tags,
    trustedDomains: managed.allows.trustedHosts,
    allowedMethods: managed.allows.signInMethods,
    culture: deps.culture,
    windowsAuth: deps.windowsAuth,
    passiveSignIn: deps.passiveSignIn,
  });
  const publishSoon = (): void => publisher.publish();
  const pause = new PauseService({
    clock: runtime.clock,
    settings,
    changed: () => publisher.publishSettings(),
  });
  const routing = routeNotifications({
    session,
    hub,
    shell,
    log: runtime.log,
    service: () => notifications,
    changed: publishSoon,
  });
  const publisher = createStatePublisher({
    session,
    settings,
    keyring,
    pausedUntil: () => pause.until(),
    unseen: () => routing.unseen(),
    locked: managed.locked,
    desktop: () => desktop,
    hub,
    shell,
  });
  const open = (target: NotificationTarget): void => {
    if (target.view !== 'signIn') hub.push('app:navigate', target);
    shell.emit('showWindow', target);
  };
  const notifications = createNotificationService({
    notifier: deps.notifier,
    clock: runtime.clock,
    context: () => ({ pausedUntil: pause.until(), prefs: settings.get() }),
    open,
    onDeferred: routing.report,
  });

  session.events.on('state', publishSoon);
  session.events.on('contacts', (delta) => {
    hub.push('contacts:changed', delta);
    publisher.publish();
  });
  void deps.secrets.isAvailable().then(
    (available) => {
      keyring.available = available;
      publisher.publish();
    },
    () => {
      keyring.available = false;
      publisher.publish();
    },
  );

  const appInfo = deps.appInfo ?? processInfo();
  const services = createServices({
    session,
    publisher,
    routing,
    pause,
    settings,
    hub,
    openExternal: deps.openExternal,
    appInfo,
    diagnostics: () =>
      buildDiagnostics({
        app: { name: 'UCWA Tray', version: appInfo.version },
        runtime: runtimeFacts(),
        session: session.diagnosticFacts(),
        policy: deps.diagnostics?.policy ?? (deps.policy === undefined ? undefined : managed.facts),
        logLines: deps.diagnostics?.logLines() ?? [],
      }),
  });
  const table = createHandlers(services);
  if (deps.signInAtStart ?? true) void session.restore();

  return {
    dispatch: (channel, rawArgs, sender) => dispatchRequest(table, channel, rawArgs, sender, runtime.log),
    onPush: (listener) => hub.onDeliver(listener),
    markRendererGone: () => hub.markNotReady(),
    on: (event, listener) => shell.on(event, listener),
    getState: () => publisher.state(),
    settings: () => publisher.settings(),
    recentChanges: (count) => session.current.history().slice(-count).reverse(),
    open,
    tryDemo: () => services.tryDemo(),
    restoreSession: () => session.restore(),
    signOut: () => services.signOut(),
    pause: (what) => pause.set(what),
    reportDesktop(limits) {
      Object.assign(desktop, limits);
      publisher.publish();
    },
    wake: () => session.current.wake(),
    async shutdown() {
      pause.dispose();
      notifications.dispose();
      await session.shutdown(deps.shutdownTimeoutMs ?? 3000);
    },
  };
}
