// The reg.exe adapter, against a stand-in program that behaves as reg.exe does: the output with exit 0 for a key
// that exists, nothing on stdout and exit 1 for one that does not.
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPolicy } from '../../../main/policy/index.js';
import { registryQuery, systemRegExe } from '../../../main/shell/policyRegistry.js';

const KEY = 'HKEY_LOCAL_MACHINE\\Software\\Policies\\UCWA Tray';
let dir: string;
let fakeReg: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ucwa-reg-'));
  fakeReg = join(dir, 'reg');
  await writeFile(
    fakeReg,
    [
      '#!/bin/sh',
      // Arguments as reg.exe gets them: query <key> /s
      '[ "$1" = query ] && [ "$3" = /s ] || { echo "ERROR: Invalid syntax." >&2; exit 2; }',
      `if [ "$2" = '${KEY}' ]; then`,
      `  printf '\\r\\n%s\\r\\n    StartAtLogin    REG_DWORD    0x1\\r\\n\\r\\n' "$2"; exit 0`,
      'fi',
      'echo "ERROR: The system was unable to find the specified registry key or value." >&2; exit 1',
    ].join('\n'),
  );
  await chmod(fakeReg, 0o755);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('registryQuery', () => {
  it('runs reg.exe from System32 by its full path', () => {
    expect(systemRegExe('C:\\Windows')).toBe('C:\\Windows\\System32\\reg.exe');
  });

  it('gives back what reg.exe prints for a key that exists, and null for one that does not', async () => {
    const query = registryQuery(fakeReg);
    expect(await query(KEY)).toBe(`\r\n${KEY}\r\n    StartAtLogin    REG_DWORD    0x1\r\n\r\n`);
    expect(await query('HKEY_CURRENT_USER\\Software\\Policies\\UCWA Tray')).toBeNull();
  });

  it('rejects (for the loader to report) when reg.exe cannot be run', async () => {
    await expect(registryQuery(join(dir, 'missing.exe'))(KEY)).rejects.toThrow(/ENOENT/);
  });

  it('is what loadPolicy reads the registry with', async () => {
    const loaded = await loadPolicy({
      platform: 'win32',
      appId: 'com.ucwatray.app',
      registry: registryQuery(fakeReg),
    });
    expect(loaded).toMatchObject({ policy: { startAtLogin: true }, problems: [], found: [KEY] });
  });
});
