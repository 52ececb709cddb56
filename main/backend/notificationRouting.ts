// From what happens in a session to what the user is told: relationship changes and invitations become renderer
// pushes, notification intents and tray updates; a sign-out the user did not ask for becomes a notification. Counts
// the changes made elsewhere that the user has not looked at yet (the tray badge).
import type { Emitter } from '../app/emitter.js';
import type { PushHub } from '../ipc/pushHub.js';
import type { Logger } from '../ipc/ports.js';
import type { NotificationIntent, NotificationOutcome, NotificationService } from './notifications.js';
import type { SessionService } from './session.js';
import type { ShellEvents } from './shellEvents.js';

export interface NotificationRouting {
  notify(intent: NotificationIntent): void;
  /** Report the outcome of an intent decided later (a held burst). */
  report(intent: NotificationIntent, outcome: NotificationOutcome): void;
  unseen(): number;
  markSeen(): void;
}

export function routeNotifications(deps: {
  session: SessionService;
  hub: PushHub;
  shell: Emitter<ShellEvents>;
  log: Logger;
  /** The notification service, read when a notification is due (it is built after this routing). */
  service: () => NotificationService;
  /** Something the tray or the window shows has changed. */
  changed: () => void;
}): NotificationRouting {
  const { session, hub, shell, log } = deps;
  let unseen = 0;
  const seenInvitations = new Set<string>();

  const report = (intent: NotificationIntent, outcome: NotificationOutcome): void => {
    log.info('notification', { type: intent.type, ...outcome });
    shell.emit('notification', { intent: intent.type, outcome });
  };
  const notify = (intent: NotificationIntent): void => report(intent, deps.service().notify(intent));

  session.events.on('started', () => {
    unseen = 0;
    seenInvitations.clear();
  });
  session.events.on('signedOut', ({ reason }) => notify({ type: 'signedOut', reason }));
  session.events.on('relationshipChanged', (change) => {
    hub.push('relationship:changed', change);
    if (!change.ours) unseen += 1;
    // What changed while the app was away is told once, as a whole (the `whileAway` event below).
    if (change.whileAway === undefined) notify({ type: 'relationshipChanged', change });
    deps.changed();
    shell.emit('relationshipChanged', change);
  });
  session.events.on('whileAway', (away) => notify({ type: 'whileAway', ...away }));
  session.events.on('statusAlert', (alert) => notify({ type: 'statusAlert', alert }));
  session.events.on('tags', () => deps.changed());
  session.events.on('invitation', (invitation) => {
    hub.push('invitations:changed', invitation);
    if (invitation.state === 'ringing' && !seenInvitations.has(invitation.id)) {
      seenInvitations.add(invitation.id);
      notify({ type: 'invitation', invitation });
    }
  });

  return {
    notify,
    report,
    unseen: () => unseen,
    markSeen() {
      unseen = 0;
      deps.changed();
    },
  };
}
