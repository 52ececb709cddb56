// The main process's and the CLI's sentences in German and French: what a user reads in the tray, the window's
// banners and on stderr, in the language the app is set to, with the names and numbers it is about kept.
import { afterEach, describe, expect, it } from 'vitest';
import { m, useLocale } from '../../../main/i18n/index.js';
import { UcwaError } from '../../../main/ucwa/errors.js';
import { channelReason } from '../../../main/words/channel.js';
import { contactListFailure } from '../../../main/words/contactList.js';
import { restoreFailure } from '../../../main/words/session.js';
import { errorMessage, negotiateMessage, trustMessage } from '../../../main/words/trust.js';

afterEach(() => {
  useLocale([]);
});

/** The same sentence in English, German and French (the language is set the way the app sets it). */
function inEachLanguage(say: () => string): { en: string; de: string; fr: string } {
  const en = (useLocale(['en-GB']), say());
  const de = (useLocale(['de-AT']), say());
  const fr = (useLocale(['fr-FR']), say());
  return { en, de, fr };
}

describe('sentences in German and French', () => {
  it('says why the session ended, with the HTTP status', () => {
    const said = inEachLanguage(() => channelReason({ code: 'serverError', status: 503 }));
    expect(said).toEqual({
      en: 'The server had a problem (HTTP 503).',
      de: 'Der Server hatte ein Problem (HTTP 503).',
      fr: 'Le serveur a rencontré un problème (HTTP 503).',
    });
  });

  it('names the server a trust refusal is about, and says "a server" in each grammar when none is known', () => {
    const named = inEachLanguage(() =>
      trustMessage({ ok: false, code: 'UntrustedHost', host: 'fabrikam.example' }),
    );
    expect(named.de).toBe(
      'Der Server hat auf fabrikam.example verwiesen, wo Sie sich nicht angemeldet haben.',
    );
    expect(named.fr).toBe(
      'Le serveur a renvoyé vers fabrikam.example, auquel vous ne vous êtes pas connecté.',
    );
    const unnamed = inEachLanguage(() => trustMessage({ ok: false, code: 'InsecureTransport', host: '' }));
    expect(unnamed.en).toBe('a server does not use a secure (https) connection, so nothing was sent to it.');
    expect(unnamed.de).toMatch(/^Ein Server verwendet keine sichere/);
    expect(unnamed.fr).toMatch(/^Un serveur n’utilise pas/);
  });

  it('says why Windows sign-in could not be tried, naming the host', () => {
    const said = inEachLanguage(() =>
      negotiateMessage({ ok: false, code: 'UnknownService', host: 'pool.contoso.com', detail: '' }),
    );
    expect(said.en).toBe('pool.contoso.com is not set up for Kerberos sign-in in your domain.');
    expect(said.de).toBe(
      'pool.contoso.com ist in Ihrer Domäne nicht für die Kerberos-Anmeldung eingerichtet.',
    );
    expect(said.fr).toBe(
      'pool.contoso.com n’est pas configuré pour la connexion Kerberos dans votre domaine.',
    );
    const ntlm = new UcwaError({ status: 401, code: 'Unauthorized', subcode: 'NtlmRefused' });
    expect(inEachLanguage(() => errorMessage(ntlm)).de).toMatch(
      /^Der Server hat Ihren Windows-Benutzernamen/,
    );
  });

  it('puts a failed automatic sign-in and the reason together', () => {
    const network = new UcwaError({ status: 0, code: 'Network' });
    const said = inEachLanguage(() => restoreFailure(network, false, errorMessage(network)));
    expect(said.en).toBe(
      'You could not be signed in automatically. The server could not be reached. Check your network connection.',
    );
    expect(said.de).toBe(
      'Sie konnten nicht automatisch angemeldet werden. Der Server ist nicht erreichbar. Prüfen Sie Ihre Netzwerkverbindung.',
    );
    expect(said.fr).toBe(
      'La connexion automatique n’a pas abouti. Le serveur est injoignable. Vérifiez votre connexion réseau.',
    );
  });

  it("says which person or group the app's own contact-list refusal is about", () => {
    const notInGroup = new UcwaError({
      status: 404,
      code: 'NotFound',
      details: { ours: true, missing: 'member', uri: 'sip:sam@contoso.com', group: 'Project X' },
    });
    const said = inEachLanguage(() => contactListFailure(notInGroup) ?? '');
    expect(said).toEqual({
      en: 'sip:sam@contoso.com is not in Project X.',
      de: 'sip:sam@contoso.com ist nicht in Project X.',
      fr: 'sip:sam@contoso.com ne fait pas partie de Project X.',
    });
    const full = new UcwaError({ status: 409, code: 'Conflict', subcode: 'LimitExceeded' });
    expect(inEachLanguage(() => contactListFailure(full) ?? '').fr).toMatch(
      /^Votre liste de contacts est pleine/,
    );
  });

  it("words the CLI's lines, keeping option names and the values given", () => {
    const said = inEachLanguage(() => m.cli_unknown_command({ name: 'wach' }));
    expect(said).toEqual({
      en: 'unknown command "wach"',
      de: 'unbekannter Befehl „wach“',
      fr: 'commande inconnue « wach »',
    });
    const port = inEachLanguage(() => m.cli_port_values({ port: '70000' }));
    for (const text of Object.values(port)) expect(text).toMatch(/^--port .*70000/);
    expect(new Set(Object.values(port)).size).toBe(3);
  });
});
