// What the window is told of a bulk change during which the server lost the application (a restart): every contact
// changed and nothing failed; or, when no new application can be had, who was not changed and why.
import { describe, expect, it } from 'vitest';
import type { ContactView, InvokeResults, LevelChange } from '../../../main/ipc/contract.js';
import { backendHarness } from '../../support/backendHarness.js';

const COUNT = 50;
const harness = backendHarness();

async function signedIn() {
  const s = await harness.simulator({ contacts: COUNT, seed: 11, demoScenario: false });
  const { call, tryDemo } = harness.launch({ demo: s });
  await tryDemo();
  const contacts = await call<ContactView[]>('contacts:list', null);
  const changes: LevelChange[] = contacts.map((c) => ({
    uri: c.uri,
    level: c.level === 'Workgroup' ? 'Colleagues' : 'Workgroup',
  }));
  const setMany = () => call<InvokeResults['privacy:set-many']>('privacy:set-many', { changes });
  const notChangedOnServer = () => {
    const server = new Map(s.control.contacts().map((c) => [c.uri, c.level]));
    return changes.filter((c) => server.get(c.uri) !== c.level).map((c) => c.uri);
  };
  return { sim: s, changes, setMany, notChangedOnServer };
}

describe('bulk change across a lost application, as the window sees it', () => {
  it('all fifty are changed and nothing is reported failed', async () => {
    const { sim, changes, setMany, notChangedOnServer } = await signedIn();
    expect(changes).toHaveLength(COUNT);
    sim.control.faults.deleteApplicationsAfter(10, { method: 'PUT' });
    const { results } = await setMany();
    expect(results).toEqual(changes.map((c) => ({ uri: c.uri, ok: true, level: c.level })));
    expect(notChangedOnServer()).toEqual([]);
  });

  it('when no new application can be had, the forty not changed are named with the reason', async () => {
    const { sim, setMany, notChangedOnServer } = await signedIn();
    sim.control.faults.deleteApplicationsAfter(10, { method: 'PUT' });
    sim.control.faults.failNext(100, 503, { match: /\/applications$/ });
    const { results } = await setMany();
    const notChanged = notChangedOnServer();
    expect(notChanged).toHaveLength(COUNT - 10);
    expect(results.filter((r) => !r.ok)).toEqual(
      notChanged.map((uri) => ({
        uri,
        ok: false,
        error: { code: 'ServiceFailure', message: 'The server is temporarily unavailable. Try again later.' },
      })),
    );
    sim.control.faults.clear();
  });
});
