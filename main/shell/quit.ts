// Quitting. When the user quits (tray menu, Cmd+Q), the UCWA application is signed out cleanly first (a DELETE,
// bounded by the backend) and then the app really quits. When the OS ends the session (logout, restart,
// shutdown), the quit is never held up: on macOS a `before-quit` that is prevented answers the OS "cancel", and
// the logout is aborted (electron/electron#230), so once powerMonitor's `shutdown` has fired the clean-up only runs
// alongside. Each platform announces the end of the session its own way:
// - macOS: powerMonitor `shutdown` (NSWorkspaceWillPowerOffNotification), then before-quit.
// - Linux: powerMonitor `shutdown` (logind PrepareForShutdown); preventDefault holds logind's delay inhibitor, at
//   most InhibitDelayMaxSec (5 s by default), so the clean-up gets a bounded moment and then the app quits itself.
//   https://www.electronjs.org/docs/latest/api/power-monitor#event-shutdown-linux-macos
// - Windows: before-quit is not emitted at all (https://www.electronjs.org/docs/latest/api/app#event-before-quit);
//   each window gets `session-end`, after which the process ends: the clean-up is started and not waited for.
import type * as Electron from 'electron';

/** How long a Linux shutdown is held for the clean-up: well inside logind's default 5 s inhibitor delay. */
export const OS_SHUTDOWN_BUDGET_MS = 3000;

export interface QuitDeps {
  app: Pick<Electron.App, 'on' | 'quit'>;
  powerMonitor: Pick<Electron.PowerMonitor, 'on'>;
  platform: NodeJS.Platform;
  /** Sign out of the UCWA application and stop (the backend bounds it in time; never rejects for long). */
  cleanUp: () => Promise<void>;
  log?: (message: string, data?: Record<string, unknown>) => void;
  setTimer?: (fn: () => void, ms: number) => void;
}

export interface QuitControl {
  /** True from the first quit request on: a window close then really closes. */
  isQuitting(): boolean;
}

export function handleQuit(deps: QuitDeps): QuitControl {
  const setTimer = deps.setTimer ?? ((fn, ms) => void setTimeout(fn, ms).unref());
  let quitting = false;
  let osEnding = false;
  let cleaned = false;
  let cleaning: Promise<void> | null = null;

  function cleanUp(): Promise<void> {
    cleaning ??= deps
      .cleanUp()
      .catch((e: unknown) =>
        deps.log?.('sign-out at quit failed', { error: e instanceof Error ? e.message : String(e) }),
      )
      .finally(() => (cleaned = true));
    return cleaning;
  }

  function sessionEnding(how: string): void {
    deps.log?.('the OS is ending the session', { how });
    osEnding = true;
    quitting = true;
    void cleanUp();
  }

  deps.app.on('before-quit', (event) => {
    quitting = true;
    if (osEnding || cleaned) return;
    event.preventDefault();
    void cleanUp().then(() => deps.app.quit());
  });

  deps.powerMonitor.on('shutdown', (event?: Electron.Event) => {
    sessionEnding('shutdown');
    if (deps.platform !== 'linux') return;
    // Hold logind's delay inhibitor for a bounded moment, then quit ourselves.
    event?.preventDefault();
    let done = false;
    const quit = (): void => {
      if (done) return;
      done = true;
      deps.app.quit();
    };
    void cleanUp().then(quit);
    setTimer(quit, OS_SHUTDOWN_BUDGET_MS);
  });

  if (deps.platform === 'win32') {
    deps.app.on('browser-window-created', (_event, win) =>
      win.on('session-end', () => sessionEnding('session-end')),
    );
  }

  return { isQuitting: () => quitting };
}
