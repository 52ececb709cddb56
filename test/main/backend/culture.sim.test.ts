// The UCWA application is created in the user's language (docs/i18n.md): the backend asks for the culture at each
// sign-in, so the server's own texts come in that language, and a language changed in Settings applies to the
// next sign-in. Against the simulator, reading the application's POST body off the wire.
import { describe, expect, it } from 'vitest';
import { backendHarness } from '../../support/backendHarness.js';

const harness = backendHarness();

describe("the UCWA application's culture", () => {
  it('is the culture the shell gives at each sign-in', async () => {
    const s = await harness.simulator({ contacts: 2 });
    const cultures: string[] = [];
    let culture = 'de-AT';
    const { dispatch, signIn } = harness.launch({
      runtime: {
        fetch: async (url, init) => {
          if (init.method === 'POST' && /\/applications$/.test(new URL(url).pathname)) {
            const body = JSON.parse(String(init.body)) as { culture?: string };
            cultures.push(body.culture ?? '');
          }
          return fetch(url, init);
        },
      },
      signInAtStart: false,
      culture: () => culture,
    });
    expect(await signIn(s)).toMatchObject({ ok: true, value: { session: { kind: 'connected' } } });
    await dispatch('session:sign-out');
    culture = 'fr-FR';
    expect(await signIn(s)).toMatchObject({ ok: true, value: { session: { kind: 'connected' } } });
    expect(cultures).toEqual(['de-AT', 'fr-FR']);
  });
});
