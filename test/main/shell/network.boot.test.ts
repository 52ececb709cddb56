// Signing in through the booted app's own transport (Electron's net, as the fake plays Chromium): a server that
// answers discovery with an HTTP redirect is followed by the client's own rules (net.fetch alone would cancel the
// request) on the same host, refused in words for another host until the user trusts it, and a certificate the OS does not trust is reported in the app's words, not as "could not be reached".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IpcResult } from '../../../main/ipc/contract.js';
import { startSimulator } from '../../../main/sim/index.js';
import type { Simulator } from '../../../main/sim/index.js';
import { bootMain, mainBundle } from '../../support/fakeElectron/boot.js';
import { startRewritingProxy } from '../../support/foreignOrigin.js';
import type { BootedApp } from '../../support/fakeElectron/boot.js';

const run = existsSync(mainBundle) || process.env.CI === 'true';

async function signIn(
  booted: BootedApp,
  server: string,
  sim: Simulator,
  trustHost?: string,
): Promise<IpcResult<{ session: { kind: string } }>> {
  await booted.call('waitForWindowVisible');
  return booted.call('invoke', {
    channel: 'session:sign-in',
    args: { server, sipAddress: sim.user, password: sim.password, rememberPassword: false, trustHost },
    as: 'window',
  });
}

describe.runIf(run)('signing in over Electron’s net', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ contacts: 3 });
  });
  afterAll(() => sim?.close());

  it('follows a discovery redirect (the 3xx and Location reach the client)', async () => {
    // The address the user typed answers with a redirect to the real discovery document on the same host.
    const redirector = createServer((_req, res) => {
      res.writeHead(302, { location: sim.discoverUrl });
      res.end();
    });
    await new Promise<void>((done) => redirector.listen(0, '127.0.0.1', done));
    const booted = await bootMain([]);
    try {
      const address = `http://127.0.0.1:${(redirector.address() as AddressInfo).port}/autodiscover`;
      const result = await signIn(booted, address, sim);
      expect(result).toMatchObject({ ok: true, value: { session: { kind: 'connected' } } });
      expect(booted.output()).not.toContain('Redirect was cancelled');
    } finally {
      booted.kill();
      redirector.close();
    }
  });

  it('refuses a discovery redirect to another host in words, and follows it once the user trusts it', async () => {
    // The typed address redirects to a pool on another loopback address (another host): nothing is sent there
    // until the user says yes (the window's "Trust … and sign in" sends trustHost).
    const pool = await startRewritingProxy(sim, '127.0.0.3');
    const redirector = createServer((req, res) => {
      res.writeHead(302, { location: pool.discoverUrl });
      res.end();
    });
    await new Promise<void>((done) => redirector.listen(0, '127.0.0.1', done));
    const booted = await bootMain([]);
    try {
      const address = `http://127.0.0.1:${(redirector.address() as AddressInfo).port}/autodiscover`;
      const refused = await signIn(booted, address, sim);
      expect(refused).toEqual({
        ok: false,
        error: {
          code: 'UntrustedHost',
          message: `The server pointed to ${pool.origin.slice('http://'.length)}, which you have not signed in to.`,
          host: pool.origin,
        },
      });
      const trusted = await signIn(booted, address, sim, pool.origin);
      expect(trusted).toMatchObject({ ok: true, value: { session: { kind: 'connected' } } });
    } finally {
      booted.kill();
      redirector.close();
      await pool.close();
    }
  });

  // A self-signed certificate needs openssl; where it is missing the test says so instead of passing.
  const openssl = spawnSync('openssl', ['version']).status === 0;
  if (!openssl) console.warn('\n*** boot: the TLS wording test needs openssl to make a certificate ***\n');
  it.runIf(openssl)(
    'says the certificate is not trusted for a server whose CA the OS does not trust',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'ucwa-tls-'));
      const key = join(dir, 'key.pem');
      const cert = join(dir, 'cert.pem');
      const made = spawnSync('openssl', [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-keyout',
        key,
        '-out',
        cert,
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
      ]);
      expect(made.status).toBe(0);
      const server = createHttpsServer({ key: readFileSync(key), cert: readFileSync(cert) }, (_req, res) =>
        res.end('{}'),
      );
      await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
      const booted = await bootMain([]);
      try {
        const result = await signIn(
          booted,
          `https://127.0.0.1:${(server.address() as AddressInfo).port}/`,
          sim,
        );
        // What the user reads: the certificate, not "could not be reached".
        expect(result).toMatchObject({
          ok: false,
          error: {
            code: 'Tls',
            message: expect.stringContaining("The server's security certificate could not be verified"),
          },
        });
        expect(JSON.stringify(result)).not.toMatch(/could not be reached|network/i);
      } finally {
        booted.kill();
        server.close();
      }
    },
  );
});
