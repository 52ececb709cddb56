// Damaged settings and history files, as real files opened through electron-store (main/shell/settings.ts, with
// the fake `electron` standing in for app.getPath): every valid value survives, only the bad one is dropped and
// named in the log, a newer version's file is not downgraded, and an empty or cut-off file opens with the defaults.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { ChangeEntry } from '../../../main/ipc/contract.js';
import type { StoredSettings } from '../../../main/ipc/ports.js';
import { SETTINGS_VERSION } from '../../../main/settings/schema.js';
import { root } from '../../support/fakeElectron/boot.js';

type Log = Array<{ message: string; data?: Record<string, unknown> }>;

/** Opens the store in a child Node with the fake `electron` (openStores.ts). */
function open<T>(
  kind: 'settings' | 'history',
  dir: string,
  extra: Record<string, unknown> = {},
): { value: T; log: Log } {
  const child = spawnSync(
    process.execPath,
    [
      '--import',
      join(root, 'test/support/fakeElectron/register.mjs'),
      '--import',
      'tsx',
      join(import.meta.dirname, 'openStores.ts'),
      JSON.stringify({ kind, dir, ...extra }),
    ],
    { cwd: root, encoding: 'utf8', env: { ...process.env, FAKE_ELECTRON_USER_DATA: dir } },
  );
  if (child.status !== 0) throw new Error(`openStores failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}') as { value: T; log: Log };
}
const openSettings = (dir: string, updates?: Array<Partial<StoredSettings>>) =>
  open<StoredSettings>('settings', dir, { updates });
const openHistory = (dir: string, save?: unknown[]) => open<ChangeEntry[]>('history', dir, { save });

function folderWith(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'ucwa-settings-'));
  writeFileSync(join(dir, `${name}.json`), text);
  return dir;
}

const saved = {
  settingsVersion: SETTINGS_VERSION,
  serverAddress: 'https://lync.contoso.com',
  user: 'sip:alex@contoso.com',
  endpointId: '0b0d1c9e-8d1c-4c7e-9f51-1f2a3b4c5d6e',
  notifyInvitations: false,
};

describe('the settings file', () => {
  it('keeps every valid key when one value has the wrong type, and drops only that one (logged)', () => {
    const dir = folderWith('settings', JSON.stringify({ ...saved, theme: 'Dark', pausedUntil: 'soon' }));
    const { value: settings, log: lines } = openSettings(dir);
    expect(settings).toMatchObject({
      serverAddress: 'https://lync.contoso.com',
      user: 'sip:alex@contoso.com',
      endpointId: saved.endpointId,
      notifyInvitations: false,
      theme: 'system',
      pausedUntil: null,
    });
    expect(lines).toEqual([
      { message: expect.stringMatching(/unusable values/), data: { keys: ['pausedUntil', 'theme'] } },
    ]);
    const file = JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8')) as Record<string, unknown>;
    expect(file).toMatchObject({
      serverAddress: 'https://lync.contoso.com',
      theme: 'system',
      pausedUntil: null,
    });
  });

  it('never downgrades a file from a newer version: unknown keys and values it cannot read are kept', () => {
    const newer = {
      ...saved,
      settingsVersion: SETTINGS_VERSION + 1,
      theme: 'sepia',
      policyLock: { server: true },
    };
    const dir = folderWith('settings', JSON.stringify(newer));
    const text = readFileSync(join(dir, 'settings.json'), 'utf8');
    expect(openSettings(dir).value).toMatchObject({
      serverAddress: 'https://lync.contoso.com',
      theme: 'system',
    });
    expect(readFileSync(join(dir, 'settings.json'), 'utf8')).toBe(text); // not rewritten on open
    openSettings(dir, [{ notifySignedOut: false }]);
    const file = JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8')) as Record<string, unknown>;
    expect(file).toMatchObject({
      settingsVersion: SETTINGS_VERSION + 1,
      theme: 'sepia',
      policyLock: { server: true },
      notifySignedOut: false,
    });
    openSettings(dir, [{ theme: 'dark' }]);
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))).toMatchObject({ theme: 'dark' });
  });

  it('opens an empty file with the defaults and a word in the log', () => {
    const dir = folderWith('settings', '');
    const { value, log: lines } = openSettings(dir);
    expect(value).toMatchObject({ serverAddress: null, theme: 'system' });
    expect(lines.map((l) => l.message)).toEqual(['settings: the file was empty; starting from the defaults']);
  });

  it('opens a cut-off file with the defaults, keeping a copy of it aside', () => {
    const text = JSON.stringify(saved).slice(0, 40);
    const dir = folderWith('settings', text);
    const { value, log: lines } = openSettings(dir);
    expect(value.serverAddress).toBeNull();
    expect(lines[0]?.message).toBe(
      'settings: the file was unreadable (cut off or damaged); starting from the defaults',
    );
    expect(readFileSync(join(dir, 'settings.damaged.json'), 'utf8')).toBe(text);
  });

  it('starts a fresh install from the defaults without complaint', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ucwa-settings-'));
    const { value, log: lines } = openSettings(dir);
    expect(value.endpointId).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines).toEqual([]);
    expect(existsSync(join(dir, 'settings.json'))).toBe(true);
  });
});

const entry = (id: string, at: unknown = 1_760_000_000_000) => ({
  id,
  at,
  contact: { uri: 'sip:ann@contoso.com', name: 'Ann' },
  from: 'Colleagues',
  to: 'Workgroup',
  ours: false,
});

describe('the history file', () => {
  it('keeps every valid entry and drops a null entry, a non-numeric time and an unknown level (logged)', () => {
    const entries = [entry('a'), null, entry('b', 'yesterday'), { ...entry('c'), to: 'Nobody' }, entry('d')];
    const dir = folderWith('history', JSON.stringify({ entries }));
    const { value, log: lines } = openHistory(dir);
    expect(value.map((e) => e.id)).toEqual(['a', 'd']);
    expect(lines).toEqual([{ message: 'history: damaged entries left out', data: { dropped: 3, kept: 2 } }]);
  });

  it('opens an empty or cut-off file as no history, with a word in the log', () => {
    for (const text of ['', '{"entries":[{"id":"a","at":17']) {
      const { value, log: lines } = openHistory(folderWith('history', text));
      expect(value).toEqual([]);
      expect(lines[0]?.message).toMatch(/^history: the file was (empty|unreadable)/);
    }
  });

  it('saves what it is given and reads it back', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ucwa-history-'));
    openHistory(dir, [entry('x')]);
    expect(openHistory(dir).value.map((e) => e.id)).toEqual(['x']);
  });
});
