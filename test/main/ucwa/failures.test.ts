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
