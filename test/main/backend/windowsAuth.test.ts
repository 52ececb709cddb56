// The hosts a Windows sign-in adds to what Chromium may answer Negotiate/NTLM for: the sign-in's own (the typed
// server, the sign-in domain and its hosts, a host approved for this sign-in); the remembered approvals are the
// shell's list already.
import { describe, expect, it } from 'vitest';
import { hostnameOf, signInHosts } from '../../../main/backend/windowsAuth.js';

describe('the hosts of a Windows sign-in', () => {
  it('are the typed server, the sign-in domain and its hosts, and a server approved for this sign-in', () => {
    expect(
      signInHosts('https://lync.contoso.com:4443/autodiscover', 'sip:alex@contoso.com', undefined),
    ).toEqual(['lync.contoso.com', 'contoso.com', '*.contoso.com']);
    expect(signInHosts(undefined, 'alex@contoso.com', 'https://pool.fabrikam.com:4443')).toEqual([
      'pool.fabrikam.com',
      'contoso.com',
      '*.contoso.com',
    ]);
  });

  it('takes a host name from an origin or a bare host, and nothing from nonsense', () => {
    expect(hostnameOf('https://pool.contoso.com:4443/x')).toEqual(['pool.contoso.com']);
    expect(hostnameOf('pool.contoso.com')).toEqual(['pool.contoso.com']);
    expect(hostnameOf('http://[')).toEqual([]);
  });
});
