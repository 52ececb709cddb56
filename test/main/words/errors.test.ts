// Errors in the user's words: the protocol layer's codes (main/ucwa/errors.ts) turned into sentences, in English as
// the app has always said them, and in German and French when main/i18n is set to them.
import { afterEach, describe, expect, it } from 'vitest';
import { useLocale } from '../../../main/i18n/index.js';
import { UcwaError } from '../../../main/ucwa/errors.js';
import { toUserMessage } from '../../../main/words/errors.js';

afterEach(() => {
  useLocale([]);
});

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
    // A subcode that happens to name an Object property is not a hint either.
    expect(toUserMessage(new UcwaError({ status: 0, code: 'Tls', subcode: 'constructor' }))).toBe(base);
  });

  it('never shows the server’s own text', () => {
    const e = new UcwaError({ status: 403, code: 'Forbidden', message: '<b>internal</b> detail' });
    expect(toUserMessage(e)).toBe('You are not allowed to do this.');
  });

  it('speaks German and French when the app does', () => {
    const locked = new UcwaError({ status: 400, code: 'AccountLocked' });
    const tls = new UcwaError({ status: 0, code: 'Tls', subcode: 'CertificateDateInvalid' });
    useLocale(['de-DE']);
    expect(toUserMessage(locked)).toBe(
      'Ihr Konto ist gesperrt oder deaktiviert. Wenden Sie sich an Ihre IT-Abteilung.',
    );
    expect(toUserMessage(tls)).toMatch(/^Das Sicherheitszertifikat .* Datum und Uhrzeit dieses Computers\.$/);
    expect(toUserMessage(new Error('x'))).toBe('Etwas ist schiefgelaufen.');
    useLocale(['fr-CA']);
    expect(toUserMessage(locked)).toBe(
      'Votre compte est verrouillé ou désactivé. Contactez votre administrateur.',
    );
    expect(toUserMessage(tls)).toMatch(/^Le certificat de sécurité .* l’heure de cet ordinateur\.$/);
  });
});
