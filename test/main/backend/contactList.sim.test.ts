// The window's contact-list channels through the backend's one handler table, with the real model signed in to the
// simulator: search and add, remove, groups created, renamed and deleted, a tag with its status alert shown as a
// notification, delegation — each answer as data, refusals in words, and the pushes the window keeps itself up to date by.
import { describe, expect, it } from 'vitest';
import type { ContactListView } from '../../../main/ipc/contract.js';
import { backendHarness } from '../../support/backendHarness.js';

const harness = backendHarness();

async function setup() {
  const sim = await harness.simulator({ contacts: 12, seed: 21 });
  const app = harness.launch({ demo: sim });
  await app.tryDemo();
  return { ...app, sim };
}

describe('contact-list channels over the simulator', () => {
  it('search, add to a new group, remove; refusals as data in words; groups pushed as they change', async () => {
    const { dispatch, call, pushed, sim } = await setup();
    const view = await call<ContactListView>('contactList:get');
    expect(view.groups.map((g) => g.kind)).toContain('pinnedGroup');
    const found = await call<{ people: Array<{ uri: string; inContactList: boolean; level?: string }> }>(
      'contactList:search',
      { query: 'contoso', limit: 100 },
    );
    const stranger = found.people.find((p) => !p.inContactList);
    expect(stranger?.level).toBe(sim.control.getLevel(stranger?.uri ?? ''));
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
    expect(sim.control.getLevel(stranger?.uri ?? '')).toBe('Blocked');

    const dup = await dispatch('groups:create', { name: 'launch' });
    expect(dup).toEqual({
      ok: false,
      error: { code: 'Conflict', message: 'There is already a group with that name. Choose another name.' },
    });
    const favorites = view.groups.find((g) => g.kind === 'pinnedGroup');
    const system = await dispatch('groups:delete', { id: favorites?.id });
    expect(system.ok === false && system.error.message).toMatch(/Only your own groups/);
    const bad = await dispatch('contactList:add', { uri: 'not a sip address' });
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
    const { backend, call, pushed, notifier, sim } = await setup();
    const person = sim.control.contacts()[1];
    sim.control.setPresence(person?.uri ?? '', 'Offline');
    const watched = pushed('tags:changed', (t) =>
      t.some((p) => p.uri === person?.uri && p.availability === 'Offline'),
    );
    await call('tags:add', { uri: person?.uri });
    await watched;
    const shown = new Promise<void>((resolve) => {
      const off = backend.on('notification', (n) => {
        if (n.intent !== 'statusAlert' || n.outcome.outcome !== 'sent') return;
        off();
        resolve();
      });
    });
    sim.control.setPresence(person?.uri ?? '', 'Online');
    await shown;
    expect(notifier.shown.find((n) => n.title.endsWith('is available'))?.title).toBe(
      `${person?.name} is available`,
    );
    expect((await call<Array<{ uri: string }>>('tags:list')).map((t) => t.uri)).toEqual([person?.uri]);
    expect(await call('tags:remove', { uri: person?.uri })).toEqual([]);

    const delegation = await call<{ delegates: Array<{ uri: string }>; delegators: Array<{ uri: string }> }>(
      'delegation:get',
    );
    const server = (kind: string) => sim.control.groups().find((g) => g.kind === kind)?.members;
    expect(delegation.delegates.map((p) => p.uri)).toEqual(server('delegatesGroup'));
    expect(delegation.delegators.map((p) => p.uri)).toEqual(server('delegatorsGroup'));
  });
});
