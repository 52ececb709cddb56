// Subscriptions: the contact list and every contact asked for at once (one port call whatever the list size, 200
// contacts per presence subscription), refreshed when about to expire, re-created when gone.
import { describe, expect, it, vi } from 'vitest';
import type { ProtocolPort, SubscribeOutcome, SubscribeRequest } from '../../../main/app/port.js';
import { Subscriptions } from '../../../main/app/subscriptions.js';
import { UcwaError } from '../../../main/ucwa/errors.js';

function fakePort() {
  let n = 0;
  const port = {
    subscribe: vi.fn(async (request: SubscribeRequest): Promise<SubscribeOutcome> => ({
      ...(request.contactsAndGroups ? { contactsAndGroups: { ok: true, value: undefined } } : {}),
      presence: request.presence.map(() => ({ ok: true, value: `/subs/${n++}` })),
      ...(request.levels ? { levels: { ok: true, value: new Map() } } : {}),
    })),
    refreshSubscription: vi.fn(async () => {}),
  };
  return port;
}

const subscriptionsOver = (port: ReturnType<typeof fakePort>, uris: string[], warn = () => {}) =>
  new Subscriptions(
    () => port as unknown as ProtocolPort,
    () => uris,
    warn,
  );

describe('subscriptions', () => {
  it('asks for contacts-and-groups and every contact in one call, 200 per presence subscription', async () => {
    const port = fakePort();
    const uris = Array.from({ length: 450 }, (_, i) => `sip:u${i}@contoso.com`);
    const subs = subscriptionsOver(port, uris);
    await expect(subs.establish()).resolves.toBe(true);
    expect(port.subscribe).toHaveBeenCalledTimes(1);
    const [request] = port.subscribe.mock.calls[0] ?? [];
    expect(request?.contactsAndGroups).toBe(true);
    expect(request?.presence.map((g) => g.length)).toEqual([200, 200, 50]);
    expect(request?.presence.flat()).toEqual(uris);
    expect(subs.count()).toBe(3);
  });

  it('refreshes the one about to expire; when it is already gone, subscribes again', async () => {
    const port = fakePort();
    const subs = subscriptionsOver(port, ['sip:a@contoso.com']);
    await subs.onExpiring('presence', '/subs/7');
    expect(port.refreshSubscription).toHaveBeenCalledWith('/subs/7');
    expect(port.subscribe).not.toHaveBeenCalled();
    port.refreshSubscription.mockRejectedValueOnce(new UcwaError({ status: 404, code: 'NotFound' }));
    await subs.onExpiring('presence', '/subs/7');
    expect(port.subscribe).toHaveBeenCalledTimes(1);
    expect(subs.count()).toBe(1);
    await subs.onExpiring('contactsAndGroups', '/cg');
    expect(port.subscribe).toHaveBeenLastCalledWith({ contactsAndGroups: true, presence: [] });
  });

  it('a contact-list subscription found gone on refresh re-creates everything', async () => {
    const port = fakePort();
    const subs = subscriptionsOver(port, ['sip:a@contoso.com']);
    port.subscribe.mockResolvedValueOnce({
      contactsAndGroups: { ok: false, error: new UcwaError({ status: 404, code: 'NotFound' }) },
      presence: [],
    });
    await subs.onExpiring('contactsAndGroups', '/cg');
    expect(port.subscribe).toHaveBeenCalledTimes(2);
    expect(port.subscribe).toHaveBeenLastCalledWith({
      contactsAndGroups: true,
      presence: [['sip:a@contoso.com']],
      available: true,
      levels: true,
    });
  });

  it('hands the levels read after subscribing to the model; a failed read is logged, never fatal', async () => {
    const port = fakePort();
    const seen: Array<Map<string, string>> = [];
    const warnings: string[] = [];
    const subs = new Subscriptions(
      () => port as unknown as ProtocolPort,
      () => ['sip:a@contoso.com'],
      (msg) => warnings.push(msg),
      (levels) => seen.push(levels),
    );
    const levels = new Map([['sip:a@contoso.com', 'Blocked' as const]]);
    port.subscribe.mockResolvedValueOnce({
      presence: [{ ok: true, value: '/subs/1' }],
      levels: { ok: true, value: levels },
    });
    await subs.establish();
    expect(port.subscribe).toHaveBeenLastCalledWith(expect.objectContaining({ levels: true }));
    expect(seen).toEqual([levels]);
    port.subscribe.mockResolvedValueOnce({
      presence: [{ ok: true, value: '/subs/2' }],
      levels: { ok: false, error: new UcwaError({ status: 500, code: 'ServiceFailure' }) },
    });
    await subs.establish();
    expect(seen).toHaveLength(1);
    expect(warnings).toEqual([expect.stringMatching(/^levels after subscribing failed/)]);
    expect(subs.count()).toBe(1);
  });

  it('a failing part is logged, never fatal, and the others are kept', async () => {
    const port = fakePort();
    port.subscribe.mockResolvedValueOnce({
      contactsAndGroups: { ok: false, error: new UcwaError({ status: 403, code: 'Forbidden' }) },
      presence: [
        { ok: true, value: '/subs/1' },
        { ok: false, error: new UcwaError({ status: 403, code: 'Forbidden', subcode: 'LimitExceeded' }) },
      ],
    });
    const warn = vi.fn();
    const subs = subscriptionsOver(
      port,
      Array.from({ length: 300 }, (_, i) => `sip:u${i}@contoso.com`),
      warn,
    );
    // False: the contact-list subscription did not take, so the caller asks again later.
    await expect(subs.establish()).resolves.toBe(false);
    expect(warn).toHaveBeenCalledTimes(2);
    expect(subs.count()).toBe(1);
  });

  it('a failing request is logged, never fatal', async () => {
    const port = fakePort();
    port.subscribe.mockRejectedValueOnce(new UcwaError({ status: 0, code: 'Network' }));
    const warn = vi.fn();
    const subs = subscriptionsOver(port, ['sip:a@contoso.com'], warn);
    await expect(subs.establish()).resolves.toBe(false);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(subs.count()).toBe(0);
  });
});
