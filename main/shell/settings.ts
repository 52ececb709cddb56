// electron-store, in the main process only: the settings file (migrated and checked key by key on open) and the
// change history file (checked entry by entry). Everything about their shape is in main/settings/; this file opens
// them. A file that cannot be parsed at all (empty, cut off by a crash, garbage) opens with the defaults, says so in
// the log, and is first copied aside (`settings.damaged.json`) so nothing is lost for good.
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Store from 'electron-store';
import type { ChangeEntry } from '../ipc/contract.js';
import type { HistoryStore } from '../app/history.js';
import type { SettingsPort } from '../ipc/ports.js';
import { readHistoryEntries } from '../settings/history.js';
import { settingsPortOver } from '../settings/schema.js';
import type { SettingsLog } from '../settings/schema.js';

export interface StoreOptions {
  /** The folder (default: Electron's userData). */
  cwd?: string;
  log?: SettingsLog;
}

/** JSON.parse that never throws: anything but a JSON object reads as empty. */
function tolerantJson(text: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

/** Before the store opens: an unreadable file is reported and copied aside (it is rewritten on the next change). */
function setAsideIfDamaged(store: Store<Record<string, unknown>>, name: string, log: SettingsLog): void {
  const file = store.path;
  if (!existsSync(file)) return;
  const text = readFileSync(file, 'utf8');
  let problem: string | null = null;
  if (text.trim() === '') problem = 'empty';
  else {
    try {
      const parsed: unknown = JSON.parse(text);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        problem = 'not a JSON object';
    } catch {
      problem = 'unreadable (cut off or damaged)';
    }
  }
  if (problem === null) return;
  const aside = join(file, '..', `${name}.damaged.json`);
  if (text.trim() !== '') copyFileSync(file, aside);
  log(
    `${name}: the file was ${problem}; starting from the defaults`,
    text.trim() === '' ? {} : { copy: aside },
  );
}

function open(name: string, options: StoreOptions): Store<Record<string, unknown>> {
  const store = new Store<Record<string, unknown>>({
    name,
    // No schema here: a schema failure makes electron-store drop the whole file. Keys are checked one by one instead.
    clearInvalidConfig: false,
    deserialize: tolerantJson,
    cwd: options.cwd,
  });
  setAsideIfDamaged(store, name, options.log ?? (() => {}));
  return store;
}

export function openSettings(options: StoreOptions = {}): SettingsPort {
  return settingsPortOver(open('settings', options), options.log);
}

export function openHistoryStore(options: StoreOptions = {}): HistoryStore {
  const store = open('history', options);
  const log = options.log ?? (() => {});
  return {
    load: () => {
      const { entries, dropped } = readHistoryEntries(store.get('entries'));
      if (dropped > 0) log('history: damaged entries left out', { dropped, kept: entries.length });
      return entries;
    },
    save: (entries: ChangeEntry[]) => store.set('entries', entries),
  };
}
