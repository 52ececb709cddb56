// The test KDC itself: a ticket in the private cache after start, the service keys in the keytab, kdestroy and
// kinit doing what a user's would, nothing left behind after stop, and /etc/krb5.conf never in play.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canRunKerberos, type Kdc, startKdc } from './kdc.js';

const run = await canRunKerberos('test KDC (MIT krb5)');

describe.skipIf(!run)('test KDC', () => {
  let kdc: Kdc;
  const klist = (...args: string[]): string =>
    execFileSync('/usr/bin/klist', args, { env: { ...process.env, ...kdc.env } }).toString();
  beforeAll(async () => {
    kdc = await startKdc({ serviceHosts: ['127.0.0.1', 'pool.contoso.test'] });
    console.log(`KDC set-up: ${kdc.setupMs.toFixed(0)} ms (database, principals, keytab, kinit)`);
  });
  afterAll(() => kdc?.stop());

  it('holds the user ticket in a private cache and the HTTP keys in a keytab, under its own krb5.conf', () => {
    expect(kdc.env.KRB5_CONFIG).not.toBe('/etc/krb5.conf');
    expect(kdc.env.KRB5_CONFIG.startsWith(dirname(kdc.keytab))).toBe(true);
    const tickets = klist();
    expect(tickets).toContain(`Default principal: ${kdc.principal}`);
    expect(tickets).toContain(`krbtgt/${kdc.realm}@${kdc.realm}`);
    const keys = klist('-k', kdc.keytab);
    expect(keys).toContain(`HTTP/127.0.0.1@${kdc.realm}`);
    expect(keys).toContain(`HTTP/pool.contoso.test@${kdc.realm}`);
  });

  it('kdestroy leaves no ticket and kinit brings it back', async () => {
    await kdc.kdestroy();
    expect(() => klist('-s')).toThrow();
    await kdc.kinit();
    expect(klist()).toContain(kdc.principal);
  });

  it('useEnv points this process at the KDC and restores what was there', () => {
    const before = process.env.KRB5CCNAME;
    const restore = kdc.useEnv();
    expect(process.env.KRB5CCNAME).toBe(kdc.ccache);
    restore();
    expect(process.env.KRB5CCNAME).toBe(before);
  });

  it('stop ends the KDC and removes its folder', async () => {
    const other = await startKdc({ realm: 'OTHER.TEST' });
    const folder = dirname(other.keytab);
    expect(existsSync(folder)).toBe(true);
    await other.stop();
    expect(existsSync(folder)).toBe(false);
  });
});
