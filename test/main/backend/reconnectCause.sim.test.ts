// The reconnecting banner says who dropped the connection: the backend's session view carries `cause`, 'network'
// when the event channel got no answer at all, 'server' when the server answered with an error. Against the
// simulator, whose fault rules drop the events request or answer it with a 503.
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../../main/backend/index.js';
import type { Backend } from '../../../main/backend/index.js';
import type { AppStateView } from '../../../main/ipc/contract.js';
import { memorySecrets, memorySettings, recordingNotifier } from '../../../main/ipc/memoryPorts.js';
import { startSimulator } from '../../../main/sim/index.js';
import type { Simulator } from '../../../main/sim/index.js';

let sim: Simulator | undefined;
let backend: Backend | undefined;

afterEach(async () => {
  await backend?.shutdown();
  await sim?.close();
  backend = undefined;
  sim = undefined;
});

async function signedIn(): Promise<{ backend: Backend; sim: Simulator }> {
  const b = createBackend({
    settings: memorySettings(),
    secrets: memorySecrets(),
    notifier: recordingNotifier(),
    startDemoServer: async () => {
      sim = await startSimulator({ contacts: 5, demoScenario: false });
      const s = sim;
      return { discoverUrl: s.discoverUrl, user: s.user, password: s.password, close: async () => {} };
    },
  });
  backend = b;
  const r = await b.dispatch('session:try-demo', undefined, { trusted: true });
  if (!r.ok || sim === undefined) throw new Error('the demo did not start');
  return { backend: b, sim };
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
