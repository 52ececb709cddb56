// electron-store, in the main process only: the settings file (schema-checked, migrated on open) and the change
// history file. Everything about their shape is in main/settings/schema.ts; this file only opens them.
import Store from 'electron-store';
import type { ChangeEntry } from '../ipc/contract.js';
import type { HistoryStore } from '../app/history.js';
import type { SettingsPort } from '../ipc/ports.js';
import { settingsJsonSchema, settingsPortOver } from '../settings/schema.js';

export function openSettings(options: { cwd?: string } = {}): SettingsPort {
  const store = new Store<Record<string, unknown>>({
    name: 'settings',
    schema: settingsJsonSchema as never,
    // A corrupt file must not stop the app: start again from the defaults (nothing in it is a secret).
    clearInvalidConfig: true,
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
  });
  return settingsPortOver(store);
}

export function openHistoryStore(options: { cwd?: string } = {}): HistoryStore {
  const store = new Store<{ entries: ChangeEntry[] }>({
    name: 'history',
    defaults: { entries: [] },
    clearInvalidConfig: true,
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
  });
  return {
    load: () => store.get('entries'),
    save: (entries) => store.set('entries', entries),
  };
}
