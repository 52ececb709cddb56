// The window's contact-list channels through the backend's one handler table, with the real model signed in to the
// simulator: search and add, remove, groups created, renamed and deleted, a tag with its status alert shown as a
// notification, delegation — each answer as data, refusals in words, and the pushes the window keeps itself up to date by.
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../../main/backend/index.js';
import type { Backend } from '../../../main/backend/index.js';
import type { ContactListView, PushChannel, PushPayloads } from '../../../main/ipc/contract.js';
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

async function setup() {
  const notifier = recordingNotifier();
  const b = createBackend({
    settings: memorySettings(),
    secrets: memorySecrets(),
    notifier,
    startDemoServer: async () => {
      sim = await startSimulator({ contacts: 12, seed: 21 });
      return { discoverUrl: sim.discoverUrl, user: sim.user, password: sim.password, close: async () => {} };
    },
  });
  backend = b;
  const pushes: Array<{ channel: PushChannel; payload: unknown }> = [];
  const waiters: Array<() => void> = [];
  b.onPush((channel, payload) => {
    pushes.push({ channel, payload });
    for (const w of [...waiters]) w();
  });
  const pushed = <P extends PushChannel>(channel: P, ok: (p: PushPayloads[P]) => boolean) =>
    new Promise<PushPayloads[P]>((resolve) => {
      const check = () => {
        const found = pushes.find((p) => p.channel === channel && ok(p.payload as PushPayloads[P]));
        if (found) resolve(found.payload as PushPayloads[P]);
        else waiters.push(check);
      };
      check();
    });
  await b.dispatch('app:ready', undefined, trusted);
  const demo = await b.dispatch('session:try-demo', undefined, trusted);
  expect(demo.ok).toBe(true);
  const call = async <T>(channel: Parameters<Backend['dispatch']>[0], args?: unknown): Promise<T> => {
    const r = await b.dispatch(channel, args, trusted);
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    return r.value as T;
  };
  return { b, notifier, pushed, call, sim: () => sim as Simulator };
}

describe('contact-list channels over the simulator', () => {
  it('search, add to a new group, remove; refusals as data in words; groups pushed as they change', async () => {
    const { b, call, pushed, sim } = await setup();
    const view = await call<ContactListView>('contactList:get');
    expect(view.groups.map((g) => g.kind)).toContain('pinnedGroup');
    const found = await call<{ people: Array<{ uri: string; inContactList: boolean; level?: string }> }>(
      'contactList:search',
      { query: 'contoso', limit: 100 },
    );
    const stranger = found.people.find((p) => !p.inContactList);
    expect(stranger?.level).toBe(sim().control.getLevel(stranger?.uri ?? ''));
    const made = await call<ContactListView>('groups:create', { name: 'Launch' });
    const launch = made.groups.find((g) => g.name === 'Launch');
    const added = await call<ContactListView>('contactList:add', { uri: stranger?.uri, groupId: launch?.id });
    expect(added.groups.find((g) => g.id === launch?.id)?.members.map((m) => m.uri)).toEqual([stranger?.uri]);
    await pushed('contactList:changed', (v) =>
      v.groups.some((g) => g.name === 'Launch' && g.members.length === 1),
    );
    expect(
      (await call<{ level: string }>('contactList:set-level', { uri: stranger?.uri, level: 'Blocked' }))
        .level,
    ).toBe('Blocked');
    expect(sim().control.getLevel(stranger?.uri ?? '')).toBe('Blocked');

    const dup = await b.dispatch('groups:create', { name: 'launch' }, trusted);
    expect(dup).toEqual({
      ok: false,
      error: { code: 'Conflict', message: 'There is already a group with that name. Choose another name.' },
    });
    const favorites = view.groups.find((g) => g.kind === 'pinnedGroup');
    const system = await b.dispatch('groups:delete', { id: favorites?.id }, trusted);
    expect(system.ok === false && system.error.message).toMatch(/Only your own groups/);
    const bad = await b.dispatch('contactList:add', { uri: 'not a sip address' }, trusted);
    expect(bad.ok === false && bad.error.code).toBe('InvalidArgument');

    await call('groups:rename', { id: launch?.id, name: 'Launched' });
    const removed = await call<ContactListView>('contactList:remove', { uri: stranger?.uri });
    // Out of every group of the contact list (the organization's groups are the server's, not the list's).
    const personal = removed.groups.filter((g) => ['group', 'pinnedGroup', 'defaultGroup'].includes(g.kind));
    expect(personal.some((g) => g.members.some((m) => m.uri === stranger?.uri))).toBe(false);
    const gone = await call<ContactListView>('groups:delete', { id: launch?.id });
    expect(gone.groups.some((g) => g.id === launch?.id)).toBe(false);
  });

  it('a tag: pushed with the person’s status, and their coming online is a notification; delegation as groups', async () => {
    const { b, call, pushed, notifier, sim } = await setup();
    const person = sim().control.contacts()[1];
    sim().control.setPresence(person?.uri ?? '', 'Offline');
    const watched = pushed('tags:changed', (t) =>
      t.some((p) => p.uri === person?.uri && p.availability === 'Offline'),
    );
    await call('tags:add', { uri: person?.uri });
    await watched;
    const shown = new Promise<void>((resolve) => {
      const off = b.on('notification', (n) => {
        if (n.intent !== 'statusAlert' || n.outcome.outcome !== 'sent') return;
        off();
        resolve();
      });
    });
    sim().control.setPresence(person?.uri ?? '', 'Online');
    await shown;
    expect(notifier.shown.find((n) => n.title.endsWith('is available'))?.title).toBe(
      `${person?.name} is available`,
    );
    expect((await call<Array<{ uri: string }>>('tags:list')).map((t) => t.uri)).toEqual([person?.uri]);
    expect(await call('tags:remove', { uri: person?.uri })).toEqual([]);

    const delegation = await call<{ delegates: Array<{ uri: string }>; delegators: Array<{ uri: string }> }>(
      'delegation:get',
    );
    const server = (kind: string) =>
      sim()
        .control.groups()
        .find((g) => g.kind === kind)?.members;
    expect(delegation.delegates.map((p) => p.uri)).toEqual(server('delegatesGroup'));
    expect(delegation.delegators.map((p) => p.uri)).toEqual(server('delegatorsGroup'));
  });
});
