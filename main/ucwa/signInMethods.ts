// Which sign-in methods a pool offers, before any credential exists: discovery as a sign-in runs it (same trust
// policy: only the sign-in domain, the typed server, approved or organisation-trusted hosts), then one anonymous GET
// of the user resource, whose 401 MsRtcOAuth challenge lists the grants (reference §1). Nothing is sent but those
// anonymous requests. A challenge without a grant list is read as the password grant (the most tolerant answer).
import { parseChallenge } from './auth.js';
import { WINDOWS_GRANT } from './auth.js';
import { discover } from './discovery.js';
import { domainOf } from './discovery.js';
import { redactingLogger, silentLogger } from './log.js';
import type { UcwaLogger } from './log.js';
import { Transport } from './transport.js';
import type { FetchLike } from './transport.js';
import { TrustPolicy } from './trust.js';

export type OfferedMethod = 'password' | 'windows' | 'passive';

const PASSIVE_GRANT = 'urn:microsoft.rtc:passive';
const METHOD_OF: Record<string, OfferedMethod> = {
  password: 'password',
  [WINDOWS_GRANT]: 'windows',
  [PASSIVE_GRANT]: 'passive',
};

export interface ProbeOptions {
  sipAddress: string;
  discoverUrl?: string;
  approvedHosts?: readonly string[];
  trustedDomains?: readonly string[];
  fetch?: FetchLike;
  log?: UcwaLogger;
  signal?: AbortSignal;
}

/** The methods the pool's challenge advertises, in its order, each once (grants this app does not know are left out). */
export async function signInMethods(options: ProbeOptions): Promise<OfferedMethod[]> {
  const transport = new Transport({
    fetch: options.fetch ?? ((input: string, init: RequestInit) => globalThis.fetch(input, init)),
    log: redactingLogger(options.log ?? silentLogger),
  });
  const sip = options.sipAddress.startsWith('sip:') ? options.sipAddress : `sip:${options.sipAddress}`;
  const trust = new TrustPolicy({
    signInDomain: domainOf(sip),
    server: options.discoverUrl,
    approved: options.approvedHosts,
    trustedDomains: options.trustedDomains,
  });
  transport.setTrust(trust);
  const found = await discover({
    transport,
    sipAddress: sip,
    discoverUrl: options.discoverUrl,
    trust,
    signal: options.signal,
  });
  const { response } = await transport.send(
    new URL(found.userUrl),
    { method: 'GET', headers: { accept: 'application/json' }, redirect: 'manual' },
    { discovery: true, signal: options.signal },
  );
  const challenge = parseChallenge(response.headers.get('www-authenticate') ?? '');
  if (challenge === undefined || challenge.grantTypes.length === 0) return ['password'];
  const methods = challenge.grantTypes.map((g) => METHOD_OF[g]).filter((m) => m !== undefined);
  return [...new Set(methods)];
}
