// The token endpoint: one grant POSTed for a token — the password grant, or the Windows grant answered by HTTP
// Negotiate (Kerberos) or NTLM — and its answer read into a token or a UcwaError (reference §1.3). The password is
// asked for only when the POST is built, and never logged or put in an error.
import { UcwaError } from '../errors.js';
import type { Transport } from '../transport.js';
import type { Negotiator } from './negotiate.js';
import { ntlmAuthenticate, ntlmNegotiate } from './ntlm.js';

export interface Credentials {
  /** The user name for the password grant (the SIP address without `sip:`, or DOMAIN\user). */
  username: string;
  /** Asked each time a token is needed, so the caller decides where the password lives. */
  password: () => string | Promise<string>;
}

/** The Windows grant (urn:microsoft.rtc:windows): no password; HTTP Negotiate (Kerberos) answers the endpoint's 401. */
export interface WindowsCredentials {
  windows: Pick<Negotiator, 'authorization'>;
  /**
   * NTLM where Kerberos is not to be had (the pool offers only NTLM, or there is no ticket): the Windows account's
   * user name (`DOMAIN\user` or a UPN) and password. Absent: Kerberos only.
   */
  ntlm?: { username: string; password: () => string | Promise<string> };
}

export const WINDOWS_GRANT = 'urn:microsoft.rtc:windows';

/** What the token endpoint granted. */
export interface GrantedToken {
  accessToken: string;
  tokenType: string;
  lifetimeMs: number;
}

/** POST the grant for these credentials to `tokenUrl` (one the trust policy approved) and read the token. */
export async function requestToken(
  transport: Transport,
  tokenUrl: string,
  credentials: Credentials | WindowsCredentials,
): Promise<GrantedToken> {
  const { response, body } =
    'windows' in credentials
      ? await windowsGrant(transport, tokenUrl, credentials)
      : await postGrant(
          transport,
          tokenUrl,
          new URLSearchParams({
            grant_type: 'password',
            username: credentials.username,
            password: await credentials.password(),
          }),
        );
  return readToken(response, body);
}

/** The token endpoint's answer as a token, or its refusal as a UcwaError. */
export function readToken(response: Response, body: Uint8Array): GrantedToken {
  const parsed = parseJsonObject(new TextDecoder().decode(body));
  if (response.status !== 200) throw tokenError(response.status, parsed);
  const accessToken = parsed?.access_token;
  if (typeof accessToken !== 'string' || accessToken === '') {
    throw new UcwaError({
      status: response.status,
      code: 'MalformedResponse',
      message: 'The sign-in answer had no token.',
    });
  }
  const tokenType = typeof parsed?.token_type === 'string' ? parsed.token_type : 'Bearer';
  const lifetimeMs = Math.max(1, Number(parsed?.expires_in) || 3600) * 1000;
  return { accessToken, tokenType, lifetimeMs };
}

/** One POST to the token endpoint; `authorization` only for the Windows grant's Negotiate round. */
export function postGrant(
  transport: Transport,
  tokenUrl: string,
  form: URLSearchParams,
  authorization?: string,
) {
  const headers = new Headers({
    'content-type': 'application/x-www-form-urlencoded;charset=UTF-8',
    accept: 'application/json',
  });
  if (authorization !== undefined) headers.set('authorization', authorization);
  return transport.send(new URL(tokenUrl), {
    method: 'POST',
    headers,
    body: form.toString(),
    redirect: 'manual',
  });
}

/**
 * The Windows grant: the form carries no password; the endpoint answers 401 Negotiate, and a Kerberos token for
 * HTTP@<host> (from the user's ticket cache) answers it. Only to the token endpoint the trust policy approved.
 */
async function windowsGrant(transport: Transport, tokenUrl: string, credentials: WindowsCredentials) {
  const form = new URLSearchParams({ grant_type: WINDOWS_GRANT });
  const first = await postGrant(transport, tokenUrl, form);
  if (first.response.status !== 401) return first;
  const offer = first.response.headers.get('www-authenticate') ?? '';
  const ntlmOffered = /(?:^|,)\s*NTLM\b/i.test(offer);
  let refusal: UcwaError | undefined;
  if (/(?:^|,)\s*Negotiate\b/i.test(offer)) {
    const negotiation = await credentials.windows.authorization(tokenUrl);
    if (negotiation.ok) return postGrant(transport, tokenUrl, form, negotiation.header);
    refusal = new UcwaError({
      status: 0,
      code: 'Unauthorized',
      subcode: negotiation.code,
      retryable: false,
      details: { host: negotiation.host },
    });
  }
  if (ntlmOffered && credentials.ntlm !== undefined)
    return ntlmGrant(transport, tokenUrl, form, credentials.ntlm);
  throw (
    refusal ??
    new UcwaError({
      status: 401,
      code: 'Unauthorized',
      subcode: ntlmOffered ? 'NtlmNeedsAccount' : 'NegotiateNotOffered',
      retryable: false,
    })
  );
}

/** NTLM's two rounds (NEGOTIATE, then AUTHENTICATE for the server's CHALLENGE), NTLMv2 from the account. */
async function ntlmGrant(
  transport: Transport,
  tokenUrl: string,
  form: URLSearchParams,
  account: NonNullable<WindowsCredentials['ntlm']>,
) {
  const round1 = await postGrant(transport, tokenUrl, form, ntlmNegotiate());
  if (round1.response.status !== 401) return round1;
  const type3 = ntlmAuthenticate(round1.response.headers.get('www-authenticate'), {
    username: account.username,
    password: await account.password(),
  });
  if (type3 === undefined) {
    throw new UcwaError({ status: 401, code: 'Unauthorized', subcode: 'NtlmRefused', retryable: false });
  }
  const done = await postGrant(transport, tokenUrl, form, type3);
  if (done.response.status === 401) {
    throw new UcwaError({ status: 401, code: 'Unauthorized', subcode: 'NtlmRefused', retryable: false });
  }
  return done;
}

export function parseJsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const v: unknown = JSON.parse(text);
    return typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Token endpoint failures: `{"error":"invalid_grant"}` and friends (reference §1.3). */
function tokenError(status: number, body: Record<string, unknown> | undefined): UcwaError {
  const error = typeof body?.error === 'string' ? body.error : '';
  const description = typeof body?.error_description === 'string' ? body.error_description : '';
  if (/lock|disabled/i.test(error) || /lock|disabled/i.test(description)) {
    return new UcwaError({ status, code: 'AccountLocked', subcode: error || undefined, retryable: false });
  }
  if (error === 'invalid_grant')
    return new UcwaError({ status, code: 'InvalidGrant', subcode: error, retryable: false });
  if (status >= 500)
    return new UcwaError({ status, code: 'ServiceFailure', ...(error ? { subcode: error } : {}) });
  return new UcwaError({
    status,
    code: status === 403 ? 'AccountLocked' : 'Unauthorized',
    ...(error ? { subcode: error } : {}),
    retryable: false,
    message: error === 'unsupported_grant_type' ? 'The server does not accept password sign-in.' : undefined,
  });
}
