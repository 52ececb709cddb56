// Sign-in progress as the UI shows it: "Loading 40 contacts…" needs the count while the session is still loading,
// not only once it is connected.
import { afterEach, describe, expect, it } from 'vitest';
import { createAppModel, memoryHistoryStore } from '../../../main/app/index.js';
import type { AppState } from '../../../main/app/index.js';
import { startSimulator } from '../../../main/sim/index.js';
import { simAccount } from '../../support/signIn.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

describe('sign-in progress', () => {
  it('tells the contact count while the contacts are still loading', async () => {
    const sim = await startSimulator({ seed: 5 });
    const model = createAppModel({ historyStore: memoryHistoryStore(), endpointId: 'progress' });
    cleanups.push(async () => {
      await model.signOut();
      await sim.close();
    });
    const states: AppState[] = [];
    model.on('state', (s) => states.push(s));
    await model.signIn(simAccount(sim));

    const total = sim.control.contacts().filter((c) => c.inContactList).length;
    const loading = states.filter(
      (s) => s.session.kind === 'signingIn' && s.session.step === 'loadingContacts',
    );
    // First without a count (the list is on its way), then with it, before the session is connected.
    expect(loading.map((s) => s.contactCount)).toEqual([0, total]);
    const connectedAt = states.findIndex((s) => s.session.kind === 'connected');
    expect(states.findIndex((s) => s.contactCount === total)).toBeLessThan(connectedAt);
  });
});
