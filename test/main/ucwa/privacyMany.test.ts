// Many relationship changes in batched requests, against the simulator over real HTTP in JSON and XML: every contact
// changed with its own If-Match in a handful of requests, a contact changed meanwhile named as a conflict with the
// level it has now (never overwritten), resets through each relationship's own link, and plain requests without a
// batch link.
import { afterEach, describe, expect, it } from 'vitest';
import type { ContactSnapshot } from '../../../main/ucwa/people.js';
import { changeRelationships } from '../../../main/ucwa/privacyMany.js';
import type { RelationshipChangeRequest } from '../../../main/ucwa/privacyMany.js';
import type { PrivacyLevel } from '../../../main/ucwa/privacyLevels.js';
import { link } from '../../../main/ucwa/representation/index.js';
import type { WireFormat } from '../../../main/ucwa/representation/index.js';
import { harness } from './simHarness.js';
import type { Harness } from './simHarness.js';

const COUNT = 150;

describe.each<WireFormat>(['json', 'xml'])('bulk relationship changes over %s', (format) => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  async function start(): Promise<{ h: Harness; contacts: ContactSnapshot[]; batchUrl: string }> {
    h = await harness(format, { contacts: COUNT, demoScenario: false });
    const contacts = await h.client.contacts();
    const batch = link(h.client.application, 'batch');
    if (batch === undefined) throw new Error('the simulator links no batch');
    return { h, contacts, batchUrl: new URL(batch.href, h.client.applicationUrl).href };
  }

  const to = (contacts: ContactSnapshot[], level: PrivacyLevel | 'auto'): RelationshipChangeRequest[] =>
    contacts.map((c) => ({
      href: c.links.privacyRelationship ?? '',
      level,
      revision: c.links.privacyRelationshipRevision,
    }));

  const levelsOn = (h: Harness): Map<string, string> =>
    new Map(h.sim.control.contacts().map((c) => [c.uri.toLowerCase(), c.level]));

  it('changes every contact in a few batched requests, and names the one changed meanwhile', async () => {
    const { h, contacts, batchUrl } = await start();
    expect(contacts).toHaveLength(COUNT);
    const victim = contacts[42] as ContactSnapshot;
    let batches = 0;
    // Just before the batch of PUTs (the second batch request; the first reads every relationship), the user
    // changes one of them from another device.
    h.before.hook = (method, url) => {
      if (method === 'POST' && url === batchUrl && ++batches === 3)
        h.sim.control.setLevels([{ uri: victim.uri, level: 'Blocked' }]);
    };
    h.sim.control.resetStats();
    const outcomes = await changeRelationships({
      transport: h.client,
      batchUrl,
      base: h.client.applicationUrl,
      changes: to(contacts, 'Workgroup'),
    });
    const failed = outcomes.flatMap((o, i) => (o.ok ? [] : [{ i, error: o.error }]));
    expect(failed.map((f) => f.i)).toEqual([42]);
    expect(failed[0]?.error.code).toBe('PreconditionFailed');
    expect(failed[0]?.error.details?.current).toBe('Blocked');
    const now = levelsOn(h);
    expect(now.get(victim.uri.toLowerCase())).toBe('Blocked');
    expect(
      contacts.filter((c) => c !== victim).every((c) => now.get(c.uri.toLowerCase()) === 'Workgroup'),
    ).toBe(true);
    // 150 reads in 2 batches, 150 changes in 2 batches, the conflict read again in 1.
    expect(h.sim.control.stats().requests).toBe(5);
  });

  it('resets to the auto-assigned level through each relationship’s own link', async () => {
    const { h, contacts, batchUrl } = await start();
    const some = contacts.slice(0, 10);
    await changeRelationships({
      transport: h.client,
      batchUrl,
      base: h.client.applicationUrl,
      changes: to(some, 'Blocked'),
    });
    expect(some.every((c) => levelsOn(h).get(c.uri.toLowerCase()) === 'Blocked')).toBe(true);
    const outcomes = await changeRelationships({
      transport: h.client,
      batchUrl,
      base: h.client.applicationUrl,
      changes: to(some, 'auto'),
    });
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect(some.map((c) => levelsOn(h).get(c.uri.toLowerCase()))).toEqual(some.map((c) => c.autoLevel));
  });

  it('sends plain requests, each with its If-Match, without a batch link', async () => {
    const { h, contacts } = await start();
    const some = contacts.slice(0, 5);
    h.sim.control.resetStats();
    const outcomes = await changeRelationships({
      transport: h.client,
      base: h.client.applicationUrl,
      changes: to(some, 'Colleagues'),
    });
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect(some.every((c) => levelsOn(h).get(c.uri.toLowerCase()) === 'Colleagues')).toBe(true);
    expect(h.sim.control.stats().requests).toBe(10);
  });
});
