// The OS keyring (keytar), behind the backend's SecretPort. The only module that touches keytar: it is loaded
// lazily with createRequire so that a missing or broken native module, or a machine without a Secret Service,
// makes the keyring "unavailable" instead of stopping the app (the sign-in then lasts for the session only).
// Kept per account under the service "UCWA Tray": the password (only when "Remember my password" is ticked)
// and the token with its expiry, as `<account>` and `<account>#token`.
import { createRequire } from 'node:module';
import type { SecretPort, StoredToken } from '../ipc/ports.js';

export const SERVICE = 'UCWA Tray';
const TOKEN_SUFFIX = '#token';

/** The part of keytar's API we use. */
export interface Keytar {
  getPassword(service: string, account: string): Promise<string | null>;
  setPassword(service: string, account: string, password: string): Promise<void>;
  deletePassword(service: string, account: string): Promise<boolean>;
  findCredentials(service: string): Promise<Array<{ account: string; password: string }>>;
}

export class KeyringUnavailableError extends Error {
  constructor(reason: string) {
    super(`The system keyring is not available (${reason}), so the sign-in cannot be remembered.`);
    this.name = 'KeyringUnavailableError';
  }
}

function loadKeytar(): Keytar {
  const require = createRequire(import.meta.url);
  return require('keytar') as Keytar;
}

function reasonOf(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  return message.split('\n')[0]?.slice(0, 200) ?? 'unknown error';
}

function parseToken(raw: string | null): StoredToken | null {
  if (raw === null) return null;
  try {
    const parsed = JSON.parse(raw) as Partial<StoredToken>;
    return typeof parsed.value === 'string' && typeof parsed.expiresAt === 'number'
      ? { value: parsed.value, expiresAt: parsed.expiresAt }
      : null;
  } catch {
    return null;
  }
}

export interface KeyringSecrets extends SecretPort {
  /** Why the keyring is unavailable (after isAvailable() resolved false), for the log and the UI. */
  unavailableReason(): string | null;
}

/**
 * `load` is for tests (a keytar that fails); `now` decides whether a stored token has expired (an expired one is
 * useless: UCWA has no refresh token).
 */
export function createKeyringSecrets(
  options: { load?: () => Keytar; now?: () => number; service?: string } = {},
): KeyringSecrets {
  const service = options.service ?? SERVICE;
  const now = options.now ?? Date.now;
  let keytar: Keytar | null = null;
  let reason: string | null = null;
  let probe: Promise<boolean> | null = null;

  async function check(): Promise<boolean> {
    try {
      keytar = (options.load ?? loadKeytar)();
    } catch (e) {
      reason = `keytar could not be loaded: ${reasonOf(e)}`;
      return false;
    }
    try {
      // A read is enough to meet the Secret Service (and fails fast when there is none on the bus).
      await keytar.findCredentials(service);
      return true;
    } catch (e) {
      reason = reasonOf(e);
      return false;
    }
  }

  async function ready(): Promise<Keytar> {
    probe ??= check();
    if ((await probe) && keytar) return keytar;
    throw new KeyringUnavailableError(reason ?? 'unknown');
  }

  return {
    isAvailable: () => (probe ??= check()),
    unavailableReason: () => reason,
    async getPassword(account) {
      return (await ready()).getPassword(service, account);
    },
    async setPassword(account, password) {
      await (await ready()).setPassword(service, account, password);
    },
    async getToken(account) {
      const token = parseToken(await (await ready()).getPassword(service, account + TOKEN_SUFFIX));
      return token && token.expiresAt > now() ? token : null;
    },
    async setToken(account, token) {
      await (await ready()).setPassword(service, account + TOKEN_SUFFIX, JSON.stringify(token));
    },
    async clear(account) {
      const k = await ready();
      await k.deletePassword(service, account);
      await k.deletePassword(service, account + TOKEN_SUFFIX);
    },
  };
}
