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

/** What a failure without an HTTP answer is: the code, and a subcode that says which kind when that helps. */
interface Kind {
  code: 'Network' | 'Timeout' | 'Tls' | 'Aborted' | 'MalformedResponse' | 'HttpError';
  subcode?: string;
  retryable?: boolean;
}

/**
 * Node's (and undici's) error codes, found on the thrown error or its causes. Certificate codes are OpenSSL's
 * verify errors as Node names them.
 */
const NODE_CODES: Readonly<Record<string, Kind>> = {
  CERT_HAS_EXPIRED: { code: 'Tls', subcode: 'CertificateDateInvalid' },
  CERT_NOT_YET_VALID: { code: 'Tls', subcode: 'CertificateDateInvalid' },
  DEPTH_ZERO_SELF_SIGNED_CERT: { code: 'Tls', subcode: 'CertificateAuthorityInvalid' },
  SELF_SIGNED_CERT_IN_CHAIN: { code: 'Tls', subcode: 'CertificateAuthorityInvalid' },
  UNABLE_TO_GET_ISSUER_CERT: { code: 'Tls', subcode: 'CertificateAuthorityInvalid' },
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: { code: 'Tls', subcode: 'CertificateAuthorityInvalid' },
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: { code: 'Tls', subcode: 'CertificateAuthorityInvalid' },
  CERT_UNTRUSTED: { code: 'Tls', subcode: 'CertificateAuthorityInvalid' },
  ERR_TLS_CERT_ALTNAME_INVALID: { code: 'Tls', subcode: 'CertificateNameInvalid' },
  CERT_REVOKED: { code: 'Tls', subcode: 'CertificateRevoked' },
  ERR_SSL_WRONG_VERSION_NUMBER: { code: 'Tls', subcode: 'TlsHandshake' },
  EPROTO: { code: 'Tls', subcode: 'TlsHandshake' },
  ENOTFOUND: { code: 'Network', subcode: 'NameNotResolved' },
  EAI_AGAIN: { code: 'Network', subcode: 'NameNotResolved' },
  ECONNREFUSED: { code: 'Network', subcode: 'ConnectionRefused' },
  ECONNRESET: { code: 'Network', subcode: 'ConnectionReset' },
  UND_ERR_SOCKET: { code: 'Network', subcode: 'ConnectionClosed' },
};

/**
 * Chromium's net error names (net/base/net_error_list.h), which Electron's net.fetch rejects with as the whole
 * message (`Error('net::ERR_CERT_AUTHORITY_INVALID')`, no `code`, no `cause`). Names not listed here are read by
 * their family below (every CERT_ and SSL_ name is a certificate or TLS failure); anything else is Network.
 */
const CHROMIUM_NAMES: Readonly<Record<string, Kind>> = {
  CERT_AUTHORITY_INVALID: { code: 'Tls', subcode: 'CertificateAuthorityInvalid' },
  QUIC_CERT_ROOT_NOT_KNOWN: { code: 'Tls', subcode: 'CertificateAuthorityInvalid' },
  CERT_DATE_INVALID: { code: 'Tls', subcode: 'CertificateDateInvalid' },
  CERT_COMMON_NAME_INVALID: { code: 'Tls', subcode: 'CertificateNameInvalid' },
  CERT_REVOKED: { code: 'Tls', subcode: 'CertificateRevoked' },
  BAD_SSL_CLIENT_AUTH_CERT: { code: 'Tls', subcode: 'TlsHandshake' },
  CLIENT_AUTH_CERT_TYPE_UNSUPPORTED: { code: 'Tls', subcode: 'TlsHandshake' },
  NO_SSL_VERSIONS_ENABLED: { code: 'Tls', subcode: 'TlsHandshake' },
  TLS13_DOWNGRADE_DETECTED: { code: 'Tls', subcode: 'TlsHandshake' },
  INSECURE_RESPONSE: { code: 'Tls', subcode: 'CertificateInvalid' },
  CERTIFICATE_TRANSPARENCY_REQUIRED: { code: 'Tls', subcode: 'CertificateInvalid' },
  PROXY_CERTIFICATE_INVALID: { code: 'Tls', subcode: 'CertificateInvalid' },
  ECH_FALLBACK_CERTIFICATE_INVALID: { code: 'Tls', subcode: 'CertificateInvalid' },
  NAME_NOT_RESOLVED: { code: 'Network', subcode: 'NameNotResolved' },
  NAME_RESOLUTION_FAILED: { code: 'Network', subcode: 'NameNotResolved' },
  ICANN_NAME_COLLISION: { code: 'Network', subcode: 'NameNotResolved' },
  CONNECTION_REFUSED: { code: 'Network', subcode: 'ConnectionRefused' },
  CONNECTION_RESET: { code: 'Network', subcode: 'ConnectionReset' },
  CONNECTION_ABORTED: { code: 'Network', subcode: 'ConnectionReset' },
  CONNECTION_CLOSED: { code: 'Network', subcode: 'ConnectionClosed' },
  EMPTY_RESPONSE: { code: 'Network', subcode: 'ConnectionClosed' },
  INTERNET_DISCONNECTED: { code: 'Network', subcode: 'Offline' },
  ADDRESS_UNREACHABLE: { code: 'Network', subcode: 'Offline' },
  NETWORK_CHANGED: { code: 'Network', subcode: 'NetworkChanged' },
  TIMED_OUT: { code: 'Timeout' },
  CONNECTION_TIMED_OUT: { code: 'Timeout' },
  TUNNEL_CONNECTION_FAILED: { code: 'Network', subcode: 'Proxy' },
  MANDATORY_PROXY_CONFIGURATION_FAILED: { code: 'Network', subcode: 'Proxy' },
  NO_SUPPORTED_PROXIES: { code: 'Network', subcode: 'Proxy' },
  INVALID_RESPONSE: { code: 'MalformedResponse' },
  INVALID_HTTP_RESPONSE: { code: 'MalformedResponse' },
  CONTENT_DECODING_FAILED: { code: 'MalformedResponse' },
  ABORTED: { code: 'Aborted', retryable: false },
};

function chromiumKind(name: string): Kind {
  const known = CHROMIUM_NAMES[name];
  if (known !== undefined) return known;
  if (name.startsWith('CERT_')) return { code: 'Tls', subcode: 'CertificateInvalid' };
  if (name.startsWith('SSL_')) return { code: 'Tls', subcode: 'TlsHandshake' };
  if (/^(PROXY_|SOCKS_|PAC_)/.test(name)) return { code: 'Network', subcode: 'Proxy' };
  if (name.startsWith('DNS_')) return { code: 'Network', subcode: 'NameNotResolved' };
  return { code: 'Network' };
}

/**
 * Electron cancels a request that meets an HTTP redirect in `redirect: 'manual'` mode unless the caller follows it
 * itself (electron/electron#43715). UCWA never redirects with a status, so this is a server we do not follow.
 */
const REDIRECT_CANCELLED = 'Redirect was cancelled';

/** Codes, names and messages of a thrown error and its causes (fetch wraps the real reason in `cause`). */
function causes(e: unknown): { codes: string[]; messages: string[] } {
  const codes: string[] = [];
  const messages: string[] = [];
  let current: unknown = e;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const c = current as { code?: unknown; name?: unknown; message?: unknown; cause?: unknown };
    if (typeof c.code === 'string') codes.push(c.code);
    if (typeof c.name === 'string') codes.push(c.name);
    if (typeof c.message === 'string') messages.push(c.message);
    current = c.cause;
  }
  return { codes, messages };
}

function kindOf(codes: readonly string[], messages: readonly string[]): Kind {
  for (const message of messages) {
    const chromium = /\bnet::ERR_([A-Z0-9_]+)/.exec(message)?.[1];
    if (chromium !== undefined) return chromiumKind(chromium);
    if (message.includes(REDIRECT_CANCELLED))
      return { code: 'HttpError', subcode: 'RedirectCancelled', retryable: false };
  }
  for (const code of codes) {
    const known = NODE_CODES[code];
    if (known !== undefined) return known;
    if (code.startsWith('ERR_TLS') || code.startsWith('ERR_SSL'))
      return { code: 'Tls', subcode: 'TlsHandshake' };
  }
  return { code: 'Network' };
}

/**
 * The error for a request that got no HTTP answer: what fetch threw (Node's fetch or Electron's net.fetch).
 * `timedOut` tells a timeout from the caller's own cancellation (both surface as an AbortError from fetch). The
 * thrown error's text is not copied into the message (it can contain URLs with query strings); the cause is kept
 * for logs. A certificate the computer does not trust is not retryable: it will not fix itself.
 */
export function errorFromFailure(e: unknown, timedOut = false): UcwaError {
  if (isUcwaError(e)) return e;
  const { codes, messages } = causes(e);
  if (timedOut || codes.includes('TimeoutError'))
    return new UcwaError({ status: 0, code: 'Timeout', cause: e });
  if (codes.includes('AbortError'))
    return new UcwaError({ status: 0, code: 'Aborted', retryable: false, cause: e });
  const kind = kindOf(codes, messages);
  return new UcwaError({
    status: 0,
    code: kind.code,
    subcode: kind.subcode,
    retryable: kind.retryable,
    cause: e,
  });
}
