// What the event channel makes of a failure: the parts of an error it looks at, which failures asking again cannot
// fix, which answers came but cannot be used, and the reason (a code) it gives for each in its state.
import type { UcwaError } from './errors.js';
import type { ChannelReason } from './eventChannelTypes.js';

/** The parts of an error the state machine looks at (UcwaError has them all). */
export type ErrorLike = Pick<UcwaError, 'status' | 'code'> & { subcode?: string };

export function asErrorLike(e: unknown): ErrorLike {
  if (typeof e === 'object' && e !== null && 'status' in e && 'code' in e) {
    const o = e as { status: unknown; code: unknown; subcode?: unknown };
    if (typeof o.status === 'number' && typeof o.code === 'string') {
      return {
        status: o.status,
        code: o.code as ErrorLike['code'],
        subcode: typeof o.subcode === 'string' ? o.subcode : undefined,
      };
    }
  }
  return { status: 0, code: 'Network' };
}

/** A 410's reason (reference §6.2/§3.6): the server ended the session, with its subcode. */
export function goneReason(subcode: string | undefined): ChannelReason {
  return { code: 'ended', subcode };
}

/**
 * A token renewal refused the password (a wrong or changed password, a locked account): the session is over, the user
 * must sign in again. Asked of a renewal on its own and of one inside an application re-creation.
 */
export function refusesPassword(e: ErrorLike): boolean {
  return e.code === 'InvalidGrant' || e.code === 'AccountLocked';
}

/**
 * Failures that asking again cannot fix: a certificate this computer does not trust stays untrusted, and a link we
 * must not follow (file:, javascript:, data:, plain http to another host) is the same link the next time.
 */
export function isPermanent(e: ErrorLike): boolean {
  return e.code === 'Tls' || e.code === 'InsecureUrl';
}

/** Answers that came but cannot be used: nonsense, nothing to follow, a body past the bound. */
export function isUnusable(e: ErrorLike): boolean {
  return e.code === 'MalformedResponse' || e.code === 'ResponseTooLarge';
}

/** Who dropped the connection: 'network' when no HTTP answer came at all (offline, refused, timed out), else the
 * server (an error answer, an answer we cannot use). The reconnecting banner says which. */
export function reconnectCause(reason: ChannelReason): 'network' | 'server' {
  return reason.code === 'network' || reason.code === 'timeout' ? 'network' : 'server';
}

/** The reason the channel gives for a failure it retries or stops at. */
export function describe(e: ErrorLike): ChannelReason {
  if (e.code === 'Tls') return { code: 'untrustedCertificate' };
  if (isPermanent(e) || isUnusable(e)) return { code: 'unusableAnswer' };
  if (e.status === 0) return { code: e.code === 'Timeout' ? 'timeout' : 'network' };
  if (e.status === 200) return { code: 'notUnderstood' };
  if (e.status === 401) return { code: 'signInRefused' };
  return { code: e.status >= 500 ? 'serverError' : 'refused', status: e.status };
}
