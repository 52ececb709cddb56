// keytar against the real Secret Service (CI: gnome-keyring inside dbus-run-session). Without one this suite
// skips loudly with the reason; with CI=true a missing Secret Service is a failure.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createKeyringSecrets } from '../../../main/shell/secrets.js';
import { requireOrSkip } from '../../support/requirements.js';

const probe = createKeyringSecrets({ service: 'UCWA Tray (test)' });
const available = await probe.isAvailable();
const run = requireOrSkip(
  'keyring suite',
  available,
  `no Secret Service: ${probe.unavailableReason() ?? 'unknown'} (run inside dbus-run-session with gnome-keyring unlocked)`,
);

describe.runIf(run)('keytar against the real Secret Service', () => {
  const secrets = createKeyringSecrets({ service: 'UCWA Tray (test)' });
  const account = `sip:test-${randomUUID()}@contoso.com`;

  it('stores, reads and deletes the password and the token of an account', async () => {
    expect(await secrets.isAvailable()).toBe(true);
    expect(await secrets.getPassword(account)).toBeNull();
    await secrets.setPassword(account, 'correct horse');
    await secrets.setToken(account, 'https://pool.contoso.com', {
      accessToken: 'cwt=AAEB',
      tokenType: 'Bearer',
      expiresAt: Date.now() + 8 * 3600_000,
    });
    expect(await secrets.getPassword(account)).toBe('correct horse');
    expect((await secrets.getTokens(account))['https://pool.contoso.com']?.accessToken).toBe('cwt=AAEB');
    await secrets.clear(account);
    expect(await secrets.getPassword(account)).toBeNull();
    expect(await secrets.getTokens(account)).toEqual({});
  });

  it('keeps two accounts apart', async () => {
    const other = `sip:other-${randomUUID()}@contoso.com`;
    await secrets.setPassword(account, 'one');
    await secrets.setPassword(other, 'two');
    expect(await secrets.getPassword(account)).toBe('one');
    expect(await secrets.getPassword(other)).toBe('two');
    await secrets.clear(account);
    await secrets.clear(other);
  });

  it('round-trips a token with its expiry through the Secret Service, and drops it once expired', async () => {
    const expiresAt = Date.now() + 8 * 3600_000;
    const token = { accessToken: 'cwt=AAEBHAEAAAAAAAA', tokenType: 'Bearer', expiresAt };
    await secrets.setToken(account, 'https://pool1.contoso.com', token);
    await secrets.setToken(account, 'https://pool2.contoso.com', { ...token, accessToken: 'cwt=SECOND' });
    // A second module instance (as after a restart) reads what the first one wrote.
    const afterRestart = createKeyringSecrets({ service: 'UCWA Tray (test)' });
    expect(await afterRestart.getTokens(account)).toEqual({
      'https://pool1.contoso.com': token,
      'https://pool2.contoso.com': { ...token, accessToken: 'cwt=SECOND' },
    });
    const later = createKeyringSecrets({ service: 'UCWA Tray (test)', now: () => expiresAt });
    expect(await later.getTokens(account)).toEqual({});
    await secrets.clear(account);
    expect(await afterRestart.getTokens(account)).toEqual({});
  });
});
