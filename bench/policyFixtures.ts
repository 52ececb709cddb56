// A full policy (every key set) as each platform keeps it, for the policy benchmark: the parent writes the files
// (writePolicyFixtures), the fresh child only points loadPolicy at them (policyOptions), so the child loads nothing
// start-up would not load.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadPolicyOptions, RegistryQuery } from '../main/policy/index.js';

export const APP_ID = 'com.ucwatray.app';

const FULL = {
  ServerAddress: 'https://lyncdiscover.contoso.com',
  SignInMethods: ['windows', 'password'],
  AllowRememberPassword: false,
  TrustedHosts: ['contoso.com', 'pool.contoso.net', 'edge.contoso.net'],
  OfferDemo: false,
  NotifyRelationshipChanges: true,
  NotifyInvitations: true,
  NotifySignedOut: false,
  StartAtLogin: true,
};

const HKLM = 'HKEY_LOCAL_MACHINE\\Software\\Policies\\UCWA Tray';

/** What reg.exe prints for FULL (a REG_MULTI_SZ list and a numbered-subkey list, as both are allowed). */
const REG_OUTPUT = [
  '',
  HKLM,
  `    ServerAddress    REG_SZ    ${FULL.ServerAddress}`,
  '    SignInMethods    REG_MULTI_SZ    windows\\0password',
  '    AllowRememberPassword    REG_DWORD    0x0',
  '    OfferDemo    REG_DWORD    0x0',
  '    NotifyRelationshipChanges    REG_DWORD    0x1',
  '    NotifyInvitations    REG_DWORD    0x1',
  '    NotifySignedOut    REG_DWORD    0x0',
  '    StartAtLogin    REG_DWORD    0x1',
  '',
  `${HKLM}\\TrustedHosts`,
  ...FULL.TrustedHosts.map((h, i) => `    ${i + 1}    REG_SZ    ${h}`),
  '',
].join('\r\n');

export type PolicyPlatform = 'linux' | 'darwin' | 'win32';

export async function writePolicyFixtures(dir: string): Promise<void> {
  const { build, buildBinary } = await import('plist');
  writeFileSync(join(dir, 'policy.json'), JSON.stringify(FULL, null, 2));
  // macOS: the computer profile binary, the user profile XML, so both parsers run.
  mkdirSync(join(dir, 'alex'), { recursive: true });
  writeFileSync(join(dir, `${APP_ID}.plist`), buildBinary(FULL));
  writeFileSync(join(dir, 'alex', `${APP_ID}.plist`), build({ StartAtLogin: true }));
  writeFileSync(join(dir, 'reg-output.txt'), REG_OUTPUT);
}

/** The options loadPolicy reads the fixtures under `dir` with (Windows: a fake reg.exe answering HKLM). */
export function policyOptions(platform: PolicyPlatform, dir: string): LoadPolicyOptions {
  switch (platform) {
    case 'linux':
      return { platform, appId: APP_ID, linuxPolicyFile: join(dir, 'policy.json') };
    case 'darwin':
      return { platform, appId: APP_ID, username: 'alex', managedPreferencesDir: dir };
    case 'win32': {
      const registry: RegistryQuery = async (key) =>
        key === HKLM ? readFileSync(join(dir, 'reg-output.txt'), 'utf8') : null;
      return { platform, appId: APP_ID, registry };
    }
  }
}
