// A policy over the user's own settings: the policy value wins and is locked, the user's value stays in their file.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyPolicy, loadPolicy, policySettings } from '../../../main/policy/index.js';
import type { LockableSetting } from '../../../main/policy/index.js';
import type { PolicyProblem } from '../../../main/policy/index.js';
import { policyProblemText } from '../../../main/words/policy.js';
import { defaultSettings, settingsPortOver } from '../../../main/settings/schema.js';

/** The problems as an administrator reads them (main/policy reports data; main/words/policy.ts says it). */
const said = (problems: readonly PolicyProblem[]): string[] => problems.map(policyProblemText);

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ucwa-policy-apply-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The settings file as electron-store keeps it: the whole object, read and written at once. */
function fileStore(path: string): { store: Record<string, unknown> } {
  return {
    get store() {
      return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    },
    set store(value) {
      writeFileSync(path, JSON.stringify(value));
    },
  };
}

describe('applyPolicy', () => {
  const user = {
    ...defaultSettings('endpoint-1'),
    serverAddress: 'mine.example.com',
    rememberPassword: true,
  };

  it('changes nothing and locks nothing without a policy, and allows everything', () => {
    const applied = applyPolicy(user, {});
    expect(applied.effective).toEqual(user);
    expect([...applied.locked]).toEqual([]);
    expect(applied.allows).toEqual({
      signInMethods: ['password', 'windows', 'passive'],
      rememberPassword: true,
      demo: true,
      trustedHosts: [],
    });
  });

  it('sets and locks what the policy sets; forbidding a remembered password turns it off', () => {
    const applied = applyPolicy(user, {
      serverAddress: 'lync.contoso.com',
      allowRememberPassword: false,
      notifySignedOut: false,
      startAtLogin: true,
      signInMethods: ['windows'],
      offerDemo: false,
      trustedHosts: ['contoso.com'],
    });
    expect(applied.effective).toEqual({
      ...user,
      serverAddress: 'lync.contoso.com',
      rememberPassword: false,
      notifySignedOut: false,
      startAtLogin: true,
    });
    expect([...applied.locked].sort()).toEqual(
      ['notifySignedOut', 'rememberPassword', 'serverAddress', 'startAtLogin'].sort(),
    );
    expect(applied.allows).toEqual({
      signInMethods: ['windows'],
      rememberPassword: false,
      demo: false,
      trustedHosts: ['contoso.com'],
    });
  });

  it('allowing a remembered password locks nothing: the user still chooses', () => {
    const applied = applyPolicy({ ...user, rememberPassword: false }, { allowRememberPassword: true });
    expect(applied.effective.rememberPassword).toBe(false);
    expect(applied.locked.has('rememberPassword')).toBe(false);
  });
});

describe('policySettings over the real settings file', () => {
  it('reads with the policy applied, refuses locked keys, keeps the user value in the file for later', async () => {
    const settingsFile = join(dir, 'config.json');
    await writeFile(
      settingsFile,
      JSON.stringify({ ...defaultSettings('endpoint-1'), settingsVersion: 2, startAtLogin: false }),
    );
    const policyFile = join(dir, 'policy.json');
    await writeFile(policyFile, JSON.stringify({ StartAtLogin: true, NotifyInvitations: false }));
    const loaded = await loadPolicy({
      platform: 'linux',
      appId: 'com.ucwatray.app',
      linuxPolicyFile: policyFile,
    });

    const refused: LockableSetting[][] = [];
    const settings = policySettings(settingsPortOver(fileStore(settingsFile)), loaded.policy, (k) =>
      refused.push(k),
    );
    expect(settings.get()).toMatchObject({ startAtLogin: true, notifyInvitations: false });

    // A Settings form sends every field back: unchanged locked values are no refusal; a changed one is.
    const after = settings.update({ ...settings.get(), theme: 'dark', startAtLogin: false });
    expect(after).toMatchObject({ theme: 'dark', startAtLogin: true, notifyInvitations: false });
    expect(refused).toEqual([['startAtLogin']]);

    const onDisk = JSON.parse(await readFile(settingsFile, 'utf8')) as Record<string, unknown>;
    expect(onDisk).toMatchObject({ theme: 'dark', startAtLogin: false, notifyInvitations: true });

    // The policy removed: the user's own values are back.
    await rm(policyFile);
    const none = await loadPolicy({
      platform: 'linux',
      appId: 'com.ucwatray.app',
      linuxPolicyFile: policyFile,
    });
    const freed = policySettings(settingsPortOver(fileStore(settingsFile)), none.policy);
    expect(freed.get()).toMatchObject({ theme: 'dark', startAtLogin: false, notifyInvitations: true });
  });
});

describe('the status alerts option under a policy file', () => {
  async function settingsUnder(policyJson: Record<string, unknown>) {
    const settingsFile = join(dir, 'config.json');
    await writeFile(
      settingsFile,
      JSON.stringify({
        ...defaultSettings('endpoint-1'),
        settingsVersion: 2,
        statusAlertsIncludeAway: false,
      }),
    );
    const policyFile = join(dir, 'policy.json');
    await writeFile(policyFile, JSON.stringify(policyJson));
    const loaded = await loadPolicy({
      platform: 'linux',
      appId: 'com.ucwatray.app',
      linuxPolicyFile: policyFile,
    });
    const refused: LockableSetting[][] = [];
    const settings = policySettings(settingsPortOver(fileStore(settingsFile)), loaded.policy, (k) =>
      refused.push(k),
    );
    const locked = applyPolicy(settings.get(), loaded.policy).locked;
    return { loaded, settings, refused, locked, settingsFile };
  }

  it("a valid value wins over the user's own and is locked; the user's value stays in their file", async () => {
    const { loaded, settings, refused, locked, settingsFile } = await settingsUnder({
      StatusAlertsIncludeAway: 1,
    });
    expect(loaded.problems).toEqual([]);
    expect(settings.get().statusAlertsIncludeAway).toBe(true);
    expect(locked.has('statusAlertsIncludeAway')).toBe(true);

    expect(settings.update({ statusAlertsIncludeAway: false }).statusAlertsIncludeAway).toBe(true);
    expect(refused).toEqual([['statusAlertsIncludeAway']]);
    const onDisk = JSON.parse(await readFile(settingsFile, 'utf8')) as Record<string, unknown>;
    expect(onDisk['statusAlertsIncludeAway']).toBe(false);
  });

  it("an invalid value is ignored, said in words, and the option stays the user's", async () => {
    const { loaded, settings, refused, locked } = await settingsUnder({
      StatusAlertsIncludeAway: 'sometimes',
      StartAtLogin: true,
    });
    expect(said(loaded.problems)).toEqual([
      `The policy StatusAlertsIncludeAway in ${join(dir, 'policy.json')} is ignored: it must be true or false (1 or 0).`,
    ]);
    expect(locked.has('statusAlertsIncludeAway')).toBe(false);
    expect(locked.has('startAtLogin')).toBe(true);
    expect(settings.update({ statusAlertsIncludeAway: true }).statusAlertsIncludeAway).toBe(true);
    expect(refused).toEqual([]);
  });
});
