// Events for the Electron shell (tray, window), delivered at once: never queued like renderer pushes.
import { Emitter } from '../app/emitter.js';
import type { AppStateView, ChangeEntry, SettingsView } from '../ipc/contract.js';
import type { Logger, NotificationTarget } from '../ipc/ports.js';
import type { NotificationIntent, NotificationOutcome } from './notifications.js';

export interface ShellEvents extends Record<string, unknown> {
  /** The tray is rebuilt from this, on every change and never on a timer. */
  state: AppStateView;
  /** A notification or the tray asked for the window. */
  showWindow: NotificationTarget | undefined;
  settings: SettingsView;
  /** A relationship change (ours or not): the tray's "recent changes" list is rebuilt from it. */
  relationshipChanged: ChangeEntry;
  /** Every notification decision (the shell logs them; the tests read them). */
  notification: { intent: NotificationIntent['type']; outcome: NotificationOutcome };
}

export function createShellEvents(log: Logger): Emitter<ShellEvents> {
  return new Emitter<ShellEvents>((e) =>
    log.error('a shell listener failed', { message: e instanceof Error ? e.message : String(e) }),
  );
}
