// Status alerts in bursts, end to end: tagged people who become available together on the server (a meeting ends)
// are one notification naming them, through the one notification service; one alone is told in their own words;
// a pause holds them all back, also one that starts while a burst is gathering; names come as plain text.
import { describe, expect, it } from 'vitest';
import type { Simulator } from '../../../main/sim/index.js';
import type { Decision } from '../../support/taggedBackend.js';
import { backendHarness } from '../../support/backendHarness.js';
import { taggedBackend } from '../../support/taggedBackend.js';

const harness = backendHarness();

async function signedIn(before?: (sim: Simulator) => void) {
  const app = await taggedBackend(harness, { before });
  const people = app.sim.control.contacts().slice(0, 4);
  if (people.length < 4) throw new Error('too few contacts');
  return { ...app, people };
}
const outcomes = (ds: Decision[]): string[] =>
  ds.map((d) => (d.outcome.outcome === 'suppressed' ? d.outcome.why : d.outcome.outcome));

describe('status alerts in bursts', () => {
  it('tells people who come online together in one notification, and someone alone in their own', async () => {
    const { people, tag, become, nextNotification, shown, alertDecisions, until } = await signedIn();
    const [a, b, c, d] = people as [
      (typeof people)[0],
      (typeof people)[0],
      (typeof people)[0],
      (typeof people)[0],
    ];
    await tag([a.uri, b.uri, c.uri, d.uri], 'Offline');

    const burst = nextNotification();
    await become([a.uri, b.uri, c.uri], 'Online');
    const together = await burst;
    await until(() => alertDecisions.length === 6);
    expect(outcomes(alertDecisions)).toEqual([
      'held',
      'held',
      'held',
      'burst-summarised',
      'burst-summarised',
      'burst-summarised',
    ]);
    expect(together.title).toBe('3 people are now available');
    const names = together.body.replace(/\.$/, '').split(/, | and /);
    expect(names.sort()).toEqual([a.name, b.name, c.name].sort());

    const alone = nextNotification();
    await become([d.uri], 'Online');
    expect((await alone).title).toBe(`${d.name} is available`);
    expect(shown).toHaveLength(2);
  });

  it('shows nothing while notifications are paused, also for a burst that was gathering when the pause began', async () => {
    const { people, tag, become, call, nextNotification, shown, alertDecisions, until } = await signedIn();
    const [a, b, c] = people as [(typeof people)[0], (typeof people)[0], (typeof people)[0]];
    await tag([a.uri, b.uri, c.uri], 'Offline');

    // Gathering, then paused before its window closes: decided when it closes, as paused.
    await become([a.uri, b.uri], 'Online');
    expect(outcomes(alertDecisions)).toEqual(['held', 'held']);
    await call('notifications:pause', { for: '1h' });
    await until(() => alertDecisions.length === 4);
    expect(outcomes(alertDecisions.slice(2))).toEqual(['paused', 'paused']);

    // While paused an alert is not even held.
    await become([c.uri], 'Online');
    expect(outcomes(alertDecisions.slice(4))).toEqual(['paused']);

    await call('notifications:pause', { for: 'resume' });
    await become([a.uri], 'Offline');
    const next = nextNotification();
    await become([a.uri], 'Online');
    expect((await next).title).toBe(`${a.name} is available`);
    expect(shown).toHaveLength(1);
  });

  it('names people in plain text: no markup or control characters from the server', async () => {
    const hostile = { uri: 'sip:mallory@contoso.com', name: '<b>Mallory</b>\u202e\u0007 <img src=x>' };
    const { people, tag, become, nextNotification } = await signedIn((sim) =>
      sim.control.addContact({ ...hostile }),
    );
    const [a] = people as [(typeof people)[0]];
    await tag([hostile.uri, a.uri], 'Offline');
    const burst = nextNotification();
    await become([hostile.uri, a.uri], 'Online');
    const { title, body } = await burst;
    expect(title).toBe('2 people are now available');
    expect([...body].filter((ch) => '<>&\u202e\u0007'.includes(ch))).toEqual([]);
    expect(body).toContain('‹b›Mallory‹/b›');
  });
});
