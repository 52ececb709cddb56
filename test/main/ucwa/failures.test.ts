import { describe, expect, it } from 'vitest';
import { errorFromFailure, errorFromResponse } from '../../../main/ucwa/failures.js';

describe('errorFromResponse', () => {
  it('reads a JSON error body', () => {
    const e = errorFromResponse(
      409,
      'application/json',
      '{"code":"Conflict","subcode":"AlreadyExists","message":"The requested resource already exists."}',
    );
    expect(e).toMatchObject({ status: 409, code: 'Conflict', subcode: 'AlreadyExists', retryable: false });
    expect(e.message).toBe('The requested resource already exists.');
  });

  it('reads an XML reason body', () => {
    const body =
      '<reason xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa"><code>PreConditionFailed</code>' +
      '<subcode>None</subcode><message>Stale.</message><debugInfo /><parameters /></reason>';
    expect(errorFromResponse(412, 'application/xml', body)).toMatchObject({
      status: 412,
      code: 'PreconditionFailed',
      subcode: 'None',
      message: 'Stale.',
    });
  });

  it('falls back to the status for an HTML page, and marks 5xx retryable', () => {
    const e = errorFromResponse(500, 'text/html', '<html><body>The web ticket is invalid.</body></html>');
    expect(e).toMatchObject({ status: 500, code: 'ServiceFailure', retryable: true });
    expect(e.message).not.toContain('<html');
  });

  it('maps 428 and unknown statuses', () => {
    expect(errorFromResponse(428, '', '').code).toBe('PreconditionRequired');
    expect(errorFromResponse(418, '', '').code).toBe('HttpError');
  });
});

describe('errorFromFailure', () => {
  it('tells network, TLS, timeout and cancellation apart', () => {
    const net = Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
    const tls = Object.assign(new TypeError('fetch failed'), { cause: { code: 'CERT_HAS_EXPIRED' } });
    const abort = new DOMException('aborted', 'AbortError');
    expect(errorFromFailure(net)).toMatchObject({ status: 0, code: 'Network', retryable: true });
    expect(errorFromFailure(tls).code).toBe('Tls');
    expect(errorFromFailure(abort)).toMatchObject({ code: 'Aborted', retryable: false });
    expect(errorFromFailure(abort, true).code).toBe('Timeout');
  });
});

describe("errorFromFailure: Electron's net.fetch (Chromium's net::ERR_* names as the whole message)", () => {
  const electron = (name: string): Error => new Error(`net::ERR_${name}`);

  // Every certificate error of net_error_list.h (-200 … -217), and the TLS ones around them.
  const certificates = [
    'CERT_COMMON_NAME_INVALID',
    'CERT_DATE_INVALID',
    'CERT_AUTHORITY_INVALID',
    'CERT_CONTAINS_ERRORS',
    'CERT_NO_REVOCATION_MECHANISM',
    'CERT_UNABLE_TO_CHECK_REVOCATION',
    'CERT_REVOKED',
    'CERT_INVALID',
    'CERT_WEAK_SIGNATURE_ALGORITHM',
    'CERT_NON_UNIQUE_NAME',
    'CERT_WEAK_KEY',
    'CERT_NAME_CONSTRAINT_VIOLATION',
    'CERT_VALIDITY_TOO_LONG',
    'CERTIFICATE_TRANSPARENCY_REQUIRED',
    'CERT_SYMANTEC_LEGACY',
    'CERT_KNOWN_INTERCEPTION_BLOCKED',
    'SSL_PROTOCOL_ERROR',
    'SSL_VERSION_OR_CIPHER_MISMATCH',
    'SSL_PINNED_KEY_NOT_IN_CERT_CHAIN',
    'BAD_SSL_CLIENT_AUTH_CERT',
    'INSECURE_RESPONSE',
  ];

  it.each(certificates)('net::ERR_%s is a certificate error, not worth retrying', (name) => {
    expect(errorFromFailure(electron(name))).toMatchObject({ status: 0, code: 'Tls', retryable: false });
  });

  it('names the kind of certificate problem where the user can act on it', () => {
    const subcode = (name: string): string | undefined => errorFromFailure(electron(name)).subcode;
    expect(subcode('CERT_AUTHORITY_INVALID')).toBe('CertificateAuthorityInvalid');
    expect(subcode('CERT_DATE_INVALID')).toBe('CertificateDateInvalid');
    expect(subcode('CERT_COMMON_NAME_INVALID')).toBe('CertificateNameInvalid');
    expect(subcode('CERT_REVOKED')).toBe('CertificateRevoked');
  });

  it.each([
    ['NAME_NOT_RESOLVED', 'Network', 'NameNotResolved'],
    ['CONNECTION_REFUSED', 'Network', 'ConnectionRefused'],
    ['CONNECTION_RESET', 'Network', 'ConnectionReset'],
    ['CONNECTION_CLOSED', 'Network', 'ConnectionClosed'],
    ['INTERNET_DISCONNECTED', 'Network', 'Offline'],
    ['PROXY_CONNECTION_FAILED', 'Network', 'Proxy'],
    ['PROXY_AUTH_REQUESTED', 'Network', 'Proxy'],
    ['TUNNEL_CONNECTION_FAILED', 'Network', 'Proxy'],
    ['TIMED_OUT', 'Timeout', undefined],
    ['CONNECTION_TIMED_OUT', 'Timeout', undefined],
  ])('net::ERR_%s → %s (%s), retried later', (name, code, subcode) => {
    const e = errorFromFailure(electron(name));
    expect({ code: e.code, subcode: e.subcode, retryable: e.retryable }).toEqual({
      code,
      subcode,
      retryable: true,
    });
  });

  it('reads a redirect Electron cancelled (redirect: manual without followRedirect) as one we do not follow', () => {
    expect(errorFromFailure(new Error('Redirect was cancelled'))).toMatchObject({
      status: 0,
      code: 'HttpError',
      subcode: 'RedirectCancelled',
      retryable: false,
    });
  });

  it("reads Node's codes to the same kinds", () => {
    const node = (code: string): Error => Object.assign(new TypeError('fetch failed'), { cause: { code } });
    expect(errorFromFailure(node('SELF_SIGNED_CERT_IN_CHAIN')).subcode).toBe('CertificateAuthorityInvalid');
    expect(errorFromFailure(node('ENOTFOUND'))).toMatchObject({
      code: 'Network',
      subcode: 'NameNotResolved',
    });
    expect(errorFromFailure(node('ECONNREFUSED'))).toMatchObject({
      code: 'Network',
      subcode: 'ConnectionRefused',
    });
  });
});
