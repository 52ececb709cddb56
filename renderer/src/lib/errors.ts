// Errors in words. Main sends a sentence fit for a user in `message`; the code picks a short heading so a wrong
// password never reads like a network failure. Where the heading already says all the message says, or the
// message is a raw validation text, the UI shows advice of its own instead (no sentence said twice).
import { m } from '../../../i18n/paraglide/messages.js';
import type { IpcError } from '../../../main/ipc/contract.js';
import { loc } from './locale.js';

type Message = (params: object, options: ReturnType<typeof loc>) => string;

const headings: Record<string, Message> = {
  InvalidGrant: m.err_invalid_grant,
  AccountLocked: m.err_account_locked,
  ServerNotFound: m.err_server_not_found,
  Network: m.err_network,
  Timeout: m.err_timeout,
  Tls: m.err_tls,
  NoKeyring: m.err_no_keyring,
  InvalidArgument: m.err_invalid_argument,
  Forbidden: m.err_forbidden,
  NotAvailable: m.err_not_available,
  NotSignedIn: m.err_not_signed_in,
  ServiceFailure: m.err_service_failure,
  InsecureUrl: m.err_insecure_url,
  UntrustedHost: m.err_untrusted_host,
};

export function errorHeading(error: IpcError): string {
  const heading = Object.hasOwn(headings, error.code) ? headings[error.code] : undefined;
  return (heading ?? m.err_unknown)({}, loc());
}

/** Which field a sign-in error is about: where the focus goes so the user can fix it. */
export type SignInField = 'address' | 'password' | 'server';

export interface SignInProblem {
  heading: string;
  detail: string;
  field: SignInField;
  /** The server refused the address and password: the password field is marked invalid (other problems that put
   * the focus there, a server failure or a demo that did not start, are not about what was typed). */
  wrongCredentials?: boolean;
}

/** The sign-in address is not of the form name@company.com (checked before asking the server). */
export function addressProblem(): SignInProblem {
  return {
    heading: m.err_invalid_argument({}, loc()),
    detail: m.err_address_format({}, loc()),
    field: 'address',
  };
}

/** A failed sign-in in words, and the field to fix. */
export function signInProblem(error: IpcError): SignInProblem {
  const heading = errorHeading(error);
  switch (error.code) {
    case 'InvalidGrant':
      return { heading, detail: m.err_check_both({}, loc()), field: 'password', wrongCredentials: true };
    case 'InvalidArgument': {
      // "Invalid request (sipAddress: …)" is for developers: name the field in words instead.
      const where = /\((\w+)/.exec(error.message)?.[1] ?? '';
      if (where === 'server') return { heading, detail: m.err_bad_server({}, loc()), field: 'server' };
      if (where === 'password')
        return { heading, detail: m.err_password_too_long({}, loc()), field: 'password' };
      return addressProblem();
    }
    case 'ServerNotFound':
    case 'Network':
    case 'Tls':
    case 'InsecureUrl':
    case 'UntrustedHost':
      return { heading, detail: error.message, field: 'server' };
    default:
      return { heading, detail: error.message, field: 'password' };
  }
}

/** A bridge that throws (main gone, a bug) becomes an error like any other. */
export function unexpected(cause: unknown): IpcError {
  const message = cause instanceof Error && cause.message ? cause.message : String(cause);
  return { code: 'Internal', message: m.err_no_answer({ reason: message.slice(0, 200) }, loc()) };
}
