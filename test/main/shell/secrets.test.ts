// The keyring module without a keyring: a keytar that cannot load, or a Secret Service that is not there,
// makes it "unavailable" with a reason, and nothing throws past the SecretPort contract.
import { describe, expect, it } from 'vitest';
import { createKeyringSecrets } from '../../../main/shell/secrets.js';
import type { Keytar } from '../../../main/shell/secrets.js';

function memoryKeytar(): Keytar & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getPassword: async (s, a) => data.get(`${s}/${a}`) ?? null,
    setPassword: async (s, a, p) => void data.set(`${s}/${a}`, p),
    deletePassword: async (s, a) => data.delete(`${s}/${a}`),
    findCredentials: async () => [],
  };
}

describe('keyring secrets', () => {
  it('is unavailable, with the reason, when keytar cannot be loaded', async () => {
    const secrets = createKeyringSecrets({
      load: () => {
        throw new Error('Cannot find module keytar.node\n    at stack');
      },
    });
    expect(await secrets.isAvailable()).toBe(false);
    expect(secrets.unavailableReason()).toBe('keytar could not be loaded: Cannot find module keytar.node');
    await expect(secrets.getPassword('sip:me@contoso.com')).rejects.toThrow(/cannot be remembered/);
  });

  it('is unavailable when there is no Secret Service on the bus', async () => {
    const secrets = createKeyringSecrets({
      load: () => ({
        ...memoryKeytar(),
        findCredentials: () => Promise.reject(new Error('Cannot autolaunch D-Bus without X11 $DISPLAY')),
      }),
    });
    expect(await secrets.isAvailable()).toBe(false);
    expect(secrets.unavailableReason()).toContain('D-Bus');
  });

  it('keeps the token with its expiry apart from the password, forgets an expired token, and clears both', async () => {
    const keytar = memoryKeytar();
    let now = 1000;
    const secrets = createKeyringSecrets({ load: () => keytar, now: () => now });
    expect(await secrets.isAvailable()).toBe(true);
    await secrets.setPassword('sip:me@contoso.com', 'pw');
    await secrets.setToken('sip:me@contoso.com', { value: 'cwt=abc', expiresAt: 5000 });
    expect(await secrets.getPassword('sip:me@contoso.com')).toBe('pw');
    expect(await secrets.getToken('sip:me@contoso.com')).toEqual({ value: 'cwt=abc', expiresAt: 5000 });
    now = 5000;
    expect(await secrets.getToken('sip:me@contoso.com')).toBeNull();
    await secrets.clear('sip:me@contoso.com');
    expect(keytar.data.size).toBe(0);
  });
});
