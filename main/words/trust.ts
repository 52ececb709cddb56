// Why nothing was sent to a server: the trust policy's refusals (main/ucwa/trust.ts) in words, naming the host; and
// why Windows sign-in could not even be tried (main/ucwa/auth/negotiate.ts: no ticket, no Kerberos, ...).
import { negotiateMessage } from '../ucwa/auth/negotiate.js';
import type { NegotiateCode } from '../ucwa/auth/negotiate.js';
import { isUcwaError, toUserMessage } from '../ucwa/errors.js';
import { refusalOf } from '../ucwa/trust.js';
import type { TrustRefusal } from '../ucwa/trust.js';
import { discoveryFailure } from './discovery.js';

export function trustMessage(refusal: TrustRefusal): string {
  const host = refusal.host === '' ? 'a server' : refusal.host;
  switch (refusal.code) {
    case 'UntrustedHost':
      return `The server pointed to ${host}, which you have not signed in to.`;
    case 'InsecureTransport':
      return `${host} does not use a secure (https) connection, so nothing was sent to it.`;
    case 'BadUrl':
      return refusal.host === ''
        ? 'The server sent a link that cannot be used.'
        : `The server sent a link to ${host} that cannot be used safely.`;
    case 'TokenEndpointElsewhere':
      return `The server asked for your sign-in to be sent to ${host}, which you have not signed in to.`;
  }
}

const NEGOTIATE_CODES: ReadonlySet<string> = new Set<NegotiateCode>([
  'KerberosUnavailable',
  'NoKerberosTicket',
  'KerberosTicketExpired',
  'UnknownService',
  'KdcUnreachable',
  'KerberosFailed',
  'InsecureTransport',
]);

/**
 * Any error in words: a trust refusal names the host, a failed autodiscovery the hosts it tried, everything else as
 * the protocol layer words it.
 */
export function errorMessage(e: unknown): string {
  const refusal = refusalOf(e);
  if (refusal !== undefined) return trustMessage(refusal);
  const discovery = discoveryFailure(e);
  if (discovery !== undefined) return discovery;
  if (isUcwaError(e) && e.code === 'Unauthorized' && e.subcode !== undefined) {
    if (NEGOTIATE_CODES.has(e.subcode)) {
      const host = typeof e.details?.host === 'string' ? e.details.host : '';
      return negotiateMessage({ ok: false, code: e.subcode as NegotiateCode, host, detail: '' });
    }
    if (e.subcode === 'WindowsNotOffered') return 'This server does not offer Windows sign-in.';
    if (e.subcode === 'NtlmRefused')
      return 'The server refused your Windows user name or password (NTLM). Check both and try again.';
    if (e.subcode === 'NtlmNeedsAccount')
      return 'This server signs in Windows accounts with NTLM: enter your Windows user name and password.';
    if (e.subcode === 'NegotiateNotOffered')
      return 'This server offers Windows sign-in, but not with Kerberos from this computer.';
    if (e.subcode === 'PasswordNotOffered') return 'This server does not accept password sign-in.';
  }
  return toUserMessage(e);
}
