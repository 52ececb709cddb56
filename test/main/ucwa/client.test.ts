// The protocol client against the simulator over real HTTP, in JSON and in XML: sign-in, the contact snapshot,
// details, privacy operations, invitations, and the failures a real server produces.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator } from '../../../main/sim/index.js';
import { isUcwaError } from '../../../main/ucwa/errors.js';
import { toUserMessage } from '../../../main/words/errors.js';
import type { UcwaError } from '../../../main/ucwa/errors.js';
import { peopleOf } from '../../../main/ucwa/people.js';
import type { ContactSnapshot } from '../../../main/ucwa/people.js';
import type { WireFormat } from '../../../main/ucwa/representation/index.js';
import { memoryDiscoveryCache } from '../../../main/ucwa/discovery.js';
import { harness, signInTo, waitForEvent } from './simHarness.js';
import type { Harness } from './simHarness.js';

async function failure(p: Promise<unknown>): Promise<UcwaError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  if (!isUcwaError(e)) throw new Error(`expected a UcwaError, got ${String(e)}`);
  return e;
}

describe.each<WireFormat>(['json', 'xml'])('UcwaClient over %s', (format) => {
  let h: Harness;
  let contacts: ContactSnapshot[];

  beforeAll(async () => {
    h = await harness(format);
    contacts = await h.client.contacts();
  });
  afterAll(async () => {
    await h.close();
  });

  const pick = (i: number): ContactSnapshot => {
    const c = contacts[i];
    if (c === undefined) throw new Error('not enough contacts');
    return c;
  };

  it('signs in and creates an application with an event channel link', () => {
    expect(h.client.user).toBe(h.sim.user);
    expect(h.client.applicationUrl.startsWith(h.sim.origin)).toBe(true);
    expect(h.client.eventsHref).toMatch(/events\?ack=1$/);
    expect(h.sim.control.applications()).toHaveLength(1);
  });

  it('snapshots every contact with its level as the server has it, in two requests', async () => {
    const server = h.sim.control.contacts().filter((c) => c.inContactList);
    expect(contacts.map((c) => c.uri).sort()).toEqual(server.map((c) => c.uri).sort());
    for (const c of contacts) expect(c.relationshipLevel).toBe(h.sim.control.getLevel(c.uri));
    const before = h.client.requestCount;
    await h.client.contacts();
    expect(h.client.requestCount - before).toBe(2);
    const c = pick(0);
    expect(c.name).not.toBe('');
    expect(c.autoLevel).toBe(c.sourceNetwork === 'SameEnterprise' ? 'Colleagues' : 'External');
  });

  it("reads one contact's details and sub-resources", async () => {
    const c = pick(1);
    const server = h.sim.control.contacts().find((s) => s.uri === c.uri);
    const detail = await h.client.contact(c.href);
    expect(detail).toMatchObject({ uri: c.uri, name: server?.name, emailAddresses: server?.emailAddresses });
    const presence = await h.client.presence(c);
    expect(presence.availability).toBe(server?.availability);
    expect(await h.client.location(c)).toEqual(
      server?.location === undefined ? {} : { location: server.location },
    );
    expect((await h.client.modalities(c)).modalities).toEqual(server?.modalities);
    await expect(h.client.note(c)).resolves.toBeTypeOf('object');
    const photo = await h.client.photo(c);
    expect(photo.contentType).toMatch(/^image\/(png|jpeg)$/);
    expect(photo.bytes.length).toBeGreaterThan(8);
  });

  it('gets, sets and resets a relationship, and the server sees each change', async () => {
    const c = pick(2);
    const target = c.relationshipLevel === 'Workgroup' ? 'FriendsAndFamily' : 'Workgroup';
    expect((await h.client.relationship(c)).level).toBe(h.sim.control.getLevel(c.uri));
    const set = await h.client.setRelationship(c, target);
    expect(set.level).toBe(target);
    expect(h.sim.control.getLevel(c.uri)).toBe(target);
    const reset = await h.client.resetRelationship(c);
    expect(reset.level).toBe(c.autoLevel);
    expect(h.sim.control.getLevel(c.uri)).toBe(c.autoLevel);
  });

  it('accepts a SIP URI where a contact is expected', async () => {
    const c = pick(3);
    await h.client.setRelationship(c.uri, 'Blocked');
    expect(h.sim.control.getLevel(c.uri)).toBe('Blocked');
    await expect(h.client.relationship('sip:nobody@nowhere.example')).rejects.toMatchObject({
      code: 'NotFound',
    });
  });

  it('412: reports the level someone else set meanwhile and does not overwrite it', async () => {
    const c = pick(4);
    const theirs = c.relationshipLevel === 'Colleagues' ? 'External' : 'Colleagues';
    h.before.hook = (method) => {
      if (method !== 'PUT') return;
      h.before.hook = undefined;
      h.sim.control.setLevel(c.uri, theirs); // changed elsewhere between our GET and our PUT
    };
    const e = await failure(h.client.setRelationship(c, 'Blocked'));
    expect(e).toMatchObject({ status: 412, code: 'PreconditionFailed', details: { current: theirs } });
    expect(h.sim.control.getLevel(c.uri)).toBe(theirs);
    expect(toUserMessage(e)).toMatch(/changed/);
  });

  it.each([
    [403, 'Forbidden', false],
    [409, 'Conflict', false],
    [428, 'PreconditionRequired', false],
    [500, 'ServiceFailure', true],
  ] as const)('%i on the PUT becomes %s and leaves the level alone', async (status, code, retryable) => {
    const c = pick(5);
    const level = h.sim.control.getLevel(c.uri);
    h.before.hook = (method) => {
      if (method !== 'PUT') return;
      h.before.hook = undefined;
      h.sim.control.faults.failNext(1, status, { match: /privacyRelationship/ });
    };
    const e = await failure(h.client.setRelationship(c, level === 'Blocked' ? 'Workgroup' : 'Blocked'));
    expect(e).toMatchObject({ status, code, retryable });
    expect(h.sim.control.getLevel(c.uri)).toBe(level);
  });

  it('a malformed body is a MalformedResponse, and the next call works', async () => {
    h.sim.control.faults.malformedNext(1, { match: /people\/contacts/ });
    const e = await failure(h.client.contacts());
    expect(e.code).toBe('MalformedResponse');
    await expect(h.client.contacts()).resolves.toHaveLength(contacts.length);
  });

  it('gets a new token when the server expires it mid-session, and retries the request once', async () => {
    const tokenRequests: string[] = [];
    const off = h.sim.control.onRequest((r) => {
      if (r.path.includes('oauthtoken')) tokenRequests.push(r.path);
    });
    h.sim.control.faults.expireTokens();
    await expect(h.client.relationship(pick(6))).resolves.toMatchObject({
      level: h.sim.control.getLevel(pick(6).uri),
    });
    off();
    expect(tokenRequests).toHaveLength(1);
  });

  it('recreates the application after 404 ApplicationNotFound', async () => {
    const old = h.client.applicationUrl;
    let changed = 0;
    const off = h.client.onApplicationChanged(() => changed++);
    h.sim.control.faults.deleteApplications();
    await expect(h.client.contacts()).resolves.toHaveLength(contacts.length);
    await expect(h.client.relationship(pick(0))).resolves.toBeDefined();
    off();
    expect(changed).toBe(1);
    expect(h.client.applicationUrl).not.toBe(old);
    contacts = await h.client.contacts();
  });

  it('reports an operation the server does not link as unavailable, without a request', async () => {
    const c = { ...pick(0), links: {} };
    const before = h.client.requestCount;
    await expect(h.client.setRelationship(c, 'Blocked')).rejects.toMatchObject({ code: 'NotAvailable' });
    await expect(h.client.photo(c)).rejects.toMatchObject({ code: 'NotAvailable' });
    expect(h.client.requestCount).toBe(before);
  });

  it('fetches many resources in one batch request', async () => {
    const hrefs = contacts.slice(0, 30).flatMap((c) => (c.links.presence ? [c.links.presence] : []));
    const before = h.client.requestCount;
    const results = await h.client.getMany(hrefs);
    expect(h.client.requestCount - before).toBe(1);
    expect(results.every((r) => r.ok)).toBe(true);
  });

  it('resolves the onBehalfOf and delegator contacts of an incoming invitation', async () => {
    await h.client.makeAvailable(); // invitations reach only available applications
    const [from, boss] = [pick(0), pick(1)];
    h.sim.control.sendInvitation({
      kind: 'audioVideo',
      from: from.uri,
      onBehalfOf: boss.uri,
      delegator: boss.uri,
      subject: 'Budget',
    });
    const event = await waitForEvent(h.client, 'audioVideoInvitation');
    const parties = await h.client.invitationParties(event.resource ?? event.href, event.base);
    expect(parties.onBehalfOf).toMatchObject({ uri: boss.uri, name: boss.name });
    expect(parties.delegator).toMatchObject({ uri: boss.uri });
    expect(parties.subject).toBe('Budget');
    // And by href, for events that did not embed the invitation.
    const byHref = await h.client.invitationParties(event.href);
    expect(byHref.onBehalfOf?.uri).toBe(boss.uri);
  });
});

describe.each<WireFormat>(['json', 'xml'])('sign-in over %s', (format) => {
  it('takes a fresh token from the second pool after a redirect', async () => {
    const sim = await startSimulator({ redirectToSecondPool: true });
    try {
      const tokenOrigins: string[] = [];
      const client = await signInTo(sim, format, {
        fetch: (input: string, init: RequestInit) => {
          if (input.includes('oauthtoken')) tokenOrigins.push(new URL(input).origin);
          return fetch(input, init);
        },
      });
      expect(sim.secondOrigin).toBeDefined();
      expect(new URL(client.applicationUrl).origin).toBe(sim.secondOrigin);
      expect(tokenOrigins).toEqual([sim.origin, sim.secondOrigin]);
      await expect(client.contacts()).resolves.not.toHaveLength(0);
      await client.signOut();
    } finally {
      await sim.close();
    }
  });

  it('distinguishes a wrong password from an unreachable server', async () => {
    const sim = await startSimulator();
    try {
      const bad = await failure(signInTo(sim, format, { password: 'wrong' }));
      expect(bad.code).toBe('InvalidGrant');
      expect(toUserMessage(bad)).toMatch(/password/);
      expect(JSON.stringify(bad) + bad.message).not.toContain('wrong');
    } finally {
      await sim.close();
    }
    const gone = await failure(signInTo(sim, format));
    expect(gone).toMatchObject({ status: 0, code: 'Network' });
  });
});

describe('request counts', () => {
  it('a snapshot of 1,000 contacts takes as many requests as one of 10', async () => {
    const counts: number[] = [];
    for (const size of [10, 1000]) {
      const h = await harness('json', { contacts: size });
      try {
        const before = h.client.requestCount;
        const list = await h.client.contacts();
        expect(list).toHaveLength(h.sim.control.contacts().filter((c) => c.inContactList).length);
        counts.push(h.client.requestCount - before);
      } finally {
        await h.close();
      }
    }
    expect(counts[0]).toBe(2);
    expect(counts[1]).toBe(counts[0]);
  });

  it.each<WireFormat>(['json', 'xml'])(
    'subscribes to the contact list and to 1,000 contacts in 200s in one request (%s)',
    async (format) => {
      const h = await harness(format, { contacts: 1000 });
      try {
        const list = await h.client.contacts({ prepareSubscriptions: true });
        const uris = list.map((c) => c.uri);
        const groups = Array.from({ length: Math.ceil(uris.length / 200) }, (_, i) =>
          uris.slice(i * 200, i * 200 + 200),
        );
        expect(groups.length).toBeGreaterThan(1);
        // A level changed before the subscription: no event will tell of it, the levels read after it do.
        const changed = list[5];
        if (changed === undefined) throw new Error('need contacts');
        const to = changed.relationshipLevel === 'Blocked' ? 'Workgroup' : 'Blocked';
        h.sim.control.setLevel(changed.uri, to);
        const before = h.client.requestCount;
        const outcome = await h.client.subscribe({ contactsAndGroups: true, presence: groups, levels: true });
        expect(h.client.requestCount - before).toBe(1);
        expect(outcome.contactsAndGroups).toEqual({ ok: true, value: undefined });
        if (outcome.levels?.ok !== true) throw new Error('no levels');
        expect(outcome.levels.value.get(changed.href)).toBe(to);
        const server = new Map(h.sim.control.contacts().map((c) => [c.uri, c.level]));
        const read = list.filter((c) => outcome.levels?.ok === true && outcome.levels.value.has(c.href));
        expect(read.length).toBeGreaterThan(0);
        for (const c of read) expect(outcome.levels.value.get(c.href)).toBe(server.get(c.uri));
        expect(outcome.presence).toHaveLength(groups.length);
        const hrefs = outcome.presence.map((p) => (p.ok ? p.value : String(p.error)));
        for (const href of hrefs) expect(href).toMatch(/\/presenceSubscriptions\/[^/]+$/);
        expect(new Set(hrefs).size).toBe(groups.length);
        // The server now has every contact subscribed, and a subscription can be refreshed by its href.
        const link = peopleOf(h.client.application).links.subscribedContacts;
        if (link === undefined || Array.isArray(link)) throw new Error('no subscribedContacts link');
        const subscribed = await h.client.request({ href: link.href });
        expect(subscribed.resource?.links.contact).toHaveLength(uris.length);
        await expect(h.client.refreshPresenceSubscription(hrefs[0] ?? '')).resolves.toBeUndefined();
      } finally {
        await h.close();
      }
    },
  );
});

describe('a recreated application', () => {
  it('leaves no cached answer of the old one behind', async () => {
    const h = await harness('json');
    try {
      const [contact] = await h.client.contacts();
      if (contact === undefined) throw new Error('need contacts');
      await h.client.relationship(contact); // relationships carry an ETag: cached
      const old = h.client.applicationUrl;
      const underOld = () => h.client.cachedHrefs.filter((u) => u.startsWith(`${old}/`));
      expect(underOld().length).toBeGreaterThan(0);
      h.sim.control.faults.deleteApplications();
      await h.client.recreateApplication();
      expect(h.client.applicationUrl).not.toBe(old);
      expect(underOld()).toEqual([]);
      // The new application answers as before (found again by uri).
      await expect(h.client.relationship(contact.uri)).resolves.toMatchObject({ level: expect.any(String) });
    } finally {
      await h.close();
    }
  });
});

describe('discovery cache', () => {
  it('skips discovery with a cached user URL, and drops it after a 403', async () => {
    const sim = await startSimulator();
    try {
      const cache = memoryDiscoveryCache();
      const roots: string[] = [];
      const off = sim.control.onRequest((r) => {
        if (r.path.endsWith('/root')) roots.push(r.path);
      });
      const first = await signInTo(sim, 'json', { discoveryCache: cache });
      await first.signOut({ keepDiscovery: true });
      expect(cache.get(sim.user)).toMatch(/user/);
      await signInTo(sim, 'json', { discoveryCache: cache });
      expect(roots).toHaveLength(1);

      sim.control.faults.failNext(1, 403, { match: /user/ });
      const third = await signInTo(sim, 'json', { discoveryCache: cache });
      expect(roots).toHaveLength(2);
      await third.signOut();
      expect(cache.get(sim.user)).toBeUndefined();
      off();
    } finally {
      await sim.close();
    }
  });
});

describe('logging', () => {
  it('logs requests and diagnostics during a whole session, token renewal included, without any secret', async () => {
    const sim = await startSimulator({ password: 'Pa55-word!' });
    try {
      const lines: string[] = [];
      const record = (m: string, f?: Record<string, unknown>) =>
        lines.push(`${m} ${JSON.stringify(f ?? {})}`);
      const tokens: string[] = [];
      const client = await signInTo(sim, 'json', {
        log: { debug: record, info: record, warn: record, error: record },
        fetch: async (input: string, init: RequestInit) => {
          const res = await fetch(input, init);
          if (input.includes('oauthtoken')) {
            const body = (await res.clone().json()) as { access_token?: string };
            if (body.access_token) tokens.push(body.access_token);
          }
          return res;
        },
      });
      await client.setRelationship((await client.contacts())[0] ?? 'sip:none@contoso.com', 'Workgroup');
      sim.control.faults.failNext(1, 500, { match: /contacts/ });
      await client.contacts().catch(() => undefined);
      // The token runs out on the server: the 401 is answered with a fresh token (the password grant again).
      sim.control.faults.expireTokens();
      await client.contacts();
      await client.signOut();
      const all = lines.join('\n');
      expect(lines.length).toBeGreaterThan(5);
      expect(all).toContain('→ 500');
      expect(all).toContain('→ 401');
      expect(tokens.length).toBe(2);
      for (const t of tokens) expect(all).not.toContain(t.replace(/^cwt=/, ''));
      expect(all).not.toContain('Pa55-word!');
      expect(all).not.toContain(encodeURIComponent('Pa55-word!')); // as the token request's form carries it
    } finally {
      await sim.close();
    }
  });
});

describe('token lifetime', () => {
  it('re-acquires the token before it expires, so no request meets a 401', async () => {
    const sim = await startSimulator({ tokenLifetimeSeconds: 3600 });
    try {
      const now = { t: Date.now() };
      const client = await signInTo(sim, 'xml', { clock: { now: () => now.t } });
      const seen: Array<{ path: string; status: number }> = [];
      const off = sim.control.onRequest((r) => seen.push({ path: r.path, status: r.status }));
      now.t += 3600_000 - 1_000; // one second before the server would refuse it
      await client.contacts();
      off();
      expect(seen.filter((r) => r.path.includes('oauthtoken'))).toHaveLength(1);
      expect(seen.some((r) => r.status === 401)).toBe(false);
      await client.signOut();
    } finally {
      await sim.close();
    }
  });
});

describe('locked account', () => {
  it('reports AccountLocked, not a wrong password, when the server says the account is locked', async () => {
    const sim = await startSimulator();
    try {
      sim.control.faults.lockAccount(true);
      const locked = await failure(signInTo(sim, 'json'));
      expect(locked).toMatchObject({ status: 400, code: 'AccountLocked', retryable: false });
      expect(toUserMessage(locked)).toMatch(/locked/);
      expect(JSON.stringify(locked) + locked.message).not.toContain(sim.password);
      sim.control.faults.lockAccount(false);
      const client = await signInTo(sim, 'json');
      await client.signOut();
    } finally {
      await sim.close();
    }
  });
});
