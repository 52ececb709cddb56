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
    await secrets.setToken(account, { value: 'cwt=AAEB', expiresAt: Date.now() + 8 * 3600_000 });
    expect(await secrets.getPassword(account)).toBe('correct horse');
    expect((await secrets.getToken(account))?.value).toBe('cwt=AAEB');
    await secrets.clear(account);
    expect(await secrets.getPassword(account)).toBeNull();
    expect(await secrets.getToken(account)).toBeNull();
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
});
