// The notification service's decisions and texts: what a user would see (or why not), on a hand-moved clock.
import { describe, expect, it } from 'vitest';
import type { ChangeEntry, InvitationView } from '../../../main/ipc/contract.js';
import { recordingNotifier } from '../../../main/ipc/memoryPorts.js';
import {
  createNotificationService,
  decide,
  invitationText,
  relationshipChangedText,
} from '../../../main/shell/notifications.js';
import type { NotificationPrefs } from '../../../main/shell/notifications.js';
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

describe('notification texts', () => {
  it('words a relationship change as "X is now A — was B" and opens that contact', () => {
    expect(relationshipChangedText(change('Alex Doe', 'Colleagues', 'Workgroup'))).toEqual({
      title: 'Relationship changed',
      body: 'Alex Doe is now Workgroup — was Colleagues',
      target: { view: 'contacts', uri: 'sip:alex@contoso.com' },
    });
    expect(relationshipChangedText(change('Alex Doe', 'External', 'FriendsAndFamily')).body).toBe(
      'Alex Doe is now Friends and Family — was External',
    );
  });

  it('words an invitation on behalf of someone', () => {
    expect(invitationText(invitation()).body).toBe('Sam Lee is calling for Alex Doe');
    expect(invitationText(invitation()).title).toBe('Call on behalf of Alex Doe');
    expect(invitationText(invitation({ kind: 'messaging', subject: 'Budget' })).body).toBe(
      'Sam Lee sent a message for Alex Doe: “Budget”',
    );
    expect(invitationText(invitation({ onBehalfOf: null, delegator: alex })).body).toBe(
      'Sam Lee is calling for Alex Doe',
    );
  });
});

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
    const service = createNotificationService({ notifier, clock, open: (t) => opened.push(t) });
    const ctx = { pausedUntil: null, prefs };
    return { clock, notifier, opened, service, ctx };
  }

  it('turns a burst of five changes within two seconds into three notifications and one summary', () => {
    const { clock, notifier, opened, service, ctx } = setup();
    const names = ['Alex Doe', 'Sam Lee', 'Kim Ito', 'Lou Park', 'Max Roe'];
    const outcomes = names.map((name) => {
      clock.advance(300);
      return service.notify(
        { type: 'relationshipChanged', change: change(name, 'Colleagues', 'Workgroup') },
        ctx,
      );
    });
    expect(outcomes.map((o) => (o.outcome === 'sent' ? 'sent' : o.why))).toEqual([
      'sent',
      'sent',
      'sent',
      'burst-summarised',
      'burst-summarised',
    ]);
    expect(notifier.shown).toHaveLength(3);
    clock.advance(1999);
    expect(notifier.shown).toHaveLength(3);
    clock.advance(1);
    expect(notifier.shown.map((n) => n.body).at(-1)).toBe('5 relationships changed');
    notifier.shown.at(-1)?.click();
    expect(opened).toEqual([{ view: 'activity' }]);
    // After the burst, a single change is shown on its own again.
    clock.advance(5000);
    service.notify({ type: 'relationshipChanged', change: change('Alex Doe', 'Workgroup', 'Blocked') }, ctx);
    expect(notifier.shown.at(-1)?.body).toBe('Alex Doe is now Blocked — was Workgroup');
  });

  it('keeps changes spaced more than two seconds apart individual', () => {
    const { clock, notifier, service, ctx } = setup();
    for (const name of ['Alex Doe', 'Sam Lee', 'Kim Ito', 'Lou Park', 'Max Roe']) {
      clock.advance(700);
      service.notify({ type: 'relationshipChanged', change: change(name, 'Colleagues', 'External') }, ctx);
    }
    expect(notifier.shown).toHaveLength(5);
    clock.advance(10_000);
    expect(notifier.shown).toHaveLength(5);
  });

  it('never summarises invitations, and respects the OS do-not-disturb', () => {
    const quiet = setup(true);
    expect(quiet.service.notify({ type: 'invitation', invitation: invitation() }, quiet.ctx)).toEqual({
      outcome: 'suppressed',
      why: 'os-dnd',
    });
    const { notifier, service, ctx } = setup();
    for (let i = 0; i < 5; i++)
      service.notify({ type: 'invitation', invitation: invitation({ id: `i${i}` }) }, ctx);
    expect(notifier.shown).toHaveLength(5);
  });
});
