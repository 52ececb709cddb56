// A failed autodiscovery in words: which hosts were asked (main/ucwa/discovery.ts puts them in the error as data), so
// the user or their administrator can see at once whether the DNS names lyncdiscover(internal).<domain> exist.
import { m } from '../i18n/index.js';
import { discoveryTried } from '../ucwa/discovery.js';

/**
 * "No Skype for Business server answered for contoso.com. Tried: lyncdiscoverinternal.contoso.com, …", or undefined
 * when the error is not a discovery that asked hosts and got no useful answer (then the caller words it as before).
 */
export function discoveryFailure(e: unknown): string | undefined {
  const failed = discoveryTried(e);
  if (failed === undefined) return undefined;
  // Host names, not prose: a plain comma list in every language (they are copied into a DNS lookup, not read aloud).
  return m.discovery_no_answer({ domain: failed.domain, hosts: failed.tried.join(', ') });
}
