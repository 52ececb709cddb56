// OS notifications through Electron's Notification: the NotifierPort the notifications service decides for.
// Each notification is kept referenced until it is clicked or closed (otherwise it can be garbage-collected and
// the click is lost). Electron cannot tell Do-Not-Disturb on every platform; where it cannot, the OS applies it.
import type * as Electron from 'electron';
import type { NotifierPort } from '../ipc/ports.js';

export function createElectronNotifier(deps: {
  Notification: typeof Electron.Notification;
  icon?: string;
  log?: (message: string) => void;
}): NotifierPort {
  const live = new Set<Electron.Notification>();
  return {
    show(content, onClick) {
      if (!deps.Notification.isSupported()) {
        deps.log?.('notifications are not supported on this system');
        return;
      }
      const n = new deps.Notification({
        title: content.title,
        body: content.body,
        ...(deps.icon === undefined ? {} : { icon: deps.icon }),
      });
      live.add(n);
      n.on('click', () => {
        live.delete(n);
        onClick();
      });
      n.on('close', () => live.delete(n));
      n.show();
    },
  };
}
