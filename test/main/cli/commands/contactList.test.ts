// `ucwa contacts` and `ucwa groups` against the simulator: NDJSON lines a script can rely on, the server changed as
// asked, and one line on stderr with a non-zero code when the server refuses or offers no such change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator } from '../../../../main/sim/index.js';
import type { Simulator } from '../../../../main/sim/index.js';
import { runCli } from './cli.js';

const lines = (stdout: string): Array<Record<string, unknown>> =>
  stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('ucwa contacts and ucwa groups', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ seed: 5 });
  });
  afterAll(async () => {
    await sim.close();
  });
  const cli = (args: string[], format = 'json') =>
    runCli(
      [
        ...args.slice(0, 2),
        '--discover',
        sim.discoverUrl,
        '--user',
        sim.user,
        '--format',
        format,
        ...args.slice(2),
      ],
      {
        env: { UCWA_PASSWORD: sim.password },
      },
    );

  it('searches with a limit, adds the person found to a new group, removes them, and deletes the group (XML)', async () => {
    const found = await cli(['contacts', 'search', '--limit', '100', 'contoso'], 'xml');
    expect(found.stderr).toBe('');
    const people = lines(found.stdout).filter((l) => l.type === 'person');
    const listed = new Set(sim.control.contacts().map((c) => c.uri));
    const stranger = people.find((p) => !listed.has(String(p.uri)));
    expect(stranger?.inContactList).toBe(false);
    expect(stranger?.relationshipLevel).toBe(sim.control.getLevel(String(stranger?.uri)));
    const few = lines((await cli(['contacts', 'search', '--limit', '2', 'contoso'])).stdout);
    expect(few.filter((l) => l.type === 'person')).toHaveLength(2);
    expect(few.at(-1)).toMatchObject({ type: 'summary', moreResultsAvailable: true });

    const created = await cli(['groups', 'create', 'Night shift']);
    expect(lines(created.stdout)[0]).toMatchObject({
      type: 'group',
      name: 'Night shift',
      kind: 'group',
      editable: true,
    });
    const add = await cli(['contacts', 'add', '--group', 'night shift', String(stranger?.uri)]);
    expect(add.stderr).toBe('');
    expect(lines(add.stdout)[0]).toMatchObject({
      type: 'added',
      uri: stranger?.uri,
      group: { name: 'Night shift' },
    });
    expect(sim.control.groups().find((g) => g.name === 'Night shift')?.members).toEqual([stranger?.uri]);

    const list = lines((await cli(['groups', 'list'], 'xml')).stdout);
    expect(list[0]).toMatchObject({ type: 'contactList', canCreateGroups: true });
    expect(list.find((g) => g.name === 'Night shift')?.members).toEqual([
      expect.objectContaining({ uri: stranger?.uri }),
    ]);
    expect(list.map((g) => g.kind)).toEqual(
      expect.arrayContaining(['pinnedGroup', 'delegatesGroup', 'myOrganizationGroup']),
    );

    const renamed = await cli(['groups', 'rename', 'Night shift', 'Day shift']);
    expect(lines(renamed.stdout)[0]).toMatchObject({ name: 'Day shift' });
    const removed = await cli(['contacts', 'remove', String(stranger?.uri)]);
    expect(lines(removed.stdout)[0]).toEqual({ type: 'removed', uri: stranger?.uri, group: null });
    expect(sim.control.contacts().some((c) => c.uri === stranger?.uri)).toBe(false);
    const deleted = await cli(['groups', 'delete', 'Day shift']);
    expect(lines(deleted.stdout)[0]).toMatchObject({ type: 'deleted', name: 'Day shift' });
    expect(sim.control.groups().some((g) => g.name === 'Day shift')).toBe(false);
  }, 90_000); // eleven commands, each its own process signing in

  it('refuses in one line: a duplicate group, a system group, a group that does not exist, a bad limit', async () => {
    const dup = await cli(['groups', 'create', 'Other Contacts']);
    expect(dup.code).toBe(1);
    expect(dup.stderr.trim().split('\n')).toHaveLength(1);
    expect(dup.stderr).toMatch(/already a group with that name.*\[Conflict\/AlreadyExists\]/);
    const system = await cli(['groups', 'delete', 'Favorites']);
    expect(system.code).toBe(1);
    expect(system.stderr).toMatch(/Only your own groups can be renamed or deleted/);
    const none = await cli(['contacts', 'add', '--group', 'No such', 'sip:a@contoso.com']);
    expect(none.code).toBe(1);
    expect(none.stderr.trim()).toBe('ucwa contacts: there is no group "No such"');
    const limit = await cli(['contacts', 'search', '--limit', '500', 'x']);
    expect(limit.code).toBe(2);
    expect(limit.stdout).toBe('');
  }, 60_000);
});

describe('ucwa groups without the unified contact store', () => {
  it('lists the groups read-only with the reason, and refuses a change without sending it', async () => {
    const sim = await startSimulator({ unifiedContactStore: false });
    try {
      const env = { env: { UCWA_PASSWORD: sim.password } };
      const base = ['--discover', sim.discoverUrl, '--user', sim.user];
      const list = await runCli(['groups', 'list', ...base], env);
      expect(lines(list.stdout)[0]).toMatchObject({ type: 'contactList', canCreateGroups: false });
      expect(String(lines(list.stdout)[0]?.reason)).toMatch(/unified contact store/);
      const before = sim.control.groups().length;
      const create = await runCli(['groups', 'create', 'X', ...base], env);
      expect(create.code).toBe(1);
      expect(create.stderr).toMatch(/unified contact store.*\[NotAvailable\]/);
      expect(sim.control.groups()).toHaveLength(before);
    } finally {
      await sim.close();
    }
  });
});
