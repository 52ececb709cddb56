// Tags for status-change alerts, on a manual clock against a recording port: which changes are told (once each), and
// how the tagged people's presence subscription is kept — made in one request, renewed before it runs out (one
// request for everyone, however many), made again when a refresh finds it gone, after resume, and never after stop.
import { describe, expect, it } from 'vitest';
import type { ProtocolPort, SubscribeRequest } from '../../../main/app/port.js';
import { StatusAlerts, TAG_RENEW_MS, alertReason, memoryTagStore } from '../../../main/app/statusAlerts.js';
import type { StatusAlert } from '../../../main/app/statusAlerts.js';
import { createManualClock } from '../../../main/sim/clock.js';
import { UcwaError } from '../../../main/ucwa/errors.js';
import { silentLogger } from '../../../main/ucwa/log.js';

const settle = () => new Promise((r) => setImmediate(r));

function setup(tags: string[] = []) {
  const clock = createManualClock();
  const subscribed: Array<SubscribeRequest['presence']> = [];
  const refreshed: string[] = [];
  let refreshFails = false;
  let seq = 0;
  const port = {
    async subscribe(req: SubscribeRequest) {
      subscribed.push(req.presence);
      return {
        presence: req.presence.map(() => ({ ok: true as const, value: `https://pool/sub/${++seq}` })),
      };
    },
    async refreshSubscription(href: string) {
      refreshed.push(href);
      if (refreshFails) throw new UcwaError({ status: 404, code: 'NotFound' });
    },
    async fetchMany() {
      return [];
    },
  } as unknown as ProtocolPort;
  const store = memoryTagStore(tags);
  const alerts = new StatusAlerts({
    clock,
    log: silentLogger,
    port: () => port,
    known: () => undefined,
    knownHref: () => false,
  });
  alerts.attach(store);
  const told: StatusAlert[] = [];
  alerts.events.on('statusAlert', (a) => told.push(a));
  return {
    clock,
    alerts,
    store,
    subscribed,
    refreshed,
    told,
    failRefresh: () => (refreshFails = true),
  };
}

const uris = (n: number) => Array.from({ length: n }, (_, i) => `sip:person${i}@contoso.com`);

describe('which changes are told', () => {
  const none = { leavingAway: false, leavingDoNotDisturb: false };
  const both = { leavingAway: true, leavingDoNotDisturb: true };
  it.each([
    ['Offline', 'Online', none, 'available'],
    ['Busy', 'Online', none, 'available'],
    ['Offline', 'IdleOnline', none, 'available'],
    ['Online', 'Online', both, null],
    ['Online', 'Busy', both, null],
    ['Away', 'Online', none, null],
    ['Away', 'Online', both, 'leftAway'],
    ['BeRightBack', 'Busy', both, 'leftAway'],
    ['DoNotDisturb', 'Online', none, null],
    ['DoNotDisturb', 'Busy', both, 'leftDoNotDisturb'],
    ['DoNotDisturb', 'Offline', both, null],
  ] as const)('%s → %s (%o): %s', (from, to, options, reason) => {
    expect(alertReason(from, to, options)).toBe(reason);
  });

  it('tells once per change, never for where someone is at the start, and not for the untagged', async () => {
    const { alerts, told } = setup(['sip:ann@contoso.com']);
    await alerts.start();
    alerts.observe('sip:ann@contoso.com', 'Offline');
    alerts.observe('sip:bob@contoso.com', 'Offline');
    alerts.observe('sip:bob@contoso.com', 'Online');
    expect(told).toEqual([]);
    alerts.observe('sip:Ann@contoso.com', 'Online');
    alerts.observe('sip:ann@contoso.com', 'Online');
    expect(told.map((a) => `${a.uri} ${a.from}→${a.to} ${a.reason}`)).toEqual([
      'sip:ann@contoso.com Offline→Online available',
    ]);
    alerts.observe('sip:ann@contoso.com', 'Away');
    alerts.observe('sip:ann@contoso.com', 'Online');
    expect(told).toHaveLength(1);
    alerts.setOptions({ leavingAway: true });
    alerts.observe('sip:ann@contoso.com', 'Away');
    alerts.observe('sip:ann@contoso.com', 'Online');
    expect(told.map((a) => a.reason)).toEqual(['available', 'leftAway']);
    expect(alerts.list()).toEqual([
      { uri: 'sip:ann@contoso.com', name: 'ann@contoso.com', availability: 'Online' },
    ]);
  });
});

describe('the tagged people’s presence subscription', () => {
  it('is made in one request for 100 people and renewed in one request before each 30 minutes run out', async () => {
    const { clock, alerts, subscribed, refreshed } = setup(uris(100));
    await alerts.start();
    expect(subscribed).toHaveLength(1);
    expect(subscribed[0]?.flat()).toHaveLength(100);
    expect(TAG_RENEW_MS).toBeLessThan(30 * 60_000);
    for (let hour = 0; hour < 2; hour++) {
      clock.advance(TAG_RENEW_MS);
      await settle();
    }
    expect(refreshed).toEqual(['https://pool/sub/1', 'https://pool/sub/1']);
    expect(subscribed).toHaveLength(1);
  });

  it('someone tagged later joins with a subscription of their own; the next renewal makes one for all', async () => {
    const { clock, alerts, subscribed, refreshed, store } = setup(uris(2));
    await alerts.start();
    await alerts.tag('sip:late@contoso.com');
    expect(store.load()).toContain('sip:late@contoso.com');
    expect(subscribed.map((s) => s.flat().length)).toEqual([2, 1]);
    clock.advance(TAG_RENEW_MS);
    await settle();
    expect(refreshed).toEqual([]);
    expect(subscribed.map((s) => s.flat().length)).toEqual([2, 1, 3]);
    clock.advance(TAG_RENEW_MS);
    await settle();
    expect(refreshed).toHaveLength(1); // one subscription for the whole set again: refreshed
  });

  it('the server’s expiry warning renews at once; a refresh that finds it gone makes a new one', async () => {
    const { alerts, subscribed, refreshed, failRefresh } = setup(uris(3));
    await alerts.start();
    expect(alerts.owns('https://pool/sub/1')).toBe(true);
    expect(alerts.owns('https://pool/sub/other')).toBe(false);
    await alerts.onExpiring();
    expect(refreshed).toEqual(['https://pool/sub/1']);
    failRefresh();
    await alerts.onExpiring();
    expect(subscribed).toHaveLength(2);
    expect(alerts.owns('https://pool/sub/2')).toBe(true);
  });

  it('after resume start() makes it again; after stop nothing more is sent', async () => {
    const { clock, alerts, subscribed, refreshed } = setup(uris(3));
    await alerts.start();
    alerts.observe('sip:person0@contoso.com', 'Online');
    await alerts.start(); // resume: the server dropped every presence subscription
    expect(subscribed).toHaveLength(2);
    expect(alerts.owns('https://pool/sub/2')).toBe(true);
    alerts.stop();
    clock.advance(3 * TAG_RENEW_MS);
    await settle();
    expect(subscribed).toHaveLength(2);
    expect(refreshed).toEqual([]);
    expect(alerts.list().map((t) => t.availability)).toEqual(['Unknown', 'Unknown', 'Unknown']);
  });

  it('untagging keeps the list and the store in step; the next renewal leaves them out', async () => {
    const { clock, alerts, subscribed, store } = setup(uris(3));
    await alerts.start();
    await alerts.untag('sip:person1@contoso.com');
    expect(store.load()).toEqual(['sip:person0@contoso.com', 'sip:person2@contoso.com']);
    clock.advance(TAG_RENEW_MS);
    await settle();
    expect(subscribed.at(-1)?.flat()).toEqual(['sip:person0@contoso.com', 'sip:person2@contoso.com']);
  });
});
