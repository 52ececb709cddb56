// The backend over the simulator across two runs of the app: what changed in between comes as one summary
// notification that opens Activity on those changes; "Forget this account" and a sign-out without "Remember me"
// leave nothing to compare; the demo never keeps anything.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastKnownFileFor } from '../../../main/app/lastKnownFile.js';
import { memorySecrets, memorySettings } from '../../../main/ipc/memoryPorts.js';
import type { SecretPort, SettingsPort } from '../../../main/ipc/ports.js';
import type { Simulator } from '../../../main/sim/index.js';
import { backendHarness } from '../../support/backendHarness.js';

const harness = backendHarness();

async function world() {
  const sim = await harness.simulator({ seed: 3, contacts: 8, password: 'S3cret-pa55' });
  const folder = mkdtempSync(join(tmpdir(), 'ucwa-away-backend-'));
  harness.cleanup(() => rmSync(folder, { recursive: true, force: true }));
  return { sim, folder, secrets: memorySecrets(), settings: memorySettings() };
}

function launch(w: { sim: Simulator; folder: string; secrets: SecretPort; settings: SettingsPort }) {
  return harness.launch({
    settings: w.settings,
    secrets: w.secrets,
    demo: w.sim,
    lastKnown: (user) => lastKnownFileFor(w.folder, user),
  });
}

describe('backend: while you were away', () => {
  it('one summary notification for what changed between two runs; a click opens Activity on those changes', async () => {
    const w = await world();
    const first = launch(w);
    expect(await first.signIn(w.sim, { rememberPassword: true })).toMatchObject({ ok: true });
    await first.backend.shutdown();

    const [a, b] = w.sim.control.contacts().filter((c) => c.inContactList);
    if (a === undefined || b === undefined) throw new Error('too few contacts');
    w.sim.control.setLevel(a.uri, 'Blocked');
    w.sim.control.setLevel(b.uri, 'FriendsAndFamily');

    const second = launch(w);
    await second.backend.restoreSession();
    expect(second.backend.getState().session.kind).toBe('connected');
    const shown = second.notifier.shown;
    expect(shown.map((n) => n.title)).toEqual(['While you were away: 2 relationships changed']);
    expect(shown[0]?.body).toMatch(/is now blocked|now sees what Friends and Family see/);
    expect(shown[0]?.body).toMatch(/Changed between .+ and .+\./);
    shown[0]?.click();
    await second.dispatch('app:ready'); // the page is there: queued pushes arrive
    expect(second.pushes.filter((p) => p.channel === 'app:navigate').map((p) => p.payload)).toEqual([
      { view: 'activity', filter: 'whileAway' },
    ]);
    expect(second.backend.getState().unseenChanges).toBe(2);
    expect(
      second.backend
        .recentChanges(5)
        .map((c) => c.contact.uri)
        .sort(),
    ).toEqual([a.uri, b.uri].sort());
  });

  it('a sign-out without "Remember me" and "Forget this account" leave nothing to compare; the demo keeps nothing', async () => {
    const w = await world();
    const first = launch(w);
    await first.signIn(w.sim, { rememberPassword: false });
    expect(readdirSync(w.folder)).toHaveLength(1); // kept while the account is in use
    await first.dispatch('session:sign-out');
    expect(readdirSync(w.folder)).toEqual([]);

    await first.signIn(w.sim, { rememberPassword: true });
    await first.dispatch('session:sign-out');
    expect(readdirSync(w.folder)).toHaveLength(1); // remembered: kept for the next sign-in
    await first.dispatch('session:forget-account');
    expect(readdirSync(w.folder)).toEqual([]);
    expect(w.settings.get().user).toBeNull();

    await first.dispatch('session:try-demo');
    await first.dispatch('session:sign-out');
    expect(readdirSync(w.folder)).toEqual([]);
  });

  it('About names the server, the account and the sign-in method, and no secret', async () => {
    const w = await world();
    const { dispatch, signIn } = launch(w);
    await signIn(w.sim);
    const about = await dispatch('app:about');
    expect(about).toMatchObject({
      ok: true,
      value: { user: w.sim.user, server: new URL(w.sim.discoverUrl).host, signInMethod: 'password' },
    });
    expect(JSON.stringify(about)).not.toContain(w.sim.password);
    expect(await dispatch('session:retry-now')).toMatchObject({
      ok: true,
      value: { session: { kind: 'connected' } },
    });
  });
});
