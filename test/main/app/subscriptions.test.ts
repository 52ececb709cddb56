// Subscriptions: created for every contact in chunks, refreshed when about to expire, re-created when gone.
import { describe, expect, it, vi } from 'vitest';
import type { ProtocolPort } from '../../../main/app/port.js';
import { Subscriptions } from '../../../main/app/subscriptions.js';
import { UcwaError } from '../../../main/ucwa/errors.js';

function fakePort() {
  let n = 0;
  const port = {
    subscribeContactsAndGroups: vi.fn(async () => {}),
    subscribePresence: vi.fn(async (_uris: string[]) => [`/subs/${n++}`]),
    refreshSubscription: vi.fn(async () => {}),
  };
  return port;
}

describe('subscriptions', () => {
  it('subscribes contacts-and-groups and every contact, 200 per presence subscription', async () => {
    const port = fakePort();
    const uris = Array.from({ length: 450 }, (_, i) => `sip:u${i}@contoso.com`);
    const subs = new Subscriptions(
      () => port as unknown as ProtocolPort,
      () => uris,
      () => {},
    );
    await subs.establish();
    expect(port.subscribeContactsAndGroups).toHaveBeenCalledTimes(1);
    expect(port.subscribePresence.mock.calls.map(([u]) => u.length)).toEqual([200, 200, 50]);
    expect(subs.count()).toBe(3);
  });

  it('refreshes the one about to expire; when it is already gone, subscribes again', async () => {
    const port = fakePort();
    const subs = new Subscriptions(
      () => port as unknown as ProtocolPort,
      () => ['sip:a@contoso.com'],
      () => {},
    );
    await subs.onExpiring('presence', '/subs/7');
    expect(port.refreshSubscription).toHaveBeenCalledWith('/subs/7');
    expect(port.subscribePresence).not.toHaveBeenCalled();
    port.refreshSubscription.mockRejectedValueOnce(new UcwaError({ status: 404, code: 'NotFound' }));
    await subs.onExpiring('presence', '/subs/7');
    expect(port.subscribePresence).toHaveBeenCalledTimes(1);
    await subs.onExpiring('contactsAndGroups', '/cg');
    expect(port.subscribeContactsAndGroups).toHaveBeenCalledTimes(2);
  });

  it('a failing subscription is logged, never fatal', async () => {
    const port = fakePort();
    port.subscribeContactsAndGroups.mockRejectedValueOnce(new UcwaError({ status: 403, code: 'Forbidden' }));
    const warn = vi.fn();
    const subs = new Subscriptions(
      () => port as unknown as ProtocolPort,
      () => ['sip:a@contoso.com'],
      warn,
    );
    await expect(subs.establish()).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalled();
    expect(subs.count()).toBe(1);
  });
});
