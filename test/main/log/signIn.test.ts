// The log file after real sign-in flows against the simulator, with the most a log can hold: the protocol client's
// own lines at debug level plus a wire trace of every request and answer (headers and bodies). A sign-in, a 401
// renewal after the server expired the token, and a change the server fails with 500 must leave no password,
// token, cookie or Authorization value in the file. The secrets are collected from the wire as they pass, so the
// test knows exactly what must not be there (and that it was there to be redacted).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger, fileSink, protocolTrace } from '../../../main/log/index.js';
import { startSimulator } from '../../../main/sim/index.js';
import type { Simulator } from '../../../main/sim/index.js';
import { UcwaClient } from '../../../main/ucwa/client.js';
import { isUcwaError } from '../../../main/ucwa/errors.js';

let dir: string;
let sim: Simulator;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ucwa-log-signin-'));
  // A password like a real one (the default, 'demo', is also part of the user name, which is no secret).
  sim = await startSimulator({ seed: 7, password: 'Tr0ub4dor&3 horse' });
});
afterEach(async () => {
  await sim.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Node's fetch, recording every secret that crosses it in either direction. */
function secretsTap() {
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

describe('the log file after real sign-in flows', () => {
  it('holds no password, token, cookie or Authorization value after sign-in, a 401 renewal and a failed change', async () => {
    const sink = fileSink({ dir });
    const log = createLogger({ sinks: [sink], level: 'debug' });
    const tap = secretsTap();
    const traced = protocolTrace(tap.fetch, log, { bodyBytes: 64 * 1024 });

    const client = await UcwaClient.signIn({
      discoverUrl: sim.discoverUrl,
      sipAddress: sim.user,
      passwordProvider: () => sim.password,
      fetch: traced,
      log,
      endpointId: 'log-test',
    });
    const target = sim.control.contacts().find((c) => c.inContactList);
    if (target === undefined) throw new Error('the simulator has no contacts');
    const contact = await client.contactByUri(target.uri);

    // 401: the server forgets every token; the next request must get a new one with the password grant again.
    const tokensBefore = [...tap.secrets].filter((s) => s.startsWith('cwt=')).length;
    sim.control.faults.expireTokens();
    await client.relationship(contact);
    expect([...tap.secrets].filter((s) => s.startsWith('cwt=')).length).toBeGreaterThan(tokensBefore);

    // A change the server fails half-way: logged as the app logs a failure (the error with its details).
    sim.control.faults.failNext(1, 500, { match: /privacyRelationship/ });
    const failure = await client.setRelationship(contact, 'Blocked').catch((e: unknown) => e);
    expect(isUcwaError(failure)).toBe(true);
    log.warn('the change could not be made', {
      error: failure,
      details: isUcwaError(failure) ? failure.toJSON() : null,
    });

    await client.signOut();
    await traced.flush();

    const file = readFileSync(sink.path, 'utf8');
    // The trace really carried the grant, the tokens and the headers through the logger…
    expect(file).toMatch(/→ POST \S*oauthtoken/i);
    expect(file).toContain('grant_type=password');
    expect(file).toContain('[redacted]');
    expect(file).toContain('the change could not be made');
    expect(tap.secrets.size).toBeGreaterThanOrEqual(4);
    // …and none of it reached the file.
    for (const secret of [sim.password, encodeURIComponent(sim.password), ...tap.secrets]) {
      expect(file.includes(secret), `the log file contains ${secret.slice(0, 12)}…`).toBe(false);
    }
    expect(file).not.toMatch(/cwt=(?!\[redacted\])/);
    expect(file).not.toMatch(/Bearer (?!\[redacted\])[A-Za-z0-9]/);
  });
});
