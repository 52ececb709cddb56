// The command line and the organisation's sign-in page: it cannot show one, so `--passive` is refused in words, and
// a pool that offers only its sign-in page says so (with what to do) instead of a bare "password not accepted";
// the page is never asked for.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../../../main/sim/index.js';
import { runCli } from './cli.js';

const NEEDS_WINDOW =
  "Signing in through your organisation's sign-in page needs a window, which the command line cannot show. Sign in with the app instead.";

describe('ucwa and the organisation sign-in page', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ contacts: 1, signIn: { grants: ['urn:microsoft.rtc:passive'] } });
  });
  afterAll(() => sim?.close());

  it('refuses --passive in words', async () => {
    const r = await runCli([
      'relationship',
      'get',
      '--discover',
      sim.discoverUrl,
      '--user',
      sim.user,
      '--passive',
      'x',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`ucwa relationship: ${NEEDS_WINDOW}\n`);
  });

  it('says a pool accepts only its sign-in page, for relationship and watch alike', async () => {
    for (const command of [
      ['relationship', 'get', '--discover', sim.discoverUrl, '--user', sim.user, 'sip:someone@contoso.com'],
      ['watch', '--discover', sim.discoverUrl, '--user', sim.user],
    ]) {
      const r = await runCli(command, { env: { UCWA_PASSWORD: sim.password } });
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(
        `ucwa ${command[0]}: This server accepts sign-in only through your organisation's sign-in page. ${NEEDS_WINDOW}\n`,
      );
    }
    expect(sim.control.signIn.counts()).toMatchObject({ password: 0, passive: 0, signInPage: 0 });
  });
});
