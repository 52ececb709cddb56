// A tagged person becoming available, through the one notification service: shown in plain words with a click that
// opens them, held back while notifications are paused or the OS is on Do Not Disturb, and server text made harmless.
// Each alert waits ALERT_WINDOW_MS for others: people who become available together are one notification.
import { describe, expect, it } from 'vitest';
import type { StatusAlert } from '../../../main/app/statusAlerts.js';
import { ALERT_WINDOW_MS, createNotificationService, decide } from '../../../main/backend/notifications.js';
import type { NotificationIntent, NotificationOutcome } from '../../../main/backend/notifications.js';
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
    const clock = createManualClock();
    const service = createNotificationService({
      notifier,
      clock,
      context: () => ({ pausedUntil: null, prefs }),
      open: (t) => opened.push(t),
    });
    expect(service.notify({ type: 'statusAlert', alert: alert() })).toEqual({ outcome: 'held' });
    clock.advance(ALERT_WINDOW_MS);
    service.notify({
      type: 'statusAlert',
      alert: alert({ reason: 'leftDoNotDisturb', from: 'DoNotDisturb', to: 'Busy' }),
    });
    clock.advance(ALERT_WINDOW_MS);
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
    const clock = createManualClock();
    createNotificationService({
      notifier,
      clock,
      context: () => ({ pausedUntil: null, prefs }),
      open: () => {},
    }).notify({ type: 'statusAlert', alert: alert({ name: 'Evil\u001b[31m\u202eName' }) });
    clock.advance(ALERT_WINDOW_MS);
    const title = notifier.shown[0]?.title ?? '';
    expect([...title].some((ch) => ch === '\u001b' || ch === '\u202e')).toBe(false);
    expect(title).toContain('Evil');
  });

  describe('in bursts', () => {
    function service(pausedUntil: () => number | null = () => null) {
      const notifier = recordingNotifier();
      const clock = createManualClock();
      const deferred: Array<{ intent: NotificationIntent; outcome: NotificationOutcome }> = [];
      const s = createNotificationService({
        notifier,
        clock,
        context: () => ({ pausedUntil: pausedUntil(), prefs }),
        open: () => {},
        onDeferred: (intent, outcome) => deferred.push({ intent, outcome }),
      });
      const shown = () => notifier.shown.map((n) => `${n.title} | ${n.body}`);
      return { s, clock, shown, deferred };
    }
    const person = (name: string, over: Partial<StatusAlert> = {}): NotificationIntent => ({
      type: 'statusAlert',
      alert: alert({ uri: `sip:${name.toLowerCase()}@contoso.com`, name, ...over }),
    });

    it('tells people who become available close together in one notification', () => {
      const { s, clock, shown, deferred } = service();
      for (const name of ['Alex', 'Priya', 'Sam']) {
        expect(s.notify(person(name))).toEqual({ outcome: 'held' });
        clock.advance(ALERT_WINDOW_MS / 4);
      }
      expect(shown()).toEqual([]);
      clock.advance(ALERT_WINDOW_MS);
      expect(shown()).toEqual(['3 people are now available | Alex, Priya and Sam.']);
      expect(deferred.map((d) => d.outcome)).toEqual(
        Array(3).fill({ outcome: 'suppressed', why: 'burst-summarised' }),
      );

      // Later, someone alone is told in their own words.
      s.notify(person('Noor'));
      clock.advance(ALERT_WINDOW_MS);
      expect(shown()[1]).toBe('Noor is available | Noor is available now (was offline).');
      expect(deferred.at(-1)?.outcome).toEqual({ outcome: 'sent' });
    });

    it('tells one person who changed twice in the window once, in their latest words', () => {
      const { s, clock, shown } = service();
      s.notify(person('Alex'));
      s.notify(person('Alex', { from: 'Away', to: 'Busy', reason: 'leftAway' }));
      clock.advance(ALERT_WINDOW_MS);
      expect(shown()).toEqual(['Alex is back | Alex is busy now (was away).']);
    });

    it('drops what was held when notifications were paused before the window closed', () => {
      let pausedUntil: number | null = null;
      const { s, clock, shown, deferred } = service(() => pausedUntil);
      s.notify(person('Alex'));
      s.notify(person('Priya'));
      pausedUntil = clock.now() + 60 * 60_000;
      clock.advance(ALERT_WINDOW_MS);
      expect(shown()).toEqual([]);
      expect(deferred.map((d) => d.outcome)).toEqual(Array(2).fill({ outcome: 'suppressed', why: 'paused' }));
      // While paused, an alert is not even held.
      expect(s.notify(person('Sam'))).toEqual({ outcome: 'suppressed', why: 'paused' });
    });
  });
});
