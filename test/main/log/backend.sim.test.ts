// The app's log file (main/log/appLog.ts, opened as main/index.ts opens it, at debug level with the wire trace: the
// most it can ever hold) after real flows through the backend against the simulator: a sign-in with a password, a
// 401 renewal after the server expired every token, and a change the server fails with 500. The secrets are taken
// from the wire as they pass, so the test knows exactly what must not be in the file (and that it went by).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../../main/backend/index.js';
import type { Backend } from '../../../main/backend/index.js';
import type { ContactView } from '../../../main/ipc/contract.js';
import { memorySecrets, memorySettings, recordingNotifier } from '../../../main/ipc/memoryPorts.js';
import { openAppLog } from '../../../main/log/index.js';
import { startSimulator } from '../../../main/sim/index.js';
import type { Simulator } from '../../../main/sim/index.js';

const trusted = { trusted: true };
let dir: string;
let sim: Simulator;
let backend: Backend | undefined;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ucwa-applog-'));
  sim = await startSimulator({ seed: 11, contacts: 8, password: 'c0rrect Horse;battery' });
});
afterEach(async () => {
  await backend?.shutdown();
  backend = undefined;
  await sim.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Node's fetch, keeping every Authorization value, cookie and token that crosses it. */
function tapped() {
  const secrets = new Set<string>();
  const fetchAndTap = async (url: string, init: RequestInit): Promise<Response> => {
    const authorization = new Headers(init.headers).get('authorization');
    if (authorization) secrets.add(authorization).add(authorization.replace(/^\S+\s+/, ''));
    const response = await fetch(url, init);
    const cookie = response.headers.get('set-cookie');
    if (cookie) secrets.add(cookie.split(';')[0] ?? cookie);
    if ((response.headers.get('content-type') ?? '').includes('json')) {
      const body = (await response
        .clone()
        .json()
        .catch(() => null)) as { access_token?: string } | null;
      if (typeof body?.access_token === 'string') secrets.add(body.access_token);
    }
    return response;
  };
  return { secrets, fetch: fetchAndTap };
}

describe('the app log after sign-in flows through the backend', () => {
  it('holds no password, token, cookie or Authorization value', async () => {
    const appLog = openAppLog({ dir, debug: true });
    const tap = tapped();
    backend = createBackend({
      runtime: { fetch: appLog.traced(tap.fetch), log: appLog.log },
      settings: memorySettings(),
      secrets: memorySecrets(),
      notifier: recordingNotifier(),
      startDemoServer: () => Promise.reject(new Error('no demo here')),
      signInAtStart: false,
    });
    const signedIn = await backend.dispatch(
      'session:sign-in',
      { server: sim.discoverUrl, sipAddress: sim.user, password: sim.password, rememberPassword: false },
      trusted,
    );
    expect(signedIn).toMatchObject({ ok: true, value: { session: { kind: 'connected' } } });
    const list = await backend.dispatch('contacts:list', undefined, trusted);
    if (!list.ok) throw new Error(list.error.message);
    const target = (list.value as ContactView[]).find((c) => c.canSetLevel && c.level !== 'Colleagues');
    if (target === undefined) throw new Error('no contact whose level can be set');

    // Every token is forgotten by the server: the next change gets 401, a new token, and goes through.
    const tokens = () => [...tap.secrets].filter((s) => s.startsWith('cwt=')).length;
    const tokensBefore = tokens();
    sim.control.faults.expireTokens();
    const renewed = await backend.dispatch(
      'privacy:set-level',
      { uri: target.uri, level: 'Colleagues' },
      trusted,
    );
    expect(renewed).toMatchObject({ ok: true, value: { level: 'Colleagues' } });
    expect(tokens()).toBeGreaterThan(tokensBefore);

    // A change the server fails: the user gets words, the log gets the failure.
    sim.control.faults.failNext(1, 500, { match: /privacyRelationship/ });
    const failed = await backend.dispatch(
      'privacy:set-level',
      { uri: target.uri, level: 'Workgroup' },
      trusted,
    );
    expect(failed).toMatchObject({ ok: false });

    await backend.dispatch('session:sign-out', undefined, trusted);
    await backend.shutdown();
    backend = undefined;

    if (appLog.path === null) throw new Error('no log file');
    const file = readFileSync(appLog.path, 'utf8');
    // What went by was logged (so redaction had work to do)…
    expect(file).toMatch(/→ POST \S*oauthtoken/i);
    expect(file).toMatch(/← 401 /);
    expect(file).toMatch(/← 500 /);
    expect(file).toContain('[redacted]');
    expect(tap.secrets.size).toBeGreaterThanOrEqual(4);
    // …and none of the secrets.
    for (const secret of [sim.password, encodeURIComponent(sim.password), ...tap.secrets]) {
      expect(file.includes(secret), `the log file contains ${secret.slice(0, 12)}…`).toBe(false);
    }
    expect(file).not.toMatch(/cwt=(?!\[redacted\])/);
    expect(file).not.toMatch(/Bearer (?!\[redacted\])[A-Za-z0-9]/);
    expect(file).not.toMatch(/"(set-)?cookie":"(?!\[redacted\])/i);
  });

  it('knows the typed password, so a line that echoes it bare is scrubbed too', async () => {
    const appLog = openAppLog({ dir, debug: false });
    backend = createBackend({
      runtime: { fetch, log: appLog.log },
      settings: memorySettings(),
      secrets: memorySecrets(),
      notifier: recordingNotifier(),
      startDemoServer: () => Promise.reject(new Error('no demo here')),
      signInAtStart: false,
    });
    const signedIn = await backend.dispatch(
      'session:sign-in',
      { server: sim.discoverUrl, sipAddress: sim.user, password: sim.password, rememberPassword: false },
      trusted,
    );
    expect(signedIn).toMatchObject({ ok: true });
    // A server error text or a library message quoting the password as plain words: no pattern can recognise it.
    appLog.log.warn(`the server said: unknown user ${sim.password}`);
    await backend.shutdown();
    backend = undefined;

    if (appLog.path === null) throw new Error('no log file');
    const file = readFileSync(appLog.path, 'utf8');
    expect(file).toContain('the server said: unknown user');
    expect(file.includes(sim.password)).toBe(false);
  });
});
