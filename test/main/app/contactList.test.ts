// The contact list's groups in the app model, signed in to the simulator over real HTTP in JSON and XML: what a user
// sees (system groups, their own groups, members, levels of people found by search) and each change they make —
// and a change made on the server (another client) showing in the model through the contacts-and-groups events.
import { afterEach, describe, expect, it } from 'vitest';
import { createAppModel, memoryHistoryStore } from '../../../main/app/index.js';
import type { AppEvents, AppModel } from '../../../main/app/index.js';
import type { ContactListView } from '../../../main/app/contactListViews.js';
import { startSimulator } from '../../../main/sim/index.js';
import type { SimOptions, Simulator } from '../../../main/sim/index.js';
import { simAccount } from '../../support/signIn.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

async function signedIn(format: 'json' | 'xml', options: SimOptions = {}) {
  const sim: Simulator = await startSimulator({ seed: 11, ...options });
  const requests: string[] = [];
  const off = sim.control.onRequest((r) => requests.push(`${r.method} ${r.path}`));
  const model = createAppModel({ historyStore: memoryHistoryStore(), endpointId: `cl-${format}`, format });
  cleanups.push(async () => {
    off();
    await model.signOut();
    await sim.close();
  });
  await model.signIn(simAccount(sim));
  await model.settled();
  return { sim, model, requests };
}

/** Resolves with the first view (the current one included) that satisfies `ok`: waits on the model's pushes. */
function until(model: AppModel, ok: (v: ContactListView) => boolean): Promise<ContactListView> {
  return new Promise((resolve) => {
    if (ok(model.contactList.view())) return resolve(model.contactList.view());
    const off = model.contactList.onChange((v) => {
      if (!ok(v)) return;
      off();
      resolve(v);
    });
  });
}

const named = (v: ContactListView, name: string) => v.groups.find((g) => g.name === name);
const serverGroup = (sim: Simulator, name: string) => sim.control.groups().find((g) => g.name === name);

/** Someone in the address book who is not in the contact list. */
function stranger(sim: Simulator, model: AppModel, found: { uri: string }[]): string {
  const listed = new Set(sim.control.contacts().map((c) => c.uri));
  const inModel = new Set(model.contacts().map((c) => c.uri));
  const person = found.find((p) => !listed.has(p.uri) && !inModel.has(p.uri));
  if (person === undefined) throw new Error('no one outside the contact list');
  return person.uri;
}

describe.each(['json', 'xml'] as const)('contact list in the app model (%s)', (format) => {
  it('shows the system groups and the user’s own groups with the server’s members', async () => {
    const { sim, model } = await signedIn(format);
    const view = await model.contactList.load();
    expect(view.state).toBe('ready');
    expect(view.reason).toBeUndefined();
    expect(view.canCreateGroups && view.canAddMembers && view.canRemoveFromAll).toBe(true);
    const kinds = view.groups.map((g) => g.kind);
    for (const kind of [
      'pinnedGroup',
      'defaultGroup',
      'myOrganizationGroup',
      'delegatesGroup',
      'delegatorsGroup',
    ])
      expect(kinds).toContain(kind);
    expect(kinds[0]).toBe('pinnedGroup'); // Favorites first
    for (const g of sim.control.groups().filter((x) => x.kind !== 'distributionGroup')) {
      const shown = view.groups.find((x) => x.id === g.id);
      expect(
        shown?.members.map((m) => m.uri),
        g.name,
      ).toEqual(g.members);
      expect(shown?.editable, g.name).toBe(g.kind === 'group');
    }
    const favorites = view.groups[0];
    for (const m of favorites?.members ?? []) expect(m.level).toBe(sim.control.getLevel(m.uri));
  });

  it('creates, renames and deletes a group; a duplicate name is refused in words and changes nothing', async () => {
    const { sim, model } = await signedIn(format);
    await model.contactList.load();
    let view = await model.contactList.createGroup('Project X');
    const created = named(view, 'Project X');
    expect(created?.editable).toBe(true);
    expect(serverGroup(sim, 'Project X')?.id).toBe(created?.id);
    await expect(model.contactList.createGroup('project x')).rejects.toThrow(/already a group/i);
    expect(sim.control.groups().filter((g) => g.name.toLowerCase() === 'project x')).toHaveLength(1);
    view = await model.contactList.renameGroup(created?.id ?? '', 'Project Y');
    expect(named(view, 'Project Y')?.id).toBe(created?.id);
    expect(serverGroup(sim, 'Project Y')).toBeDefined();
    view = await model.contactList.deleteGroup(created?.id ?? '');
    expect(named(view, 'Project Y')).toBeUndefined();
    expect(serverGroup(sim, 'Project Y')).toBeUndefined();
    await expect(model.contactList.renameGroup(view.groups[0]?.id ?? '', 'Mine')).rejects.toThrow(
      /does not offer/i,
    );
  });

  it('finds people by name with a limit, each with a level, and changes an unlisted person’s level', async () => {
    const { sim, model } = await signedIn(format);
    const few = await model.contactList.search('contoso', 3);
    expect(few.people).toHaveLength(3);
    expect(few.moreResultsAvailable).toBe(true);
    const all = await model.contactList.search('contoso', 100);
    const uri = stranger(sim, model, all.people);
    const found = all.people.find((p) => p.uri === uri);
    expect(found?.inContactList).toBe(false);
    expect(found?.level).toBe(sim.control.getLevel(uri));
    const to = found?.level === 'Workgroup' ? 'Blocked' : 'Workgroup';
    await model.contactList.setLevel(uri, to);
    expect(sim.control.getLevel(uri)).toBe(to);
    const again = await model.contactList.search(found?.name ?? '', 5);
    expect(again.people.find((p) => p.uri === uri)?.level).toBe(to);
    const listed = all.people.find((p) => p.inContactList);
    expect(listed?.level).toBe(model.contacts().find((c) => c.uri === listed?.uri)?.level);
  });

  it('adds a found person to a group, takes them out of it, and out of every group', async () => {
    const { sim, model } = await signedIn(format);
    const view = await model.contactList.load();
    const favorites = view.groups.find((g) => g.kind === 'pinnedGroup');
    const others = view.groups.find((g) => g.kind === 'defaultGroup');
    const uri = stranger(sim, model, (await model.contactList.search('contoso', 100)).people);

    let now = await model.contactList.addToGroup(uri, favorites?.id);
    expect(now.groups.find((g) => g.id === favorites?.id)?.members.map((m) => m.uri)).toContain(uri);
    expect(serverGroup(sim, favorites?.name ?? '')?.members).toContain(uri);
    await model.contactList.addToGroup(uri, others?.id);
    // The contact list itself follows (a snapshot after the server's contact added event).
    await until(model, () => model.contacts().some((c) => c.uri === uri));
    await model.settled();
    expect(model.contacts().some((c) => c.uri === uri)).toBe(true);

    now = await model.contactList.removeFromGroup(uri, favorites?.id ?? '');
    expect(now.groups.find((g) => g.id === favorites?.id)?.members.map((m) => m.uri)).not.toContain(uri);
    expect(now.groups.find((g) => g.id === others?.id)?.members.map((m) => m.uri)).toContain(uri);
    now = await model.contactList.removeContact(uri);
    expect(now.groups.some((g) => g.members.some((m) => m.uri === uri))).toBe(false);
    expect(sim.control.contacts().some((c) => c.uri === uri)).toBe(false);
    await model.settled();
    await until(model, () => !model.contacts().some((c) => c.uri === uri));
  });

  it('shows a change made on the server (another client) at once, through the contact-list events', async () => {
    const { sim, model, requests } = await signedIn(format);
    await model.contactList.load();
    const id = sim.control.createGroup('Made elsewhere');
    await until(model, (v) => named(v, 'Made elsewhere') !== undefined);
    const someone = sim.control.contacts()[0]?.uri ?? '';
    sim.control.addToGroup(someone, id);
    await until(model, (v) => named(v, 'Made elsewhere')?.members.some((m) => m.uri === someone) === true);
    sim.control.renameGroup(id, 'Renamed elsewhere');
    await until(model, (v) => named(v, 'Renamed elsewhere') !== undefined);
    const before = requests.length;
    sim.control.deleteGroup(id);
    const after = await until(model, (v) => named(v, 'Renamed elsewhere') === undefined);
    expect(after.state).toBe('ready');
    // One re-read for the burst (myGroups, then two batches), not one per event.
    await model.settled();
    expect(requests.slice(before).filter((r) => r.endsWith('/people/groups')).length).toBeLessThanOrEqual(2);
  });

  it('adds a distribution group found by search, expands it and takes it out again', async () => {
    const { sim, model } = await signedIn(format);
    await model.contactList.load();
    const dl = sim.control.groups().find((g) => g.kind === 'distributionGroup' && !g.inContactList);
    expect(dl).toBeDefined();
    const found = await model.contactList.search(dl?.name ?? '', 10);
    const shown = found.distributionGroups.find((g) => g.id === dl?.id);
    expect(shown?.canAddToContactList).toBe(true);
    let view = await model.contactList.listDistributionGroup(dl?.id ?? '', true);
    expect(view.groups.some((g) => g.id === dl?.id && g.kind === 'distributionGroup')).toBe(true);
    expect(sim.control.groups().find((g) => g.id === dl?.id)?.inContactList).toBe(true);
    const members = await model.contactList.expandDistributionGroup(dl?.id ?? '');
    expect(members.map((m) => m.uri)).toEqual(dl?.members);
    view = await model.contactList.listDistributionGroup(dl?.id ?? '', false);
    expect(view.groups.some((g) => g.id === dl?.id)).toBe(false);
  });

  it('without the unified contact store: the groups show, read-only, with a word why, and nothing is sent', async () => {
    const { model, requests } = await signedIn(format, { unifiedContactStore: false });
    const view = await model.contactList.load();
    expect(view.state).toBe('ready');
    expect(view.canCreateGroups || view.canAddMembers || view.canRemoveFromAll).toBe(false);
    expect(view.reason).toMatch(/unified contact store/);
    expect(view.groups.every((g) => !g.editable)).toBe(true);
    const before = requests.length;
    await expect(model.contactList.createGroup('Nope')).rejects.toMatchObject({ code: 'NotAvailable' });
    await expect(model.contactList.addToGroup('sip:someone@contoso.com')).rejects.toMatchObject({
      code: 'NotAvailable',
    });
    expect(requests.slice(before).filter((r) => !r.includes('/events'))).toEqual([]);
  });

  it('a 500 in the middle of a change: the error reaches the caller and the groups stay as the server has them', async () => {
    const { sim, model } = await signedIn(format);
    await model.contactList.load();
    sim.control.faults.failNext(1, 500, { match: /people\/groups$/ });
    await expect(model.contactList.createGroup('Flaky')).rejects.toMatchObject({ status: 500 });
    const view = await model.contactList.load();
    expect(named(view, 'Flaky')).toBeUndefined();
    expect(view.groups.length).toBe(
      sim.control.groups().filter((g) => g.kind !== 'distributionGroup' || g.inContactList).length,
    );
  });

  it('shows My delegates and People I manage calls for, and names the person a call is on behalf of from it', async () => {
    const { sim, model } = await signedIn(format);
    const server = (kind: string) => sim.control.groups().find((g) => g.kind === kind)?.members ?? [];
    const delegation = (await model.contactList.load()) && model.contactList.delegation();
    expect(delegation.delegates.map((p) => p.uri)).toEqual(server('delegatesGroup'));
    expect(delegation.delegators.map((p) => p.uri)).toEqual(server('delegatorsGroup'));
    const boss = delegation.delegators[0];
    const caller = sim.control.contacts()[0];
    expect(boss).toBeDefined();
    const got = new Promise<AppEvents['invitation']>((resolve) => {
      const off = model.on('invitation', (i) => {
        off();
        resolve(i);
      });
    });
    sim.control.sendInvitation({
      kind: 'audioVideo',
      from: caller?.uri ?? '',
      delegator: boss?.uri,
      subject: 'Q3',
    });
    const inv = await got;
    expect(inv.delegator).toMatchObject({ uri: boss?.uri, name: boss?.name });
    expect(inv.from.uri).toBe(caller?.uri);
  });
});
