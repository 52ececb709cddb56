import { afterEach, describe, expect, it } from 'vitest';
import { createManualClock, startSimulator, type Simulator } from '../../../main/sim/index.js';
import { type Format, makeAvailable, signIn, subscribeToContacts, until } from './helpers.js';

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

interface Batch {
  _links: Record<string, { href: string } | undefined>;
  sender?: Array<{
    rel: string;
    events: Array<{ link: { rel: string; href: string }; type: string; in?: { rel: string } }>;
  }>;
}

/** Reads a batch in either format into the JSON shape (XML: element name = type, <in> child). */
async function batchOf(res: Response, format: Format): Promise<Batch> {
  const text = await res.text();
  if (format === 'json') return JSON.parse(text) as Batch;
  const links: Batch['_links'] = {};
  for (const m of text.matchAll(/<link rel="(\w+)" href="([^"]+)"/g))
    links[m[1] ?? ''] = { href: (m[2] ?? '').replace(/&amp;/g, '&') };
  const self = /<events href="([^"]+)"/.exec(text);
  if (self?.[1]) links.self = { href: self[1] };
  const sender: NonNullable<Batch['sender']> = [];
  for (const s of text.matchAll(/<sender rel="(\w+)" href="[^"]+">([\s\S]*?)<\/sender>/g)) {
    const events = [
      ...(s[2] ?? '').matchAll(
        /<(added|updated|deleted|started|completed) rel="(\w+)" href="([^"]+)">\s*(?:<in rel="(\w+)")?/g,
      ),
    ].map((e) => ({
      type: e[1] ?? '',
      link: { rel: e[2] ?? '', href: e[3] ?? '' },
      ...(e[4] ? { in: { rel: e[4] } } : {}),
    }));
    sender.push({ rel: s[1] ?? '', events });
  }
  return { _links: links, ...(sender.length ? { sender } : {}) };
}

const events = (b: Batch): Array<{ rel: string; type: string; href: string }> =>
  (b.sender ?? []).flatMap((s) =>
    s.events.map((e) => ({ rel: e.link.rel, type: e.type, href: e.link.href })),
  );

describe.each(['json', 'xml'] as const)('event channel (%s)', (format) => {
  it('releases a parked P-GET with the change, numbers packages by ack and follows next', async () => {
    sim = await startSimulator();
    const s = await signIn(sim);
    await subscribeToContacts(s);
    const first = sim.control.contacts()[0]?.uri ?? '';
    const pget = s.get(s.app._links.events?.href ?? '', format);
    await until(() => sim?.control.parkedPGets() === 1);
    sim.control.setLevel(first, 'Blocked');
    const b1 = await batchOf(await pget, format);
    expect(b1._links.next?.href).toMatch(/events\?ack=2$/);
    expect(events(b1)).toEqual([
      {
        rel: 'contactPrivacyRelationship',
        type: 'updated',
        href: expect.stringMatching(/\/people\/[^/]+\/privacyRelationship$/) as unknown as string,
      },
    ]);
    // A burst of changes to the same contact merges into one event; order across contacts is kept.
    const second = sim.control.contacts()[1]?.uri ?? '';
    sim.control.setLevels([
      { uri: first, level: 'Workgroup' },
      { uri: second, level: 'Blocked' },
      { uri: first, level: 'FriendsAndFamily' },
    ]);
    const b2 = await batchOf(await s.get(b1._links.next?.href ?? '', format), format);
    expect(events(b2).map((e) => e.href.split('/people/')[1])).toEqual([
      `${first.slice(4)}/privacyRelationship`,
      `${second.slice(4)}/privacyRelationship`,
    ]);
    // Re-asking for the same ack (response lost) gives the same package again.
    const again = await batchOf(await s.get(b1._links.next?.href ?? '', format), format);
    expect(events(again)).toEqual(events(b2));
  });

  it('answers a stale or out-of-range ack with only a resync link to the first unacknowledged package', async () => {
    sim = await startSimulator();
    const s = await signIn(sim);
    await subscribeToContacts(s);
    const base = s.app._links.events?.href.replace(/\?ack=1$/, '') ?? '';
    sim.control.setLevel(sim.control.contacts()[0]?.uri ?? '', 'Blocked');
    const b1 = await batchOf(await s.get(`${base}?ack=1`, format), format);
    sim.control.setLevel(sim.control.contacts()[0]?.uri ?? '', 'External');
    await s.get(b1._links.next?.href ?? '', format); // acknowledges 1, receives 2
    const stale = await batchOf(await s.get(`${base}?ack=1`, format), format);
    expect(Object.keys(stale._links).filter((k) => k !== 'self')).toEqual(['resync']);
    expect(stale._links.resync?.href).toMatch(/ack=2$/);
    const ahead = await batchOf(await s.get(`${base}?ack=99`, format), format);
    expect(ahead._links.resync?.href).toMatch(/ack=2$/);
    expect(ahead.sender).toBeUndefined();
    sim.control.faults.forceResync();
    const forced = await batchOf(await s.get(`${base}?ack=2`, format), format);
    expect(forced._links.resync).toBeDefined();
    const resynced = await batchOf(await s.get(forced._links.resync?.href ?? '', format), format);
    expect(events(resynced)).toHaveLength(1);
    expect(resynced._links.next?.href).toMatch(/ack=3$/);
  });

  it('releases the older of two P-GETs with 409 PGetReplaced, and parked ones with 404 when the application goes', async () => {
    sim = await startSimulator();
    const s = await signIn(sim);
    const href = s.app._links.events?.href ?? '';
    const older = s.get(href, format);
    await until(() => sim?.control.parkedPGets() === 1);
    const newer = s.get(href, format);
    const replaced = await older;
    expect(replaced.status).toBe(409);
    const body = await replaced.text();
    expect(body).toContain('PGetReplaced');
    expect(body).toContain('Conflict');
    await until(() => sim?.control.parkedPGets() === 1);
    sim.control.faults.deleteApplications();
    const gone = await newer;
    expect(gone.status).toBe(404);
    expect(await gone.text()).toContain('ApplicationNotFound');
    expect((await s.get(href, format)).status).toBe(404);
  });
});

describe('event channel timing (manual clock)', () => {
  it('times out an empty P-GET after the clamped timeout, keeps parameters sticky, and gives resume after an absence', async () => {
    const clock = createManualClock();
    sim = await startSimulator({ clock, resumeAfterMs: 5 * 60_000 });
    const s = await signIn(sim);
    await subscribeToContacts(s);
    const base = s.app._links.events?.href.replace(/\?ack=1$/, '') ?? '';
    const p1 = s.get(`${base}?ack=1&timeout=5`); // below the minimum → 180 s
    await until(() => sim?.control.parkedPGets() === 1);
    clock.advance(179_000);
    expect(sim.control.parkedPGets()).toBe(1);
    clock.advance(1_000);
    const b1 = (await (await p1).json()) as Batch;
    expect(b1.sender).toBeUndefined();
    expect(b1._links.next?.href).toMatch(/ack=2$/);
    clock.advance(6 * 60_000); // absent longer than resumeAfterMs
    sim.control.setLevel(sim.control.contacts()[0]?.uri ?? '', 'Blocked');
    const b2 = (await (await s.get(b1._links.next?.href ?? '')).json()) as Batch;
    expect(b2._links.resume?.href).toMatch(/ack=3$/);
    expect(b2._links.next).toBeUndefined();
    const b3p = s.get(b2._links.resume?.href ?? '');
    await until(() => sim?.control.parkedPGets() === 1);
    sim.control.faults.forceResume(); // answers the parked P-GET at once: no event could release it any more
    const b3 = (await (await b3p).json()) as Batch;
    expect(b3._links.resume).toBeDefined();
    // Lost on the way, the answer is asked for again with the same ack: it carries resume again.
    const again = (await (await s.get(b2._links.resume?.href ?? '')).json()) as Batch;
    expect(again._links.resume?.href).toBe(b3._links.resume?.href);
    // Acknowledged (the next ack), resume is done with.
    const b4p = s.get(b3._links.resume?.href ?? '');
    await until(() => sim?.control.parkedPGets() === 1);
    await subscribeToContacts(s); // as a client does after resume: the server dropped its subscriptions
    sim.control.setLevel(sim.control.contacts()[0]?.uri ?? '', 'External');
    const b4 = (await (await b4p).json()) as Batch;
    expect(b4._links.resume).toBeUndefined();
    expect(b4._links.next).toBeDefined();
  });

  it('clamps a timeout above the maximum to 1800 s', async () => {
    const clock = createManualClock();
    sim = await startSimulator({ clock, applicationIdleMs: 60 * 60_000 });
    const s = await signIn(sim);
    const base = s.app._links.events?.href.replace(/\?ack=1$/, '') ?? '';
    const p1 = s.get(`${base}?ack=1&timeout=99999`);
    await until(() => sim?.control.parkedPGets() === 1);
    clock.advance(1_799_000);
    expect(sim.control.parkedPGets()).toBe(1);
    clock.advance(1_000);
    const b1 = (await (await p1).json()) as Batch;
    expect(b1._links.next?.href).toMatch(/ack=2$/);
    expect(sim.control.parkedPGets()).toBe(0);
  });

  it('deletes an application after applicationIdleMs without a parked P-GET', async () => {
    const clock = createManualClock();
    sim = await startSimulator({ clock, applicationIdleMs: 15 * 60_000 });
    const s = await signIn(sim);
    clock.advance(14 * 60_000);
    expect((await s.get(s.appHref)).status).toBe(200);
    clock.advance(2 * 60_000);
    const gone = await s.get(s.appHref);
    expect(gone.status).toBe(404);
    expect(((await gone.json()) as { subcode: string }).subcode).toBe('ApplicationNotFound');
  });

  it("with aggregation 'spec', holds Medium events for the medium window but releases High ones at once", async () => {
    const clock = createManualClock();
    sim = await startSimulator({ clock, aggregation: 'spec' });
    const s = await signIn(sim);
    await subscribeToContacts(s);
    // Available, so the invitation below reaches this application; its own `me` events are Medium too.
    await makeAvailable(s, { drain: false });
    const base = s.app._links.events?.href.replace(/\?ack=1$/, '') ?? '';
    const p1 = s.get(`${base}?ack=1&medium=10`);
    await until(() => sim?.control.parkedPGets() === 1);
    sim.control.setLevel(sim.control.contacts()[0]?.uri ?? '', 'Blocked');
    clock.advance(9_000);
    expect(sim.control.parkedPGets()).toBe(1);
    clock.advance(1_000);
    const b1 = (await (await p1).json()) as Batch;
    expect(events(b1).filter((e) => e.rel === 'contactPrivacyRelationship')).toHaveLength(1);
    const p2 = s.get(b1._links.next?.href ?? '');
    await until(() => sim?.control.parkedPGets() === 1);
    sim.control.setLevel(sim.control.contacts()[1]?.uri ?? '', 'Blocked'); // medium, held
    sim.control.sendInvitation({ kind: 'messaging', from: 'sip:caller@fabrikam.com' }); // high: releases both
    const b2 = (await (await p2).json()) as Batch;
    expect(events(b2).map((e) => e.rel)).toEqual(['contactPrivacyRelationship', 'messagingInvitation']);
  });
});
