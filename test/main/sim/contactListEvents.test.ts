// The contact list changed from elsewhere (another client, an administrator: the control API, in process and over
// /_sim/), without the unified contact store, and with faults on the new paths.
import { afterEach, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../../main/sim/index.js';
import { type Format, link, send, signIn, subscribeToContacts, type Session } from './helpers.js';
import { type Ev, decodeBatch, readUntil } from './raw.js';

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const describeEvent = (e: Ev): string => `${e.rel} ${e.type}${e.in ? ` in ${e.in}` : ''}`;
const reader = (s: Session, format: Format) => async (href: string) =>
  decodeBatch(await (await s.get(href, format)).text(), format);

describe.each(['json', 'xml'] as const)('changes from another client (%s)', (format) => {
  it('reach every application with a contacts-and-groups subscription, and no other', async () => {
    sim = await startSimulator();
    const s = await signIn(sim, 'ep-subscribed');
    const deaf = await signIn(sim, 'ep-unsubscribed');
    await subscribeToContacts(s);
    const control = sim.control;
    const [a, b] = control.contacts();
    const id = control.createGroup('Book club');
    control.renameGroup(id, 'Reading');
    control.addToGroup(a?.uri ?? '', id);
    control.removeFromGroup(a?.uri ?? '', id);
    control.deleteGroup(id);
    const delegates = control.groups().find((g) => g.kind === 'delegatesGroup');
    control.addToGroup(b?.uri ?? '', delegates?.id ?? '');
    const sales = control.groups().find((g) => g.uri === 'sip:sales@contoso.com');
    control.listDistributionGroup(sales?.id ?? '', true);
    control.setOrganization({ manager: b?.uri, peers: [], reports: [a?.uri ?? ''] });
    const out = await readUntil(
      reader(s, format),
      s.app._links.events?.href ?? '',
      (e) => e.rel === 'myOrganizationGroup',
    );
    expect(out.events.map(describeEvent)).toEqual([
      'group added in myGroups',
      'group updated',
      'contact added in group',
      'contact deleted in group',
      'group deleted in myGroups',
      'contact added in delegatesGroup',
      'distributionGroup added in myGroups',
      'myOrganizationGroup updated',
    ]);
    const org = await s.model(link(s, 'people', 'myGroups'), format);
    const orgGroup = await s.model(org.links.myOrganizationGroup?.[0]?.href ?? '', format);
    const orgContacts = await s.model(orgGroup.links.groupContacts?.[0]?.href ?? '', format);
    expect(orgContacts.embedded.contact?.map((c) => c.properties.uri)).toEqual([b?.uri, a?.uri]);
    // An application without the subscription heard none of it: its first answer is the timeout-free makeMeAvailable.
    await send(deaf, 'POST', link(deaf, 'me', 'makeMeAvailable'), format, {});
    const heard = await reader(deaf, format)(deaf.app._links.events?.href ?? '');
    expect(heard.events.filter((e) => e.sender === 'people')).toEqual([]);
  });

  it('are offered over HTTP under /_sim/ too, with the same refusals', async () => {
    sim = await startSimulator();
    const origin = sim.origin;
    const call = (method: string, path: string, body?: unknown) =>
      fetch(`${origin}/_sim/${path}`, {
        method,
        headers: { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    const created = (await (await call('POST', 'groups', { name: 'Runners' })).json()) as { id: string };
    expect((await call('POST', 'groups', { name: 'runners' })).status).toBe(409);
    expect((await call('POST', 'groups/rename', { id: created.id, name: 'Cyclists' })).status).toBe(204);
    const who = sim.control.contacts()[0]?.uri ?? '';
    expect((await call('POST', 'memberships', { uri: who, groupId: created.id })).status).toBe(204);
    const groups = (await (await call('GET', 'groups')).json()) as Array<{
      id: string;
      name: string;
      members: string[];
    }>;
    expect(groups.find((g) => g.id === created.id)).toMatchObject({ name: 'Cyclists', members: [who] });
    expect(
      (await call('DELETE', `memberships?uri=${encodeURIComponent(who)}&groupId=${created.id}`)).status,
    ).toBe(204);
    expect((await call('POST', 'distributionGroups', { id: 'dl-sales', inContactList: 'yes' })).status).toBe(
      400,
    );
    expect((await call('POST', 'distributionGroups', { id: 'dl-sales', inContactList: true })).status).toBe(
      204,
    );
    expect((await call('POST', 'organization', { manager: who, peers: [], reports: [] })).status).toBe(204);
    expect((await call('DELETE', `groups?id=${created.id}`)).status).toBe(204);
    expect(sim.control.groups().some((g) => g.id === created.id)).toBe(false);
  });
});

describe.each(['json', 'xml'] as const)('without the unified contact store (%s)', (format) => {
  it('offers no write links and answers 403 to every change, while reading still works', async () => {
    sim = await startSimulator({ unifiedContactStore: false });
    const s = await signIn(sim);
    const people = await s.model(link(s, 'people', 'self'), format);
    expect(people.links.myGroups?.[0]?.revision).toBeUndefined();
    expect(people.links.myGroupMemberships?.[0]?.revision).toBeUndefined();
    const memberships = await s.model(link(s, 'people', 'myGroupMemberships'), format);
    expect(memberships.links.removeContactFromAllGroups).toBeUndefined();
    const groups = await s.model(link(s, 'people', 'myGroups'), format);
    expect(groups.links.group?.[0]?.revision).toBeUndefined();
    expect(groups.embedded.distributionGroup?.[0]?.links.addToContactList).toBeUndefined();
    const [c] = sim.control.contacts();
    const group = groups.links.group?.[0]?.href ?? '';
    const base = link(s, 'people', 'myGroupMemberships');
    for (const r of [
      await send(s, 'POST', link(s, 'people', 'myGroups'), format, { displayName: 'New' }),
      await send(s, 'POST', base, format, { contactUri: 'sip:someone@contoso.com' }),
      await send(s, 'POST', `${base}/removeContactFromAllGroups`, format, { contactUri: c?.uri ?? '' }),
      await send(s, 'PUT', group, format, { name: 'Renamed' }, { 'If-Match': '*' }),
      await send(s, 'DELETE', group, format),
    ]) {
      expect(r.status).toBe(403);
      expect(await r.text()).toContain('Forbidden');
    }
    expect(sim.control.contacts()).toHaveLength(40);
    // Another client (the desktop client keeps such lists) still changes it.
    sim.control.createGroup('From the desktop');
    expect(
      (await s.model(link(s, 'people', 'myGroups'), format)).embedded.group?.map((g) => g.properties.name),
    ).toContain('From the desktop');
  });
});

describe('faults on the contact-list paths', () => {
  it('a failed or dropped change changes nothing, and the next one goes through', async () => {
    sim = await startSimulator();
    const s = await signIn(sim);
    const memberships = link(s, 'people', 'myGroupMemberships');
    const contactUri = 'sip:new.colleague@contoso.com';
    sim.control.faults.failNext(1, 500, {
      match: /\/people\/groupMemberships$/,
      subcode: 'CallbackChannelError',
    });
    const failed = await send(s, 'POST', memberships, 'json', { contactUri });
    expect(failed.status).toBe(500);
    expect(await failed.text()).toContain('CallbackChannelError');
    sim.control.faults.dropNext(1, { match: /\/people\/groups$/ });
    await expect(
      send(s, 'POST', link(s, 'people', 'myGroups'), 'json', { displayName: 'Dropped' }),
    ).rejects.toThrow();
    expect(sim.control.contacts().some((c) => c.uri === contactUri)).toBe(false);
    expect(sim.control.groups().some((g) => g.name === 'Dropped')).toBe(false);
    expect((await send(s, 'POST', memberships, 'json', { contactUri })).status).toBe(201);
    sim.control.faults.malformedNext(1, { match: /\/people\/search/ });
    const broken = await s.get(`${link(s, 'people', 'search')}?query=x`);
    expect(broken.status).toBe(200);
    const text = await broken.text();
    expect(() => JSON.parse(text) as unknown).toThrow();
    expect((await s.get(`${link(s, 'people', 'search')}?query=x`)).status).toBe(200);
  });
});
