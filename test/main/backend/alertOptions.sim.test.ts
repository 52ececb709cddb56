// The Settings choice "also when they come back from Away or leave Do Not Disturb" reaches the status alerts of
// the signed-in model: off (the default), a tagged person back from Away is no alert; on, it is one ("… is back").
// An alert is decided as the server's change arrives (held for its burst), before the window shows the new status:
// so "no alert" is checked on the decisions once the status is shown, and a shown one is waited for.
import { describe, expect, it } from 'vitest';
import type { SettingsView } from '../../../main/ipc/contract.js';
import type { StoredSettings } from '../../../main/ipc/ports.js';
import { backendHarness } from '../../support/backendHarness.js';
import { taggedBackend } from '../../support/taggedBackend.js';
import type { TaggedBackend } from '../../support/taggedBackend.js';

const harness = backendHarness();

async function signedIn(settings: Partial<StoredSettings> = {}) {
  const a = await taggedBackend(harness, { settings });
  const person = a.sim.control.contacts()[1];
  if (!person) throw new Error('no contact');
  const held = (): number => a.alertDecisions.filter((d) => d.outcome.outcome === 'held').length;
  const becomes = (availability: Parameters<TaggedBackend['become']>[1]) =>
    a.become([person.uri], availability);
  return { ...a, person, held, becomes, taggedAway: () => a.tag([person.uri], 'Away') };
}

describe('the "also back from Away" setting', () => {
  it('is off by default: back from Away is no alert, back from Offline is one', async () => {
    const { call, person, becomes, taggedAway, held, nextNotification } = await signedIn();
    expect((await call<SettingsView>('settings:get')).statusAlertsIncludeAway).toBe(false);
    await taggedAway();
    await becomes('Online');
    expect(held()).toBe(0);
    await becomes('Offline');
    const shown = nextNotification();
    await becomes('Online');
    expect(held()).toBe(1);
    expect((await shown).title).toBe(`${person.name} is available`);
  });

  it('switched on in Settings, back from Away is an alert, and switched off again it is not', async () => {
    const { call, person, becomes, taggedAway, held, nextNotification, shown } = await signedIn();
    await taggedAway();
    expect(
      (await call<SettingsView>('settings:set', { statusAlertsIncludeAway: true })).statusAlertsIncludeAway,
    ).toBe(true);
    const back = nextNotification();
    await becomes('Online');
    expect((await back).title).toBe(`${person.name} is back`);
    await call('settings:set', { statusAlertsIncludeAway: false });
    await becomes('Away');
    await becomes('Online');
    expect(held()).toBe(1);
    expect(shown.map((n) => n.title)).toEqual([`${person.name} is back`]);
  });

  it('stored on, applies from sign-in on', async () => {
    const { person, becomes, taggedAway, nextNotification } = await signedIn({
      statusAlertsIncludeAway: true,
    });
    await taggedAway();
    const back = nextNotification();
    await becomes('Online');
    expect((await back).title).toBe(`${person.name} is back`);
  });
});
