// The main process's and the CLI's sentences in German and French: what a user reads in the tray, the window's
// banners and on stderr, in the language the app is set to, with the names and numbers it is about kept.
import { afterEach, describe, expect, it } from 'vitest';
import { m, useLocale } from '../../../main/i18n/index.js';
import type { StatusAlert } from '../../../main/ipc/contract.js';
import { dispatch } from '../../../main/ipc/handlers.js';
import type { HandlerTable } from '../../../main/ipc/handlers.js';
import { checkPolicy } from '../../../main/policy/index.js';
import { UcwaError } from '../../../main/ucwa/errors.js';
import { channelReason } from '../../../main/words/channel.js';
import { contactListFailure } from '../../../main/words/contactList.js';
import { levelName } from '../../../main/words/levels.js';
import { statusAlertText } from '../../../main/words/notifications.js';
import { policyProblemText } from '../../../main/words/policy.js';
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

  it('says a tagged person is back, in the title and in the body, with both statuses', () => {
    const alert: StatusAlert = {
      uri: 'sip:priya@contoso.com',
      name: 'Priya Patel',
      from: 'Away',
      to: 'Busy',
      reason: 'leftAway',
      at: 0,
    };
    const said = inEachLanguage(() => {
      const { title, body } = statusAlertText(alert);
      return `${title} | ${body}`;
    });
    expect(said).toEqual({
      en: 'Priya Patel is back | Priya Patel is busy now (was away).',
      de: 'Priya Patel ist zurück | Priya Patel ist jetzt beschäftigt (vorher abwesend).',
      fr: 'Priya Patel est de retour | Priya Patel est maintenant occupé (avant : absent).',
    });
    const dnd = inEachLanguage(
      () =>
        statusAlertText({ ...alert, from: 'DoNotDisturb', to: 'Online', reason: 'leftDoNotDisturb' }).title,
    );
    expect(dnd).toEqual({
      en: 'Priya Patel left Do Not Disturb',
      de: 'Priya Patel hat „Nicht stören“ beendet',
      fr: 'Priya Patel n’est plus en mode Ne pas déranger',
    });
  });

  it('tells an administrator which policy value was ignored and what it must be, naming key and file as written', () => {
    const source = '/etc/ucwa-tray/policy.json';
    const { problems } = checkPolicy({ StartAtLogin: 2, AutoUpdate: true }, source);
    const said = inEachLanguage(() => problems.map(policyProblemText).join(' '));
    expect(said).toEqual({
      en: `The policy StartAtLogin in ${source} is ignored: it must be true or false (1 or 0). The policy AutoUpdate in ${source} is not known and is ignored.`,
      de: `Die Richtlinie StartAtLogin in ${source} wird ignoriert: Erlaubt ist true oder false (1 oder 0). Die Richtlinie AutoUpdate in ${source} ist unbekannt und wird ignoriert.`,
      fr: `La stratégie StartAtLogin de ${source} est ignorée : elle doit être true ou false (1 ou 0). La stratégie AutoUpdate de ${source} est inconnue et ignorée.`,
    });
    const methods = inEachLanguage(() =>
      policyProblemText(
        checkPolicy({ SignInMethods: 'kerberos' }, source).problems[0] ?? { kind: 'loadFailed', why: '' },
      ),
    );
    for (const text of Object.values(methods)) expect(text).toContain('password, windows, passive');
    expect(methods.de).toMatch(/^Die Richtlinie SignInMethods .* eine Liste mit einem oder mehreren von/);
    const file = inEachLanguage(() =>
      policyProblemText({ kind: 'fileTooLarge', source: '/etc/ucwa-tray/policy.json', kilobytes: 256 }),
    );
    expect(file.de).toBe(
      'Die Richtliniendatei /etc/ucwa-tray/policy.json wird ignoriert: Sie ist größer als 256 KB.',
    );
    expect(file.fr).toBe(
      'Le fichier de stratégie /etc/ucwa-tray/policy.json est ignoré : il dépasse 256 Ko.',
    );
  });

  it("names the privacy levels in the tray's and notifications' language", () => {
    expect(inEachLanguage(() => levelName('FriendsAndFamily'))).toEqual({
      en: 'Friends and Family',
      de: 'Freunde und Familie',
      fr: 'Amis et famille',
    });
  });

  it('refuses a request from outside the window, and an unknown one, in words', async () => {
    const table = {} as HandlerTable;
    const refusals = async () => {
      const foreign = await dispatch(table, 'settings:get', undefined, { trusted: false });
      const unknown = await dispatch(table, 'no:such-channel', undefined, { trusted: true });
      return [foreign, unknown].map((r) => (r.ok ? '' : r.error.message));
    };
    useLocale(['de-DE']);
    expect(await refusals()).toEqual(['Diese Anfrage kam nicht von UCWA Tray.', 'Unbekannte Anfrage.']);
    useLocale(['fr-CA']);
    expect(await refusals()).toEqual(['Cette demande ne vient pas d’UCWA Tray.', 'Demande inconnue.']);
    useLocale(['en-US']);
    expect(await refusals()).toEqual(['This request did not come from UCWA Tray.', 'Unknown request.']);
  });

  it('starts a usage line with "usage:" in each language, the syntax as typed', () => {
    const said = inEachLanguage(() => m.cli_usage_line({ syntax: 'ucwa decode [--type json|xml] FILE...' }));
    expect(said).toEqual({
      en: 'usage: ucwa decode [--type json|xml] FILE...',
      de: 'Aufruf: ucwa decode [--type json|xml] FILE...',
      fr: 'utilisation : ucwa decode [--type json|xml] FILE...',
    });
  });
});
