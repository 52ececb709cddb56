import { describe, expect, it } from 'vitest';
import { signInProblem } from '../../../renderer/src/lib/errors.js';
import { atAutoLevel, levelBelow, levelLabel } from '../../../renderer/src/lib/levels.js';
import { changedBy, changedElsewhere, nowSees, reconnectHeadline } from '../../../renderer/src/lib/words.js';

describe('words for a change', () => {
  it('says what the contact sees now, with one name per level', () => {
    expect(nowSees('Priya', 'Workgroup')).toBe('Priya now sees Workgroup info');
    expect(nowSees('Priya', 'Blocked')).toBe('Priya is now blocked');
    expect(levelLabel('External')).toBe('External Contacts');
  });

  it('says a change it did not make came from another device of the user', () => {
    expect(changedElsewhere('Priya', 'Blocked', 'External')).toBe(
      'Changed from another device: Priya now sees what External Contacts see (was Blocked)',
    );
    expect(changedBy(false)).toBe('Another device');
    expect(changedBy(true)).toBe('You, in this app');
  });
});

describe('levels', () => {
  it('claims the automatic level only where the server told where the contact comes from', () => {
    expect(atAutoLevel('Colleagues', { autoLevel: 'Colleagues', sourceNetwork: 'SameEnterprise' })).toBe(
      true,
    );
    expect(atAutoLevel('Colleagues', { autoLevel: 'Colleagues' })).toBe(false);
    expect(atAutoLevel('Workgroup', { autoLevel: 'Colleagues', sourceNetwork: 'SameEnterprise' })).toBe(
      false,
    );
  });

  it('moves one level down, and not below Blocked', () => {
    expect(levelBelow('FriendsAndFamily')).toBe('Workgroup');
    expect(levelBelow('External')).toBe('Blocked');
    expect(levelBelow('Blocked')).toBeNull();
    expect(levelBelow('Unknown')).toBeNull();
  });
});

describe('sign-in errors in words', () => {
  it('says a wrong password once, with advice, and points at the password', () => {
    const p = signInProblem({ code: 'InvalidGrant', message: 'The user name or password is incorrect.' });
    expect(p.heading).toBe('Wrong sign-in address or password');
    expect(p.detail).not.toContain('incorrect');
    expect(p.field).toBe('password');
  });

  it('never shows validation text', () => {
    const p = signInProblem({
      code: 'InvalidArgument',
      message: 'Invalid request (sipAddress: a SIP address such as sip:alex@contoso.com).',
    });
    expect(p.detail).toBe('Enter your sign-in address as name@company.com.');
    expect(p.field).toBe('address');
    expect(
      signInProblem({ code: 'InvalidArgument', message: 'Invalid request (server: too long).' }).field,
    ).toBe('server');
  });

  it('points at the server for a server that is not there', () => {
    expect(signInProblem({ code: 'ServerNotFound', message: 'No server.' }).field).toBe('server');
  });
});

describe('reconnecting, in words', () => {
  it('says whether this computer is offline, the network or the server dropped the connection', () => {
    expect(reconnectHeadline(false, 'server')).toBe('This computer is offline.');
    expect(reconnectHeadline(true, 'network')).toBe('The network connection to the server dropped.');
    expect(reconnectHeadline(true, 'server')).toBe('The server dropped the connection.');
  });
});
