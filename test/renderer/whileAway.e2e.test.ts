// "While you were away" end to end (issue 19): the app ran once, levels changed while it was not running, the next
// start shows one summary notification; clicking it opens Activity filtered to those changes, each row saying the
// interval it happened in ("changed between Tue 18:02 and Wed 08:15"), axe-clean. The built renderer in Debian's
// Chromium, `window.ucwa` bound to the real backend signing in to the simulator with a real account (the demo never
// compares anything).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastKnownFileFor } from '../../main/app/lastKnownFile.js';
import { createBackend } from '../../main/backend/index.js';
import { memorySecrets, memorySettings, recordingNotifier } from '../../main/ipc/memoryPorts.js';
import { startSimulator } from '../../main/sim/index.js';
import type { Simulator } from '../../main/sim/index.js';
import { requireOrSkip } from '../support/requirements.js';
import { missingPieces, startRendererHarness, type RendererHarness } from '../support/rendererHarness.js';

const missing = missingPieces();
const run = requireOrSkip('renderer e2e (Chromium)', missing === null, missing ?? '');
const trusted = { trusted: true };

describe.skipIf(!run)('while you were away, in Chromium', () => {
  let sim: Simulator;
  let folder: string;
  let h: RendererHarness | undefined;

  const signIn = (dispatch: ReturnType<typeof createBackend>['dispatch']) =>
    dispatch(
      'session:sign-in',
      { server: sim.discoverUrl, sipAddress: sim.user, password: sim.password, rememberPassword: true },
      trusted,
    );

  beforeAll(async () => {
    sim = await startSimulator({ seed: 3, contacts: 12, demoScenario: false });
    folder = mkdtempSync(join(tmpdir(), 'ucwa-away-e2e-'));
    // The first run: signed in, then quit.
    const first = createBackend({
      settings: memorySettings(),
      secrets: memorySecrets(),
      notifier: recordingNotifier(),
      startDemoServer: async () => sim,
      lastKnown: (user) => lastKnownFileFor(folder, user),
    });
    expect(await signIn((...a) => first.dispatch(...a))).toMatchObject({ ok: true });
    await first.shutdown();
  });
  afterAll(async () => {
    await h?.close();
    await sim?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('shows the summary, then Activity with only the changes made in between', async () => {
    const [a, b] = sim.control.contacts().filter((c) => c.inContactList);
    if (a === undefined || b === undefined) throw new Error('too few contacts');
    sim.control.setLevel(a.uri, a.level === 'Blocked' ? 'Workgroup' : 'Blocked');
    sim.control.setLevel(b.uri, b.level === 'FriendsAndFamily' ? 'External' : 'FriendsAndFamily');

    h = await startRendererHarness({ backendDeps: { lastKnown: (user) => lastKnownFileFor(folder, user) } });
    const page = h.page;
    await page.getByRole('heading', { name: 'Sign in to Skype for Business' }).waitFor();
    expect(await signIn((...args) => (h as RendererHarness).backend.dispatch(...args))).toMatchObject({
      ok: true,
    });
    const summary = h.notifier.shown.find((n) => n.title.startsWith('While you were away'));
    expect(summary?.title).toBe('While you were away: 2 relationships changed');
    summary?.click();

    const away = page.getByTestId('activity-away');
    await away.waitFor();
    await expect(away.textContent()).resolves.toMatch(
      /While you were away:\s*2 relationships changed between \w{3} \d\d:\d\d and \w{3} \d\d:\d\d\./,
    );
    const rows = page.getByTestId('activity-row');
    await expect.poll(() => rows.count()).toBe(2);
    for (const name of [a.name, b.name]) {
      const row = rows.filter({ hasText: name });
      await expect(row.getByTestId('activity-between').textContent()).resolves.toMatch(
        /^changed between \w{3} \d\d:\d\d and \w{3} \d\d:\d\d$/,
      );
    }
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await h.screenshot('activity-while-away');

    // "Show all changes" leaves the filter; the same two are all there is.
    await away.getByRole('button', { name: 'Show all changes' }).click();
    await away.waitFor({ state: 'detached' });
    await expect.poll(() => rows.count()).toBe(2);
    expect(h.errors).toEqual([]);
  });
});
