// A server that puts escape sequences in what it says: the error subcode `relationship` prints, a contact's name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator } from '../../../../main/sim/index.js';
import type { Simulator } from '../../../../main/sim/index.js';
import { runCli } from './cli.js';

// eslint-disable-next-line no-control-regex -- what must not reach the terminal
const RAW_CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

describe('ucwa relationship with a hostile server', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ seed: 5 });
  });
  afterAll(async () => {
    await sim.close();
  });

  const args = (contact: string) => [
    'relationship',
    'get',
    '--discover',
    sim.discoverUrl,
    '--user',
    sim.user,
    contact,
  ];
  const env = () => ({ UCWA_PASSWORD: sim.password });

  it('prints an error subcode with ESC and BEL in it without them', async () => {
    const contact = sim.control.contacts().find((c) => c.inContactList);
    if (!contact) throw new Error('no contact');
    sim.control.faults.failNext(1, 403, {
      match: /privacyRelationship/,
      code: 'Forbidden',
      subcode: 'Denied\x1b]52;c;ZXZpbA==\x07\x1b[2J\x07',
    });
    const r = await runCli(args(contact.uri), { env: env() });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[Forbidden/Denied]');
    expect(r.stderr).not.toMatch(RAW_CONTROL);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('prints a contact name with escapes as JSON escapes: the exact name for a script, nothing for a terminal', async () => {
    const name = 'Mallory \x1b[8m\u202eredacted\x9b2J';
    sim.control.addContact({ uri: 'sip:mallory@contoso.com', name, inContactList: true });
    const r = await runCli(args('sip:mallory@contoso.com'), { env: env() });
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    expect(JSON.parse(r.stdout)).toMatchObject({ uri: 'sip:mallory@contoso.com', name });
  });
});
