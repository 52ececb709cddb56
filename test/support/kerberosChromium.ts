// Debian's Chromium set up for HTTP Negotiate against the simulator, the way a domain-joined desktop is:
// - the user's Kerberos ticket and realm come from the test KDC's environment (KRB5CCNAME, KRB5_CONFIG);
// - `--auth-server-allowlist` names the pool host: integrated auth is allowed for it and nothing else;
// - the pool has a real name (pool.contoso.test) with an HTTP/<name> key. Chromium builds the service name from the
//   host after a canonical-name lookup; `--host-resolver-rules` mapping the name to 127.0.0.1 would make it ask for
//   HTTP/127.0.0.1. So the simulator is reached as an http proxy instead (it takes absolute-form request lines),
//   and the name itself resolves to nothing: the lookup fails and Chromium uses the host as written, as it does
//   for a real pool whose DNS name has no CNAME;
// - Chromium on Linux loads GSSAPI only once the profile's Local State says Negotiate headers were seen
//   (net.received_http_auth_negotiate_headers), so a fresh profile is seeded with it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { chromiumPath } from './rendererHarness.js';

export interface KerberosChromiumOptions {
  /** The simulator's origin (http://127.0.0.1:port), used as the proxy for `poolHost`. */
  proxy: string;
  poolHost: string;
  /** Hosts integrated auth is allowed for (the app's trusted set); default just the pool. */
  allowlist?: string;
  /** KRB5_* variables (the test KDC's env); without KRB5CCNAME's ticket Negotiate fails and NTLM is next. */
  kerberosEnv: Record<string, string>;
  /** For NTLM: Playwright answers Chromium's credentials prompt with these. */
  httpCredentials?: { username: string; password: string };
}

export interface KerberosChromium {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchKerberosChromium(options: KerberosChromiumOptions): Promise<KerberosChromium> {
  const profile = mkdtempSync(join(tmpdir(), 'ucwa-chromium-krb-'));
  writeFileSync(
    join(profile, 'Local State'),
    JSON.stringify({ net: { received_http_auth_negotiate_headers: true } }),
  );
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      `--auth-server-allowlist=${options.allowlist ?? options.poolHost}`,
      `--proxy-server=${options.proxy}`,
      `--host-resolver-rules=MAP ${options.poolHost} ~NOTFOUND`,
    ],
    env: { ...process.env, ...options.kerberosEnv },
    viewport: { width: 720, height: 640 },
    httpCredentials: options.httpCredentials,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
