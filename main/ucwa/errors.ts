// The one error type of the protocol layer and its codes. Everything in main/ucwa throws UcwaError and nothing else
// (failures.ts turns a failed request into one); the UI puts any of them into words with toUserMessage(). Messages
// never contain secrets: they are built from the server's `message`, status and codes only, never from request
// headers or bodies.

/**
 * Codes the client itself assigns when the server's answer is not (only) a UCWA error body.
 * - `Network`: no HTTP answer (connection refused/reset, DNS failure). status 0.
 * - `Timeout`: no answer in time (status 0), or the server's own 504 `Timeout`.
 * - `Tls`: the TLS handshake failed (bad/expired/untrusted certificate). status 0.
 * - `Aborted`: the caller cancelled the request. status 0.
 * - `InvalidGrant`: wrong user name or password.
 * - `AccountLocked`: the account is locked or disabled.
 * - `Unauthorized`: the server still refused us after a fresh token (401 twice).
 * - `ServerNotFound`: autodiscovery found no UCWA server for the address.
 * - `InsecureUrl`: plain http to a non-loopback host, or a redirect that failed the security check.
 * - `MalformedResponse`: an answer that is not valid JSON/XML, or lacks what the protocol promises.
 * - `ResponseTooLarge`: an answer longer than any real one (transport.ts MAX_BODY_BYTES); not read past the bound.
 * - `NotAvailable`: the server does not link this operation for this resource (so it is not attempted).
 * - `HttpError`: an HTTP error with a body that is not a UCWA error (an HTML page from a proxy) and no better code.
 */
export type ClientErrorCode =
  | 'Network'
  | 'Timeout'
  | 'Tls'
  | 'Aborted'
  | 'InvalidGrant'
  | 'AccountLocked'
  | 'Unauthorized'
  | 'ServerNotFound'
  | 'InsecureUrl'
  | 'MalformedResponse'
  | 'ResponseTooLarge'
  | 'NotAvailable'
  | 'HttpError';

/** UCWA ErrorCode values (reference §6.2) plus `ClientTimeout` (HTTP 408). */
export type ServerErrorCode =
  | 'BadRequest'
  | 'ClientTimeout'
  | 'Conflict'
  | 'EntityTooLarge'
  | 'ExchangeServiceFailure'
  | 'Forbidden'
  | 'GatewayTimeout'
  | 'Gone'
  | 'Informational'
  | 'LocalFailure'
  | 'MethodNotAllowed'
  | 'NotAcceptable'
  | 'NotFound'
  | 'PreconditionFailed'
  | 'PreconditionRequired'
  | 'RemoteFailure'
  | 'ServiceFailure'
  | 'ServiceUnavailable'
  | 'Timeout'
  | 'TooManyRequests'
  | 'UnsupportedMediaType';

export type UcwaErrorCode = ClientErrorCode | ServerErrorCode;

const SERVER_CODES: readonly ServerErrorCode[] = [
  'BadRequest',
  'ClientTimeout',
  'Conflict',
  'EntityTooLarge',
  'ExchangeServiceFailure',
  'Forbidden',
  'GatewayTimeout',
  'Gone',
  'Informational',
  'LocalFailure',
  'MethodNotAllowed',
  'NotAcceptable',
  'NotFound',
  'PreconditionFailed',
  'PreconditionRequired',
  'RemoteFailure',
  'ServiceFailure',
  'ServiceUnavailable',
  'Timeout',
  'TooManyRequests',
  'UnsupportedMediaType',
];

/** HTTP status → the UCWA code a server sends with it (reference §6.2). The simulator answers with these too. */
export const UCWA_STATUS_CODES: Readonly<Record<number, UcwaErrorCode>> = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  405: 'MethodNotAllowed',
  408: 'ClientTimeout',
  409: 'Conflict',
  410: 'Gone',
  412: 'PreconditionFailed',
  413: 'EntityTooLarge',
  415: 'UnsupportedMediaType',
  428: 'PreconditionRequired',
  429: 'TooManyRequests',
  500: 'ServiceFailure',
  503: 'ServiceUnavailable',
  504: 'Timeout',
};

/** Codes worth retrying later (the same request may succeed); Gone explicitly is not (reference §6.3). */
const RETRYABLE: ReadonlySet<UcwaErrorCode> = new Set<UcwaErrorCode>([
  'Network',
  'Timeout',
  'ClientTimeout',
  'GatewayTimeout',
  'ServiceFailure',
  'ServiceUnavailable',
  'TooManyRequests',
]);

export interface UcwaErrorInit {
  status: number;
  code: UcwaErrorCode;
  subcode?: string;
  message?: string;
  retryable?: boolean;
  /** Extra, error-specific data (e.g. the `current` privacy level after a 412). Never secrets. */
  details?: Record<string, unknown>;
  cause?: unknown;
}

export class UcwaError extends Error {
  /** HTTP status; 0 when there was no HTTP answer (network, TLS, timeout, cancellation, refused URL). */
  readonly status: number;
  readonly code: UcwaErrorCode;
  readonly subcode?: string;
  readonly retryable: boolean;
  readonly details?: Record<string, unknown>;

  constructor(init: UcwaErrorInit) {
    super(
      init.message ?? defaultMessage(init.code),
      init.cause === undefined ? undefined : { cause: init.cause },
    );
    this.name = 'UcwaError';
    this.status = init.status;
    this.code = init.code;
    if (init.subcode !== undefined) this.subcode = init.subcode;
    this.retryable = init.retryable ?? RETRYABLE.has(init.code);
    if (init.details !== undefined) this.details = init.details;
  }

  /** A plain object safe to log or send over IPC (no stack, no cause). */
  toJSON(): { status: number; code: UcwaErrorCode; subcode?: string; message: string; retryable: boolean } {
    return {
      status: this.status,
      code: this.code,
      ...(this.subcode === undefined ? {} : { subcode: this.subcode }),
      message: this.message,
      retryable: this.retryable,
    };
  }
}

export function isUcwaError(e: unknown): e is UcwaError {
  return e instanceof UcwaError;
}

/** True for the error a caller's own cancellation produced (not worth showing to anyone). */
export function isAborted(e: unknown): boolean {
  return isUcwaError(e) && e.code === 'Aborted';
}

function defaultMessage(code: UcwaErrorCode): string {
  return USER_MESSAGES[code];
}

const USER_MESSAGES: Readonly<Record<UcwaErrorCode, string>> = {
  Network: 'The server could not be reached. Check your network connection.',
  Timeout: 'The server took too long to answer. Try again in a moment.',
  Tls: "The server's security certificate could not be verified, so the connection was not made.",
  Aborted: 'The request was cancelled.',
  InvalidGrant: 'The user name or password is incorrect.',
  AccountLocked: 'Your account is locked or disabled. Contact your administrator.',
  Unauthorized: 'The server did not accept your sign-in. Sign in again.',
  ServerNotFound: 'No Skype for Business server was found for this address.',
  InsecureUrl: 'The server address is not secure (https is required), so it was not used.',
  MalformedResponse: 'The server sent an answer that could not be understood.',
  ResponseTooLarge: 'The server sent an answer far larger than any real one, so it was not read.',
  NotAvailable: 'The server does not offer this operation for this contact.',
  HttpError: 'The server answered with an unexpected error.',
  BadRequest: 'The server rejected the request as invalid.',
  ClientTimeout: 'The request took too long to send. Try again.',
  Conflict: 'The change conflicts with the current state on the server. Try again.',
  EntityTooLarge: 'The request was too large for the server.',
  ExchangeServiceFailure: 'The server could not reach Exchange. Try again later.',
  Forbidden: 'You are not allowed to do this.',
  GatewayTimeout: 'A server on the way did not answer in time. Try again in a moment.',
  Gone: 'Your session has ended. Sign in again.',
  Informational: 'The server sent an informational notice.',
  LocalFailure: 'The operation failed on this computer.',
  MethodNotAllowed: 'The server does not allow this operation.',
  NotAcceptable: 'The server cannot answer in the requested format.',
  NotFound: 'The item no longer exists on the server.',
  PreconditionFailed: 'Someone else changed this in the meantime. The current value has been reloaded.',
  PreconditionRequired: 'The server requires the current version before a change. Reload and try again.',
  RemoteFailure: 'The other party could not complete the operation.',
  ServiceFailure: 'The server had an internal error. Try again later.',
  ServiceUnavailable: 'The server is temporarily unavailable. Try again later.',
  TooManyRequests: 'The server is busy. Try again in a moment.',
  UnsupportedMediaType: 'The server did not accept the format of the request.',
};

/** What the user can do about a certificate, by the kind failures.ts found (none for the other kinds). */
const CERTIFICATE_HINTS: Readonly<Record<string, string>> = {
  CertificateAuthorityInvalid:
    'It was issued by a certificate authority this computer does not trust; your administrator can add it to the trusted ones.',
  CertificateDateInvalid: "It has expired or is not valid yet; check this computer's date and time.",
  CertificateNameInvalid: 'It was issued for a different server name.',
  CertificateRevoked: 'It has been revoked.',
};

/** The plain-English sentence the UI shows for any error (UcwaError or not). */
export function toUserMessage(e: unknown): string {
  if (isUcwaError(e)) {
    if (e.code === 'Gone' && e.subcode === 'TooManyApplications') {
      return 'You are signed in on too many devices. Sign out somewhere else and try again.';
    }
    const hint = e.code === 'Tls' && e.subcode !== undefined ? CERTIFICATE_HINTS[e.subcode] : undefined;
    return hint === undefined ? USER_MESSAGES[e.code] : `${USER_MESSAGES[e.code]} ${hint}`;
  }
  return 'Something went wrong.';
}

/** Normalise a server-sent code ("PreConditionFailed" appears in the docs too) to a known one, if any. */
export function serverCode(value: unknown): ServerErrorCode | undefined {
  if (typeof value !== 'string') return undefined;
  const lower = value.toLowerCase();
  return SERVER_CODES.find((c) => c.toLowerCase() === lower);
}

/** A body that could not be decoded, or lacks something the protocol promises. */
export function malformed(what: string, status = 200): UcwaError {
  return new UcwaError({
    status,
    code: 'MalformedResponse',
    message: `The server sent an unreadable answer (${what}).`,
  });
}

/** The server does not link this operation: reported, never attempted. */
export function notAvailable(operation: string): UcwaError {
  return new UcwaError({
    status: 0,
    code: 'NotAvailable',
    retryable: false,
    message: `The server does not offer "${operation}" here.`,
  });
}
