// What the user typed as "server address" → the discover URL the client starts from. Accepts a full discover URL,
// a bare host name (its lyncdiscover root), or nothing (autodiscovery from the SIP domain, done by the client).
// Plain http is refused here unless the host is loopback (the simulator), before anything is sent: TLS only.
import { BackendError } from '../ipc/errors.js';
import { serverAddressProblem } from '../words/session.js';

export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

const HOST = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$/i;

export function resolveDiscoverUrl(server: string | null | undefined): string | undefined {
  const input = (server ?? '').trim();
  if (input === '') return undefined;
  if (!input.includes('://')) {
    if (!HOST.test(input)) {
      throw new BackendError('InvalidArgument', serverAddressProblem('notHost'));
    }
    return `https://${input}/autodiscover/autodiscoverservice.svc/root`;
  }
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new BackendError('InvalidArgument', serverAddressProblem('invalid'));
  }
  if (url.protocol === 'https:') return url.href;
  if (url.protocol === 'http:' && isLoopbackHost(url.hostname)) return url.href;
  if (url.protocol === 'http:') {
    throw new BackendError('InsecureUrl', serverAddressProblem('plainHttp'));
  }
  throw new BackendError('InvalidArgument', serverAddressProblem('needsHttps'));
}

/** A short name for the server, for the connected banner and the tray: its host, or the SIP domain. */
export function serverLabel(discoverUrl: string | undefined, sipAddress: string): string {
  if (discoverUrl !== undefined) return new URL(discoverUrl).host;
  return sipAddress.replace(/^sip:/i, '').split('@')[1] ?? sipAddress;
}
