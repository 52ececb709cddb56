// The Windows registry as a policy source: what `reg query "<key>" /s` prints, turned into named values.
// Parsing reg.exe's output was chosen over a registry package: the JavaScript one (winreg) runs the same reg.exe and
// parses the same text behind a callback API, and the native ones (registry-js, native-reg) need a build or a
// prebuilt binary per Electron ABI (and registry-js downloads its prebuilt from GitHub at install, which fails on
// machines that only reach npm). Reading a dozen values once at start does not need either. The adapter that runs
// reg.exe is main/shell/policyRegistry.ts; everything here is plain text in, values out, tested in Node.
//
// Output shape (one block per key, values indented by four spaces, columns separated by four spaces):
//
//   HKEY_LOCAL_MACHINE\Software\Policies\UCWA Tray
//       ServerAddress    REG_SZ    https://lyncdiscover.contoso.com
//       AllowRememberPassword    REG_DWORD    0x0
//       SignInMethods    REG_MULTI_SZ    password\0windows
//
//   HKEY_LOCAL_MACHINE\Software\Policies\UCWA Tray\TrustedHosts
//       1    REG_SZ    contoso.com
//
// A list may be written either as a REG_MULTI_SZ or, as Chrome's ADMX templates do, as a subkey of numbered values.

/** The policy key, under HKLM and HKCU. */
export const POLICY_KEY = 'Software\\Policies\\UCWA Tray';
export const HIVES = ['HKEY_LOCAL_MACHINE', 'HKEY_CURRENT_USER'] as const;
export type Hive = (typeof HIVES)[number];

/**
 * Runs `reg query "<hive>\<key>" /s` and gives back its standard output, or null when the key does not exist.
 * Throws when reg.exe itself cannot be run (the loader reports that in words).
 */
export type RegistryQuery = (key: string) => Promise<string | null>;

type RegValue = string | number | string[];

const VALUE_LINE = /^\s+(.+?) {4}(REG_[A-Z_]+)(?: {4}(.*))?$/;

function valueOf(type: string, data: string): RegValue {
  switch (type) {
    case 'REG_DWORD':
    case 'REG_QWORD':
      // Printed as hex (0x1). Policies only use small numbers; a QWORD beyond 2^53 is not one of ours anyway.
      return /^0x[0-9a-f]+$/i.test(data) ? Number.parseInt(data.slice(2), 16) : data;
    case 'REG_MULTI_SZ':
      // reg.exe prints the separators as the two characters \0.
      return data === '' ? [] : data.split('\\0');
    default:
      return data;
  }
}

/** Every key block in the output: full key path (as printed) → its values by name. */
export function parseRegQuery(text: string): Map<string, Map<string, RegValue>> {
  const keys = new Map<string, Map<string, RegValue>>();
  let current: Map<string, RegValue> | undefined;
  for (const line of text.split(/\r?\n/)) {
    const m = VALUE_LINE.exec(line);
    if (m === null && /^\s*HKEY_[A-Z_]+(\\|$)/.test(line)) {
      current = new Map();
      keys.set(line.trim(), current);
      continue;
    }
    if (m && current) current.set(m[1] ?? '', valueOf(m[2] ?? '', m[3] ?? ''));
  }
  return keys;
}

/**
 * The values directly under `root`, with each direct subkey read as a list (its values in the order of their
 * numeric names, 1, 2, … 10). Key paths compare without regard to case, as the registry does.
 */
export function registryPolicyValues(text: string, root: string): Record<string, unknown> {
  const keys = parseRegQuery(text);
  const lowerRoot = root.toLowerCase();
  const out: Record<string, unknown> = {};
  for (const [path, values] of keys) {
    const lower = path.toLowerCase();
    if (lower === lowerRoot) {
      for (const [name, value] of values) out[name] = value;
    } else if (lower.startsWith(`${lowerRoot}\\`) && !lower.slice(lowerRoot.length + 1).includes('\\')) {
      const name = path.slice(root.length + 1);
      const items = [...values.entries()]
        .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
        .map(([, v]) => v)
        .flat();
      if (!(name in out)) out[name] = items;
    }
  }
  return out;
}
