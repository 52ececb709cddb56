// The one place that turns a failed request into a UcwaError: an HTTP error answer (a UCWA `reason` body in JSON or
// XML, or an HTML page from something in front of the server), or no answer at all (what fetch threw: a network
// failure, a timeout, a cancellation, a certificate the computer does not trust).
import { UCWA_STATUS_CODES, UcwaError, isUcwaError, serverCode } from './errors.js';
import type { UcwaErrorCode } from './errors.js';
import { parseErrorBody } from './representation/reason.js';

/**
 * HTTP status → UCWA code, for answers whose body names no (known) code: the server's table, plus the statuses
 * that reach the client from elsewhere (a 406 for an Accept nobody serves, a 502 from a gateway in front).
 */
const STATUS_CODES: Readonly<Record<number, UcwaErrorCode>> = {
  ...UCWA_STATUS_CODES,
  406: 'NotAcceptable',
  502: 'GatewayTimeout',
};

/** The longest server `message` kept; anything longer is not a sentence meant for a person. */
const MAX_SERVER_MESSAGE = 500;

/**
 * The error for an HTTP answer with a non-success status. The UCWA body's code wins over the status mapping; an
 * HTML or unreadable body falls back to the status. The server's message is kept only when it is short plain text.
 */
export function errorFromResponse(status: number, contentType: string, body: string): UcwaError {
  const parsed = parseErrorBody(contentType, body);
  const code: UcwaErrorCode = serverCode(parsed?.code) ?? STATUS_CODES[status] ?? 'HttpError';
  const message =
    parsed?.message !== undefined && parsed.message.length <= MAX_SERVER_MESSAGE ? parsed.message : undefined;
  return new UcwaError({ status, code, subcode: parsed?.subcode, message });
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
