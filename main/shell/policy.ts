// The machine's managed configuration, read once at start (main/policy does the reading and checking; this file
// gives it what only the shell knows: the platform, the login name, the Windows registry reader). Start-up never
// fails on a policy: whatever goes wrong is a problem, worded (main/words/policy.ts) and logged, and the rest of the policy still applies.
// A development build (not packaged) may be pointed at another Linux policy file with UCWA_TRAY_POLICY_FILE, which
// is how the boot tests play an administrator; a packaged app ignores it, so a user cannot swap the machine's
// policy for their own.
import { userInfo } from 'node:os';
import { loadPolicy } from '../policy/index.js';
import type { LoadedPolicy } from '../policy/index.js';
import type { Logger } from '../ipc/ports.js';
import { policyProblemText } from '../words/policy.js';
import { APP_ID } from './identity.js';
import { registryQuery } from './policyRegistry.js';

export interface ReadPolicyDeps {
  platform: NodeJS.Platform;
  isPackaged: boolean;
  env: NodeJS.ProcessEnv;
  log: Logger;
}

function loginName(): string | undefined {
  try {
    return userInfo().username;
  } catch {
    return undefined; // no passwd entry (a container's uid): only the computer-wide profile applies
  }
}

/** The policy as read, its problems in words (for the log and "Copy diagnostics"). */
export type ReadPolicy = Omit<LoadedPolicy, 'problems'> & { problems: string[] };

export async function readManagedPolicy(deps: ReadPolicyDeps): Promise<ReadPolicy> {
  const started = performance.now();
  let loaded: LoadedPolicy;
  try {
    loaded = await loadPolicy({
      platform: deps.platform,
      appId: APP_ID,
      username: deps.platform === 'darwin' ? loginName() : undefined,
      registry: deps.platform === 'win32' ? registryQuery() : undefined,
      linuxPolicyFile: deps.isPackaged ? undefined : deps.env.UCWA_TRAY_POLICY_FILE || undefined,
    });
  } catch (e) {
    // loadPolicy reports instead of throwing; this is for what nobody foresaw.
    const why = e instanceof Error ? e.message : String(e);
    loaded = {
      policy: {},
      problems: [{ kind: 'loadFailed', why }],
      found: [],
      origin: {},
    };
  }
  const problems = loaded.problems.map(policyProblemText);
  for (const problem of problems) deps.log.warn(problem);
  if (loaded.found.length > 0) {
    deps.log.info('managed configuration', {
      from: loaded.found,
      keys: Object.keys(loaded.policy),
      ms: Math.round(performance.now() - started),
    });
  }
  return { ...loaded, problems };
}
