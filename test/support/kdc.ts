// A real MIT Kerberos KDC for the tests (Debian's krb5-kdc), on loopback, in a throw-away folder: its own krb5.conf
// and kdc.conf (KRB5_CONFIG / KRB5_KDC_PROFILE: /etc/krb5.conf is never read), a user principal with a known
// password, HTTP/<host> service principals in a keytab, and the user's ticket from kinit in a private cache.
// `env` is what a process needs to use it (GSSAPI reads these variables); `useEnv` applies it to this process and
// gives back a function that restores the previous values.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireOrSkip } from './requirements.js';

const PROGRAMS = ['/usr/sbin/krb5kdc', '/usr/sbin/kdb5_util', '/usr/sbin/kadmin.local', '/usr/bin/kinit'];

/** Why no KDC can run here (the Debian packages are missing), or null when it can. */
export function missingKdc(): string | null {
  const missing = PROGRAMS.filter((p) => !existsSync(p));
  if (missing.length === 0) return null;
  return `no MIT Kerberos programs (${missing.join(', ')}): apt-get install krb5-kdc krb5-admin-server krb5-user`;
}

/** Why the npm `kerberos` addon cannot be loaded (an optional dependency that did not build), or null. */
export async function missingKerberosModule(): Promise<string | null> {
  try {
    await import('kerberos');
    return null;
  } catch (e) {
    return `the kerberos npm package is not usable: ${(e as Error).message.split('\n')[0] ?? ''}`;
  }
}

/** The requirements rule for a Kerberos suite: skip loudly here, fail under CI=true, when a piece is missing. */
export async function canRunKerberos(suite: string): Promise<boolean> {
  const missing = missingKdc() ?? (await missingKerberosModule());
  return requireOrSkip(suite, missing === null, missing ?? '');
}

export interface KdcOptions {
  realm?: string;
  /** The user principal's name without the realm. Default 'demo'. */
  user?: string;
  password?: string;
  /** Hosts that get an HTTP/<host> principal in the keytab. Default ['127.0.0.1'] (the simulator's origin). */
  serviceHosts?: string[];
}

export interface KerberosEnv {
  KRB5_CONFIG: string;
  KRB5_KDC_PROFILE: string;
  KRB5CCNAME: string;
  KRB5_KTNAME: string;
  /** The acceptor's replay cache, kept in the folder too. */
  KRB5RCACHEDIR: string;
}

export interface Kdc {
  realm: string;
  /** `demo@CONTOSO.TEST` */
  principal: string;
  password: string;
  /** The HTTP/<host> keys, for the server side. */
  keytab: string;
  /** The user's ticket cache (`FILE:…`), filled by kinit. */
  ccache: string;
  /** The KRB5_* variables for a child process (Chromium) or this one. */
  env: KerberosEnv;
  /** How long start() took, from the empty folder to the ticket in the cache. */
  setupMs: number;
  /** Get the user's ticket again (after kdestroy). */
  kinit(): Promise<void>;
  /** Empty the ticket cache: the user is then "not signed in to Windows". */
  kdestroy(): Promise<void>;
  /** End the KDC but keep the folder: the user still holds a ticket, but no service ticket can be had. */
  halt(): Promise<void>;
  /** Apply `env` to this process; returns the restore function. */
  useEnv(): () => void;
  stop(): Promise<void>;
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv, input?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(cmd, args, { env }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${cmd} ${args.join(' ')} failed: ${stderr || error.message}`));
      else resolve(stdout);
    });
    if (input !== undefined) child.stdin?.end(input);
  });
}

/** A TCP port nobody listens on right now (the KDC cannot report the port it was given 0 for). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

// The [realms] braces on their own lines: MIT's profile parser does not take `REALM = {` on one line here.
function krb5Conf(realm: string, port: number): string {
  return `[libdefaults]
    default_realm = ${realm}
    dns_lookup_realm = false
    dns_lookup_kdc = false
    dns_canonicalize_hostname = false
    rdns = false
    udp_preference_limit = 1
[realms]
    ${realm} =
    {
        kdc = 127.0.0.1:${port}
    }
`;
}

function kdcConf(realm: string, port: number, dir: string): string {
  return `[kdcdefaults]
    kdc_listen = ""
    kdc_tcp_listen = 127.0.0.1:${port}
[realms]
    ${realm} =
    {
        database_name = ${join(dir, 'principal')}
        key_stash_file = ${join(dir, 'stash')}
        acl_file = ${join(dir, 'kadm5.acl')}
        supported_enctypes = aes256-cts-hmac-sha1-96:normal aes128-cts-hmac-sha1-96:normal
    }
[logging]
    kdc = STDERR
`;
}

/** Resolves once the KDC says it is serving; rejects if it exits first. */
function started(kdc: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let log = '';
    const onData = (chunk: Buffer): void => {
      log += chunk.toString();
      if (log.includes('commencing operation')) {
        kdc.stderr?.off('data', onData);
        kdc.off('exit', onExit);
        resolve();
      }
    };
    const onExit = (code: number | null): void => reject(new Error(`krb5kdc exited (${code}): ${log}`));
    kdc.stderr?.on('data', onData);
    kdc.once('exit', onExit);
  });
}

export async function startKdc(options: KdcOptions = {}): Promise<Kdc> {
  const began = performance.now();
  const realm = options.realm ?? 'CONTOSO.TEST';
  const user = options.user ?? 'demo';
  const password = options.password ?? 'kerberos-demo';
  const dir = mkdtempSync(join(tmpdir(), 'ucwa-kdc-'));
  const port = await freePort();
  const keytab = join(dir, 'http.keytab');
  const ccache = `FILE:${join(dir, 'ccache')}`;
  writeFileSync(join(dir, 'krb5.conf'), krb5Conf(realm, port));
  writeFileSync(join(dir, 'kdc.conf'), kdcConf(realm, port, dir));
  writeFileSync(join(dir, 'kadm5.acl'), '');
  const env: KerberosEnv = {
    KRB5_CONFIG: join(dir, 'krb5.conf'),
    KRB5_KDC_PROFILE: join(dir, 'kdc.conf'),
    KRB5CCNAME: ccache,
    KRB5_KTNAME: `FILE:${keytab}`,
    KRB5RCACHEDIR: dir,
  };
  const childEnv = { ...process.env, ...env };
  let kdc: ChildProcess | undefined;
  try {
    await run(
      '/usr/sbin/kdb5_util',
      ['create', '-s', '-r', realm, '-P', 'master-key-for-tests', '-W'],
      childEnv,
    );
    const admin = (query: string): Promise<string> =>
      run('/usr/sbin/kadmin.local', ['-r', realm, '-q', query], childEnv);
    await admin(`addprinc -pw ${password} ${user}`);
    for (const host of options.serviceHosts ?? ['127.0.0.1']) {
      await admin(`addprinc -randkey HTTP/${host}`);
      await admin(`ktadd -k ${keytab} HTTP/${host}`);
    }
    kdc = spawn('/usr/sbin/krb5kdc', ['-n', '-r', realm], {
      env: childEnv,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    await started(kdc);
  } catch (e) {
    kdc?.kill();
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  const kinit = async (): Promise<void> => {
    await run('/usr/bin/kinit', [`${user}@${realm}`], childEnv, `${password}\n`);
  };
  await kinit();
  const server = kdc;
  const setupMs = performance.now() - began;
  const halt = async (): Promise<void> => {
    if (server.exitCode !== null || server.signalCode !== null) return;
    const exited = new Promise((r) => server.once('exit', r));
    server.kill();
    await exited;
  };
  return {
    realm,
    principal: `${user}@${realm}`,
    password,
    keytab,
    ccache,
    env,
    setupMs,
    kinit,
    kdestroy: async () => {
      await run('/usr/bin/kdestroy', ['-q'], childEnv).catch(() => undefined);
    },
    useEnv() {
      const before = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
      Object.assign(process.env, env);
      return () => {
        for (const [k, v] of Object.entries(before)) {
          if (v === undefined) Reflect.deleteProperty(process.env, k);
          else process.env[k] = v;
        }
      };
    },
    halt,
    async stop() {
      await halt();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
