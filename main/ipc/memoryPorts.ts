// In-memory implementations of the backend's ports. Used by tests and the renderer's Chromium harness, and by the
// app itself where the real thing is missing: no Secret Service → memorySecrets({ available: false }) keeps the
// sign-in for this session only (and the UI says it cannot be remembered).
import { defaultSettings } from '../shell/settingsSchema.js';
import type {
  HistoryStore,
  NotificationContent,
  NotifierPort,
  SecretPort,
  SettingsPort,
  StoredSettings,
  StoredToken,
} from './ports.js';
import type { ChangeEntry } from './contract.js';

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

/** `available: false` behaves like a machine without a keyring: nothing is kept beyond the session. */
export function memorySecrets(options: { available?: boolean } = {}): SecretPort & {
  dump(): Map<string, { password?: string; token?: StoredToken }>;
} {
  const available = options.available ?? true;
  const store = new Map<string, { password?: string; token?: StoredToken }>();
  const entry = (account: string) => store.get(account) ?? {};
  return {
    isAvailable: () => Promise.resolve(available),
    getPassword: (account) => Promise.resolve(available ? (entry(account).password ?? null) : null),
    async setPassword(account, password) {
      if (available) store.set(account, { ...entry(account), password });
    },
    getToken: (account) => Promise.resolve(available ? (entry(account).token ?? null) : null),
    async setToken(account, token) {
      if (available) store.set(account, { ...entry(account), token });
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

export function memoryHistoryStore(initial: ChangeEntry[] = []): HistoryStore {
  let entries = [...initial];
  return {
    load: () => [...entries],
    save(next) {
      entries = [...next];
    },
  };
}
