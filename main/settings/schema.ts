// The settings' shape: defaults on a fresh install, one validator per key, versioned migrations, and the
// SettingsPort over any store with a `store` property. Pure (no Electron, no electron-store), so it is tested in
// Node; main/shell/settings.ts only opens the file. No secrets, ever.
// A damaged file loses as little as possible: each key is checked on its own, a wrong-typed value falls back to its
// default (and is logged by name) while every valid key is kept; keys this version does not know are kept; and a
// file written by a newer version is never migrated down or rewritten on open (its values, even those this version
// cannot read, stay in the file until the user changes that setting here).
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { LanguageSchema, ThemeSchema } from '../ipc/contract.js';
import type { SettingsPort, StoredSettings } from '../ipc/ports.js';

export const SETTINGS_VERSION = 2;

export function defaultSettings(endpointId: string = randomUUID()): StoredSettings {
  return {
    serverAddress: null,
    user: null,
    format: 'json',
    notifyRelationshipChanges: true,
    notifyInvitations: true,
    notifySignedOut: true,
    statusAlertsIncludeAway: false,
    pausedUntil: null,
    startAtLogin: false,
    theme: 'system',
    language: 'system',
    rememberPassword: false,
    signInMethod: 'password',
    endpointId,
    windowBounds: null,
    trustedHosts: [],
  };
}

const finite = z.number().finite();
/** One validator per stored key. */
export const settingsSchema: { [K in keyof StoredSettings]: z.ZodType<StoredSettings[K]> } = {
  serverAddress: z.string().nullable(),
  user: z.string().nullable(),
  format: z.enum(['json', 'xml']),
  notifyRelationshipChanges: z.boolean(),
  notifyInvitations: z.boolean(),
  notifySignedOut: z.boolean(),
  statusAlertsIncludeAway: z.boolean(),
  pausedUntil: finite.nullable(),
  startAtLogin: z.boolean(),
  theme: ThemeSchema,
  language: LanguageSchema,
  rememberPassword: z.boolean(),
  signInMethod: z.enum(['password', 'windows', 'passive']),
  endpointId: z.string().min(1),
  windowBounds: z
    .object({ x: finite.optional(), y: finite.optional(), width: finite.min(200), height: finite.min(200) })
    .nullable(),
  trustedHosts: z.array(z.string().min(1).max(300)).max(100),
};

/**
 * Versioned migrations, applied in order to whatever an older version stored. Version 1 (0.0.x previews) kept a
 * single `notifications: boolean` and the server as `discoverUrl`.
 */
export const migrations: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  2: (old) => {
    const { notifications, discoverUrl, ...rest } = old;
    const on = typeof notifications === 'boolean' ? notifications : true;
    return {
      ...rest,
      serverAddress: typeof discoverUrl === 'string' ? discoverUrl : (rest.serverAddress ?? null),
      notifyRelationshipChanges: rest.notifyRelationshipChanges ?? on,
      notifyInvitations: rest.notifyInvitations ?? on,
      notifySignedOut: rest.notifySignedOut ?? on,
    };
  },
};

export interface ReadSettings {
  settings: StoredSettings;
  /** Keys whose stored value was unusable (their default is used). */
  invalid: string[];
  /** The stored data after migration (what the file should hold beyond `settings`). */
  migrated: Record<string, unknown>;
}

/** Brings stored data from `fromVersion` up to SETTINGS_VERSION (never down), then checks each key on its own. */
export function migrateSettings(stored: Record<string, unknown>, fromVersion: number): ReadSettings {
  let data = stored;
  for (let v = fromVersion + 1; v <= SETTINGS_VERSION; v++) {
    const step = migrations[v];
    if (step) data = step(data);
  }
  const endpoint = settingsSchema.endpointId.safeParse(data.endpointId);
  const settings: Record<string, unknown> = {
    ...defaultSettings(endpoint.success ? endpoint.data : undefined),
  };
  const invalid: string[] = [];
  for (const [key, schema] of Object.entries(settingsSchema) as Array<[string, z.ZodType]>) {
    if (!(key in data) || data[key] === undefined) continue;
    const checked = schema.safeParse(data[key]);
    if (checked.success) settings[key] = checked.data;
    else invalid.push(key);
  }
  return { settings: settings as unknown as StoredSettings, invalid, migrated: data };
}

/** The one thing we need from electron-store: its whole content, read and written at once. */
export interface StoreLike {
  store: Record<string, unknown>;
}

export interface SettingsLog {
  (message: string, data?: Record<string, unknown>): void;
}

function fileVersion(raw: Record<string, unknown>): number {
  // No version key: an empty store is a fresh install (nothing to migrate), anything else predates versioning (v1).
  if (typeof raw.settingsVersion === 'number' && Number.isInteger(raw.settingsVersion))
    return raw.settingsVersion;
  return Object.keys(raw).length ? 1 : 0;
}

/** Migrates what is stored (once, on open), then serves the SettingsPort from it. */
export function settingsPortOver(backing: StoreLike, log: SettingsLog = () => {}): SettingsPort {
  const raw = backing.store;
  const version = fileVersion(raw);
  const newer = version > SETTINGS_VERSION;
  const read = migrateSettings(raw, version === 0 ? SETTINGS_VERSION : Math.min(version, SETTINGS_VERSION));
  let current = read.settings;
  if (read.invalid.length)
    log('settings: unusable values replaced by their defaults', { keys: read.invalid });
  if (newer) log('settings: written by a newer version; kept as it is', { version });
  // What the file holds beyond our valid keys, written back as it was until the user changes that setting here:
  // keys this version does not know, and a newer version's values this version cannot read.
  const known = new Set(Object.keys(settingsSchema));
  let kept: Record<string, unknown> = Object.fromEntries(
    Object.entries(read.migrated).filter(
      ([k]) => (!known.has(k) || (newer && read.invalid.includes(k))) && k !== 'settingsVersion',
    ),
  );
  const write = (changed: ReadonlyArray<string>) => {
    kept = Object.fromEntries(Object.entries(kept).filter(([k]) => !changed.includes(k)));
    backing.store = { ...current, ...kept, settingsVersion: Math.max(version, SETTINGS_VERSION) };
  };
  if (!newer && (version !== SETTINGS_VERSION || read.invalid.length > 0)) write([]);
  return {
    get: () => ({ ...current }),
    update(patch) {
      current = { ...current, ...patch };
      write(Object.keys(patch));
      return { ...current };
    },
  };
}
