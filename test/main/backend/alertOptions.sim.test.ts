// The Settings choice "also when they come back from Away or leave Do Not Disturb" reaches the status alerts of
// the signed-in model: off (the default), a tagged person back from Away is no alert; on, it is one ("… is back").
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../../main/backend/index.js';
import type { Backend } from '../../../main/backend/index.js';
import type { Availability, PushChannel, PushPayloads, SettingsView } from '../../../main/ipc/contract.js';
import { memorySecrets, memorySettings, recordingNotifier } from '../../../main/ipc/memoryPorts.js';
import { startSimulator } from '../../../main/sim/index.js';
import type { Simulator } from '../../../main/sim/index.js';

const trusted = { trusted: true };
let sim: Simulator | undefined;
let backend: Backend | undefined;
afterEach(async () => {
  await backend?.shutdown();
  await sim?.close();
  backend = undefined;
  sim = undefined;
});

async function signedIn(initial: { statusAlertsIncludeAway?: boolean } = {}) {
  const notifier = recordingNotifier();
  const s = await startSimulator({ contacts: 6, seed: 17 });
  sim = s;
  const b = createBackend({
    settings: memorySettings(initial),
    secrets: memorySecrets(),
    notifier,
    startDemoServer: async () => ({ ...s, close: async () => {} }),
  });
  backend = b;
  const pushes: Array<{ channel: PushChannel; payload: unknown }> = [];
  const waiters: Array<() => void> = [];
  b.onPush((channel, payload) => {
    pushes.push({ channel, payload });
    for (const w of [...waiters]) w();
  });
  const call = async <T>(channel: Parameters<Backend['dispatch']>[0], args?: unknown): Promise<T> => {
    const r = await b.dispatch(channel, args, trusted);
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    return r.value as T;
  };
  await call('app:ready');
  await call('session:try-demo');
  const person = s.control.contacts()[1];
  if (!person) throw new Error('no contact');
  /** Sets their presence on the server and waits until the app's tag shows it (the alert, if any, came first). */
  const becomes = async (
    availability: Availability,
    change = () => s.control.setPresence(person.uri, availability),
  ): Promise<void> => {
    const from = pushes.length;
    const seen = new Promise<void>((resolve) => {
      const check = () => {
        const hit = pushes
          .slice(from)
          .some(
            (p) =>
              p.channel === 'tags:changed' &&
              (p.payload as PushPayloads['tags:changed']).some(
                (t) => t.uri === person.uri && t.availability === availability,
              ),
          );
        if (hit) resolve();
        else waiters.push(check);
      };
      check();
    });
    await change();
    await seen;
  };
  /** Tagged while Away (their status is shown with the tag). */
  const taggedAway = async (): Promise<void> => {
    s.control.setPresence(person.uri, 'Away');
    await becomes('Away', () => call('tags:add', { uri: person.uri }));
  };
  const alerts = (): string[] => notifier.shown.map((n) => n.title);
  return { call, person, becomes, taggedAway, alerts };
}

describe('the "also back from Away" setting', () => {
  it('is off by default: back from Away is no alert, back from Offline is one', async () => {
    const { call, person, becomes, taggedAway, alerts } = await signedIn();
    expect((await call<SettingsView>('settings:get')).statusAlertsIncludeAway).toBe(false);
    await taggedAway();
    await becomes('Online');
    await becomes('Offline');
    await becomes('Online');
    expect(alerts()).toEqual([`${person.name} is available`]);
  });

  it('switched on in Settings, back from Away is an alert, and switched off again it is not', async () => {
    const { call, person, becomes, taggedAway, alerts } = await signedIn();
    await taggedAway();
    expect(
      (await call<SettingsView>('settings:set', { statusAlertsIncludeAway: true })).statusAlertsIncludeAway,
    ).toBe(true);
    await becomes('Online');
    expect(alerts()).toEqual([`${person.name} is back`]);
    await call('settings:set', { statusAlertsIncludeAway: false });
    await becomes('Away');
    await becomes('Online');
    expect(alerts()).toEqual([`${person.name} is back`]);
  });

  it('stored on, applies from sign-in on', async () => {
    const { person, becomes, taggedAway, alerts } = await signedIn({ statusAlertsIncludeAway: true });
    await taggedAway();
    await becomes('Online');
    expect(alerts()).toEqual([`${person.name} is back`]);
  });
});
