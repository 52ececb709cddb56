import { describe, expect, it } from 'vitest';
import { UcwaError, isUcwaError, toUserMessage } from '../../../main/ucwa/errors.js';

describe('toUserMessage', () => {
  it('gives a sentence for every kind, distinct for sign-in failures', () => {
    const codes = ['InvalidGrant', 'AccountLocked', 'Network', 'Tls', 'ServerNotFound'] as const;
    const messages = codes.map((code) => toUserMessage(new UcwaError({ status: 0, code })));
    expect(new Set(messages).size).toBe(codes.length);
    for (const m of messages) expect(m).toMatch(/^[A-Z].*\.$/);
    expect(toUserMessage(new Error('x'))).toBe('Something went wrong.');
  });

  it('says what is wrong with a certificate, after the sentence every certificate error has', () => {
    const base = toUserMessage(new UcwaError({ status: 0, code: 'Tls' }));
    const untrusted = toUserMessage(
      new UcwaError({ status: 0, code: 'Tls', subcode: 'CertificateAuthorityInvalid' }),
    );
    expect(untrusted.startsWith(base)).toBe(true);
    expect(untrusted).toContain('certificate authority this computer does not trust');
    expect(toUserMessage(new UcwaError({ status: 0, code: 'Tls', subcode: 'TlsHandshake' }))).toBe(base);
  });

  it('isUcwaError and toJSON carry no stack', () => {
    const e = new UcwaError({ status: 403, code: 'Forbidden' });
    expect(isUcwaError(e)).toBe(true);
    expect(isUcwaError(new Error('x'))).toBe(false);
    expect(JSON.stringify(e)).not.toContain('at ');
    expect(e.toJSON()).toEqual({ status: 403, code: 'Forbidden', message: e.message, retryable: false });
  });
});
