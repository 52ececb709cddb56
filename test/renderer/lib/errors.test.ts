import { afterEach, describe, expect, it } from 'vitest';
import { errorHeading, signInProblem, unexpected } from '../../../renderer/src/lib/errors.js';
import { followLocale } from '../../../renderer/src/lib/locale.js';

describe('errors in the window language', () => {
  afterEach(() => followLocale(() => 'en'));

  it('heads a wrong password as one, in German and French', () => {
    followLocale(() => 'de');
    const p = signInProblem({
      code: 'InvalidGrant',
      message: 'Der Benutzername oder das Kennwort ist falsch.',
    });
    expect(p.heading).toBe('Falsche Anmeldeadresse oder falsches Kennwort');
    expect(p.detail).toContain('Überprüfen Sie beides');
    expect(p.wrongCredentials).toBe(true);
    followLocale(() => 'fr');
    expect(errorHeading({ code: 'ServerNotFound', message: '' })).toBe('Serveur introuvable');
  });

  it('names the field in words for a validation text, and says a bridge failure in the same language', () => {
    followLocale(() => 'de');
    const p = signInProblem({ code: 'InvalidArgument', message: 'Invalid request (password: too long).' });
    expect(p).toMatchObject({ heading: 'Bitte überprüfen Sie Ihre Eingabe', field: 'password' });
    expect(p.detail).toBe('Das Kennwort ist zu lang.');
    expect(unexpected(new Error('gone')).message).toBe('Die App hat nicht geantwortet (gone).');
  });

  it('has a heading for a code it does not know, even one named like an object property', () => {
    expect(errorHeading({ code: 'constructor', message: '' })).toBe('Something went wrong');
    followLocale(() => 'fr');
    expect(errorHeading({ code: 'Teapot', message: '' })).toBe('Une erreur s’est produite');
  });
});
