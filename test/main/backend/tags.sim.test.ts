// Tags for status-change alerts belong to the account: kept between sign-ins (the store the shell gives per user),
// and gone after "Forget this account".
import { describe, expect, it } from 'vitest';
import { memoryTagStore } from '../../../main/app/statusAlerts.js';
import type { TagStore } from '../../../main/app/statusAlerts.js';
import type { TaggedView } from '../../../main/ipc/contract.js';
import { backendHarness } from '../../support/backendHarness.js';

const harness = backendHarness();

describe('tags per account', () => {
  it('are kept from one sign-in to the next, and forgotten with the account', async () => {
    const s = await harness.simulator({ contacts: 6, seed: 5 });
    const stores = new Map<string, TagStore>();
    const tags = (user: string): TagStore => {
      const store = stores.get(user) ?? memoryTagStore();
      stores.set(user, store);
      return store;
    };
    const { dispatch, call, signIn } = harness.launch({ tags });
    await dispatch('app:ready');
    const taggedUris = async (): Promise<string[]> =>
      (await call<TaggedView[]>('tags:list')).map((t) => t.uri);
    expect(await signIn(s)).toMatchObject({ ok: true });
    const someone = s.control.contacts()[0]?.uri ?? '';
    expect(await dispatch('tags:add', { uri: someone })).toMatchObject({ ok: true });
    await dispatch('session:sign-out');

    expect(await signIn(s)).toMatchObject({ ok: true });
    expect(await taggedUris()).toEqual([someone]);

    await dispatch('session:forget-account');
    expect(await signIn(s)).toMatchObject({ ok: true });
    expect(await taggedUris()).toEqual([]);
  });
});
