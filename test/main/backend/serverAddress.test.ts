import { describe, expect, it } from 'vitest';
import { BackendError } from '../../../main/ipc/errors.js';
import { isLoopbackHost, resolveDiscoverUrl, serverLabel } from '../../../main/backend/serverAddress.js';
import { pauseUntil } from '../../../main/backend/pause.js';

describe('server address', () => {
  it('leaves autodiscovery to the client when empty', () => {
    expect(resolveDiscoverUrl(undefined)).toBeUndefined();
    expect(resolveDiscoverUrl('  ')).toBeUndefined();
  });

  it('turns a host name into its lyncdiscover root and keeps https addresses', () => {
    expect(resolveDiscoverUrl('lyncdiscover.contoso.com')).toBe(
      'https://lyncdiscover.contoso.com/autodiscover/autodiscoverservice.svc/root',
    );
    expect(resolveDiscoverUrl('https://lync.contoso.com/autodiscover/autodiscoverservice.svc/root')).toBe(
      'https://lync.contoso.com/autodiscover/autodiscoverservice.svc/root',
    );
  });

  it('allows plain http to this computer only, and says why otherwise', () => {
    expect(resolveDiscoverUrl('http://127.0.0.1:8080/root')).toBe('http://127.0.0.1:8080/root');
    expect(resolveDiscoverUrl('http://[::1]:8080/root')).toBe('http://[::1]:8080/root');
    const refused = (() => {
      try {
        resolveDiscoverUrl('http://lync.contoso.com/root');
      } catch (e) {
        return e;
      }
    })();
    expect(refused).toBeInstanceOf(BackendError);
    expect(refused).toMatchObject({ code: 'InsecureUrl', message: expect.stringContaining('https://') });
    expect(() => resolveDiscoverUrl('ftp://x.y')).toThrow(/https/);
    expect(() => resolveDiscoverUrl('not a host!')).toThrow(/host name/);
    expect(isLoopbackHost('127.8.0.1')).toBe(true);
    expect(isLoopbackHost('128.0.0.1')).toBe(false);
  });

  it('names the server by host, or by SIP domain for autodiscovery', () => {
    expect(serverLabel('https://lync.contoso.com/x', 'sip:a@contoso.com')).toBe('lync.contoso.com');
    expect(serverLabel(undefined, 'sip:a@fabrikam.com')).toBe('fabrikam.com');
  });
});

describe('pause', () => {
  const now = new Date(2026, 0, 5, 21, 30).getTime();
  it('pauses for an hour, until tomorrow 08:00, or resumes', () => {
    expect(pauseUntil('1h', now)).toBe(now + 3_600_000);
    expect(pauseUntil('tomorrow', now)).toBe(new Date(2026, 0, 6, 8, 0).getTime());
    expect(pauseUntil('resume', now)).toBeNull();
  });
});
