import { describe, expect, it } from 'vitest';
import { pseudoCatalogue, pseudoText } from '../../scripts/pseudoText.js';

describe('pseudo-locale text', () => {
  it('accents letters, keeps placeholders, pads by 40 % and brackets the text', () => {
    const text = pseudoText('Signed in as {user} on {server}.');
    expect(text).toMatch(/^\[Šïĝñëð ïñ áš \{user\} öñ \{server\}\.~+\]$/);
    // "Signed in as ", " on ", "." are 18 visible characters: 8 of padding (ceil of 7.2).
    expect(text.match(/~/g)).toHaveLength(8);
  });

  it('turns every plural variant and leaves the schema line and the selectors alone', () => {
    const plural = [
      {
        declarations: ['input count', 'local countPlural = count: plural'],
        selectors: ['countPlural'],
        match: { 'countPlural=one': '{count} change', 'countPlural=*': '{count} changes' },
      },
    ];
    const out = pseudoCatalogue({ $schema: 'https://inlang.com/schema/inlang-message-format', n: plural });
    expect(out.$schema).toBe('https://inlang.com/schema/inlang-message-format');
    expect(out.n).toEqual([
      {
        ...plural[0],
        match: { 'countPlural=one': '[{count} çĥáñĝë~~~]', 'countPlural=*': '[{count} çĥáñĝëš~~~~]' },
      },
    ]);
  });
});
