// NTLM for the protocol client's Windows grant where Kerberos is not available (the CLI's --windows --account):
// the NEGOTIATE message, then the AUTHENTICATE message (NTLMv2) for the server's CHALLENGE, from a user name and
// password. The messages come from
// @ewsjs/ntlm-client (maintained fork of node-ntlm-client, MD4 from js-md4). The Electron app does not use this:
// Chromium answers NTLM, and asks for the password through the `login` event where it has none.
// NTLM is bound to one connection: send both rounds over the same keep-alive connection (real IIS insists).
import ntlmClient from '@ewsjs/ntlm-client';

// A CommonJS module whose named exports Node's ESM loader cannot all see: take them from the default export.
const { createType1Message, createType3Message, decodeType2Message } = ntlmClient;

export interface NtlmAccount {
  /** `CONTOSO\alex`, or a UPN (`alex@contoso.com`, no domain part then). */
  username: string;
  password: string;
}

/** Splits `DOMAIN\user`; a UPN stays whole with an empty domain (the server resolves it). */
export function splitAccount(username: string): { domain: string; user: string } {
  const slash = username.indexOf('\\');
  return slash < 0
    ? { domain: '', user: username }
    : { domain: username.slice(0, slash), user: username.slice(slash + 1) };
}

/** `NTLM <NEGOTIATE_MESSAGE>` for the first round. */
export function ntlmNegotiate(): string {
  return createType1Message('', '');
}

/** The challenge in a 401's WWW-Authenticate (fetch joins several headers with ", "). */
export function ntlmChallenge(wwwAuthenticate: string | null): string | undefined {
  return /(?:^|,)\s*NTLM\s+([A-Za-z0-9+/]+=*)/i.exec(wwwAuthenticate ?? '')?.[1];
}

/** `NTLM <AUTHENTICATE_MESSAGE>` answering the server's challenge; undefined when there is no readable challenge. */
export function ntlmAuthenticate(wwwAuthenticate: string | null, account: NtlmAccount): string | undefined {
  const challenge = ntlmChallenge(wwwAuthenticate);
  if (challenge === undefined) return undefined;
  let type2;
  try {
    type2 = decodeType2Message(challenge);
  } catch {
    return undefined;
  }
  const { domain, user } = splitAccount(account.username);
  return createType3Message(type2, user, account.password, '', domain);
}
