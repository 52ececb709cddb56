// In-memory implementations of the backend's ports. Used by tests and the renderer's Chromium harness, and by the
// app itself where the real thing is missing: no Secret Service → memorySecrets({ available: false }) keeps the
// sign-in for this session only (and the UI says it cannot be remembered).
import { defaultSettings } from '../settings/schema.js';
import type {
  NotificationContent,
  NotifierPort,
  SecretPort,
  SettingsPort,
  StoredSettings,
  StoredToken,
} from './ports.js';

export function memorySettings(initial: Partial<StoredSettings> = {}): SettingsPort {
  let current: StoredSettings = { ...defaultSettings(), ...initial };
  return {
    get: () => ({ ...current }),
    update(patch) {
      current = { ...current, ...patch };
      return { ...current };
    },
  };
}

/**
 * `available: false` behaves like a machine without a keyring: nothing is kept beyond the session. `now` decides
 * which tokens have expired, like the keyring module does.
 */
export function memorySecrets(options: { available?: boolean; now?: () => number } = {}): SecretPort & {
  dump(): Map<string, { password?: string; tokens?: Record<string, StoredToken> }>;
} {
  const available = options.available ?? true;
  const now = options.now ?? Date.now;
  const store = new Map<string, { password?: string; tokens?: Record<string, StoredToken> }>();
  const entry = (account: string) => store.get(account) ?? {};
  const put = (account: string, next: { password?: string; tokens?: Record<string, StoredToken> }) => {
    if (next.tokens !== undefined && Object.keys(next.tokens).length === 0) delete next.tokens;
    if (next.password === undefined && next.tokens === undefined) store.delete(account);
    else store.set(account, next);
  };
  return {
    isAvailable: () => Promise.resolve(available),
    getPassword: (account) => Promise.resolve(available ? (entry(account).password ?? null) : null),
    async setPassword(account, password) {
      if (available) store.set(account, { ...entry(account), password });
    },
    async deletePassword(account) {
      const { password: _gone, ...rest } = entry(account);
      put(account, rest);
    },
    getTokens: (account) =>
      Promise.resolve(
        available
          ? Object.fromEntries(
              Object.entries(entry(account).tokens ?? {}).filter(([, t]) => t.expiresAt > now()),
            )
          : {},
      ),
    async setToken(account, origin, token) {
      if (available)
        put(account, { ...entry(account), tokens: { ...entry(account).tokens, [origin]: token } });
    },
    async deleteToken(account, origin) {
      const current = entry(account);
      const tokens = Object.fromEntries(
        Object.entries(current.tokens ?? {}).filter(([o]) => origin !== undefined && o !== origin),
      );
      put(account, { ...current, tokens });
    },
    async clear(account) {
      store.delete(account);
    },
    dump: () => store,
  };
}

export interface RecordedNotification extends NotificationContent {
  click(): void;
}

/** A notifier that records what it was asked to show; `click()` on an entry acts like the user clicking it. */
export function recordingNotifier(options: { doNotDisturb?: () => boolean } = {}): NotifierPort & {
  shown: RecordedNotification[];
} {
  const shown: RecordedNotification[] = [];
  return {
    shown,
    show(content, onClick) {
      shown.push({ ...content, click: onClick });
    },
    isDoNotDisturb: () => options.doNotDisturb?.() ?? false,
  };
}
