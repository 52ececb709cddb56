// A policy over the user's settings: a value the organisation set wins and is locked ("Set by your
// organisation" in Settings); the user's own value stays in their file untouched, so it is back when the policy
// goes. Policy keys that are not settings (sign-in methods, trusted hosts, the demo) come out as `allows`.
import { SIGN_IN_METHODS } from './schema.js';
import type { Policy, SignInMethod } from './schema.js';

/** The settings a policy can lock (names as in the settings file). */
export interface LockableSettings {
  serverAddress: string | null;
  rememberPassword: boolean;
  notifyRelationshipChanges: boolean;
  notifyInvitations: boolean;
  notifySignedOut: boolean;
  statusAlertsIncludeAway: boolean;
  startAtLogin: boolean;
}
export type LockableSetting = keyof LockableSettings;

export interface PolicyAllows {
  /** The sign-in methods that may be offered (all of them without a policy). */
  signInMethods: readonly SignInMethod[];
  /** Whether "Remember my password" may be offered. */
  rememberPassword: boolean;
  /** Whether "Try the demo" is offered. */
  demo: boolean;
  /** Hosts and domains the organisation trusts for sign-in, besides the sign-in domain (a domain covers its subdomains). */
  trustedHosts: readonly string[];
}

export interface AppliedPolicy<S extends LockableSettings> {
  /** The settings as the app should use and show them. */
  effective: S;
  /** The settings the policy set: shown locked, and refused in an update. */
  locked: ReadonlySet<LockableSetting>;
  allows: PolicyAllows;
}

const SETTING_OF = {
  serverAddress: 'serverAddress',
  notifyRelationshipChanges: 'notifyRelationshipChanges',
  notifyInvitations: 'notifyInvitations',
  notifySignedOut: 'notifySignedOut',
  statusAlertsIncludeAway: 'statusAlertsIncludeAway',
  startAtLogin: 'startAtLogin',
} as const satisfies Partial<Record<keyof Policy, LockableSetting>>;

export function applyPolicy<S extends LockableSettings>(settings: S, policy: Policy): AppliedPolicy<S> {
  const effective = { ...settings };
  const locked = new Set<LockableSetting>();
  for (const [key, setting] of Object.entries(SETTING_OF) as Array<
    [keyof typeof SETTING_OF, LockableSetting]
  >) {
    const value = policy[key];
    if (value === undefined) continue;
    (effective as LockableSettings)[setting] = value as never;
    locked.add(setting);
  }
  // Allowing what is already allowed locks nothing; forbidding it forces the setting off.
  if (policy.allowRememberPassword === false) {
    effective.rememberPassword = false;
    locked.add('rememberPassword');
  }
  return {
    effective,
    locked,
    allows: {
      signInMethods: policy.signInMethods ?? SIGN_IN_METHODS,
      rememberPassword: policy.allowRememberPassword ?? true,
      demo: policy.offerDemo ?? true,
      trustedHosts: policy.trustedHosts ?? [],
    },
  };
}

/** The two calls the backend makes on its settings (the shape of main/ipc's SettingsPort). */
export interface SettingsLike<S> {
  get(): S;
  update(patch: Partial<S>): S;
}

/**
 * The settings port the backend should be given: reads come back with the policy applied; writes of a locked key
 * are dropped (reported through `onRefused`), the rest reach the user's file. Which keys are locked is fixed when it
 * is made: the policy is read once at start.
 */
export function policySettings<S extends LockableSettings>(
  inner: SettingsLike<S>,
  policy: Policy,
  onRefused: (keys: LockableSetting[]) => void = () => {},
): SettingsLike<S> {
  const { locked } = applyPolicy(inner.get(), policy);
  return {
    get: () => applyPolicy(inner.get(), policy).effective,
    update(patch) {
      const current = applyPolicy(inner.get(), policy).effective;
      const allowed: Partial<S> = {};
      const refused: LockableSetting[] = [];
      for (const [key, value] of Object.entries(patch) as Array<[keyof S & string, S[keyof S & string]]>) {
        if (!locked.has(key as LockableSetting)) allowed[key] = value;
        // A form sends every field back: the locked value itself is not a refusal.
        else if (value !== current[key]) refused.push(key as LockableSetting);
      }
      if (refused.length > 0) onRefused(refused);
      return applyPolicy(inner.update(allowed), policy).effective;
    },
  };
}
