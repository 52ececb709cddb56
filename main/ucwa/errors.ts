// The one error type of the protocol layer, and the one place that turns a failed request (an HTTP error answer in
// JSON, XML or HTML, a network failure, a timeout) into it. Everything in main/ucwa throws UcwaError and nothing else;
// the UI puts any of them into words with toUserMessage(). Messages never contain secrets: they are built from the
// server's `message`, status and codes only, never from request headers or bodies.
import { XMLParser } from 'fast-xml-parser';

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

/**
 * HTTP status → UCWA code, for answers whose body names no (known) code: the server's table, plus the statuses
 * that reach the client from elsewhere (a 406 for an Accept nobody serves, a 502 from a gateway in front).
 */
const STATUS_CODES: Readonly<Record<number, UcwaErrorCode>> = {
  ...UCWA_STATUS_CODES,
  406: 'NotAcceptable',
  502: 'GatewayTimeout',
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

/** The plain-English sentence the UI shows for any error (UcwaError or not). */
export function toUserMessage(e: unknown): string {
  if (isUcwaError(e)) {
    if (e.code === 'Gone' && e.subcode === 'TooManyApplications') {
      return 'You are signed in on too many devices. Sign out somewhere else and try again.';
    }
    return USER_MESSAGES[e.code];
  }
  return 'Something went wrong.';
}

/** Normalise a server-sent code ("PreConditionFailed" appears in the docs too) to a known one, if any. */
export function serverCode(value: unknown): ServerErrorCode | undefined {
  if (typeof value !== 'string') return undefined;
  const lower = value.toLowerCase();
  return SERVER_CODES.find((c) => c.toLowerCase() === lower);
}

export interface ErrorBody {
  code?: string;
  subcode?: string;
  message?: string;
}

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  parseTagValue: false,
});

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (typeof value === 'number') return String(value);
  if (typeof value === 'object' && value !== null && '#text' in value) return text(value['#text']);
  return undefined;
}

/**
 * Read a UCWA error body (`reason`): JSON `{code, subcode, message}`, XML `<reason><code>…` elements, or an XML
 * resource with `<property name="code">`. Returns undefined when the body is not one (HTML page, garbage, empty).
 */
export function parseErrorBody(contentType: string, body: string): ErrorBody | undefined {
  const type = contentType.toLowerCase();
  const trimmed = body.trim();
  if (trimmed === '') return undefined;
  try {
    if (type.includes('json') || (!type.includes('xml') && trimmed.startsWith('{'))) {
      const parsed: unknown = JSON.parse(trimmed);
      if (typeof parsed !== 'object' || parsed === null) return undefined;
      const o = parsed as Record<string, unknown>;
      const out = { code: text(o.code), subcode: text(o.subcode), message: text(o.message) };
      return out.code === undefined ? undefined : out;
    }
    if (type.includes('xml') || trimmed.startsWith('<?xml') || trimmed.startsWith('<reason')) {
      const doc = xml.parse(trimmed) as Record<string, unknown>;
      const root = (doc.reason ?? doc.resource) as Record<string, unknown> | undefined;
      if (typeof root !== 'object' || root === null) return undefined;
      const out: ErrorBody = {
        code: text(root.code),
        subcode: text(root.subcode),
        message: text(root.message),
      };
      const props = root.property;
      for (const p of Array.isArray(props) ? props : props === undefined ? [] : [props]) {
        if (typeof p !== 'object' || p === null) continue;
        const name = (p as Record<string, unknown>)['@name'];
        if (name === 'code' || name === 'subcode' || name === 'message') out[name] = text(p);
      }
      return out.code === undefined ? undefined : out;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/**
 * The error for an HTTP answer with a non-success status. The UCWA body's code wins over the status mapping; an
 * HTML or unreadable body falls back to the status. The server's message is kept only when it is short plain text.
 */
export function errorFromResponse(status: number, contentType: string, body: string): UcwaError {
  const parsed = parseErrorBody(contentType, body);
  const code: UcwaErrorCode = serverCode(parsed?.code) ?? STATUS_CODES[status] ?? 'HttpError';
  const message = parsed?.message !== undefined && parsed.message.length <= 500 ? parsed.message : undefined;
  return new UcwaError({
    status,
    code,
    ...(parsed?.subcode === undefined ? {} : { subcode: parsed.subcode }),
    ...(message === undefined ? {} : { message }),
  });
}

const TLS_CODES = new Set([
  'CERT_HAS_EXPIRED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'CERT_NOT_YET_VALID',
  'ERR_SSL_WRONG_VERSION_NUMBER',
  'EPROTO',
]);

function causeCodes(e: unknown): string[] {
  const out: string[] = [];
  let current: unknown = e;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const c = current as { code?: unknown; name?: unknown; cause?: unknown };
    if (typeof c.code === 'string') out.push(c.code);
    if (typeof c.name === 'string') out.push(c.name);
    current = c.cause;
  }
  return out;
}

/**
 * The error for a request that got no HTTP answer: what fetch threw. `timedOut` tells a timeout from the caller's
 * own cancellation (both surface as an AbortError from fetch). The thrown error's text is not copied into the
 * message (it can contain URLs with query strings); the cause is kept for logs.
 */
export function errorFromFailure(e: unknown, timedOut = false): UcwaError {
  if (isUcwaError(e)) return e;
  const codes = causeCodes(e);
  if (timedOut || codes.includes('TimeoutError'))
    return new UcwaError({ status: 0, code: 'Timeout', cause: e });
  if (codes.includes('AbortError'))
    return new UcwaError({ status: 0, code: 'Aborted', retryable: false, cause: e });
  if (codes.some((c) => TLS_CODES.has(c) || c.startsWith('ERR_TLS') || c.startsWith('ERR_SSL'))) {
    return new UcwaError({ status: 0, code: 'Tls', cause: e });
  }
  return new UcwaError({ status: 0, code: 'Network', cause: e });
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
