// OS notifications through Electron's Notification: the NotifierPort the notifications service decides for
// (https://www.electronjs.org/docs/latest/api/notification).
// - Windows: a toast that times out moves to Action Center and its `close` fires; a click there later reaches the
//   app only through Notification.handleActivation (Electron ≥ 42), which also covers a toast whose object was
//   garbage-collected. So on Windows each toast carries its id in its `launch` arguments (custom toast XML), clicks
//   are taken from handleActivation alone (it fires in addition to the instance's `click`), and a click whose toast
//   is no longer known (an earlier run) opens the window on the Activity view. The toast shows under the app's name
//   only with app.setAppUserModelId(appId), which main/index.ts calls first.
// - macOS: an unsigned build cannot post notifications since Electron 42 and emits `failed`; the first failure is
//   reported once (onUnavailable) so the tray can count new changes instead and Settings can say so.
// - Elsewhere each notification is kept referenced until it is clicked or closed (otherwise it can be
//   garbage-collected and the click is lost).
import { randomUUID } from 'node:crypto';
import type * as Electron from 'electron';
import type { NotifierPort } from '../ipc/ports.js';

/** Clicks kept for toasts still in Action Center: the newest ones; older toasts open the Activity view. */
const REMEMBERED_TOASTS = 100;
const LAUNCH_PREFIX = 'ucwa-tray-notification:';

function xmlText(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

/** A toast with the given text whose activation arguments name it. */
export function toastXml(id: string, title: string, body: string): string {
  return (
    `<toast launch="${xmlText(LAUNCH_PREFIX + id)}"><visual><binding template="ToastGeneric">` +
    `<text>${xmlText(title)}</text><text>${xmlText(body)}</text></binding></visual></toast>`
  );
}

export interface NotifierDeps {
  Notification: typeof Electron.Notification;
  platform: NodeJS.Platform;
  /** The app's icon (a path), shown with every notification. */
  icon: string;
  log?: (message: string) => void;
  /** The OS refused to show a notification (once per run), with its reason. */
  onUnavailable?: (reason: string) => void;
  /** A Windows toast from an earlier run was clicked: open the window somewhere sensible. */
  onUnknownActivation?: () => void;
}

export function createElectronNotifier(deps: NotifierDeps): NotifierPort {
  const live = new Set<Electron.Notification>();
  const clicks = new Map<string, () => void>();
  let unavailable = false;
  const windowsActivation =
    deps.platform === 'win32' && typeof deps.Notification.handleActivation === 'function';

  if (windowsActivation) {
    deps.Notification.handleActivation((details) => {
      const id = details.arguments.startsWith(LAUNCH_PREFIX)
        ? details.arguments.slice(LAUNCH_PREFIX.length)
        : '';
      const onClick = clicks.get(id);
      clicks.delete(id);
      if (onClick) onClick();
      else deps.onUnknownActivation?.();
    });
  }

  function remember(id: string, onClick: () => void): void {
    clicks.set(id, onClick);
    const oldest = clicks.keys().next().value;
    if (clicks.size > REMEMBERED_TOASTS && oldest !== undefined) clicks.delete(oldest);
  }

  return {
    show(content, onClick) {
      if (!deps.Notification.isSupported()) {
        deps.log?.('notifications are not supported on this system');
        return;
      }
      const id = randomUUID();
      const n = new deps.Notification({
        id,
        title: content.title,
        body: content.body,
        icon: deps.icon,
        ...(windowsActivation ? { toastXml: toastXml(id, content.title, content.body) } : {}),
      });
      if (windowsActivation) {
        remember(id, onClick);
        n.on('close', (event) => {
          if (event.reason !== 'timedOut') clicks.delete(id);
        });
      } else {
        live.add(n);
        n.on('click', () => {
          live.delete(n);
          onClick();
        });
        n.on('close', () => live.delete(n));
      }
      n.on('failed', (_event, error) => {
        live.delete(n);
        clicks.delete(id);
        deps.log?.(`the notification could not be shown: ${error}`);
        if (!unavailable) {
          unavailable = true;
          deps.onUnavailable?.(error);
        }
      });
      n.show();
    },
  };
}
