// The reconnecting banner says who dropped the connection: the backend's session view carries `cause`, 'network'
// when the event channel got no answer at all, 'server' when the server answered with an error. Against the
// simulator, whose fault rules drop the events request or answer it with a 503.
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../main/backend/index.js';
import type { AppStateView } from '../../../main/ipc/contract.js';
import type { Simulator } from '../../../main/sim/index.js';
import { backendHarness } from '../../support/backendHarness.js';

const harness = backendHarness();

async function signedIn(): Promise<{ backend: Backend; sim: Simulator }> {
  const sim = await harness.simulator({ contacts: 5, demoScenario: false });
  const { backend, call } = harness.launch({ demo: sim });
  await call('session:try-demo');
  return { backend, sim };
}

function reconnecting(b: Backend): Promise<Extract<AppStateView['session'], { kind: 'reconnecting' }>> {
  return new Promise((resolve) => {
    const off = b.on('state', (s) => {
      if (s.session.kind !== 'reconnecting') return;
      off();
      resolve(s.session);
    });
  });
}

describe('who dropped the connection', () => {
  it('says the network when the events request gets no answer at all', async () => {
    const { backend, sim } = await signedIn();
    const seen = reconnecting(backend);
    sim.control.faults.dropNext(1000, { match: /\/events/ });
    // Release the parked P-GET with a change: the next one is dropped.
    sim.control.setPresence(sim.control.contacts()[0]?.uri ?? '', 'Away');
    expect(await seen).toMatchObject({ kind: 'reconnecting', cause: 'network' });
  });

  it('says the server when it answers the events request with an error', async () => {
    const { backend, sim } = await signedIn();
    const seen = reconnecting(backend);
    sim.control.faults.failNext(1000, 503, { match: /\/events/ });
    sim.control.setPresence(sim.control.contacts()[0]?.uri ?? '', 'Away');
    const session = await seen;
    expect(session).toMatchObject({ kind: 'reconnecting', cause: 'server' });
    expect(session.reason).toMatch(/server had a problem/);
  });
});
