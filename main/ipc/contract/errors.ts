// Errors as data across the edge: a result is `{ok: true, value}` or `{ok: false, error: {code, message}}`.

/** Error codes the UI distinguishes. `message` is always a sentence fit to show a user (never a stack trace). */
export type IpcErrorCode =
  | 'InvalidArgument'
  | 'UntrustedHost'
  | 'ForeignSender'
  | 'NotSignedIn'
  | 'InvalidGrant'
  | 'AccountLocked'
  | 'ServerNotFound'
  | 'Network'
  | 'Timeout'
  | 'Tls'
  | 'Forbidden'
  | 'NotAvailable'
  | 'NoKeyring'
  | 'ServiceFailure'
  | 'Internal';

export interface IpcError {
  code: IpcErrorCode | (string & {});
  message: string;
  /**
   * `UntrustedHost` only: the server (origin) that was refused, for the window to ask "trust it?" and to send
   * back as `session:sign-in`'s `trustHost`.
   */
  host?: string;
  /**
   * A Windows sign-in, or the organisation's page: the pool (NTLM) or its sign-in page's server needs a Windows user
   * name and password, which the sign-in form then asks for ("Use another account").
   */
  needsAccount?: true;
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };
