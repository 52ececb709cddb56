// What secrets look like where a log could meet them, taken from real UCWA traffic and the headers around it
// (the reference's samples, a browser's devtools, Kerberos and NTLM negotiation), and what must survive redaction.
import { describe, expect, it } from 'vitest';
import { KnownSecrets, redact, redactValue } from '../../../main/log/redact.js';

const CWT = 'cwt=AAEBHAEFAAAAAAAFFQAAAFaZkhzCPWPhR9WnUP3YAAAA_7Yb-Nk1';
const NEGOTIATE =
  'YIIGhgYGKwYBBQUCoIIGejCCBnagMDAuBgkqhkiC9xIBAgIGCSqGSIb3EgECAgYKKwYBBAGCNwICHgYKKwYBBAGCNwICCqKCBkAEggY8';
const NTLM = 'TlRMTVNTUAABAAAAB4IIogAAAAAAAAAAAAAAAAAAAAAKAGFKAAAADw==';
const JWT = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbGV4QGNvbnRvc28uY29tIn0.c2lnbmF0dXJlLWJ5dGVz';

describe('redact', () => {
  it.each([
    [
      'the password grant body',
      'grant_type=password&username=alex%40contoso.com&password=P%40ss%26w0rd!',
      'P%40ss%26w0rd',
    ],
    ['the token answer', `{"access_token":"${CWT}","expires_in":28800,"token_type":"Bearer"}`, 'AAEBHAEF'],
    ['an Authorization header line', `Authorization: Bearer ${CWT}`, 'AAEBHAEF'],
    ['headers as JSON', `{"accept":"application/json","authorization":"Bearer ${CWT}"}`, 'AAEBHAEF'],
    [
      'a Cookie header with several cookies',
      'Cookie: MRHSession=7f3a9c01e2; LastMRH_Session=0042beef11',
      '0042beef11',
    ],
    [
      'a Set-Cookie header',
      'set-cookie: ADFSAuth=eW91IHNob3VsZCBub3Qgc2VlIHRoaXM; path=/adfs; HttpOnly',
      'eW91IHNob3Vs',
    ],
    ['a Negotiate (Kerberos) blob', `Authorization: Negotiate ${NEGOTIATE}`, 'YIIGhgYG'],
    ['an NTLM blob on its own', `sent NTLM ${NTLM} to the pool`, 'TlRMTVNT'],
    ['a bare cwt in free text', `token ${CWT} refused`, 'AAEBHAEF'],
    ['a JWT from an ADFS page', `id ${JWT}`, 'c2lnbmF0dXJl'],
    ['a named token query parameter', 'GET https://pool.contoso.com/x?access_token=abc123&ack=3', 'abc123'],
    [
      'a token-like query parameter',
      'https://adfs.contoso.com/ls/?wctx=Ym9ndXMtY29udGV4dC12YWx1ZS0xMjM0NTY3OA&x=1',
      'Ym9ndXMt',
    ],
    ['a password in JSON', '{"user":"alex","password":"hunter2 with spaces"}', 'hunter2'],
  ])('removes %s', (_what, text, secret) => {
    const out = redact(text);
    expect(out).not.toContain(secret);
    expect(out).toContain('[redacted]');
  });

  it('keeps what a support engineer needs: the challenge, event acks, error codes, token types', () => {
    const challenge =
      'WWW-Authenticate: MsRtcOAuth href="https://pool.contoso.com/WebTicket/oauthtoken",grant_type="urn:microsoft.rtc:windows,urn:microsoft.rtc:anonmeeting,password"';
    expect(redact(challenge)).toBe(challenge);
    const text =
      'GET https://pool.contoso.com/ucwa/oauth/v1/applications/101/events?ack=12&timeout=180 → 200';
    expect(redact(text)).toBe(text);
    const fields = '{"code":"NotFound","subcode":"ApplicationNotFound","token_type":"Bearer","ms":42}';
    expect(redact(fields)).toBe(fields);
  });

  it('drops secret-named fields whatever they hold, and redacts every string inside', () => {
    expect(
      redactValue({
        password: 12345678,
        Authorization: { scheme: 'Bearer' },
        nested: [{ note: `sent ${CWT}` }],
        error: new Error(`refused ${CWT}`),
      }),
    ).toEqual({
      password: '[redacted]',
      Authorization: '[redacted]',
      nested: [{ note: 'sent cwt=[redacted]' }],
      error: 'Error: refused cwt=[redacted]',
    });
  });

  it('scrubs a known secret wherever it turns up, also URL-encoded', () => {
    const known = new KnownSecrets();
    known.add('Winter&2026');
    expect(redact('the server said: Winter&2026 is not your password', known)).toBe(
      'the server said: [redacted] is not your password',
    );
    expect(redact('echo=Winter%262026', known)).toBe('echo=[redacted]');
  });
});
