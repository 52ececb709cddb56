// The CLI's NTLM messages: account forms, reading the challenge out of joined WWW-Authenticate values, a full
// round trip against the simulator's NTLMv2 check with a UPN, and nothing made from a challenge that is not one.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../../../main/sim/index.js';
import {
  ntlmAuthenticate,
  ntlmChallenge,
  ntlmNegotiate,
  splitAccount,
} from '../../../../main/ucwa/auth/ntlm.js';

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

describe('NTLM client messages', () => {
  it('splits DOMAIN\\user and keeps a UPN whole', () => {
    expect(splitAccount('CONTOSO\\alex')).toEqual({ domain: 'CONTOSO', user: 'alex' });
    expect(splitAccount('alex@contoso.com')).toEqual({ domain: '', user: 'alex@contoso.com' });
  });

  it('reads the challenge among other schemes and makes nothing from a broken one', () => {
    expect(ntlmChallenge('Negotiate, NTLM TlRMTVNTUAACAAAA')).toBe('TlRMTVNTUAACAAAA');
    expect(ntlmChallenge('NTLM')).toBeUndefined();
    expect(ntlmAuthenticate('NTLM', { username: 'a', password: 'b' })).toBeUndefined();
    expect(
      ntlmAuthenticate(`NTLM ${Buffer.from('garbage!').toString('base64')}`, {
        username: 'a',
        password: 'b',
      }),
    ).toBeUndefined();
    expect(ntlmNegotiate()).toMatch(/^NTLM TlRMTVNTUAAB/); // "NTLMSSP\0" + type 1
  });

  it('signs in with a UPN against the simulator in two rounds', async () => {
    sim = await startSimulator({
      signIn: { grants: ['urn:microsoft.rtc:windows'], ntlm: { user: 'demo@contoso.com' } },
    });
    const post = (authorization: string): Promise<Response> =>
      fetch(`${sim?.origin}/WebTicket/oauthtoken`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Authorization: authorization },
        body: 'grant_type=urn:microsoft.rtc:windows',
      });
    const round1 = await post(ntlmNegotiate());
    const type3 = ntlmAuthenticate(round1.headers.get('www-authenticate'), {
      username: 'demo@contoso.com',
      password: sim.password,
    });
    expect(type3).toMatch(/^NTLM TlRMTVNTUAAD/);
    expect((await post(type3 ?? '')).status).toBe(200);
    expect(sim.control.signIn.history()).toEqual([
      { method: 'ntlm', ok: true, user: 'CONTOSO\\demo@contoso.com' },
    ]);
  });

  it("loads under Node's own ESM loader, as the CLI runs it (CommonJS packages without all named exports)", () => {
    const root = resolve(import.meta.dirname, '../../../..');
    const script = `
      const { ntlmNegotiate, ntlmAuthenticate } = await import('./main/ucwa/auth/ntlm.ts');
      const { NtlmServer } = await import('./main/sim/auth/ntlm.ts');
      const server = new NtlmServer({ domain: 'CONTOSO', user: 'demo', password: 'pw' }, { now: () => Date.now() });
      const offer = server.step(ntlmNegotiate().slice(5));
      const answer = ntlmAuthenticate('NTLM ' + offer.token, { username: 'CONTOSO\\\\demo', password: 'pw' });
      console.log(JSON.stringify(server.step(answer.slice(5))));`;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ kind: 'done', ok: true, user: 'CONTOSO\\demo' });
  });
});
