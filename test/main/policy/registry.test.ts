import { describe, expect, it } from 'vitest';
import { parseRegQuery, registryPolicyValues } from '../../../main/policy/registry.js';

const ROOT = 'HKEY_LOCAL_MACHINE\\Software\\Policies\\UCWA Tray';

/** What `reg query "<ROOT>" /s` prints (CRLF line ends, a blank line before each key, four-space columns). */
const OUTPUT = [
  '',
  ROOT,
  '    ServerAddress    REG_SZ    https://lyncdiscover.contoso.com',
  '    AllowRememberPassword    REG_DWORD    0x0',
  '    StartAtLogin    REG_DWORD    0x1',
  '    SignInMethods    REG_MULTI_SZ    windows\\0password',
  '    Notify Me    REG_SZ    ',
  '',
  `${ROOT}\\TrustedHosts`,
  '    2    REG_SZ    pool.contoso.net',
  '    10    REG_SZ    edge.contoso.net',
  '    1    REG_SZ    contoso.com',
  '',
  `${ROOT}\\TrustedHosts\\Deeper`,
  '    1    REG_SZ    not-a-list-of-ours.com',
  '',
].join('\r\n');

describe('the registry as a policy source', () => {
  it('parses each key block with its typed values', () => {
    const keys = parseRegQuery(OUTPUT);
    expect([...keys.keys()]).toEqual([ROOT, `${ROOT}\\TrustedHosts`, `${ROOT}\\TrustedHosts\\Deeper`]);
    expect(Object.fromEntries(keys.get(ROOT) ?? [])).toEqual({
      ServerAddress: 'https://lyncdiscover.contoso.com',
      AllowRememberPassword: 0,
      StartAtLogin: 1,
      SignInMethods: ['windows', 'password'],
      'Notify Me': '',
    });
  });

  it('reads a subkey of numbered values as a list in numeric order, and nothing deeper', () => {
    expect(registryPolicyValues(OUTPUT, ROOT)).toEqual({
      ServerAddress: 'https://lyncdiscover.contoso.com',
      AllowRememberPassword: 0,
      StartAtLogin: 1,
      SignInMethods: ['windows', 'password'],
      'Notify Me': '',
      TrustedHosts: ['contoso.com', 'pool.contoso.net', 'edge.contoso.net'],
    });
  });

  it('matches the key without regard to case, as the registry does (reg.exe prints the stored SOFTWARE)', () => {
    const stored = OUTPUT.replaceAll('\\Software\\', '\\SOFTWARE\\');
    expect(stored).toContain('HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies');
    expect(registryPolicyValues(stored, ROOT)).toMatchObject({
      StartAtLogin: 1,
      TrustedHosts: ['contoso.com', 'pool.contoso.net', 'edge.contoso.net'],
    });
  });
});
