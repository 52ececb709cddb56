// Managed configuration: what an organisation sets for every seat (a machine-wide policy read once at start), and
// how it wins over the user's settings. No Electron here: the shell passes the platform, the app id and, on
// Windows, a registry reader (main/shell/policyRegistry.ts).
//
//   const loaded = await loadPolicy({ platform: process.platform, appId, username, registry: queryRegistry });
//   const settings = policySettings(openSettings(), loaded.policy, (keys) => log.warn('locked by policy', { keys }));
//   const { locked, allows } = applyPolicy(settings.get(), loaded.policy);
export { applyPolicy, policySettings } from './apply.js';
export type {
  AppliedPolicy,
  LockableSetting,
  LockableSettings,
  PolicyAllows,
  SettingsLike,
} from './apply.js';
export { LINUX_POLICY_FILE, MANAGED_PREFERENCES_DIR, loadPolicy, policySources } from './load.js';
export type { LoadPolicyOptions, LoadedPolicy, PolicySource } from './load.js';
export type { PolicyExpects, PolicyProblem } from './problems.js';
export { POLICY_KEY, parseRegQuery, registryPolicyValues } from './registry.js';
export type { RegistryQuery } from './registry.js';
export { POLICY_KEYS, SIGN_IN_METHODS, checkPolicy } from './schema.js';
export type { Policy, PolicyKey, SignInMethod } from './schema.js';
