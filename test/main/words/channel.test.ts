// The event channel's reasons in words: what the tray, the window and `ucwa watch` say while reconnecting or after
// the session ended.
import { describe, expect, it } from 'vitest';
import { channelReason } from '../../../main/words/channel.js';

describe('channel reasons in words', () => {
  it('says what the server did, not "the network", when it answered with something unusable', () => {
    expect(channelReason({ code: 'unusableAnswer' })).toBe('The server sent something we cannot use.');
    expect(channelReason({ code: 'network' })).toBe('The network is unavailable.');
  });

  it('names the HTTP status of a server error or refusal', () => {
    expect(channelReason({ code: 'serverError', status: 503 })).toBe('The server had a problem (HTTP 503).');
    expect(channelReason({ code: 'refused', status: 403 })).toBe(
      'The server refused the connection (HTTP 403).',
    );
  });

  it('says why the server ended the session, from its subcode', () => {
    expect(channelReason({ code: 'ended', subcode: 'InactiveApplicationExpired' })).toMatch(/expired/);
    expect(channelReason({ code: 'ended', subcode: 'TooManyApplications' })).toMatch(/too many devices/);
    expect(channelReason({ code: 'ended', subcode: 'UserAgentNotAllowed' })).toMatch(
      /does not allow this app/,
    );
    expect(channelReason({ code: 'ended' })).toBe('The server ended the session.');
  });

  it('tells an untrusted certificate and a refused password apart from a lost connection', () => {
    expect(channelReason({ code: 'untrustedCertificate' })).toMatch(/certificate/);
    expect(channelReason({ code: 'passwordRefused' })).toMatch(/password/);
    expect(channelReason({ code: 'outageTooLong' })).toBe('The connection was lost for too long.');
  });
});
