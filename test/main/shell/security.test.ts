// The security baseline's session half: links opened outside the app (mailto: keeps only the address), and the CSP.
import { describe, expect, it } from 'vitest';
import type * as Electron from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../../main/shell/csp.js';
import { applySecurity, externalUrl, isAllowedExternalUrl } from '../../../main/shell/security.js';

describe('security', () => {
  it('opens only https, mailto, sip and tel links outside the app', async () => {
    expect(['https://a.b/', 'mailto:a@b.c', 'sip:a@b.c', 'tel:+441234'].map(isAllowedExternalUrl)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(
      ['http://a.b/', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://x/y', 'nonsense'].map(
        isAllowedExternalUrl,
      ),
    ).toEqual([false, false, false, false, false]);
    const opened: string[] = [];
    const { openExternal } = applySecurity({
      app: { on: () => undefined } as unknown as Electron.App,
      session: {
        defaultSession: {
          webRequest: { onHeadersReceived: () => undefined },
          setPermissionRequestHandler: () => undefined,
          setPermissionCheckHandler: () => undefined,
        } as unknown as Electron.Session,
      },
      shell: { openExternal: async (url: string) => void opened.push(url) },
      policy: CONTENT_SECURITY_POLICY,
    });
    await openExternal('file:///etc/passwd');
    await openExternal('https://contoso.com/');
    expect(opened).toEqual(['https://contoso.com/']);
  });
});

describe('mailto links from server data', () => {
  it('keep only the address: no attachment, no extra recipients, no headers', () => {
    expect(externalUrl('mailto:someone@contoso.com?attach=/etc/passwd&bcc=evil@example.com')).toBe(
      'mailto:someone@contoso.com',
    );
    expect(externalUrl('mailto:someone%40contoso.com?subject=x&body=y')).toBe('mailto:someone@contoso.com');
    expect(externalUrl('mailto:someone@contoso.com')).toBe('mailto:someone@contoso.com');
  });

  it('refuse lists and anything an address cannot be', () => {
    for (const url of [
      'mailto:a@contoso.com,b@evil.example',
      'mailto:a@contoso.com;b@evil.example',
      'mailto:?to=a@contoso.com',
      'mailto:%3Ca@contoso.com%3E',
      'mailto:a b@contoso.com',
      'mailto:%E0%A4%A',
    ])
      expect(externalUrl(url), url).toBeNull();
  });
});
