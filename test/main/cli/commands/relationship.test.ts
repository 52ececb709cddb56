import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator } from '../../../../main/sim/index.js';
import type { Simulator } from '../../../../main/sim/index.js';
import { runCli } from './cli.js';

describe('ucwa relationship', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator();
  });
  afterAll(async () => {
    await sim.close();
  });

  const contact = () => {
    const c = sim.control.contacts().find((x) => x.inContactList && x.level !== 'Workgroup');
    if (!c) throw new Error('no contact');
    return c;
  };

  it('sets a level on the server (password on stdin) and reads it back (XML, password in env)', async () => {
    const c = contact();
    const set = await runCli(
      [
        'relationship',
        'set',
        '--discover',
        sim.discoverUrl,
        '--user',
        sim.user,
        '--password-stdin',
        c.uri,
        'Workgroup',
      ],
      { stdin: `${sim.password}\n` },
    );
    expect(set.stderr).toBe('');
    expect(set.code).toBe(0);
    expect(JSON.parse(set.stdout)).toEqual({ uri: c.uri, name: c.name, relationshipLevel: 'Workgroup' });
    expect(sim.control.getLevel(c.uri)).toBe('Workgroup');

    const get = await runCli(
      ['relationship', 'get', '--discover', sim.discoverUrl, '--user', sim.user, '--format', 'xml', c.uri],
      {
        env: { UCWA_PASSWORD: sim.password },
      },
    );
    expect(JSON.parse(get.stdout)).toMatchObject({ relationshipLevel: 'Workgroup' });

    const reset = await runCli(
      ['relationship', 'reset', '--discover', sim.discoverUrl, '--user', sim.user, c.uri],
      {
        env: { UCWA_PASSWORD: sim.password },
      },
    );
    const auto = c.sourceNetwork === 'SameEnterprise' ? 'Colleagues' : 'External';
    expect(JSON.parse(reset.stdout)).toEqual({
      uri: c.uri,
      name: c.name,
      relationshipLevel: auto,
      autoAssigned: true,
    });
    // The same words as the app's history: a reset is "reset to auto-assigned", not a level the user chose.
    expect(reset.stderr.trim()).toBe(
      `Reset to auto-assigned: ${c.name} now sees what ${auto === 'Colleagues' ? 'Colleagues' : 'External Contacts'} see.`,
    );
    expect(sim.control.getLevel(c.uri)).toBe(auto);
  });

  it('fails with one line on stderr and a non-zero code', async () => {
    const wrong = await runCli(
      ['relationship', 'get', '--discover', sim.discoverUrl, '--user', sim.user, contact().uri],
      {
        env: { UCWA_PASSWORD: 'not-the-password' },
      },
    );
    expect(wrong.code).toBe(1);
    expect(wrong.stderr.trim().split('\n')).toHaveLength(1);
    expect(wrong.stderr).toContain('InvalidGrant');
    expect(wrong.stderr).not.toContain('not-the-password');

    const stranger = await runCli(
      ['relationship', 'get', '--discover', sim.discoverUrl, '--user', sim.user, 'sip:nobody@fabrikam.com'],
      { env: { UCWA_PASSWORD: sim.password } },
    );
    expect(stranger.code).toBe(1);
    expect(stranger.stderr.trim()).toMatch(/sip:nobody@fabrikam\.com is not in your contacts\.$/);

    const usage = await runCli(['relationship', 'set', '--user', sim.user, contact().uri, 'Friends']);
    expect(usage.code).toBe(2);
  });
});
