// A failed autodiscovery names the hosts it tried, in the window (the sign-in's IPC answer) and on the command line.
// Real DNS: names under .invalid never resolve, so nothing answers.
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../../main/backend/index.js';
import type { Backend } from '../../../main/backend/index.js';
import { memorySecrets, memorySettings, recordingNotifier } from '../../../main/ipc/memoryPorts.js';
import { runCli } from '../cli/commands/cli.js';

const SENTENCE =
  'No Skype for Business server answered for contoso.invalid. ' +
  'Tried: lyncdiscoverinternal.contoso.invalid, lyncdiscover.contoso.invalid.';

let backend: Backend | undefined;
afterEach(async () => {
  await backend?.shutdown();
  backend = undefined;
});

describe('a failed autodiscovery in words', () => {
  it('the window is told which hosts were tried', async () => {
    backend = createBackend({
      settings: memorySettings(),
      secrets: memorySecrets(),
      notifier: recordingNotifier(),
      startDemoServer: () => Promise.reject(new Error('no demo in this test')),
    });
    const result = await backend.dispatch(
      'session:sign-in',
      { sipAddress: 'sip:alex@contoso.invalid', password: 'secret', rememberPassword: false },
      { trusted: true },
    );
    expect(result).toEqual({ ok: false, error: { code: 'ServerNotFound', message: SENTENCE } });
  });

  it('the command line names them, in the terminal’s language too', async () => {
    const english = await runCli(
      ['relationship', 'get', '--user', 'alex@contoso.invalid', 'sip:sam@x.invalid'],
      {
        env: { UCWA_PASSWORD: 'secret', LANG: 'en_GB.UTF-8', LC_ALL: '', LANGUAGE: '' },
      },
    );
    expect(english.code).toBe(1);
    expect(english.stderr).toContain(`${SENTENCE} [ServerNotFound]`);

    const german = await runCli(['contacts', 'search', '--user', 'alex@contoso.invalid', 'Sam'], {
      env: { UCWA_PASSWORD: 'secret', LANG: 'de_DE.UTF-8', LC_ALL: '', LANGUAGE: '' },
    });
    expect(german.code).toBe(1);
    expect(german.stderr).toContain(
      'Für contoso.invalid hat kein Skype for Business-Server geantwortet. ' +
        'Versucht: lyncdiscoverinternal.contoso.invalid, lyncdiscover.contoso.invalid. [ServerNotFound]',
    );
  });
});
