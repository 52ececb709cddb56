import { afterEach, describe, expect, it } from 'vitest';
import { buildDiagnostics, policyFacts, runtimeFacts } from '../../../main/diagnostics/index.js';
import { createLogger, protocolTrace } from '../../../main/log/index.js';
import { startSimulator } from '../../../main/sim/index.js';
import type { Simulator } from '../../../main/sim/index.js';
import { UcwaClient } from '../../../main/ucwa/client.js';

const RUNTIME = {
  electron: '45.4.1',
  chromium: '142.0.7444.52',
  node: '24.11.0',
  platform: 'win32',
  osRelease: '10.0.26100',
  arch: 'x64',
  locale: 'de-DE',
};
const NOW = new Date(Date.UTC(2026, 11, 2, 9, 30));

describe('buildDiagnostics', () => {
  it('says what a support engineer asks first, one fact a line', () => {
    const text = buildDiagnostics({
      app: { name: 'UCWA Tray', version: '0.1.0' },
      runtime: RUNTIME,
      session: {
        serverHost:
          'https://lyncdiscover.contoso.com/autodiscover/autodiscoverservice.svc/root?originalDomain=x',
        signInMethod: 'password',
        connection: 'reconnecting',
        reason: 'The network is unavailable.',
      },
      policy: policyFacts(
        {
          found: ['HKEY_LOCAL_MACHINE\\Software\\Policies\\UCWA Tray'],
          problems: [
            'The policy Foo in HKEY_LOCAL_MACHINE\\Software\\Policies\\UCWA Tray is not known and is ignored.',
          ],
        },
        new Set(['startAtLogin', 'serverAddress']),
      ),
      logLines: ['2026-12-02T09:29:59.000Z [warn] event channel: resync'],
      now: NOW,
    });
    expect(text).toBe(
      [
        'UCWA Tray diagnostics, 2026-12-02T09:30:00.000Z',
        '',
        'Version: 0.1.0',
        'Runtime: Electron 45.4.1, Chromium 142.0.7444.52, Node 24.11.0',
        'OS: win32 10.0.26100 (x64), locale de-DE',
        'Server: lyncdiscover.contoso.com',
        'Sign-in method: password',
        'Connection: reconnecting (The network is unavailable.)',
        'Managed configuration: HKEY_LOCAL_MACHINE\\Software\\Policies\\UCWA Tray',
        'Set by the organisation: serverAddress, startAtLogin',
        'Policy problem: The policy Foo in HKEY_LOCAL_MACHINE\\Software\\Policies\\UCWA Tray is not known and is ignored.',
        '',
        'Last 1 log lines:',
        '2026-12-02T09:29:59.000Z [warn] event channel: resync',
        '',
      ].join('\n'),
    );
  });

  it('redacts whatever a caller passes, and reads the runtime from Node outside Electron', () => {
    const runtime = runtimeFacts();
    expect(runtime.node).toBe(process.versions.node);
    const text = buildDiagnostics({
      app: { name: 'UCWA Tray', version: '0.1.0' },
      runtime,
      session: {
        serverHost: null,
        signInMethod: null,
        connection: 'signedOut',
        reason: 'token cwt=AAEBHAEFAAAA refused',
      },
      logLines: ['a line with Authorization: Bearer cwt=AAEBHAEFAAAA'],
      now: NOW,
    });
    expect(text).toContain('Runtime: Electron: not running in Electron, Node ');
    expect(text).toContain('Server: none');
    expect(text).not.toContain('AAEBHAEF');
  });
});

describe('diagnostics after a real session', () => {
  let sim: Simulator | undefined;
  afterEach(async () => {
    await sim?.close();
  });

  it('carries the last log lines of the sign-in, with no secret in them', async () => {
    sim = await startSimulator({ seed: 3, password: 'Sommer!2026-geheim' });
    const log = createLogger({ sinks: [], level: 'debug' });
    const traced = protocolTrace((url, init) => fetch(url, init), log);
    const client = await UcwaClient.signIn({
      discoverUrl: sim.discoverUrl,
      sipAddress: sim.user,
      passwordProvider: () => sim?.password ?? '',
      fetch: traced,
      log,
      endpointId: 'diagnostics-test',
    });
    await traced.flush();
    const text = buildDiagnostics({
      app: { name: 'UCWA Tray', version: '0.1.0' },
      runtime: runtimeFacts(),
      session: { serverHost: sim.discoverUrl, signInMethod: 'password', connection: 'connected' },
      logLines: log.recent(50),
    });
    await client.signOut();
    expect(text).toContain(`Server: ${new URL(sim.discoverUrl).host}`);
    expect(text).toMatch(/\[info\] signed in/);
    expect(text).toMatch(/oauthtoken/);
    expect(text).not.toContain(sim.password);
    expect(text).not.toMatch(/cwt=(?!\[redacted\])/);
  });
});
