import { afterEach, describe, expect, it } from 'vitest';
import { levelSeesLine, levelSeesShort } from '../../../renderer/src/lib/levelSees.js';
import { levelOrder } from '../../../renderer/src/lib/levels.js';
import { followLocale } from '../../../renderer/src/lib/locale.js';
import { levelLine, levelShort } from '../../../renderer/src/lib/visibility.js';

afterEach(() => followLocale(() => 'en'));

describe('what each level sees, in the window language', () => {
  it('says in English exactly what the who-sees-what table derives', () => {
    for (const level of levelOrder) {
      expect(levelSeesShort(level)).toBe(levelShort(level));
      expect(levelSeesLine(level)).toBe(levelLine(level));
    }
  });

  it('says it in German and French once the window is in that language', () => {
    followLocale(() => 'de');
    expect(levelSeesLine('External')).toBe('Sieht Ihre Kontaktkarte und Anwesenheit.');
    expect(levelSeesShort('Workgroup')).toContain('Nicht stören');
    followLocale(() => 'fr');
    expect(levelSeesLine('Blocked')).toBe(
      'Voit uniquement votre nom et votre adresse e-mail, et ne peut pas vous joindre.',
    );
    expect(levelSeesShort('Colleagues')).toBe('Présence, note, emplacement et disponibilités.');
  });
});
