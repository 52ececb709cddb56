// The notification service's decisions and texts: what a user would see (or why not), on a hand-moved clock.
import { describe, expect, it } from 'vitest';
import type { ChangeEntry, InvitationView } from '../../../main/ipc/contract.js';
import { recordingNotifier } from '../../../main/ipc/memoryPorts.js';
import { createNotificationService, decide } from '../../../main/backend/notifications.js';
import type { NotificationOutcome, NotificationPrefs } from '../../../main/backend/notifications.js';
import { createManualClock } from '../../../main/sim/clock.js';

const prefs: NotificationPrefs = {
  notifyRelationshipChanges: true,
  notifyInvitations: true,
  notifySignedOut: true,
};

function change(name: string, from: ChangeEntry['from'], to: ChangeEntry['to'], ours = false): ChangeEntry {
  const uri = `sip:${name.split(' ')[0]?.toLowerCase()}@contoso.com`;
  return { id: uri + to, at: 0, contact: { uri, name }, from, to, ours };
}

const alex = { uri: 'sip:alex@contoso.com', name: 'Alex Doe' };
function invitation(over: Partial<InvitationView> = {}): InvitationView {
  return {
    id: 'inv1',
    kind: 'audioVideo',
    from: { uri: 'sip:sam@contoso.com', name: 'Sam Lee' },
    onBehalfOf: alex,
    delegator: null,
    receivedAt: 0,
    state: 'ringing',
    ...over,
  };
}

describe('decide', () => {
  const ctx = { now: 1000, pausedUntil: null, prefs, osDoNotDisturb: false };
  it('sends by default and says why when it does not', () => {
    const c = change('Alex Doe', 'Colleagues', 'Blocked');
    expect(decide({ type: 'relationshipChanged', change: c }, ctx)).toEqual({ outcome: 'sent' });
    expect(decide({ type: 'relationshipChanged', change: { ...c, ours: true } }, ctx)).toEqual({
      outcome: 'suppressed',
      why: 'own-change',
    });
    expect(decide({ type: 'relationshipChanged', change: c }, { ...ctx, pausedUntil: 2000 })).toEqual({
      outcome: 'suppressed',
      why: 'paused',
    });
    expect(decide({ type: 'relationshipChanged', change: c }, { ...ctx, pausedUntil: 999 })).toEqual({
      outcome: 'sent',
    });
    expect(
      decide(
        { type: 'relationshipChanged', change: c },
        { ...ctx, prefs: { ...prefs, notifyRelationshipChanges: false } },
      ),
    ).toEqual({ outcome: 'suppressed', why: 'disabled' });
    expect(decide({ type: 'signedOut', reason: 'x' }, { ...ctx, osDoNotDisturb: true })).toEqual({
      outcome: 'suppressed',
      why: 'os-dnd',
    });
    expect(decide({ type: 'invitation', invitation: invitation({ onBehalfOf: null }) }, ctx)).toEqual({
      outcome: 'suppressed',
      why: 'not-delegated',
    });
  });
});

describe('the notification service', () => {
  function setup(dnd = false) {
    const clock = createManualClock();
    const notifier = recordingNotifier({ doNotDisturb: () => dnd });
    const opened: unknown[] = [];
    const ctx: { pausedUntil: number | null; prefs: NotificationPrefs } = { pausedUntil: null, prefs };
    const deferred: string[] = [];
    const service = createNotificationService({
      notifier,
      clock,
      context: () => ctx,
      open: (t) => opened.push(t),
      onDeferred: (_intent, o) => deferred.push(word(o)),
    });
    return { clock, notifier, opened, service, ctx, deferred };
  }
  const word = (o: NotificationOutcome) => (o.outcome === 'suppressed' ? o.why : o.outcome);
  const changed = (
    name: string,
    from: ChangeEntry['from'] = 'Colleagues',
    to: ChangeEntry['to'] = 'Workgroup',
  ) => ({ type: 'relationshipChanged', change: change(name, from, to) }) as const;

  it('shows a single change at once', () => {
    const { notifier, service } = setup();
    expect(service.notify(changed('Alex Doe'))).toEqual({ outcome: 'sent' });
    expect(notifier.shown.map((n) => n.body)).toEqual([
      'Alex Doe now sees what Workgroup see (was Colleagues).',
    ]);
  });

  it('turns a burst of five changes within two seconds into the first one and one summary', () => {
    const { clock, notifier, opened, service, deferred } = setup();
    const names = ['Alex Doe', 'Sam Lee', 'Kim Ito', 'Lou Park', 'Max Roe'];
    const outcomes = names.map((name) => {
      const o = service.notify(changed(name));
      clock.advance(300);
      return word(o);
    });
    expect(outcomes).toEqual(['sent', 'held', 'held', 'held', 'held']);
    expect(notifier.shown).toHaveLength(1);
    clock.advance(2000 - 1500 - 1);
    expect(notifier.shown).toHaveLength(1);
    clock.advance(1);
    expect(notifier.shown).toHaveLength(2);
    expect(notifier.shown[1]).toMatchObject({
      title: '4 relationships changed from another device',
      body: 'Sam Lee, Kim Ito, Lou Park and 1 more. Open Activity to see them all.',
    });
    expect(deferred).toEqual(Array(4).fill('burst-summarised'));
    notifier.shown[1]?.click();
    expect(opened).toEqual([{ view: 'activity' }]);
    // After the burst has been quiet, a single change is shown on its own again.
    clock.advance(5000);
    expect(word(service.notify(changed('Alex Doe', 'Workgroup', 'Blocked')))).toBe('sent');
    expect(notifier.shown.at(-1)?.body).toBe('Alex Doe is now blocked (was Workgroup).');
  });

  it('shows up to three changes within two seconds one by one', () => {
    const { clock, notifier, service, deferred } = setup();
    for (const name of ['Alex Doe', 'Sam Lee', 'Kim Ito']) {
      service.notify(changed(name));
      clock.advance(500);
    }
    clock.advance(1000);
    expect(notifier.shown.map((n) => n.body)).toEqual([
      'Alex Doe now sees what Workgroup see (was Colleagues).',
      'Sam Lee now sees what Workgroup see (was Colleagues).',
      'Kim Ito now sees what Workgroup see (was Colleagues).',
    ]);
    expect(deferred).toEqual(['sent', 'sent']);
  });

  it('keeps changes spaced more than two seconds apart individual and immediate', () => {
    const { clock, notifier, service } = setup();
    for (const name of ['Alex Doe', 'Sam Lee', 'Kim Ito', 'Lou Park', 'Max Roe']) {
      expect(word(service.notify(changed(name, 'Colleagues', 'External')))).toBe('sent');
      clock.advance(2100);
    }
    expect(notifier.shown).toHaveLength(5);
  });

  it('summarises a long stream at widening intervals, not once per change', () => {
    const { clock, notifier, service } = setup();
    // 300 changes, one every 100 ms, for 30 s.
    for (let i = 0; i < 300; i++) {
      service.notify(changed(`Person ${i}`));
      clock.advance(100);
    }
    clock.advance(60_000);
    const summaries = notifier.shown.filter((n) =>
      n.title.endsWith('relationships changed from another device'),
    );
    const single = notifier.shown.length - summaries.length;
    expect(single).toBe(1);
    expect(summaries.length).toBeLessThanOrEqual(5);
    // Every change is counted exactly once: the one shown on its own is not counted again in a summary.
    const counted = summaries.reduce((n, s) => n + Number(s.title.split(' ')[0]), 0);
    expect(counted + single).toBe(300);
  });

  it('drops a held burst when notifications are paused before its window closes', () => {
    const { clock, notifier, service, ctx, deferred } = setup();
    for (const name of ['Alex Doe', 'Sam Lee', 'Kim Ito', 'Lou Park', 'Max Roe'])
      service.notify(changed(name));
    ctx.pausedUntil = clock.now() + 3_600_000;
    clock.advance(2000);
    expect(notifier.shown).toHaveLength(1);
    expect(deferred).toEqual(Array(4).fill('paused'));
  });

  it('never summarises invitations, and respects the OS do-not-disturb', () => {
    const quiet = setup(true);
    expect(quiet.service.notify({ type: 'invitation', invitation: invitation() })).toEqual({
      outcome: 'suppressed',
      why: 'os-dnd',
    });
    const { notifier, service } = setup();
    for (let i = 0; i < 5; i++)
      service.notify({ type: 'invitation', invitation: invitation({ id: `i${i}` }) });
    expect(notifier.shown).toHaveLength(5);
  });
});
