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
    const token = { accessToken: 'cwt=abc', tokenType: 'Bearer', expiresAt: 5000 };
    expect(await secrets.isAvailable()).toBe(true);
    await secrets.setPassword('sip:me@contoso.com', 'pw');
    await secrets.setToken('sip:me@contoso.com', 'https://pool.contoso.com', token);
    expect(await secrets.getPassword('sip:me@contoso.com')).toBe('pw');
    expect(await secrets.getTokens('sip:me@contoso.com')).toEqual({ 'https://pool.contoso.com': token });
    now = 5000;
    expect(await secrets.getTokens('sip:me@contoso.com')).toEqual({});
    await secrets.clear('sip:me@contoso.com');
    expect(keytar.data.size).toBe(0);
  });

  it('keeps one token per origin, saved at once without losing one, and forgets one origin on its own', async () => {
    const keytar = memoryKeytar();
    const secrets = createKeyringSecrets({ load: () => keytar, now: () => 0 });
    const a = { accessToken: 'cwt=A', tokenType: 'Bearer', expiresAt: 10_000 };
    const b = { accessToken: 'cwt=B', tokenType: 'Bearer', expiresAt: 20_000 };
    await Promise.all([
      secrets.setToken('sip:me@contoso.com', 'https://pool1.contoso.com', a),
      secrets.setToken('sip:me@contoso.com', 'https://pool2.contoso.com', b),
    ]);
    expect(await secrets.getTokens('sip:me@contoso.com')).toEqual({
      'https://pool1.contoso.com': a,
      'https://pool2.contoso.com': b,
    });
    await secrets.deleteToken('sip:me@contoso.com', 'https://pool1.contoso.com');
    expect(await secrets.getTokens('sip:me@contoso.com')).toEqual({ 'https://pool2.contoso.com': b });
    await secrets.setPassword('sip:me@contoso.com', 'pw');
    await secrets.deletePassword('sip:me@contoso.com');
    expect(await secrets.getPassword('sip:me@contoso.com')).toBeNull();
    expect(await secrets.getTokens('sip:me@contoso.com')).toEqual({ 'https://pool2.contoso.com': b });
    await secrets.deleteToken('sip:me@contoso.com');
    expect(keytar.data.size).toBe(0);
  });

  it('ignores a token entry it cannot read (an older format, or damaged) instead of failing', async () => {
    const keytar = memoryKeytar();
    keytar.data.set('UCWA Tray/sip:me@contoso.com#token', '{"value":"cwt=old","expiresAt":99999}');
    const secrets = createKeyringSecrets({ load: () => keytar, now: () => 0 });
    expect(await secrets.getTokens('sip:me@contoso.com')).toEqual({});
    keytar.data.set('UCWA Tray/sip:me@contoso.com#token', 'not json');
    expect(await secrets.getTokens('sip:me@contoso.com')).toEqual({});
  });
});
