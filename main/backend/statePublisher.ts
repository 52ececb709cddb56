// What the window and the tray show of the app as a whole (AppStateView, SettingsView), and the one place that
// pushes it: only when something changed (no push, no tray rebuild otherwise).
import type { Emitter } from '../app/emitter.js';
import type { AppStateView, DesktopLimits, LockableSettingName, SettingsView } from '../ipc/contract.js';
import type { PushHub } from '../ipc/pushHub.js';
import type { SettingsPort } from '../ipc/ports.js';
import type { Keyring } from './account.js';
import type { SessionService } from './session.js';
import type { ShellEvents } from './shellEvents.js';

export interface StatePublisher {
  state(): AppStateView;
  settings(): SettingsView;
  /** Push the state if it changed since the last push. */
  publish(): void;
  /** The page has just read the state itself (`app:ready`): that counts as pushed. */
  delivered(state: AppStateView): void;
  /** Tell the shell (and the page, through the state) that settings changed. */
  publishSettings(): void;
}

export function createStatePublisher(deps: {
  session: SessionService;
  settings: SettingsPort;
  keyring: Keyring;
  pausedUntil: () => number | null;
  unseen: () => number;
  /** Set by the organisation's policy (fixed at start). */
  locked: readonly LockableSettingName[];
  desktop: () => DesktopLimits;
  hub: PushHub;
  shell: Emitter<ShellEvents>;
}): StatePublisher {
  const { session, settings, hub, shell } = deps;
  let lastPushed = '';

  const state = (): AppStateView => ({
    session: session.view(),
    contactCount: session.current.getState().contactCount,
    pausedUntil: deps.pausedUntil(),
    keyringAvailable: deps.keyring.available,
    unseenChanges: deps.unseen(),
    firstRun: settings.get().serverAddress === null,
    desktop: { ...deps.desktop() },
  });
  const settingsView = (): SettingsView => {
    const { endpointId: _e, windowBounds: _w, ...view } = settings.get();
    return { ...view, pausedUntil: deps.pausedUntil(), locked: [...deps.locked] };
  };
  const publish = (): void => {
    const next = state();
    const key = JSON.stringify(next);
    if (key === lastPushed) return;
    lastPushed = key;
    hub.push('state:changed', next);
    shell.emit('state', next);
  };
  return {
    state,
    settings: settingsView,
    publish,
    delivered(s) {
      lastPushed = JSON.stringify(s);
    },
    publishSettings() {
      publish();
      shell.emit('settings', settingsView());
    },
  };
}
