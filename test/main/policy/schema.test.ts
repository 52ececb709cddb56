import { describe, expect, it } from 'vitest';
import { checkPolicy } from '../../../main/policy/schema.js';
import type { PolicyProblem } from '../../../main/policy/index.js';
import { policyProblemText } from '../../../main/words/policy.js';

/** The problems as an administrator reads them (main/policy reports data; main/words/policy.ts says it). */
const said = (problems: readonly PolicyProblem[]): string[] => problems.map(policyProblemText);
const SOURCE = '/etc/ucwa-tray/policy.json';

describe('checkPolicy', () => {
  it('reads every key an administrator may set, whatever the case of its name', () => {
    const { policy, problems } = checkPolicy(
      {
        ServerAddress: 'https://lyncdiscover.contoso.com',
        signinmethods: ['Password', 'windows'],
        AllowRememberPassword: false,
        TrustedHosts: ['contoso.com', '*.Pool.Contoso.net'],
        OfferDemo: false,
        NotifyRelationshipChanges: false,
        NotifyInvitations: true,
        NotifySignedOut: false,
        StatusAlertsIncludeAway: true,
        StartAtLogin: true,
      },
      SOURCE,
    );
    expect(problems).toEqual([]);
    expect(policy).toEqual({
      serverAddress: 'https://lyncdiscover.contoso.com',
      signInMethods: ['password', 'windows'],
      allowRememberPassword: false,
      trustedHosts: ['contoso.com', 'pool.contoso.net'],
      offerDemo: false,
      notifyRelationshipChanges: false,
      notifyInvitations: true,
      notifySignedOut: false,
      statusAlertsIncludeAway: true,
      startAtLogin: true,
    });
  });

  it('takes the registry spellings: DWORD 0/1, text booleans, a REG_SZ list', () => {
    const { policy, problems } = checkPolicy(
      { OfferDemo: 0, StartAtLogin: 1, NotifyInvitations: 'False', SignInMethods: 'password; passive' },
      'HKEY_LOCAL_MACHINE\\Software\\Policies\\UCWA Tray',
    );
    expect(problems).toEqual([]);
    expect(policy).toEqual({
      offerDemo: false,
      startAtLogin: true,
      notifyInvitations: false,
      signInMethods: ['password', 'passive'],
    });
  });

  it('ignores each wrong value on its own, saying which key, where, and what it should be', () => {
    const { policy, problems } = checkPolicy(
      {
        ServerAddress: 'http://lync.contoso.com',
        SignInMethods: ['password', 'kerberos'],
        StartAtLogin: 2,
        StatusAlertsIncludeAway: 'sometimes',
        TrustedHosts: ['https://contoso.com/'],
        NotifyInvitations: false,
        AutoUpdate: true,
        PayloadUUID: 'x',
      },
      SOURCE,
    );
    expect(policy).toEqual({ notifyInvitations: false });
    expect(said(problems)).toEqual([
      `The policy ServerAddress in ${SOURCE} is ignored: it must be an https:// address or a server name.`,
      `The policy SignInMethods in ${SOURCE} is ignored: it must be a list of one or more of password, windows, passive.`,
      `The policy StartAtLogin in ${SOURCE} is ignored: it must be true or false (1 or 0).`,
      `The policy StatusAlertsIncludeAway in ${SOURCE} is ignored: it must be true or false (1 or 0).`,
      `The policy TrustedHosts in ${SOURCE} is ignored: it must be a list of host names or domains, such as contoso.com.`,
      `The policy AutoUpdate in ${SOURCE} is not known and is ignored.`,
    ]);
  });

  it('accepts a bare server name and loopback http (the simulator), refuses an empty method list', () => {
    expect(checkPolicy({ ServerAddress: 'lync.contoso.com' }, SOURCE).policy).toEqual({
      serverAddress: 'lync.contoso.com',
    });
    expect(checkPolicy({ ServerAddress: 'http://127.0.0.1:4000/discover' }, SOURCE).problems).toEqual([]);
    expect(checkPolicy({ SignInMethods: [] }, SOURCE).policy).toEqual({});
  });

  it('reports a document that is not a set of named values', () => {
    for (const raw of [[1, 2], 'ServerAddress=x', null, 42]) {
      const { policy, problems } = checkPolicy(raw, SOURCE);
      expect(policy).toEqual({});
      expect(said(problems)).toEqual([
        `The policy in ${SOURCE} is ignored: it is not a set of named values.`,
      ]);
    }
  });
});
