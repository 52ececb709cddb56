// The organisation's managed configuration as the backend uses it: the settings port with the policy laid over it
// (a locked value wins and a change to it is refused), which settings are locked (Settings shows them as "Set by
// your organisation"), what sign-in may offer (`allows`), and the facts "Copy diagnostics" reports. The shell reads
// the policy (main/policy, at start); without one nothing is locked and everything is allowed.
import { policyFacts } from '../diagnostics/index.js';
import type { PolicyFacts } from '../diagnostics/index.js';
import type { LockableSettingName } from '../ipc/contract.js';
import type { Logger, SettingsPort } from '../ipc/ports.js';
import { applyPolicy, policySettings } from '../policy/index.js';
import type { Policy, PolicyAllows } from '../policy/index.js';

/** What was read at start (main/policy's LoadedPolicy, or a test's own). */
export interface ManagedPolicy {
  policy: Policy;
  /** Values or sources that were ignored, in words. */
  problems: readonly string[];
  /** The sources that held a policy. */
  found: readonly string[];
}

export interface Managed {
  settings: SettingsPort;
  locked: LockableSettingName[];
  /** For sign-in: the methods offered, whether a password may be remembered, the demo, the trusted hosts. */
  allows: PolicyAllows;
  facts: PolicyFacts;
}

export function managedSettings(
  inner: SettingsPort,
  managed: ManagedPolicy | undefined,
  log: Logger,
): Managed {
  const policy = managed?.policy ?? {};
  const applied = applyPolicy(inner.get(), policy);
  const locked = [...applied.locked].sort();
  return {
    settings: policySettings(inner, policy, (keys) =>
      log.warn('settings: a change to what the organisation set was refused', { keys }),
    ),
    locked,
    allows: applied.allows,
    facts: policyFacts({ found: managed?.found ?? [], problems: managed?.problems ?? [] }, locked),
  };
}
