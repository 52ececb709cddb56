// Presence subscriptions over time (manual clock): their duration is 10–30 minutes, an `updated` event warns a
// minute before the end, a refresh adds to what is left (at most 30), an unrefreshed one ends with events and is
// 404 after; `resume` drops them all; subscribeToGroupPresence subscribes to a group's members.
import { afterEach, describe, expect, it } from 'vitest';
import { createManualClock, startSimulator, type Simulator } from '../../../main/sim/index.js';
import { decode, link, send, signIn, type Session, until } from './helpers.js';
import { decodeBatch } from './raw.js';

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const MINUTE = 60_000;

describe.each(['json', 'xml'] as const)('presence subscriptions (%s)', (format) => {
  it('last 10–30 minutes, warn before they end, extend on refresh, and end with events', async () => {
    const clock = createManualClock();
    sim = await startSimulator({ clock, applicationIdleMs: 120 * MINUTE, resumeAfterMs: 120 * MINUTE });
    const s = await signIn(sim);
    const [a] = sim.control.contacts();
    const created = await send(s, 'POST', link(s, 'people', 'presenceSubscriptions'), format, {
      duration: 5, // below the minimum: 10 minutes
      uris: [a?.uri ?? ''],
    });
    expect(created.status).toBe(201);
    const sub = decode(await created.text(), format);
    const base = (s.app._links.events?.href ?? '').replace(/\?ack=1$/, '');
    /** Parks a P-GET (long timeout) and resolves once it is parked, with its answer to come. */
    const park = async (ack: string, sess: Session = s): Promise<{ answer: Promise<Response> }> => {
      const answer = sess.get(`${base}?ack=${ack}&timeout=1800`, format);
      await until(() => sim?.control.parkedPGets() === 1);
      return { answer };
    };
    const read = async (p: { answer: Promise<Response> } | Promise<Response>) =>
      decodeBatch(await (await ('answer' in p ? p.answer : p)).text(), format);
    const first = await read(s.get(`${base}?ack=1&timeout=1800`, format));
    expect(first.events.map((e) => `${e.rel} ${e.type}`)).toEqual([
      'presenceSubscription added',
      'contact added',
      'contactPresence updated',
    ]);
    let next = await park('2');
    clock.advance(9 * MINUTE - 1);
    expect(sim.control.parkedPGets()).toBe(1);
    clock.advance(1);
    const warned = await read(next);
    expect(warned.events.map((e) => `${e.rel} ${e.type}`)).toEqual(['presenceSubscription updated']);
    expect(warned.events[0]?.embedded?.href).toBe(sub.href);

    // One minute left + 30 asked = capped at 30 from now.
    const refreshed = await send(s, 'POST', `${sub.href ?? ''}?duration=30`, format);
    expect(refreshed.status).toBe(200);
    next = await park('3');
    clock.advance(29 * MINUTE);
    expect((await read(next)).events.map((e) => e.type)).toEqual(['updated']);
    next = await park('4');
    clock.advance(MINUTE);
    const ended = await read(next);
    expect(ended.events.map((e) => `${e.rel} ${e.type}${e.in ? ` in ${e.in}` : ''}`)).toEqual([
      'presenceSubscription deleted',
      'contact deleted in subscribedContacts',
    ]);
    const gone = await s.get(sub.href ?? '', format);
    expect(gone.status).toBe(404);
    expect(await gone.text()).toContain('ApplicationNotFound');
  });

  it('subscribes to a group’s members through subscribeToGroupPresence, and resume drops every subscription', async () => {
    sim = await startSimulator();
    const s = await signIn(sim);
    const groups = await s.model(link(s, 'people', 'myGroups'), format);
    const favorites = await s.model(groups.links.pinnedGroup?.[0]?.href ?? '', format);
    const members = sim.control.groups().find((g) => g.kind === 'pinnedGroup')?.members ?? [];
    expect(members.length).toBeGreaterThan(0);
    const href = favorites.links.subscribeToGroupPresence?.[0]?.href ?? '';
    const created = await send(s, 'POST', `${href}&duration=15`, format);
    expect(created.status).toBe(201);
    const sub = decode(await created.text(), format);
    const memberships = await s.model(sub.links.memberships?.[0]?.href ?? '', format);
    expect(
      memberships.embedded.presenceSubscriptionMembership?.map(
        (m) => m.links.contact?.[0]?.href.split('/people/')[1],
      ),
    ).toEqual(members.map((u) => u.slice(4)));
    sim.control.faults.forceResume();
    expect((await s.get(sub.href ?? '', format)).status).toBe(404);
    expect((await s.model(link(s, 'people', 'subscribedContacts'), format)).links.contact ?? []).toEqual([]);
  });
});

/** The format-less checks: a subscription asked for longer than 30 minutes lives 30. */
describe('presence subscription duration cap', () => {
  it('caps a long duration at 30 minutes', async () => {
    const clock = createManualClock();
    sim = await startSimulator({ clock, applicationIdleMs: 120 * MINUTE, resumeAfterMs: 120 * MINUTE });
    const s = await signIn(sim);
    const created = await send(s, 'POST', link(s, 'people', 'presenceSubscriptions'), 'json', {
      duration: 45,
      uris: [sim.control.contacts()[0]?.uri ?? ''],
    });
    const sub = decode(await created.text(), 'json');
    clock.advance(30 * MINUTE - 1);
    expect((await s.get(sub.href ?? '')).status).toBe(200);
    clock.advance(1);
    expect((await s.get(sub.href ?? '')).status).toBe(404);
  });
});
