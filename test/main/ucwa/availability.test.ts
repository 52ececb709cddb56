// Being reachable, against the simulator over real HTTP in JSON and XML: an application hears of incoming
// invitations only after makeMeAvailable; calling it again is harmless; a server that refuses audio and video gets
// the two modalities every server takes; reportMyActivity finds its link and makes the application available again
// when the server has forgotten (a new application after a 404).
import { afterEach, describe, expect, it } from 'vitest';
import type { WireFormat } from '../../../main/ucwa/representation/index.js';
import { toEventBatch } from '../../../main/ucwa/eventChannelBatch.js';
import { FALLBACK_MODALITIES, MODALITIES } from '../../../main/ucwa/availability.js';
import { harness, waitForEvent } from './simHarness.js';
import type { Harness } from './simHarness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const routeCount = (harness: Harness, route: string): number =>
  Object.entries(harness.sim.control.stats().byRoute)
    .filter(([name]) => name.endsWith(route))
    .reduce((n, [, count]) => n + count, 0);

describe.each<WireFormat>(['json', 'xml'])('availability over %s', (format) => {
  it('hears of an invitation only once available', async () => {
    h = await harness(format);
    const [caller, boss, other] = h.sim.control.contacts();
    if (!caller || !boss || !other) throw new Error('need contacts');
    await h.client.subscribe({ contactsAndGroups: true, presence: [] });
    h.sim.control.sendInvitation({ kind: 'messaging', from: caller.uri, onBehalfOf: boss.uri });
    h.sim.control.setLevel(other.uri, 'Blocked'); // an event that is delivered either way
    const first = await h.client.request({ href: h.client.eventsHref ?? '', fresh: true });
    const before = toEventBatch(first.resource ?? { rel: 'events', properties: {}, links: {}, embedded: {} });
    expect(before.events.map((e) => e.link.rel)).toEqual(['contactPrivacyRelationship']);

    expect(await h.client.makeAvailable()).toEqual(MODALITIES);
    h.sim.control.sendInvitation({ kind: 'messaging', from: caller.uri, onBehalfOf: boss.uri });
    await waitForEvent(h.client, 'messagingInvitation');
  });

  it('treats a second makeMeAvailable (409 AlreadyExists) as done', async () => {
    h = await harness(format);
    await h.client.makeAvailable();
    expect(await h.client.makeAvailable()).toEqual(MODALITIES);
    expect(routeCount(h, 'makeMeAvailable')).toBe(2);
  });

  it('falls back to messaging and phone audio when the server refuses the other modalities', async () => {
    h = await harness(format);
    h.sim.control.faults.failNext(1, 403, { match: /makeMeAvailable/ });
    expect(await h.client.makeAvailable()).toEqual(FALLBACK_MODALITIES);
  });

  it('reports activity, making the application available first when it is not', async () => {
    h = await harness(format);
    const reports: number[] = [];
    h.sim.control.onRequest((r) => {
      if (r.method === 'POST' && r.path.endsWith('/reportMyActivity')) reports.push(r.status);
    });
    await h.client.reportActivity(); // `me` links no reportMyActivity yet → makeMeAvailable → report
    await h.client.reportActivity();
    expect(routeCount(h, 'makeMeAvailable')).toBe(1);
    expect(reports).toEqual([204, 204]);

    h.sim.control.faults.deleteApplications(); // a new application knows nothing of the old one's availability
    await h.client.reportActivity();
    expect(routeCount(h, 'makeMeAvailable')).toBe(2);
    expect(reports.at(-1)).toBe(204);
  });
});
