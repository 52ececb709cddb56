// The OS keyring (keytar), behind the backend's SecretPort. The only module that touches keytar: it is loaded
// lazily with createRequire so that a missing or broken native module, or a machine without a Secret Service,
// makes the keyring "unavailable" instead of stopping the app (the sign-in then lasts for the session only).
// Kept per account under the service "UCWA Tray": the password (only when "Remember my password" is ticked)
// as `<account>`, and the account's tokens with their expiry as `<account>#token`: one JSON object by origin,
// because every pool a user is redirected to hands out its own token.
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

function isToken(value: unknown): value is StoredToken {
  if (typeof value !== 'object' || value === null) return false;
  const t = value as Record<string, unknown>;
  return (
    typeof t.accessToken === 'string' &&
    typeof t.tokenType === 'string' &&
    typeof t.expiresAt === 'number' &&
    Number.isFinite(t.expiresAt)
  );
}

/** The live tokens of a `#token` entry, by origin; anything unreadable or expired is left out. */
function parseTokens(raw: string | null, now: number): Record<string, StoredToken> {
  if (raw === null) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
  return Object.fromEntries(
    Object.entries(parsed)
      .filter((entry): entry is [string, StoredToken] => isToken(entry[1]) && entry[1].expiresAt > now)
      .map(([origin, t]) => [
        origin,
        { accessToken: t.accessToken, tokenType: t.tokenType, expiresAt: t.expiresAt },
      ]),
  );
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

  // The tokens of an account are one entry, read, changed and written back: one change at a time, so two
  // origins saved at once do not overwrite each other. No live token left → the entry is deleted.
  let writes: Promise<unknown> = Promise.resolve();
  function updateTokens(
    account: string,
    change: (tokens: Record<string, StoredToken>) => Record<string, StoredToken>,
  ): Promise<void> {
    const next = writes.then(async () => {
      const k = await ready();
      const key = account + TOKEN_SUFFIX;
      const tokens = change(parseTokens(await k.getPassword(service, key), now()));
      if (Object.keys(tokens).length === 0) await k.deletePassword(service, key);
      else await k.setPassword(service, key, JSON.stringify(tokens));
    });
    writes = next.catch(() => undefined);
    return next;
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
    async deletePassword(account) {
      await (await ready()).deletePassword(service, account);
    },
    async getTokens(account) {
      return parseTokens(await (await ready()).getPassword(service, account + TOKEN_SUFFIX), now());
    },
    setToken: (account, origin, token) => updateTokens(account, (tokens) => ({ ...tokens, [origin]: token })),
    deleteToken: (account, origin) =>
      updateTokens(account, (tokens) =>
        origin === undefined ? {} : Object.fromEntries(Object.entries(tokens).filter(([o]) => o !== origin)),
      ),
    async clear(account) {
      await (await ready()).deletePassword(service, account);
      await updateTokens(account, () => ({}));
    },
  };
}
