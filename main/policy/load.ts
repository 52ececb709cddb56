// Where each platform keeps a machine's policy, in precedence order, and reading all of it at start.
//   Windows  HKLM\Software\Policies\UCWA Tray, then HKCU\… (machine wins, as with Chrome's and Edge's policies)
//   macOS    /Library/Managed Preferences/<user>/<appId>.plist, then /Library/Managed Preferences/<appId>.plist
//            (both written by a configuration profile; CFPreferences and managed client let the user-scoped
//            profile override the computer one, and so do we)
//   Linux    /etc/ucwa-tray/policy.json
// Sources are checked one by one and then layered key by key: a key a higher source gets wrong is ignored there,
// and a lower source's value for it may still apply. Nothing here throws: every failure is a problem (data, worded by main/words/policy.ts).
import { join } from 'node:path';
import { readJsonPolicy, readPlistPolicy } from './files.js';
import type { FileRead } from './files.js';
import type { PolicyProblem } from './problems.js';
import { HIVES, POLICY_KEY, registryPolicyValues } from './registry.js';
import type { RegistryQuery } from './registry.js';
import { checkPolicy, layerPolicy } from './schema.js';
import type { Policy, PolicyKey } from './schema.js';

export const LINUX_POLICY_FILE = '/etc/ucwa-tray/policy.json';
export const MANAGED_PREFERENCES_DIR = '/Library/Managed Preferences';

export interface LoadPolicyOptions {
  platform: NodeJS.Platform;
  /** The bundle id (electron-builder's appId): the managed preferences domain on macOS. */
  appId: string;
  /** The login name, for the user-scoped managed preferences on macOS. */
  username?: string;
  /** Windows: runs reg.exe (main/shell/policyRegistry.ts); without it the registry is not read. */
  registry?: RegistryQuery;
  /** Tests point these at temporary folders. */
  linuxPolicyFile?: string;
  managedPreferencesDir?: string;
}

export interface PolicySource {
  /** How a problem names it: a file path or a registry key. */
  label: string;
  read(): Promise<FileRead>;
}

export interface LoadedPolicy {
  policy: Policy;
  /** Every value or source that was ignored, as data main/words/policy.ts says in words an administrator can act on. */
  problems: PolicyProblem[];
  /** The sources that held a policy, highest precedence first. */
  found: string[];
  /** Which source each applied key came from. */
  origin: Partial<Record<PolicyKey, string>>;
}

function registrySource(hive: string, query: RegistryQuery): PolicySource {
  const key = `${hive}\\${POLICY_KEY}`;
  return {
    label: key,
    async read() {
      try {
        const text = await query(key);
        return text === null ? { found: false } : { found: true, raw: registryPolicyValues(text, key) };
      } catch (e) {
        const why = e instanceof Error ? e.message : String(e);
        return { found: true, problem: { kind: 'sourceUnreadable', source: key, why } };
      }
    },
  };
}

/** The platform's sources, highest precedence first. */
export function policySources(options: LoadPolicyOptions): PolicySource[] {
  switch (options.platform) {
    case 'win32': {
      const query = options.registry;
      return query === undefined ? [] : HIVES.map((hive) => registrySource(hive, query));
    }
    case 'darwin': {
      const dir = options.managedPreferencesDir ?? MANAGED_PREFERENCES_DIR;
      const file = `${options.appId}.plist`;
      const paths = [join(dir, file)];
      if (options.username) paths.unshift(join(dir, options.username, file));
      return paths.map((path) => ({ label: path, read: () => readPlistPolicy(path) }));
    }
    default: {
      const path = options.linuxPolicyFile ?? LINUX_POLICY_FILE;
      return [{ label: path, read: () => readJsonPolicy(path) }];
    }
  }
}

/** Reads and checks every source of the platform. Resolves (never rejects) with what applies and what did not. */
export async function loadPolicy(options: LoadPolicyOptions): Promise<LoadedPolicy> {
  const sources = policySources(options);
  const reads = await Promise.all(sources.map((s) => s.read()));
  const result: LoadedPolicy = { policy: {}, problems: [], found: [], origin: {} };
  // Lowest precedence first, so each higher source is laid over what is below it.
  for (let i = sources.length - 1; i >= 0; i--) {
    const source = sources[i];
    const read = reads[i];
    if (source === undefined || read === undefined || !read.found) continue;
    if ('problem' in read) {
      result.problems.unshift(read.problem);
      continue;
    }
    const checked = checkPolicy(read.raw, source.label);
    result.problems.unshift(...checked.problems);
    result.found.unshift(source.label);
    result.policy = layerPolicy(checked.policy, result.policy);
    for (const key of Object.keys(checked.policy) as PolicyKey[]) result.origin[key] = source.label;
  }
  return result;
}
