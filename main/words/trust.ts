// Why nothing was sent to a server: the trust policy's refusals (main/ucwa/trust.ts) in words, naming the host.
import { toUserMessage } from '../ucwa/errors.js';
import { refusalOf } from '../ucwa/trust.js';
import type { TrustRefusal } from '../ucwa/trust.js';

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

/** Any error in words: a trust refusal names the host, everything else as the protocol layer words it. */
export function errorMessage(e: unknown): string {
  const refusal = refusalOf(e);
  return refusal === undefined ? toUserMessage(e) : trustMessage(refusal);
}
