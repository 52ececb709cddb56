// Errors in words. Main already sends a sentence fit for a user in `message`; the code picks a short heading
// so a wrong password never reads like a network failure.
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
};

export function errorHeading(error: IpcError): string {
  return headings[error.code] ?? 'Something went wrong';
}

/** A bridge that throws (main gone, a bug) becomes an error like any other. */
export function unexpected(cause: unknown): IpcError {
  const message = cause instanceof Error && cause.message ? cause.message : String(cause);
  return { code: 'Internal', message: `The app did not answer (${message.slice(0, 200)}).` };
}
