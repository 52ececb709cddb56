// The managed configuration's keys: the name an administrator writes (the same in the registry, a managed
// preferences profile and policy.json, matched without regard to case), what each may hold, and what a valid value
// looks like (main/words/policy.ts says it in words). Values are checked one key at a time: a wrong one is reported and ignored, the
// others still apply. The registry has no booleans or lists of its own (REG_DWORD 0/1, REG_SZ, REG_MULTI_SZ), so the
// schemas accept those spellings too.
import { z } from 'zod';
import { isLoopbackHost } from '../ucwa/urls.js';
import type { PolicyExpects, PolicyProblem } from './problems.js';

export const SIGN_IN_METHODS = ['password', 'windows', 'passive'] as const;
export type SignInMethod = (typeof SIGN_IN_METHODS)[number];

/** What an administrator can set. Every key is optional: an absent key leaves the user's own setting alone. */
export interface Policy {
  serverAddress?: string;
  signInMethods?: SignInMethod[];
  allowRememberPassword?: boolean;
  trustedHosts?: string[];
  offerDemo?: boolean;
  notifyRelationshipChanges?: boolean;
  notifyInvitations?: boolean;
  notifySignedOut?: boolean;
  statusAlertsIncludeAway?: boolean;
  startAtLogin?: boolean;
}

export type PolicyKey = keyof Policy;

const TRUE = new Set(['true', '1', 'yes', 'on']);
const FALSE = new Set(['false', '0', 'no', 'off']);

/** true/false, a REG_DWORD 0 or 1, or those written as text (a REG_SZ set by hand). */
const flag = z.preprocess((v) => {
  if (typeof v === 'number' && (v === 0 || v === 1)) return v === 1;
  if (typeof v === 'string') {
    const s = v.trim().toLowerCase();
    if (TRUE.has(s)) return true;
    if (FALSE.has(s)) return false;
  }
  return v;
}, z.boolean());

/**
 * A list: an array (JSON, plist, REG_MULTI_SZ, a subkey of numbered values) or one string split at , ; or spaces.
 * Entries compare without regard to case (methods and host names), so they are lowered here.
 */
const list = <T extends z.ZodType<string>>(item: T) =>
  z.preprocess(
    (v) =>
      typeof v === 'string'
        ? v
            .split(/[,;\s]+/)
            .filter((s) => s !== '')
            .map((s) => s.toLowerCase())
        : Array.isArray(v)
          ? v.map((s) => (typeof s === 'string' ? s.trim().toLowerCase() : s))
          : v,
    z.array(item).min(1).max(100),
  );

const HOST_OR_DOMAIN = /^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/i;
const HOST_AND_PORT = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$/i;

/** What the sign-in form accepts as a server (main/backend/serverAddress.ts): a host name, or https (http to loopback). */
function isServerAddress(s: string): boolean {
  if (!s.includes('://')) return HOST_AND_PORT.test(s);
  try {
    const url = new URL(s);
    return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname));
  } catch {
    return false;
  }
}

const serverAddress = z.string().trim().min(1).max(2048).refine(isServerAddress);

const FLAG: PolicyExpects = { kind: 'flag' };

interface KeySpec {
  /** The name administrators write (ADMX, profile, JSON). */
  name: string;
  schema: z.ZodType;
  /** What a valid value looks like, for the sentence that reports a wrong one (main/words/policy.ts). */
  expects: PolicyExpects;
}

export const POLICY_KEYS: Record<PolicyKey, KeySpec> = {
  serverAddress: {
    name: 'ServerAddress',
    schema: serverAddress,
    expects: { kind: 'serverAddress' },
  },
  signInMethods: {
    name: 'SignInMethods',
    schema: list(z.enum(SIGN_IN_METHODS)),
    expects: { kind: 'signInMethods', methods: SIGN_IN_METHODS },
  },
  allowRememberPassword: { name: 'AllowRememberPassword', schema: flag, expects: FLAG },
  trustedHosts: {
    name: 'TrustedHosts',
    // A domain covers its subdomains (the client's own matching); `*.contoso.com` is read as `contoso.com`.
    schema: list(
      z
        .string()
        .regex(HOST_OR_DOMAIN)
        .transform((s) => s.replace(/^\*\./, '')),
    ),
    expects: { kind: 'hosts' },
  },
  offerDemo: { name: 'OfferDemo', schema: flag, expects: FLAG },
  notifyRelationshipChanges: {
    name: 'NotifyRelationshipChanges',
    schema: flag,
    expects: FLAG,
  },
  notifyInvitations: { name: 'NotifyInvitations', schema: flag, expects: FLAG },
  notifySignedOut: { name: 'NotifySignedOut', schema: flag, expects: FLAG },
  statusAlertsIncludeAway: {
    name: 'StatusAlertsIncludeAway',
    schema: flag,
    expects: FLAG,
  },
  startAtLogin: { name: 'StartAtLogin', schema: flag, expects: FLAG },
};

const byLowerName = new Map(
  (Object.keys(POLICY_KEYS) as PolicyKey[]).map((k) => [POLICY_KEYS[k].name.toLowerCase(), k]),
);

/** Keys a profile or an installer adds beside the policy itself (MDM payload bookkeeping): not ours, not reported. */
const BOOKKEEPING = /^(payload|_)/i;

export interface CheckedPolicy {
  policy: Policy;
  /** One per value that was ignored, naming the key and where it came from. */
  problems: PolicyProblem[];
}

/**
 * Checks what one source holds, key by key. `source` names it in the problems ("/etc/ucwa-tray/policy.json",
 * "HKEY_LOCAL_MACHINE\Software\Policies\UCWA Tray"). Never throws.
 */
export function checkPolicy(raw: unknown, source: string): CheckedPolicy {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { policy: {}, problems: [{ kind: 'notNamedValues', source }] };
  }
  const policy: Record<string, unknown> = {};
  const problems: PolicyProblem[] = [];
  for (const [name, value] of Object.entries(raw)) {
    const key = byLowerName.get(name.toLowerCase());
    if (key === undefined) {
      if (!BOOKKEEPING.test(name)) problems.push({ kind: 'unknownKey', source, name });
      continue;
    }
    const spec = POLICY_KEYS[key];
    const parsed = spec.schema.safeParse(value);
    if (parsed.success) policy[key] = parsed.data;
    else problems.push({ kind: 'invalidValue', source, name: spec.name, expects: spec.expects });
  }
  return { policy: policy as Policy, problems };
}

/** Lays `lower` under `higher`: a key set in `higher` wins; keys only `lower` sets still apply. */
export function layerPolicy(higher: Policy, lower: Policy): Policy {
  return { ...lower, ...higher };
}
