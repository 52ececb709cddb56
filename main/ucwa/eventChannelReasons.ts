// What the event channel makes of a failure: the parts of an error it looks at, which failures asking again cannot
// fix, which answers came but cannot be used, and the reason it gives for each in its state.
import type { UcwaError } from './errors.js';

/** The parts of an error the state machine looks at (UcwaError has them all). */
export type ErrorLike = Pick<UcwaError, 'status' | 'code'> & { subcode?: string };

export function asErrorLike(e: unknown): ErrorLike {
  if (typeof e === 'object' && e !== null && 'status' in e && 'code' in e) {
    const o = e as { status: unknown; code: unknown; subcode?: unknown };
    if (typeof o.status === 'number' && typeof o.code === 'string') {
      return {
        status: o.status,
        code: o.code as ErrorLike['code'],
        ...(typeof o.subcode === 'string' ? { subcode: o.subcode } : {}),
      };
    }
  }
  return { status: 0, code: 'Network' };
}

/** Words for a 410's subcode (reference §6.2/§3.6). */
export function goneReason(subcode: string | undefined): string {
  switch (subcode) {
    case 'InactiveApplicationExpired':
      return 'The session expired after a long time without contact with the server.';
    case 'TooManyApplications':
      return 'You are signed in on too many devices. Sign out somewhere else and try again.';
    case 'UserAgentNotAllowed':
      return 'The server does not allow this app to connect.';
    default:
      return 'The server ended the session.';
  }
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

export function describe(e: ErrorLike): string {
  if (e.code === 'Tls')
    return "The server's security certificate could not be verified, so the connection was not made.";
  if (isPermanent(e) || isUnusable(e)) return 'The server sent something we cannot use.';
  if (e.status === 0)
    return e.code === 'Timeout' ? 'The server did not answer in time.' : 'The network is unavailable.';
  if (e.status === 200) return 'The server sent an answer that could not be understood.';
  if (e.status === 401) return 'The server keeps refusing our sign-in.';
  if (e.status >= 500) return `The server had a problem (HTTP ${e.status}).`;
  return `The server refused the connection (HTTP ${e.status}).`;
}
