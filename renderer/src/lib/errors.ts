// Errors in words. Main sends a sentence fit for a user in `message`; the code picks a short heading so a wrong
// password never reads like a network failure. Where the heading already says all the message says, or the
// message is a raw validation text, the UI shows advice of its own instead (no sentence said twice).
import type { IpcError } from '../../../main/ipc/contract.js';

const headings: Record<string, string> = {
  InvalidGrant: 'Wrong sign-in address or password',
  AccountLocked: 'Your account is locked',
  ServerNotFound: 'Server not found',
  Network: 'Cannot reach the server',
  Timeout: 'The server did not answer in time',
  Tls: "The server's certificate is not trusted",
  NoKeyring: 'Your password cannot be remembered on this computer',
  InvalidArgument: 'Please check what you entered',
  Forbidden: 'The server does not allow this',
  NotAvailable: 'Not available right now',
  NotSignedIn: 'You are signed out',
  ServiceFailure: 'The server had a problem',
  InsecureUrl: 'The server address is not secure',
  UntrustedHost: 'The server pointed somewhere else',
};

export function errorHeading(error: IpcError): string {
  return headings[error.code] ?? 'Something went wrong';
}

/** Which field a sign-in error is about: where the focus goes so the user can fix it. */
export type SignInField = 'address' | 'password' | 'server';

export interface SignInProblem {
  heading: string;
  detail: string;
  field: SignInField;
}

/** A failed sign-in in words, and the field to fix. */
export function signInProblem(error: IpcError): SignInProblem {
  const heading = errorHeading(error);
  switch (error.code) {
    case 'InvalidGrant':
      return {
        heading,
        detail: 'Check both and try again. The sign-in address is usually your work e-mail address.',
        field: 'password',
      };
    case 'InvalidArgument': {
      // "Invalid request (sipAddress: …)" is for developers: name the field in words instead.
      const where = /\((\w+)/.exec(error.message)?.[1] ?? '';
      if (where === 'server')
        return { heading, detail: 'The server address is not one the app can use.', field: 'server' };
      if (where === 'password') return { heading, detail: 'The password is too long.', field: 'password' };
      return {
        heading,
        detail: 'Enter your sign-in address as name@company.com.',
        field: 'address',
      };
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
  return { code: 'Internal', message: `The app did not answer (${message.slice(0, 200)}).` };
}
