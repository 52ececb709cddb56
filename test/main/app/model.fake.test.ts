// The app model over a fake protocol port: the server's level kept while our PUT is in flight (the chosen one shows
// at once in the window, which alone keeps it: renderer levelChanges), the level unchanged when it fails, the 412 conflict handed back as data, and a failed sign-in that leaves no application behind.
import { describe, expect, it, vi } from 'vitest';
import { createAppModel, memoryHistoryStore } from '../../../main/app/index.js';
import type { AppModel, ContactRecord, PrivacyLevel, ProtocolPort } from '../../../main/app/index.js';
import type { EventBatch } from '../../../main/ucwa/eventChannelBatch.js';
import { UcwaError } from '../../../main/ucwa/errors.js';
import { emptyResource } from '../../../main/ucwa/representation/model.js';
import { passwordOf } from '../../support/signIn.js';
import { createManualClock } from '../../../main/sim/clock.js';
import { useLocale } from '../../../main/i18n/index.js';
import { toUserMessage } from '../../../main/words/errors.js';

const A = 'sip:a@contoso.com';

function fakePort(overrides: Partial<ProtocolPort> = {}) {
  const levels = new Map<string, PrivacyLevel>([[A, 'Colleagues']]);
  const record = (): ContactRecord => ({
    uri: A,
    name: 'Ann',
    emailAddresses: [],
    href: '/people/a',
    relationshipHref: '/people/a/privacyRelationship',
    canSetLevel: true,
    canResetLevel: true,
    sourceNetwork: 'SameEnterprise',
    level: levels.get(A) ?? 'Unknown',
  });
  const port: ProtocolPort = {
    user: 'sip:me@contoso.com',
    eventsHref: () => '/events?ack=1',
    getEvents: (_url, signal) =>
      new Promise<EventBatch>((_resolve, reject) =>
        signal.addEventListener('abort', () => reject(new Error('aborted'))),
      ),
    probe: async () => {},
    renewToken: async () => {},
    recreateApplication: async () => '/events?ack=1',
    snapshot: async () => [record()],
    fetchMany: async (hrefs) =>
      hrefs.map(() => {
        const r = emptyResource('contactPrivacyRelationship');
        r.properties.relationshipLevel = levels.get(A);
        return { ok: true as const, resource: r };
      }),
    get: async () => emptyResource('x'),
    setLevel: async (_c, level) => {
      levels.set(A, level);
    },
    resetLevel: async () => {
      levels.set(A, 'Colleagues');
    },
    subscribe: async (request) => ({
      contactsAndGroups: { ok: true, value: undefined },
      presence: request.presence.map((_, i) => ({ ok: true, value: `/subs/${i}` })),
    }),
    refreshSubscription: async () => {},
    reportActivity: async () => {},
    invitationParties: async () => ({ from: null, onBehalfOf: null, delegator: null }),
    contactDetails: async () => ({ modalities: [], phones: [] }),
    onApplicationChanged: () => () => {},
    signOut: vi.fn(async () => {}),
    ...overrides,
  };
  return { port, levels };
}

async function signedIn(port: ProtocolPort): Promise<AppModel> {
  const model = createAppModel({
    historyStore: memoryHistoryStore(),
    endpointId: 'e',
    connect: async () => port,
  });
  await model.signIn({ sipAddress: 'sip:me@contoso.com', credentials: passwordOf('x') });
  return model;
}

const levelOf = (model: AppModel) => model.contacts().find((c) => c.uri === A)?.level;

describe('app model over a fake port', () => {
  it('keeps the server’s level while the PUT is in flight, and takes the chosen one when it succeeds', async () => {
    let answer: () => void = () => {};
    const { port, levels } = fakePort();
    port.setLevel = (_c, level) =>
      new Promise<void>((resolve) => {
        levels.set(A, level);
        answer = resolve;
      });
    const model = await signedIn(port);
    const pushed: Array<PrivacyLevel | undefined> = [];
    model.on('contacts', (c) => pushed.push(c.upserts.find((v) => v.uri === A)?.level));
    const pending = model.setLevel(A, 'Blocked');
    expect(levelOf(model)).toBe('Colleagues');
    answer();
    expect(await pending).toEqual({ level: 'Blocked' });
    expect(levelOf(model)).toBe('Blocked');
    // The confirmed level goes out to the page.
    await vi.waitFor(() => expect(pushed).toContain('Blocked'));
    expect(model.history()).toMatchObject([{ from: 'Colleagues', to: 'Blocked', ours: true }]);
    await model.signOut();
  });

  it('says in words that a contact is not in the list, and that the server gave no answer for a change', async () => {
    const { port } = fakePort({ changeLevels: async () => [] });
    // Two contacts, so that the change goes as a batch (whose answer here has no parts).
    const one = port.snapshot.bind(port);
    port.snapshot = async (...args: Parameters<typeof one>) => {
      const [a] = await one(...args);
      if (a === undefined) return [];
      return [a, { ...a, uri: 'sip:b@contoso.com', href: '/people/b', relationshipHref: '/people/b/rel' }];
    };
    const model = await signedIn(port);
    const notListed = await model.setLevel('sip:nobody@contoso.com', 'Blocked').catch((e: unknown) => e);
    expect(toUserMessage(notListed)).toBe('This contact is not in your list.');
    const [unanswered] = await model.setLevels([
      { uri: A, level: 'Blocked' },
      { uri: 'sip:b@contoso.com', level: 'Blocked' },
    ]);
    expect(unanswered).toMatchObject({ uri: A, ok: false });
    const error = unanswered !== undefined && 'error' in unanswered ? unanswered.error : undefined;
    expect(toUserMessage(error)).toBe('The server gave no answer for this change. Try again.');
    useLocale(['de-DE']);
    expect(toUserMessage(notListed)).toBe('Dieser Kontakt ist nicht in Ihrer Liste.');
    useLocale([]);
    await model.signOut();
  });

  it('leaves the level as the server has it when the PUT fails, and reports nothing', async () => {
    const { port } = fakePort({
      setLevel: async () => {
        throw new UcwaError({ status: 500, code: 'ServiceFailure' });
      },
    });
    const model = await signedIn(port);
    await expect(model.setLevel(A, 'Blocked')).rejects.toMatchObject({ code: 'ServiceFailure' });
    expect(levelOf(model)).toBe('Colleagues');
    expect(model.history()).toEqual([]);
    await model.signOut();
  });

  it('a 412 comes back as a conflict with the current level, which is then shown (as someone else’s change)', async () => {
    const { port, levels } = fakePort();
    port.setLevel = async () => {
      levels.set(A, 'FriendsAndFamily'); // someone else changed it meanwhile
      throw new UcwaError({
        status: 412,
        code: 'PreconditionFailed',
        details: { current: 'FriendsAndFamily' },
      });
    };
    const model = await signedIn(port);
    const changed = new Promise((resolve) => model.on('relationshipChanged', resolve));
    expect(await model.setLevel(A, 'Blocked')).toEqual({ conflict: { current: 'FriendsAndFamily' } });
    expect(await changed).toMatchObject({ from: 'Colleagues', to: 'FriendsAndFamily', ours: false });
    expect(levelOf(model)).toBe('FriendsAndFamily');
    await model.signOut();
  });

  it('a sign-in that fails while loading contacts deletes the application it created', async () => {
    const { port } = fakePort({
      snapshot: async () => {
        throw new UcwaError({ status: 0, code: 'Network' });
      },
    });
    const model = createAppModel({
      historyStore: memoryHistoryStore(),
      endpointId: 'e',
      connect: async () => port,
    });
    await expect(
      model.signIn({ sipAddress: 'sip:me@contoso.com', credentials: passwordOf('x') }),
    ).rejects.toMatchObject({
      code: 'Network',
    });
    expect(port.signOut).toHaveBeenCalledTimes(1);
    expect(model.getState()).toMatchObject({
      session: { kind: 'signedOut', reason: expect.any(String) },
      user: null,
    });
  });

  it('signOut deletes the application and says signed out', async () => {
    const { port } = fakePort();
    const model = await signedIn(port);
    await model.signOut();
    expect(port.signOut).toHaveBeenCalledTimes(1);
    expect(model.getState()).toEqual({ session: { kind: 'signedOut' }, user: null, contactCount: 0 });
  });

  it('a rebuild already running when the user signs out starts no timer and sends nothing afterwards', async () => {
    // Seen in `watch`: a resync answered just before Ctrl-C kept re-asking for subscriptions every 2 s for ever.
    const manual = createManualClock();
    const live = new Set<unknown>();
    const clock = {
      now: manual.now,
      setTimeout(fn: () => void, ms: number) {
        const t = manual.setTimeout(() => {
          live.delete(t);
          fn();
        }, ms);
        live.add(t);
        return t;
      },
      clearTimeout(t: unknown) {
        live.delete(t);
        manual.clearTimeout(t);
      },
    };
    let release: () => void = () => {};
    let snapshots = 0;
    let afterSignOut = 0;
    let signedOut = false;
    const { port } = fakePort();
    const firstSnapshot = port.snapshot;
    let polls = 0;
    port.getEvents = (_url, signal) => {
      polls += 1;
      if (polls === 1) return Promise.resolve({ events: [], resync: '/events?ack=2' });
      return new Promise<EventBatch>((_r, reject) =>
        signal.addEventListener('abort', () => reject(new Error('x'))),
      );
    };
    const rebuilding = new Promise<void>((resolve) => {
      port.snapshot = async () => {
        snapshots += 1;
        if (snapshots === 1) return firstSnapshot();
        resolve();
        await new Promise<void>((r) => (release = r));
        return firstSnapshot();
      };
    });
    for (const key of ['subscribe', 'fetchMany', 'reportActivity'] as const) {
      const original = port[key] as (...a: never[]) => Promise<unknown>;
      (port as unknown as Record<string, unknown>)[key] = (...a: never[]) => {
        if (signedOut) afterSignOut += 1;
        return original(...a);
      };
    }
    const model = createAppModel({
      historyStore: memoryHistoryStore(),
      endpointId: 'e',
      connect: async () => port,
      runtime: { clock },
    });
    await model.signIn({ sipAddress: 'sip:me@contoso.com', credentials: passwordOf('x') });
    await rebuilding; // the resync's snapshot is in flight
    await model.signOut();
    signedOut = true;
    release();
    await model.settled();
    manual.advance(10 * 60_000);
    await model.settled();
    expect(afterSignOut).toBe(0);
    expect(live.size).toBe(0);
    expect(model.getState().session).toEqual({ kind: 'signedOut' });
  });

  it('a change the server applied but whose answer was lost is still reported as ours when it shows', async () => {
    const { port, levels } = fakePort({});
    port.setLevel = async (_c, level) => {
      levels.set(A, level); // applied on the server…
      throw new UcwaError({ status: 0, code: 'Network' }); // …but the answer never came back
    };
    const model = await signedIn(port);
    const changed = new Promise((resolve) => model.on('relationshipChanged', resolve));
    await expect(model.setLevel(A, 'Workgroup')).rejects.toMatchObject({ code: 'Network' });
    expect(await changed).toMatchObject({ from: 'Colleagues', to: 'Workgroup', ours: true });
    expect(model.history()).toMatchObject([{ to: 'Workgroup', ours: true }]);
    await model.signOut();
  });
});
