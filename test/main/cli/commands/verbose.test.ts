// --verbose: the protocol log on stderr, every line redacted (the password grant, the tokens, Authorization).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator } from '../../../../main/sim/index.js';
import type { Simulator } from '../../../../main/sim/index.js';
import { runCli } from './cli.js';

describe('ucwa relationship --verbose', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ seed: 19, password: 'V3rbose&Secret' });
  });
  afterAll(async () => {
    await sim.close();
  });

  it('prints the requests and answers on stderr with no secret in them, and the result on stdout alone', async () => {
    const contact = sim.control.contacts().find((c) => c.inContactList);
    if (!contact) throw new Error('no contact');
    const r = await runCli(
      [
        'relationship',
        'get',
        '--verbose',
        '--discover',
        sim.discoverUrl,
        '--user',
        sim.user,
        '--password-stdin',
        contact.uri,
      ],
      { stdin: `${sim.password}\n` },
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ uri: contact.uri });
    expect(r.stderr).toMatch(/\[debug\] → POST \S+oauthtoken/i);
    expect(r.stderr).toMatch(/\[debug\] ← 200 GET \S+privacyRelationship/i);
    expect(r.stderr).toContain('password=[redacted]');
    expect(r.stderr).not.toContain(sim.password);
    expect(r.stderr).not.toContain(encodeURIComponent(sim.password));
    expect(r.stderr).not.toMatch(/cwt=(?!\[redacted\])/);
  });
});
