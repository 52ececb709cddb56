// Tags for status-change alerts belong to the account: kept between sign-ins (the store the shell gives per user),
// and gone after "Forget this account".
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../../main/backend/index.js';
import type { Backend } from '../../../main/backend/index.js';
import { memoryTagStore } from '../../../main/app/statusAlerts.js';
import type { TagStore } from '../../../main/app/statusAlerts.js';
import type { TaggedView } from '../../../main/ipc/contract.js';
import { memorySecrets, memorySettings, recordingNotifier } from '../../../main/ipc/memoryPorts.js';
import { startSimulator } from '../../../main/sim/index.js';
import type { Simulator } from '../../../main/sim/index.js';

const trusted = { trusted: true };
let sim: Simulator | undefined;
let backend: Backend | undefined;
afterEach(async () => {
  await backend?.shutdown();
  await sim?.close();
});

describe('tags per account', () => {
  it('are kept from one sign-in to the next, and forgotten with the account', async () => {
    const s = await startSimulator({ contacts: 6, seed: 5 });
    sim = s;
    const stores = new Map<string, TagStore>();
    const tags = (user: string): TagStore => {
      const store = stores.get(user) ?? memoryTagStore();
      stores.set(user, store);
      return store;
    };
    const b = createBackend({
      settings: memorySettings(),
      secrets: memorySecrets(),
      notifier: recordingNotifier(),
      startDemoServer: async () => {
        throw new Error('no demo here');
      },
      tags,
    });
    backend = b;
    await b.dispatch('app:ready', undefined, trusted);
    const signIn = () =>
      b.dispatch(
        'session:sign-in',
        { server: s.discoverUrl, sipAddress: s.user, password: s.password, rememberPassword: false },
        trusted,
      );
    const taggedUris = async (): Promise<string[]> => {
      const r = await b.dispatch('tags:list', undefined, trusted);
      if (!r.ok) throw new Error(r.error.message);
      return (r.value as TaggedView[]).map((t) => t.uri);
    };
    expect(await signIn()).toMatchObject({ ok: true });
    const someone = s.control.contacts()[0]?.uri ?? '';
    expect(await b.dispatch('tags:add', { uri: someone }, trusted)).toMatchObject({ ok: true });
    await b.dispatch('session:sign-out', undefined, trusted);

    expect(await signIn()).toMatchObject({ ok: true });
    expect(await taggedUris()).toEqual([someone]);

    await b.dispatch('session:forget-account', undefined, trusted);
    expect(await signIn()).toMatchObject({ ok: true });
    expect(await taggedUris()).toEqual([]);
  });
});
