// Why nothing was sent to a server: the trust policy's refusals (main/ucwa/trust.ts) in words, naming the host; and
// why Windows sign-in could not even be tried (main/ucwa/auth/negotiate.ts: no ticket, no Kerberos, ...).
import { m } from '../i18n/index.js';
import type { NegotiateCode, NegotiateRefusal } from '../ucwa/auth/negotiate.js';
import { isUcwaError } from '../ucwa/errors.js';
import { refusalOf } from '../ucwa/trust.js';
import type { TrustRefusal } from '../ucwa/trust.js';
import { toUserMessage } from './errors.js';
import { passiveMessage } from './passive.js';

/** A refusal names the host it is about; with none known, the sentence says "a server" in the language's grammar. */
export function trustMessage(refusal: TrustRefusal): string {
  const host = refusal.host;
  const named = host !== '';
  switch (refusal.code) {
    case 'UntrustedHost':
      return named ? m.trust_untrusted_host({ host }) : m.trust_untrusted_host_unnamed();
    case 'InsecureTransport':
      return named ? m.trust_insecure({ host }) : m.trust_insecure_unnamed();
    case 'BadUrl':
      return named ? m.trust_bad_url_host({ host }) : m.trust_bad_url();
    case 'TokenEndpointElsewhere':
      return named ? m.trust_token_elsewhere({ host }) : m.trust_token_elsewhere_unnamed();
  }
}

/** Why Windows sign-in (Kerberos) could not be tried, from the Negotiator's refusal. */
export function negotiateMessage(refusal: NegotiateRefusal): string {
  const host = refusal.host;
  switch (refusal.code) {
    case 'KerberosUnavailable':
      return m.trust_kerberos_unavailable();
    case 'NoKerberosTicket':
      return m.trust_no_kerberos_ticket();
    case 'KerberosTicketExpired':
      return m.trust_kerberos_ticket_expired();
    case 'UnknownService':
      return m.trust_unknown_service({ host });
    case 'KdcUnreachable':
      return m.trust_kdc_unreachable();
    case 'KerberosFailed':
      return m.trust_kerberos_failed({ host });
    case 'InsecureTransport':
      return m.trust_kerberos_insecure({ host });
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

/** Windows sign-in refusals the sign-in code raises as Unauthorized with these subcodes. */
const WINDOWS_SIGN_IN: ReadonlyMap<string, () => string> = new Map([
  ['WindowsNotOffered', () => m.trust_windows_not_offered()],
  ['NtlmRefused', () => m.trust_ntlm_refused()],
  ['NtlmNeedsAccount', () => m.trust_ntlm_needs_account()],
  ['NegotiateNotOffered', () => m.trust_negotiate_not_offered()],
  ['PasswordNotOffered', () => m.trust_password_not_offered()],
]);

/**
 * Any error in words: a passive sign-in's failure (words/passive.ts), a trust refusal naming the host, everything else as main/words/errors.ts words it (a failed
 * autodiscovery with the hosts it tried).
 */
export function errorMessage(e: unknown): string {
  const passive = passiveMessage(e);
  if (passive !== undefined) return passive;
  const refusal = refusalOf(e);
  if (refusal !== undefined) return trustMessage(refusal);
  if (isUcwaError(e) && e.code === 'Unauthorized' && e.subcode !== undefined) {
    if (NEGOTIATE_CODES.has(e.subcode)) {
      const host = typeof e.details?.host === 'string' ? e.details.host : '';
      return negotiateMessage({ ok: false, code: e.subcode as NegotiateCode, host, detail: '' });
    }
    const windows = WINDOWS_SIGN_IN.get(e.subcode);
    if (windows !== undefined) return windows();
  }
  return toUserMessage(e);
}
