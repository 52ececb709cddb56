// The property-list reader for macOS managed preferences: every XML element kind, the binary form (a fixture
// written by Python's plistlib), and damaged or foreign files refused rather than half read.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlist } from '../../../main/policy/plist.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures/policy');
const xml = (body: string): Buffer =>
  Buffer.from(
    `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" ` +
      `"http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0">\n${body}\n</plist>\n`,
  );

describe('parsePlist', () => {
  it('reads every XML element kind, nested, with entities decoded', () => {
    const value = parsePlist(
      xml(`<dict>
  <key>ServerAddress</key><string>https://lyncdiscover.contoso.com &amp; co</string>
  <key>TrustedHosts</key><array><string>a.contoso.com</string><string>b.contoso.com</string></array>
  <key>Retries</key><integer>3</integer>
  <key>Ratio</key><real>0.5</real>
  <key>Remember</key><false/>
  <key>Demo</key><true/>
  <key>Since</key><date>2026-12-03T07:00:00Z</date>
  <key>Blob</key><data>
    aGVsbG8=
  </data>
  <key>Nested</key><dict><key>Empty</key><string></string></dict>
</dict>`),
    );
    expect(value).toEqual({
      ServerAddress: 'https://lyncdiscover.contoso.com & co',
      TrustedHosts: ['a.contoso.com', 'b.contoso.com'],
      Retries: 3,
      Ratio: 0.5,
      Remember: false,
      Demo: true,
      Since: '2026-12-03T07:00:00Z',
      Blob: 'aGVsbG8=',
      Nested: { Empty: '' },
    });
  });

  it('reads the XML fixture and the binary fixture', () => {
    expect(parsePlist(readFileSync(join(FIXTURES, 'com.ucwatray.app.user.xml.plist')))).toEqual({
      NotifyInvitations: false,
      OfferDemo: 'nope',
      StartAtLogin: true,
    });
    expect(parsePlist(readFileSync(join(FIXTURES, 'com.ucwatray.app.binary.plist')))).toEqual({
      AllowRememberPassword: false,
      NotifyInvitations: true,
      PayloadUUID: '5A1B2C3D-1111-2222-3333-444455556666',
      ServerAddress: 'https://lyncdiscover.contoso.com',
      SignInMethods: ['windows', 'password'],
      TrustedHosts: ['contoso.com', '*.contoso-pool.net'],
    });
  });

  it('keeps a key named __proto__ as data, not as the prototype', () => {
    const value = parsePlist(xml('<dict><key>__proto__</key><string>x</string></dict>')) as object;
    expect(Object.getPrototypeOf(value)).toBeNull();
    expect(Object.keys(value)).toEqual(['__proto__']);
  });

  it.each([
    ['a key without a value', '<dict><key>A</key></dict>'],
    ['an unknown element', '<dict><key>A</key><thing/></dict>'],
    ['a number that is not one', '<integer>three</integer>'],
    ['two top-level values', '<string>a</string><string>b</string>'],
  ])('refuses %s', (_what, body) => {
    expect(() => parsePlist(xml(body))).toThrow();
  });

  it('refuses XML that is not a property list, and a truncated binary one', () => {
    expect(() => parsePlist(Buffer.from('<html><body>hi</body></html>'))).toThrow();
    expect(() => parsePlist(Buffer.from('bplist00\x00\x01 truncated', 'latin1'))).toThrow();
  });
});
