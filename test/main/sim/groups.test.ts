// Contact-list editing with the unified contact store, over real HTTP in JSON and XML: groups created, renamed and
// deleted (ETags, 409 on a duplicate name), people found by search and added to groups, taken out of one group or
// all of them, distribution groups, the system groups, the server's refusals — each change told to applications with
// a contacts-and-groups subscription, in the shapes the reference pages give.
import { afterEach, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../../main/sim/index.js';
import {
  type Format,
  type Model,
  decode,
  link,
  send,
  signIn,
  subscribeToContacts,
  type Session,
} from './helpers.js';
import { type Ev, decodeBatch, readUntil } from './raw.js';

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const describeEvent = (e: Ev): string => `${e.rel} ${e.type}${e.in ? ` in ${e.in}` : ''}`;
const reader = (s: Session, format: Format) => async (href: string) =>
  decodeBatch(await (await s.get(href, format)).text(), format);
const codeOf = async (r: Response): Promise<string> => {
  const t = await r.text();
  return /"subcode":"(\w+)"|<subcode>(\w+)<\/subcode>/.exec(t)?.slice(1).find(Boolean) ?? '';
};

/** Someone in the address book but not in the contact list, found by search. */
async function stranger(s: Session, format: Format, sim: Simulator): Promise<Model> {
  const listed = new Set(sim.control.contacts().map((c) => c.uri));
  const found = await s.model(`${link(s, 'people', 'search')}?query=contoso&limit=100`, format);
  const person = found.embedded.contact?.find((c) => !listed.has(String(c.properties.uri)));
  if (!person) throw new Error('no one outside the contact list');
  return person;
}

describe.each(['json', 'xml'] as const)('groups (%s)', (format) => {
  it('creates, renames and deletes a group, with ETags, 409 on a duplicate name, and events for each', async () => {
    sim = await startSimulator();
    const s = await signIn(sim);
    await subscribeToContacts(s);
    const people = await s.model(link(s, 'people', 'self'), format);
    expect(people.links.myGroups?.[0]?.revision).toBe('2');
    expect(people.links.myGroupMemberships?.[0]?.revision).toBe('2');
    const myGroups = link(s, 'people', 'myGroups');
    const created = await send(s, 'POST', myGroups, format, { displayName: 'Project X' });
    expect(created.status).toBe(204);
    const href = created.headers.get('location') ?? '';
    const first = await s.get(href, format);
    const etag = first.headers.get('etag') ?? '';
    expect(decode(await first.text(), format).properties.name).toBe('Project X');
    expect((await s.model(myGroups, format)).links.group?.map((l) => l.href)).toContain(href);
    const duplicate = await send(s, 'POST', myGroups, format, { displayName: 'project x' });
    expect(duplicate.status).toBe(409);
    expect(await codeOf(duplicate)).toBe('AlreadyExists');

    const put = (name: string, headers: Record<string, string>) =>
      send(s, 'PUT', href, format, { rel: 'group', name }, headers);
    expect((await put('Project Y', {})).status).toBe(428);
    expect((await put('Project Y', { 'If-Match': '"1"' })).status).toBe(412);
    expect((await put('Sales', { 'If-Match': etag })).status).toBe(409);
    const renamed = await put('Project Y', { 'If-Match': etag });
    expect(renamed.status).toBe(200);
    expect(renamed.headers.get('etag')).not.toBe(etag);
    expect((await s.model(href, format)).properties.name).toBe('Project Y');
    expect((await s.get(href, format, { 'If-None-Match': renamed.headers.get('etag') ?? '' })).status).toBe(
      304,
    );
    const other = (await s.model(myGroups, format)).links.defaultGroup?.[0]?.href ?? '';
    const system = await send(s, 'PUT', other, format, { name: 'Mine' }, { 'If-Match': '*' });
    expect(system.status).toBe(403);
    expect(await codeOf(system)).toBe('OperationNotSupported');

    expect((await send(s, 'DELETE', href, format)).status).toBe(204);
    expect((await s.get(href, format)).status).toBe(404);
    const out = await readUntil(
      reader(s, format),
      s.app._links.events?.href ?? '',
      (e) => e.type === 'deleted',
    );
    expect(out.events.map(describeEvent)).toEqual([
      'group added in myGroups',
      'group updated',
      'group deleted in myGroups',
    ]);
    expect(out.events.every((e) => e.sender === 'people' && e.href === href)).toBe(true);
  });

  it('adds someone found by search to a group and to Favorites, then takes them out of one and of all', async () => {
    sim = await startSimulator();
    const s = await signIn(sim);
    await subscribeToContacts(s);
    const person = await stranger(s, format, sim);
    const uri = String(person.properties.uri);
    // Someone not in the list still has a level, and it can be read.
    const level = await s.model(person.links.contactPrivacyRelationship?.[0]?.href ?? '', format);
    expect(level.properties.relationshipLevel).toBe('Colleagues');
    const groups = await s.model(link(s, 'people', 'myGroups'), format);
    const sales = groups.embedded.group?.find((g) => g.properties.name === 'Sales');
    const favorites = groups.links.pinnedGroup?.[0]?.href ?? '';
    const memberships = link(s, 'people', 'myGroupMemberships');
    const added = await send(s, 'POST', memberships, format, {
      contactUri: uri,
      groupId: String(sales?.properties.id),
    });
    expect(added.status).toBe(201);
    const membership = decode(await added.text(), format);
    expect(membership.rel).toBe('myGroupMembership');
    expect(membership.href).toBe(added.headers.get('location'));
    expect(membership.links.group?.[0]?.href).toBe(sales?.href);
    expect(membership.links.contact?.[0]?.href).toBe(person.href);
    const again = await send(s, 'POST', memberships, format, {
      contactUri: uri,
      groupId: String(sales?.properties.id),
    });
    expect(again.status).toBe(409);
    expect(await codeOf(again)).toBe('AlreadyExists');
    const pinnedId = String((await s.model(favorites, format)).properties.id);
    expect((await send(s, 'POST', memberships, format, { contactUri: uri, groupId: pinnedId })).status).toBe(
      201,
    );
    const inList = async () =>
      ((await s.model(link(s, 'people', 'myContacts'), format)).embedded.contact ?? []).some(
        (c) => c.properties.uri === uri,
      );
    expect(await inList()).toBe(true);
    const salesContacts = await s.model(sales?.links.groupContacts?.[0]?.href ?? '', format);
    expect(salesContacts.embedded.contact?.map((c) => c.properties.uri)).toContain(uri);
    const ofSales = await s.model(`${memberships}?groupId=${String(sales?.properties.id)}`, format);
    expect(ofSales.embedded.myGroupMembership?.map((m) => m.href)).toContain(membership.href);

    expect((await send(s, 'DELETE', membership.href ?? '', format)).status).toBe(204);
    expect((await send(s, 'DELETE', membership.href ?? '', format)).status).toBe(404);
    expect(await inList()).toBe(true); // still a Favorite
    const all = (await s.model(memberships, format)).links.removeContactFromAllGroups?.[0]?.href ?? '';
    expect((await send(s, 'POST', all, format, { contactUri: uri })).status).toBe(204);
    expect(await inList()).toBe(false);
    expect((await send(s, 'POST', all, format, { contactUri: uri })).status).toBe(404);
    // Without a group, a contact goes to Other Contacts.
    const plain = await send(s, 'POST', memberships, format, { contactUri: uri });
    expect(decode(await plain.text(), format).links.defaultGroup).toBeDefined();

    const out = await readUntil(
      reader(s, format),
      s.app._links.events?.href ?? '',
      (e) => e.in === 'defaultGroup',
    );
    expect(out.events.map(describeEvent)).toEqual([
      'contact added in myContacts',
      'contact added in group',
      'contact added in pinnedGroup',
      'contact deleted in group',
      'contact deleted in pinnedGroup',
      'contact deleted in myContacts',
      'contact added in myContacts',
      'contact added in defaultGroup',
    ]);
    expect(out.events.every((e) => e.href === person.href)).toBe(true);
  });

  it('refuses what a real server refuses, and changes nothing', async () => {
    sim = await startSimulator({ contactLimit: 41 });
    const s = await signIn(sim);
    const groups = await s.model(link(s, 'people', 'myGroups'), format);
    const idOf = async (rel: string) =>
      String((await s.model(groups.links[rel]?.[0]?.href ?? '', format)).properties.id);
    const memberships = link(s, 'people', 'myGroupMemberships');
    const add = (contactUri: string, groupId?: string) =>
      send(s, 'POST', memberships, format, groupId === undefined ? { contactUri } : { contactUri, groupId });
    const [one, two] = ['sip:first.new@contoso.com', 'sip:second.new@contoso.com'];
    expect((await add(one)).status).toBe(201); // the 41st contact
    const full = await add(two);
    expect([full.status, await codeOf(full)]).toEqual([409, 'LimitExceeded']);
    for (const rel of ['delegatorsGroup', 'myOrganizationGroup', 'delegatesGroup']) {
      const r = await add(one, await idOf(rel));
      expect([rel, r.status, await codeOf(r)]).toEqual([rel, 403, 'OperationNotSupported']);
    }
    const dl = await add(one, await idOf('distributionGroup'));
    expect(dl.status).toBe(403);
    expect((await add('nobody')).status).toBe(400);
    expect((await add(one, 'no-such-group')).status).toBe(404);
    expect(sim.control.contacts()).toHaveLength(41);
    const orgMembers = await s
      .model(`${memberships}?groupId=${await idOf('myOrganizationGroup')}`, format)
      .catch((e: Error) => e);
    expect(String(orgMembers)).toContain('403');
  });

  it('finds a distribution group, adds it to the contact list, expands it, and takes it out', async () => {
    sim = await startSimulator();
    const s = await signIn(sim);
    await subscribeToContacts(s);
    const found = await s.model(
      `${link(s, 'people', 'search')}?query=${encodeURIComponent('Sales Team')}`,
      format,
    );
    const dl = found.embedded.distributionGroup?.[0];
    expect(dl?.properties).toMatchObject({ name: 'Sales Team', uri: 'sip:sales@contoso.com' });
    expect(found.embedded.contact ?? []).toEqual([]);
    const addHref = dl?.links.addToContactList?.[0]?.href ?? '';
    expect((await send(s, 'POST', addHref, format)).status).toBe(204);
    const again = await send(s, 'POST', addHref, format);
    expect([again.status, await codeOf(again)]).toEqual([409, 'AlreadyExists']);
    const listed = await s.model(link(s, 'people', 'myGroups'), format);
    expect(listed.links.distributionGroup?.map((l) => l.href)).toContain(dl?.href);
    const expanded = await s.model(dl?.links.expandDistributionGroup?.[0]?.href ?? '', format);
    const members = sim.control.groups().find((g) => g.uri === 'sip:sales@contoso.com')?.members;
    expect(expanded.embedded.contact?.map((c) => c.properties.uri)).toEqual(members);
    expect(members?.length).toBeGreaterThan(0);
    expect((await send(s, 'POST', dl?.links.removeFromContactList?.[0]?.href ?? '', format)).status).toBe(
      204,
    );
    const out = await readUntil(
      reader(s, format),
      s.app._links.events?.href ?? '',
      (e) => e.type === 'deleted',
    );
    expect(out.events.map(describeEvent)).toEqual([
      'distributionGroup added in myGroups',
      'distributionGroup deleted in myGroups',
    ]);
  });

  it('shows the system groups: Favorites, Other Contacts, the organization, delegates and delegators', async () => {
    sim = await startSimulator();
    const s = await signIn(sim);
    const groups = await s.model(link(s, 'people', 'myGroups'), format);
    const contactsOf = async (rel: string) => {
      const g = await s.model(groups.links[rel]?.[0]?.href ?? '', format);
      expect(g.rel).toBe(rel);
      const list = await s.model(g.links.groupContacts?.[0]?.href ?? '', format);
      return (list.embedded.contact ?? []).map((c) => String(c.properties.uri));
    };
    const server = (kind: string) => sim?.control.groups().find((g) => g.kind === kind)?.members;
    expect(await contactsOf('pinnedGroup')).toEqual(server('pinnedGroup'));
    expect(await contactsOf('defaultGroup')).toEqual(server('defaultGroup'));
    const organization = await contactsOf('myOrganizationGroup');
    expect(organization.length).toBeGreaterThanOrEqual(4); // manager, peers, reports
    expect(organization).toEqual(server('myOrganizationGroup'));
    expect((await contactsOf('delegatesGroup')).length).toBeGreaterThan(0);
    expect((await contactsOf('delegatorsGroup')).length).toBeGreaterThan(0);
  });

  it('searches by name, e-mail and SIP address, with a limit', async () => {
    sim = await startSimulator();
    const s = await signIn(sim);
    const [c] = sim.control.contacts();
    const search = (q: string) => s.model(`${link(s, 'people', 'search')}?${q}`, format);
    const byName = await search(`query=${encodeURIComponent(c?.name ?? '')}`);
    expect(byName.embedded.contact?.map((x) => x.properties.uri)).toContain(c?.uri);
    const byMail = await search(`mail=${encodeURIComponent(c?.emailAddresses[0] ?? '')}`);
    expect(byMail.embedded.contact?.map((x) => x.properties.uri)).toEqual([c?.uri]);
    const limited = await search('query=contoso&limit=2');
    expect(limited.embedded.contact).toHaveLength(2);
    expect(String(limited.properties.moreResultsAvailable)).toMatch(/^(true|True)$/);
    expect((await search('mail=nobody%40nowhere.example')).embedded.contact ?? []).toEqual([]);
  });
});
