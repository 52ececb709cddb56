// The settings' shape: defaults on a fresh install, the JSON schema electron-store validates against, versioned
// migrations, and the SettingsPort over any store with a `store` property. Pure (no Electron, no electron-store),
// so it is tested in Node; main/shell/settings.ts only opens the electron-store file. No secrets, ever.
import { randomUUID } from 'node:crypto';
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
    pausedUntil: null,
    startAtLogin: false,
    theme: 'system',
    rememberPassword: false,
    endpointId,
    windowBounds: null,
  };
}

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

/** Brings stored data from `fromVersion` to SETTINGS_VERSION, filling what is missing from the defaults. */
export function migrateSettings(stored: Record<string, unknown>, fromVersion: number): StoredSettings {
  let data = stored;
  for (let v = fromVersion + 1; v <= SETTINGS_VERSION; v++) {
    const step = migrations[v];
    if (step) data = step(data);
  }
  const endpointId = typeof data.endpointId === 'string' ? data.endpointId : undefined;
  const defaults = defaultSettings(endpointId);
  const out: Record<string, unknown> = { ...defaults };
  for (const key of Object.keys(defaults)) if (data[key] !== undefined) out[key] = data[key];
  return out as unknown as StoredSettings;
}

const nullable = (type: string) => ({ type: [type, 'null'] });

/** JSON schema per key (electron-store's `schema` option): a hand-edited file with wrong types is rejected. */
export const settingsJsonSchema = {
  settingsVersion: { type: 'number' },
  serverAddress: nullable('string'),
  user: nullable('string'),
  format: { enum: ['json', 'xml'] },
  notifyRelationshipChanges: { type: 'boolean' },
  notifyInvitations: { type: 'boolean' },
  notifySignedOut: { type: 'boolean' },
  pausedUntil: nullable('number'),
  startAtLogin: { type: 'boolean' },
  theme: { enum: ['system', 'light', 'dark'] },
  rememberPassword: { type: 'boolean' },
  endpointId: { type: 'string' },
  windowBounds: {
    type: ['object', 'null'],
    properties: {
      x: { type: 'number' },
      y: { type: 'number' },
      width: { type: 'number', minimum: 200 },
      height: { type: 'number', minimum: 200 },
    },
  },
} as const;

/** The one thing we need from electron-store: its whole content, read and written at once. */
export interface StoreLike {
  store: Record<string, unknown>;
}

/** Migrates what is stored (once, on open), then serves the SettingsPort from it. */
export function settingsPortOver(backing: StoreLike): SettingsPort {
  const raw = backing.store;
  // No version key: an empty store is a fresh install (nothing to migrate), anything else predates versioning (v1).
  const version =
    typeof raw.settingsVersion === 'number' ? raw.settingsVersion : Object.keys(raw).length ? 1 : 0;
  let current = migrateSettings(raw, version === 0 ? SETTINGS_VERSION : version);
  if (version !== SETTINGS_VERSION) backing.store = { ...current, settingsVersion: SETTINGS_VERSION };
  return {
    get: () => ({ ...current }),
    update(patch) {
      current = { ...current, ...patch };
      backing.store = { ...current, settingsVersion: SETTINGS_VERSION };
      return { ...current };
    },
  };
}
