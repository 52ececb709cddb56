// Reading the policy as each platform keeps it: real files in a temporary folder (Linux JSON, macOS plists in XML
// and binary), and a fake registry reader that answers with what reg.exe prints.
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadPolicy } from '../../../main/policy/index.js';
import type { RegistryQuery } from '../../../main/policy/index.js';
import type { PolicyProblem } from '../../../main/policy/index.js';
import { policyProblemText } from '../../../main/words/policy.js';

/** The problems as an administrator reads them (main/policy reports data; main/words/policy.ts says it). */
const said = (problems: readonly PolicyProblem[]): string[] => problems.map(policyProblemText);
const FIXTURES = fileURLToPath(new URL('../../fixtures/policy/', import.meta.url));
const APP_ID = 'com.ucwatray.app';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ucwa-policy-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('Linux: /etc/ucwa-tray/policy.json', () => {
  const load = (file: string) => loadPolicy({ platform: 'linux', appId: APP_ID, linuxPolicyFile: file });

  it('applies a valid file', async () => {
    const file = join(dir, 'policy.json');
    await writeFile(file, JSON.stringify({ ServerAddress: 'lync.contoso.com', OfferDemo: false }));
    expect(await load(file)).toEqual({
      policy: { serverAddress: 'lync.contoso.com', offerDemo: false },
      problems: [],
      found: [file],
      origin: { serverAddress: file, offerDemo: file },
    });
  });

  it('is empty and silent when there is no file (the normal case)', async () => {
    expect(await load(join(dir, 'absent', 'policy.json'))).toEqual({
      policy: {},
      problems: [],
      found: [],
      origin: {},
    });
  });

  it('keeps the valid keys of a partly invalid file and names the others', async () => {
    const file = join(dir, 'policy.json');
    // Written by hand on Windows: a byte-order mark first.
    await writeFile(file, '\uFEFF' + JSON.stringify({ StartAtLogin: 'sometimes', NotifyInvitations: false }));
    const loaded = await load(file);
    expect(loaded.policy).toEqual({ notifyInvitations: false });
    expect(said(loaded.problems)).toEqual([
      `The policy StartAtLogin in ${file} is ignored: it must be true or false (1 or 0).`,
    ]);
  });

  it('reports a file that is not JSON, is a folder, or is far too large, and applies nothing', async () => {
    const broken = join(dir, 'broken.json');
    await writeFile(broken, '{"ServerAddress": "lync.contoso.com",');
    const folder = join(dir, 'folder.json');
    await mkdir(folder);
    const huge = join(dir, 'huge.json');
    await writeFile(
      huge,
      JSON.stringify({ TrustedHosts: Array.from({ length: 20_000 }, (_, i) => `h${i}.contoso.com`) }),
    );
    for (const [file, why] of [
      [broken, /is not valid JSON/],
      [folder, /it is not a file\.$/],
      [huge, /it is larger than 256 KB\.$/],
    ] as const) {
      const loaded = await load(file);
      expect(loaded.policy).toEqual({});
      expect(loaded.problems).toHaveLength(1);
      expect(said(loaded.problems)[0]).toContain(`The policy file ${file} is ignored`);
      expect(said(loaded.problems)[0]).toMatch(why);
    }
  });
});

describe('macOS: managed preferences', () => {
  const load = () =>
    loadPolicy({ platform: 'darwin', appId: APP_ID, username: 'alex', managedPreferencesDir: dir });

  it('reads the computer profile (binary plist) and lays the user profile (XML) over it', async () => {
    await copyFile(join(FIXTURES, 'com.ucwatray.app.binary.plist'), join(dir, `${APP_ID}.plist`));
    await mkdir(join(dir, 'alex'));
    const userFile = join(dir, 'alex', `${APP_ID}.plist`);
    await copyFile(join(FIXTURES, 'com.ucwatray.app.user.xml.plist'), userFile);
    const loaded = await load();
    expect(loaded.policy).toEqual({
      serverAddress: 'https://lyncdiscover.contoso.com',
      signInMethods: ['windows', 'password'],
      allowRememberPassword: false,
      trustedHosts: ['contoso.com', 'contoso-pool.net'],
      // The user-scoped profile wins where both set a key.
      notifyInvitations: false,
      startAtLogin: true,
    });
    expect(loaded.found).toEqual([userFile, join(dir, `${APP_ID}.plist`)]);
    expect(loaded.origin.notifyInvitations).toBe(userFile);
    expect(loaded.origin.serverAddress).toBe(join(dir, `${APP_ID}.plist`));
    // The profile's PayloadUUID is bookkeeping, not a problem; the non-boolean OfferDemo is.
    expect(said(loaded.problems)).toEqual([
      `The policy OfferDemo in ${userFile} is ignored: it must be true or false (1 or 0).`,
    ]);
  });

  it('reports a damaged plist and still applies the other profile', async () => {
    await copyFile(join(FIXTURES, 'com.ucwatray.app.user.xml.plist'), join(dir, `${APP_ID}.plist`));
    await mkdir(join(dir, 'alex'));
    const damaged = join(dir, 'alex', `${APP_ID}.plist`);
    await writeFile(damaged, 'bplist00\x00\x01 truncated');
    const loaded = await load();
    expect(loaded.policy).toEqual({ startAtLogin: true, notifyInvitations: false });
    expect(said(loaded.problems)[0]).toBe(
      `The policy file ${damaged} is ignored: it is not a valid property list.`,
    );
  });
});

describe('Windows: HKLM and HKCU', () => {
  const HKLM = 'HKEY_LOCAL_MACHINE\\Software\\Policies\\UCWA Tray';
  const HKCU = 'HKEY_CURRENT_USER\\Software\\Policies\\UCWA Tray';
  /** A fake reg.exe: the printed output per key; an absent key answers null, a thrown error is reg.exe failing. */
  const fakeRegistry =
    (keys: Record<string, string | Error>): RegistryQuery =>
    async (key) => {
      const answer = keys[key];
      if (answer instanceof Error) throw answer;
      return answer ?? null;
    };
  const block = (key: string, lines: string[]) => ['', key, ...lines.map((l) => `    ${l}`), ''].join('\r\n');

  it('lets the machine policy win over the user one, key by key', async () => {
    const registry = fakeRegistry({
      [HKLM]: block(HKLM, [
        'ServerAddress    REG_SZ    https://lyncdiscover.contoso.com',
        'StartAtLogin    REG_DWORD    0x0',
      ]),
      [HKCU]: block(HKCU, ['StartAtLogin    REG_DWORD    0x1', 'NotifySignedOut    REG_DWORD    0x0']),
    });
    const loaded = await loadPolicy({ platform: 'win32', appId: APP_ID, registry });
    expect(loaded.policy).toEqual({
      serverAddress: 'https://lyncdiscover.contoso.com',
      startAtLogin: false,
      notifySignedOut: false,
    });
    expect(loaded.origin).toEqual({ serverAddress: HKLM, startAtLogin: HKLM, notifySignedOut: HKCU });
    expect(loaded.problems).toEqual([]);
  });

  it('lets a valid user value stand where the machine value is wrong', async () => {
    const registry = fakeRegistry({
      [HKLM]: block(HKLM, ['StartAtLogin    REG_SZ    maybe']),
      [HKCU]: block(HKCU, ['StartAtLogin    REG_DWORD    0x1']),
    });
    const loaded = await loadPolicy({ platform: 'win32', appId: APP_ID, registry });
    expect(loaded.policy).toEqual({ startAtLogin: true });
    expect(said(loaded.problems)).toEqual([
      `The policy StartAtLogin in ${HKLM} is ignored: it must be true or false (1 or 0).`,
    ]);
  });

  it('says so when reg.exe cannot be run, and reads the other hive', async () => {
    const registry = fakeRegistry({
      [HKLM]: new Error('spawn C:\\Windows\\System32\\reg.exe EACCES'),
      [HKCU]: block(HKCU, ['OfferDemo    REG_DWORD    0x0']),
    });
    const loaded = await loadPolicy({ platform: 'win32', appId: APP_ID, registry });
    expect(loaded.policy).toEqual({ offerDemo: false });
    expect(said(loaded.problems)).toEqual([
      `The policy in ${HKLM} could not be read: spawn C:\\Windows\\System32\\reg.exe EACCES`,
    ]);
  });

  it('has no policy when neither key exists', async () => {
    const loaded = await loadPolicy({ platform: 'win32', appId: APP_ID, registry: fakeRegistry({}) });
    expect(loaded).toEqual({ policy: {}, problems: [], found: [], origin: {} });
  });
});
