// The one error type of the protocol layer and its codes. Everything in main/ucwa throws UcwaError and nothing else
// (failures.ts turns a failed request into one). This layer speaks codes and data only: main/words/errors.ts puts any
// of them into the user's words (toUserMessage). `message` is for developers and logs; it never contains secrets:
// it is built from the server's `message`, status and codes only, never from request headers or bodies.

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
      init.message ?? defaultMessage(init.code, init.subcode),
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
      subcode: this.subcode,
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

/** The developer's description when a code has no message of its own (logs); the user's words are main/words/errors.ts. */
function defaultMessage(code: UcwaErrorCode, subcode: string | undefined): string {
  return subcode === undefined ? `UCWA ${code}` : `UCWA ${code} (${subcode})`;
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
