// A tagged person becoming available, through the one notification service: shown in plain words with a click that
// opens them, held back while notifications are paused or the OS is on Do Not Disturb, and server text made harmless.
import { describe, expect, it } from 'vitest';
import type { StatusAlert } from '../../../main/app/statusAlerts.js';
import { createNotificationService, decide } from '../../../main/backend/notifications.js';
import { recordingNotifier } from '../../../main/ipc/memoryPorts.js';
import type { NotificationTarget } from '../../../main/ipc/ports.js';
import { createManualClock } from '../../../main/sim/clock.js';

const prefs = { notifyRelationshipChanges: false, notifyInvitations: false, notifySignedOut: false };
const alert = (over: Partial<StatusAlert> = {}): StatusAlert => ({
  uri: 'sip:priya@contoso.com',
  name: 'Priya Patel',
  from: 'Offline',
  to: 'Online',
  reason: 'available',
  at: 0,
  ...over,
});

describe('status-change alerts as notifications', () => {
  it('are shown in words, with the person to open, even with the other kinds switched off', () => {
    const notifier = recordingNotifier();
    const opened: NotificationTarget[] = [];
    const service = createNotificationService({
      notifier,
      clock: createManualClock(),
      context: () => ({ pausedUntil: null, prefs }),
      open: (t) => opened.push(t),
    });
    expect(service.notify({ type: 'statusAlert', alert: alert() })).toEqual({ outcome: 'sent' });
    service.notify({
      type: 'statusAlert',
      alert: alert({ reason: 'leftDoNotDisturb', from: 'DoNotDisturb', to: 'Busy' }),
    });
    expect(notifier.shown.map((n) => `${n.title} | ${n.body}`)).toEqual([
      'Priya Patel is available | Priya Patel is available now (was offline).',
      'Priya Patel left Do Not Disturb | Priya Patel is busy now (was on Do Not Disturb).',
    ]);
    notifier.shown[0]?.click();
    expect(opened).toEqual([{ view: 'contacts', uri: 'sip:priya@contoso.com' }]);
  });

  it('respect the pause and the OS’s Do Not Disturb, and never show a name’s control characters', () => {
    const ctx = { now: 1000, pausedUntil: 2000, prefs, osDoNotDisturb: false };
    expect(decide({ type: 'statusAlert', alert: alert() }, ctx)).toEqual({
      outcome: 'suppressed',
      why: 'paused',
    });
    expect(
      decide({ type: 'statusAlert', alert: alert() }, { ...ctx, pausedUntil: null, osDoNotDisturb: true }),
    ).toEqual({
      outcome: 'suppressed',
      why: 'os-dnd',
    });
    const notifier = recordingNotifier();
    createNotificationService({
      notifier,
      clock: createManualClock(),
      context: () => ({ pausedUntil: null, prefs }),
      open: () => {},
    }).notify({ type: 'statusAlert', alert: alert({ name: 'Evil\u001b[31m\u202eName' }) });
    const title = notifier.shown[0]?.title ?? '';
    expect([...title].some((ch) => ch === '\u001b' || ch === '\u202e')).toBe(false);
    expect(title).toContain('Evil');
  });
});
