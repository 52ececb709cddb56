// The Windows grant's Kerberos half: an HTTP Negotiate (SPNEGO) token checked by GSSAPI against a keytab, through
// the npm `kerberos` addon (an optional dependency, loaded on first use: the demo never needs it). GSSAPI finds the
// keytab through KRB5_KTNAME, so the simulator points it there before each check: one keytab per process.
import type * as KerberosModule from 'kerberos';

export type KerberosVerdict =
  { ok: true; principal: string; target: string; response: string } | { ok: false; reason: string };

let loading: Promise<typeof KerberosModule> | undefined;

function load(): Promise<typeof KerberosModule> {
  loading ??= import('kerberos').then((m) => (m as { default?: typeof KerberosModule }).default ?? m);
  return loading;
}

/** Accepts one Negotiate token for any HTTP/<host> key in the keytab; names the client principal it proves. */
export async function acceptKerberos(token: string, keytab: string): Promise<KerberosVerdict> {
  let kerberos: typeof KerberosModule;
  try {
    kerberos = await load();
  } catch (e) {
    loading = undefined;
    return { ok: false, reason: `the kerberos module is not available: ${(e as Error).message}` };
  }
  process.env.KRB5_KTNAME = keytab.startsWith('FILE:') ? keytab : `FILE:${keytab}`;
  try {
    // An empty service name: accept a ticket for any service key in the keytab, as IIS does for its SPNs.
    const server = await kerberos.initializeServer('');
    await server.step(token);
    if (!server.contextComplete || !server.username) {
      return { ok: false, reason: 'the Kerberos exchange did not complete in one round' };
    }
    return {
      ok: true,
      principal: server.username,
      target: server.targetName,
      response: server.response ?? '',
    };
  } catch (e) {
    return { ok: false, reason: (e as Error).message };
  }
}
