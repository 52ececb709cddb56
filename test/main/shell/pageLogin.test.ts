// Which `login` asks of the organisation's sign-in page get the Windows account typed for it: only its own server's
// NTLM or Negotiate, never a proxy's, never Basic, never another server's, and only once.
import { describe, expect, it } from 'vitest';
import { answerPageLogin, handlePageLogin, pageLoginAnswer } from '../../../main/shell/pageLogin.js';

const ADFS = new URL('https://adfs.contoso.com/adfs/ls/?wa=wsignin1.0');
const account = { username: 'CONTOSO\\priya', password: 'pa55' };
const ask = (extra: Partial<{ host: string; port: number; scheme: string; isProxy: boolean }> = {}) => ({
  host: 'adfs.contoso.com',
  port: 443,
  scheme: 'ntlm',
  isProxy: false,
  ...extra,
});

describe('the sign-in page asking for a Windows account', () => {
  it("gives the typed account to the page's own server, for NTLM and Negotiate, once", () => {
    expect(pageLoginAnswer(ask(), ADFS, account, false)).toEqual({ answer: 'account', account });
    expect(
      pageLoginAnswer(ask({ scheme: 'Negotiate', host: 'ADFS.contoso.com' }), ADFS, account, false),
    ).toEqual({
      answer: 'account',
      account,
    });
    expect(pageLoginAnswer(ask(), ADFS, account, true)).toEqual({ answer: 'accountRefused' });
  });

  it('asks the user for one when none was typed', () => {
    expect(pageLoginAnswer(ask(), ADFS, undefined, false)).toEqual({ answer: 'needsAccount' });
  });

  it('refuses a proxy, Basic, another server and another port', () => {
    for (const other of [
      ask({ isProxy: true }),
      ask({ scheme: 'basic' }),
      ask({ scheme: 'digest' }),
      ask({ host: 'evil.example' }),
      ask({ host: 'contoso.com' }),
      ask({ port: 8443 }),
    ])
      expect(pageLoginAnswer(other, ADFS, account, false)).toEqual({ answer: 'refuse' });
  });

  it('answers app login for a registered sign-in page only', () => {
    const page = {};
    const answers: unknown[][] = [];
    handlePageLogin(page, (_info, callback) => callback('u', 'p'));
    expect(answerPageLogin(page, ask(), (...a) => answers.push(a))).toBe(true);
    expect(answerPageLogin({}, ask(), (...a) => answers.push(a))).toBe(false);
    expect(answerPageLogin(null, ask(), (...a) => answers.push(a))).toBe(false);
    expect(answers).toEqual([['u', 'p']]);
  });
});
