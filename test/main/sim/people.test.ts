import { afterEach, describe, expect, it } from 'vitest';
import { createManualClock, startSimulator, type Simulator } from '../../../main/sim/index.js';
import { decode, link, makeAvailable, signIn, subscribeToContacts, until } from './helpers.js';

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

describe.each(['json', 'xml'] as const)('people (%s)', (format) => {
  it('lists every contact with its seed properties, and groups them by level in myPrivacyRelationships', async () => {
    sim = await startSimulator();
    const s = await signIn(sim);
    const contacts = await s.model(link(s, 'people', 'myContacts'), format);
    const list = contacts.embedded.contact ?? [];
    expect(list).toHaveLength(40);
    const seeds = new Map(sim.control.contacts().map((c) => [c.uri, c]));
    for (const c of list) {
      const seed = seeds.get(String(c.properties.uri));
      expect(c.properties.name).toBe(seed?.name);
      expect(c.properties.sourceNetwork).toBe(seed?.sourceNetwork);
      expect(c.links.contactPrivacyRelationship?.[0]?.revision).toBe('2');
      for (const k of ['workPhoneNumber', 'mobilePhoneNumber'])
        if (c.properties[k]) expect(String(c.properties[k])).toMatch(/^tel:\+/);
    }
    const rels = await s.model(link(s, 'people', 'myPrivacyRelationships'), format);
    const contactHrefs = new Set(list.map((c) => c.href));
    let total = 0;
    for (const level of rels.embedded.myPrivacyRelationship ?? []) {
      for (const l of level.links.contact ?? []) {
        expect(contactHrefs.has(l.href)).toBe(true);
        expect(seeds.get(`sip:${l.href.split('/people/')[1]}`)?.level).toBe(
          level.properties.relationshipLevel,
        );
        total++;
      }
    }
    expect(total).toBe(40);
  });

  it('GET/PUT/reset contactPrivacyRelationship with ETag, 304, 428, 412 and the auto-assigned level', async () => {
    sim = await startSimulator();
    const s = await signIn(sim);
    const c = sim.control.contacts().find((x) => x.sourceNetwork === 'SameEnterprise');
    const href = `${s.app._embedded.people?._links.self?.href}/${c?.uri.slice(4)}/privacyRelationship`;
    const first = await s.get(href, format);
    const etag = first.headers.get('etag') ?? '';
    const model = decode(await first.text(), format);
    expect(model.properties.relationshipLevel).toBe(c?.level);
    expect(model.links.resetContactPrivacyRelationship).toBeDefined();
    expect((await s.get(href, format, { 'If-None-Match': etag })).status).toBe(304);
    const body =
      format === 'json'
        ? JSON.stringify({ rel: 'contactPrivacyRelationship', relationshipLevel: 'FriendsAndFamily' })
        : '<resource xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa"><property name="rel">contactPrivacyRelationship</property><property name="relationshipLevel">FriendsAndFamily</property></resource>';
    const put = (headers: Record<string, string>): Promise<Response> =>
      fetch(s.url(href), {
        method: 'PUT',
        headers: { ...s.headers, 'Content-Type': `application/${format}`, ...headers },
        body,
      });
    expect((await put({})).status).toBe(428);
    const ok = await put({ 'If-Match': etag.replace(/"/g, '') }); // unquoted is accepted too
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe('');
    expect(ok.headers.get('etag')).not.toBe(etag);
    expect(sim.control.getLevel(c?.uri ?? '')).toBe('FriendsAndFamily');
    const stale = await put({ 'If-Match': `W/${etag}` });
    expect(stale.status).toBe(412);
    const reset = await fetch(s.url(model.links.resetContactPrivacyRelationship?.[0]?.href ?? ''), {
      method: 'POST',
      headers: s.headers,
    });
    expect(reset.status).toBe(204);
    expect(sim.control.getLevel(c?.uri ?? '')).toBe('Colleagues');
    const current = (await s.get(href, format)).headers.get('etag') ?? '';
    const bad = await fetch(s.url(href), {
      method: 'PUT',
      headers: {
        ...s.headers,
        'Content-Type': `application/${format}`,
        Accept: `application/${format}`,
        'If-Match': current,
      },
      body: format === 'json' ? '{"relationshipLevel":' : '<resource><property name="relationshipLevel">',
    });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('DeserializationFailure');
  });

  it('delivers an invitation on behalf of a manager, with onBehalfOf and delegator links that GET as contacts', async () => {
    sim = await startSimulator();
    const s = await signIn(sim);
    const next = await makeAvailable(s);
    const [assistant, manager] = sim.control.contacts();
    const pget = s.get(next, format);
    await until(() => sim?.control.parkedPGets() === 1);
    sim.control.sendInvitation({
      kind: 'audioVideo',
      from: assistant?.uri ?? '',
      onBehalfOf: manager?.uri ?? '',
      delegator: manager?.uri ?? '',
      subject: 'Budget',
    });
    const text = await (await pget).text();
    const href =
      format === 'json'
        ? (JSON.parse(text) as { sender: Array<{ events: Array<{ link: { href: string } }> }> }).sender[0]
            ?.events[0]?.link.href
        : /<started rel="audioVideoInvitation" href="([^"]+)"/.exec(text)?.[1];
    const inv = await s.model(href ?? '', format);
    expect(inv.rel).toBe('audioVideoInvitation');
    expect(inv.properties).toMatchObject({
      direction: 'Incoming',
      state: 'Connecting',
      subject: 'Budget',
      delegator: manager?.uri,
    });
    const obo = await s.model(inv.links.onBehalfOf?.[0]?.href ?? '', format);
    expect(obo.rel).toBe('onBehalfOf');
    expect(obo.properties.uri).toBe(manager?.uri);
    const delegator = await s.model(inv.links.delegator?.[0]?.href ?? '', format);
    expect(delegator.rel).toBe('delegator');
    const from = inv.embedded.from?.[0];
    expect(from?.properties.uri).toBe(assistant?.uri);
    expect((await s.model(from?.links.contact?.[0]?.href ?? '', format)).properties.name).toBe(
      assistant?.name,
    );
  });
});

describe('people extras', () => {
  it('presence subscriptions embed presence in their events; a refreshed subscription lives on, a deleted one is 404', async () => {
    sim = await startSimulator();
    const s = await signIn(sim);
    const uris = sim.control
      .contacts()
      .slice(0, 3)
      .map((c) => c.uri);
    const created = await fetch(s.url(link(s, 'people', 'presenceSubscriptions')), {
      method: 'POST',
      headers: { ...s.headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({ duration: 11, Uris: uris }),
    });
    expect(created.status).toBe(201);
    const sub = (await created.json()) as { _links: { self: { href: string } } };
    const batch = (await (await s.get(s.app._links.events?.href ?? '')).json()) as {
      _links: { next: { href: string } };
      sender: Array<{
        events: Array<{ link: { rel: string }; _embedded?: { contactPresence?: { availability: string } } }>;
      }>;
    };
    const presence = batch.sender.flatMap((b) => b.events).filter((e) => e.link.rel === 'contactPresence');
    expect(presence).toHaveLength(3);
    expect(presence.every((e) => typeof e._embedded?.contactPresence?.availability === 'string')).toBe(true);
    sim.control.setPresence(uris[0] ?? '', 'Busy', 'in-a-meeting');
    const next = (await (await s.get(batch._links.next.href)).json()) as typeof batch;
    expect(next.sender[0]?.events[0]?._embedded?.contactPresence?.availability).toBe('Busy');
    const refresh = await fetch(s.url(`${sub._links.self.href}?duration=20`), {
      method: 'POST',
      headers: s.headers,
    });
    expect(refresh.status).toBe(200);
    expect((await fetch(s.url(sub._links.self.href), { method: 'DELETE', headers: s.headers })).status).toBe(
      204,
    );
    expect((await s.get(sub._links.self.href)).status).toBe(404);
  });

  it('writes dates as /Date(ms)/ in JSON and ISO 8601 in XML, in resources and in event batches', async () => {
    const at = Date.UTC(2024, 2, 1, 9, 30, 15, 250);
    sim = await startSimulator({ clock: createManualClock(at) });
    const s = await signIn(sim);
    const c = sim.control.contacts()[0];
    sim.control.setPresence(c?.uri ?? '', 'Away');
    const presence = `${link(s, 'people', 'self')}/${c?.uri.slice(4)}/presence`;
    const json = (await (await s.get(presence, 'json')).json()) as { lastActive: string };
    expect(json.lastActive).toBe(`/Date(${at})/`);
    const xml = decode(await (await s.get(presence, 'xml')).text(), 'xml');
    expect(xml.properties.lastActive).toBe('2024-03-01T09:30:15.250Z');
    // The same presence embedded in a subscription's event, read as XML.
    const created = await fetch(s.url(link(s, 'people', 'presenceSubscriptions')), {
      method: 'POST',
      headers: { ...s.headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({ duration: 11, uris: [c?.uri] }),
    });
    expect(created.status).toBe(201);
    const batch = await (await s.get(s.app._links.events?.href ?? '', 'xml')).text();
    expect(batch).toContain('<property name="lastActive">2024-03-01T09:30:15.250Z</property>');
    expect(batch).not.toContain('/Date(');
  });

  it('answers many GETs in one multipart/batching request, in order, and refuses more than the cap', async () => {
    sim = await startSimulator({ maxBatchParts: 5 });
    const s = await signIn(sim);
    const contacts = sim.control.contacts().slice(0, 4);
    const base = s.app._embedded.people?._links.self?.href ?? '';
    const part = (href: string, accept: string): string =>
      `--b1\r\nContent-Type: application/http; msgtype=request\r\n\r\nGET ${href} HTTP/1.1\r\nAccept: ${accept}\r\n\r\n`;
    const body =
      contacts
        .map((c, i) =>
          part(
            `${base}/${c.uri.slice(4)}/privacyRelationship`,
            i % 2 ? 'application/xml' : 'application/json',
          ),
        )
        .join('') + '--b1--\r\n';
    sim.control.resetStats();
    const r = await fetch(s.url(s.app._links.batch?.href ?? ''), {
      method: 'POST',
      headers: { ...s.headers, 'Content-Type': 'multipart/batching;boundary=b1' },
      body,
    });
    expect(r.status).toBe(200);
    const boundary = /boundary=([^;]+)/.exec(r.headers.get('content-type') ?? '')?.[1] ?? '';
    const parts = (await r.text()).split(`--${boundary}`).slice(1, -1);
    expect(parts).toHaveLength(4);
    parts.forEach((p, i) => {
      expect(p).toContain('msgtype=response');
      expect(p).toContain('HTTP/1.1 200 OK');
      expect(p).toContain(contacts[i]?.level ?? 'x');
    });
    expect(sim.control.stats().requests).toBe(1);
    const tooMany =
      Array.from({ length: 6 }, () => part(`${base}/${contacts[0]?.uri.slice(4)}`, 'application/json')).join(
        '',
      ) + '--b1--\r\n';
    const refused = await fetch(s.url(s.app._links.batch?.href ?? ''), {
      method: 'POST',
      headers: { ...s.headers, 'Content-Type': 'multipart/batching;boundary=b1' },
      body: tooMany,
    });
    expect(refused.status).toBe(413);
  });

  it('serves contact photos as real PNGs with ETags', async () => {
    sim = await startSimulator();
    const s = await signIn(sim);
    const contacts = await s.model(link(s, 'people', 'myContacts'));
    const photo = contacts.embedded.contact?.[0]?.links.contactPhoto?.[0]?.href ?? '';
    const r = await s.get(photo);
    expect(r.headers.get('content-type')).toBe('image/png');
    const bytes = Buffer.from(await r.arrayBuffer());
    expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(bytes.readUInt32BE(16)).toBe(48);
    expect((await s.get(photo, 'json', { 'If-None-Match': r.headers.get('etag') ?? '' })).status).toBe(304);
  });

  it('serves 5,000 contacts and 100 applications, and fans a level change out to all of them', async () => {
    // Plain answers: this is about fanning out, and gzip at both ends of 100 MB in one process would dominate it.
    sim = await startSimulator({ contacts: 5000, gzip: false });
    const sessions = await Promise.all(
      Array.from({ length: 100 }, (_, i) => signIn(sim as Simulator, `ep-${i}`)),
    );
    await Promise.all(sessions.map(subscribeToContacts));
    const s0 = sessions[0];
    const list = await s0?.model(link(s0, 'people', 'myContacts'));
    expect(list?.embedded.contact).toHaveLength(5000);
    expect(new Set(list?.embedded.contact?.map((c) => c.properties.uri)).size).toBe(5000);
    sim.control.setLevels(
      sim.control
        .contacts()
        .slice(0, 1000)
        .map((c) => ({ uri: c.uri, level: 'Blocked' as const })),
    );
    const counts = await Promise.all(
      sessions.map(async (s) => {
        const b = (await (await s.get(s.app._links.events?.href ?? '')).json()) as {
          sender: Array<{ events: unknown[] }>;
        };
        return b.sender.reduce((n, x) => n + x.events.length, 0);
      }),
    );
    expect(counts.every((n) => n === 1000)).toBe(true);
  });
});

describe('who hears of an invitation', () => {
  it('only applications made available, and only in a modality that carries it', async () => {
    sim = await startSimulator();
    const s = await signIn(sim);
    const next = await makeAvailable(s, { modalities: ['Messaging'] });
    const caller = sim.control.contacts()[0]?.uri ?? '';
    sim.control.sendInvitation({ kind: 'audioVideo', from: caller, subject: 'not for a chat-only app' });
    sim.control.sendInvitation({ kind: 'messaging', from: caller, subject: 'for it' });
    const b = (await (await s.get(next)).json()) as {
      sender: Array<{ events: Array<{ link: { rel: string } }> }>;
    };
    expect(b.sender.flatMap((x) => x.events.map((e) => e.link.rel))).toEqual(['messagingInvitation']);
    const again = await fetch(s.url(link(s, 'me', 'makeMeAvailable')), {
      method: 'POST',
      headers: { ...s.headers, Accept: 'application/json', 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(again.status).toBe(409);
    expect(((await again.json()) as { subcode: string }).subcode).toBe('AlreadyExists');
  });
});

describe('who hears of a relationship change', () => {
  it('tells applications subscribed to the contact list or to that contact, and no other', async () => {
    sim = await startSimulator();
    const target = sim.control.contacts()[0]?.uri ?? '';
    const list = await signIn(sim, 'ep-list');
    const presence = await signIn(sim, 'ep-presence');
    const none = await signIn(sim, 'ep-none');
    await subscribeToContacts(list);
    const created = await fetch(presence.url(link(presence, 'people', 'presenceSubscriptions')), {
      method: 'POST',
      headers: { ...presence.headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({ duration: 30, uris: [target] }),
    });
    expect(created.status).toBe(201);
    // Available, each drained of its own events: the invitation below then ends every batch, heard or not.
    const next = await Promise.all([list, presence, none].map((s) => makeAvailable(s)));
    sim.control.setLevel(target, 'Blocked');
    sim.control.sendInvitation({ kind: 'messaging', from: 'sip:caller@fabrikam.com' });
    const rels = await Promise.all(
      [list, presence, none].map(async (s, i) => {
        const b = (await (await s.get(next[i] ?? '')).json()) as {
          sender: Array<{ events: Array<{ link: { rel: string } }> }>;
        };
        return b.sender
          .flatMap((x) => x.events.map((e) => e.link.rel))
          .filter((rel) => rel === 'contactPrivacyRelationship' || rel === 'messagingInvitation');
      }),
    );
    expect(rels).toEqual([
      ['contactPrivacyRelationship', 'messagingInvitation'],
      ['contactPrivacyRelationship', 'messagingInvitation'],
      ['messagingInvitation'],
    ]);
  });
});

describe('contact list and invitation endings', () => {
  it('sends contact added/deleted to subscribed applications and completes invitations with a reason', async () => {
    sim = await startSimulator();
    const s = await signIn(sim);
    await subscribeToContacts(s); // throws unless the server answers 200
    const next = await makeAvailable(s, { modalities: ['Messaging'] });
    sim.control.addContact({ uri: 'sip:new.hire@contoso.com', name: 'New Hire' });
    const id = sim.control.sendInvitation({
      kind: 'messaging',
      from: 'sip:new.hire@contoso.com',
      subject: 'Hi',
    });
    sim.control.endInvitation(id, 'cancelled');
    sim.control.removeContact('sip:new.hire@contoso.com');
    type E = {
      link: { rel: string };
      in?: { rel: string };
      type: string;
      status?: string;
      reason?: { subcode: string };
    };
    const b = (await (await s.get(next)).json()) as {
      sender: Array<{ events: E[] }>;
    };
    const all = b.sender.flatMap((x) => x.events);
    // The contact joins (and leaves) the list and the group it is put in: both are told (myGroups2_ref.md).
    expect(all.map((e) => `${e.link.rel} ${e.type}${e.in ? ` in ${e.in.rel}` : ''}`)).toEqual([
      'contact added in myContacts',
      'contact added in group',
      'messagingInvitation started',
      'messagingInvitation completed',
      'contact deleted in group',
      'contact deleted in myContacts',
    ]);
    expect(all[3]).toMatchObject({ status: 'Failure', reason: { subcode: 'Canceled' } });
  });
});
