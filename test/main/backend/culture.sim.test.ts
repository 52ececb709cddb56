// The UCWA application is created in the user's language (docs/i18n.md): the backend asks for the culture at each
// sign-in, so the server's own texts come in that language, and a language changed in Settings applies to the
// next sign-in. Against the simulator, reading the application's POST body off the wire.
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../../main/backend/index.js';
import type { Backend } from '../../../main/backend/index.js';
import { memorySecrets, memorySettings, recordingNotifier } from '../../../main/ipc/memoryPorts.js';
import { startSimulator } from '../../../main/sim/index.js';
import type { Simulator } from '../../../main/sim/index.js';

const trusted = { trusted: true };
let sim: Simulator | undefined;
let backend: Backend | undefined;

afterEach(async () => {
  await backend?.shutdown();
  await sim?.close();
  backend = undefined;
  sim = undefined;
});

describe("the UCWA application's culture", () => {
  it('is the culture the shell gives at each sign-in', async () => {
    const s = (sim = await startSimulator({ contacts: 2 }));
    const cultures: string[] = [];
    let culture = 'de-AT';
    backend = createBackend({
      runtime: {
        fetch: async (url, init) => {
          if (init.method === 'POST' && /\/applications$/.test(new URL(url).pathname)) {
            const body = JSON.parse(String(init.body)) as { culture?: string };
            cultures.push(body.culture ?? '');
          }
          return fetch(url, init);
        },
      },
      settings: memorySettings(),
      secrets: memorySecrets(),
      notifier: recordingNotifier(),
      startDemoServer: () => Promise.reject(new Error('no demo here')),
      signInAtStart: false,
      culture: () => culture,
    });
    const signIn = () =>
      backend?.dispatch(
        'session:sign-in',
        { server: s.discoverUrl, sipAddress: s.user, password: s.password, rememberPassword: false },
        trusted,
      );
    expect(await signIn()).toMatchObject({ ok: true, value: { session: { kind: 'connected' } } });
    await backend.dispatch('session:sign-out', undefined, trusted);
    culture = 'fr-FR';
    expect(await signIn()).toMatchObject({ ok: true, value: { session: { kind: 'connected' } } });
    expect(cultures).toEqual(['de-AT', 'fr-FR']);
  });
});
