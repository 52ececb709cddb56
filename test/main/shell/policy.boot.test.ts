// The managed configuration in the booted app (Linux's policy.json, as an administrator writes it): its values win
// over the user's settings and are locked, a change to a locked setting is refused without touching the user's file,
// a wrong value is reported in words and ignored on its own, and a damaged policy file never stops start-up. The
// policy file is the development build's UCWA_TRAY_POLICY_FILE (a packaged app reads only /etc/ucwa-tray).
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AppStateView, IpcResult, SettingsView } from '../../../main/ipc/contract.js';
import { RETURNING_USER, bootMain, mainBundle, userDataWith } from '../../support/fakeElectron/boot.js';

const run = existsSync(mainBundle) || process.env.CI === 'true';

function policyFile(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'ucwa-tray-policy-')), 'policy.json');
  writeFileSync(file, text);
  return file;
}

describe.runIf(run)('managed configuration at start', () => {
  it('sets and locks what the policy says, refuses changes to it, and reports a wrong value', async () => {
    const userData = userDataWith({ ...RETURNING_USER, notifyInvitations: true, startAtLogin: false });
    const booted = await bootMain([], {
      FAKE_ELECTRON_PLATFORM: 'linux',
      FAKE_ELECTRON_USER_DATA: userData,
      UCWA_TRAY_POLICY_FILE: policyFile(
        JSON.stringify({
          ServerAddress: 'https://lyncdiscover.fabrikam.com',
          NotifyInvitations: false,
          StartAtLogin: 1,
          OfferDemo: 'sometimes',
        }),
      ),
    });
    try {
      await booted.call('waitForTooltip', { includes: 'Signed out' });
      await booted.call('secondInstance', {});
      await booted.call('waitForWindowVisible');
      const read = await booted.call<IpcResult<SettingsView>>('invoke', {
        channel: 'settings:get',
        as: 'window',
      });
      expect(read).toMatchObject({
        ok: true,
        value: {
          serverAddress: 'https://lyncdiscover.fabrikam.com',
          notifyInvitations: false,
          startAtLogin: true,
          locked: ['notifyInvitations', 'serverAddress', 'startAtLogin'],
        },
      });

      // The user tries anyway (a stale form): the policy's value stays, the user's own value stays in their file.
      const set = await booted.call<IpcResult<SettingsView>>('invoke', {
        channel: 'settings:set',
        args: { notifyInvitations: true, notifySignedOut: false },
        as: 'window',
      });
      expect(set).toMatchObject({ ok: true, value: { notifyInvitations: false, notifySignedOut: false } });
      const file = JSON.parse(readFileSync(join(userData, 'settings.json'), 'utf8')) as Record<
        string,
        unknown
      >;
      expect(file).toMatchObject({
        serverAddress: RETURNING_USER.serverAddress,
        notifyInvitations: true,
        startAtLogin: false,
        notifySignedOut: false,
      });

      const problem = 'The policy OfferDemo in';
      expect(booted.output()).toContain(problem);
      // The log file in the platform's log folder has it too, and so does "Copy diagnostics".
      expect(readFileSync(join(userData, 'logs', 'main.log'), 'utf8')).toContain(problem);
      const diagnostics = await booted.call<IpcResult<{ text: string }>>('invoke', {
        channel: 'app:diagnostics',
        as: 'window',
      });
      if (!diagnostics.ok) throw new Error(diagnostics.error.message);
      expect(diagnostics.value.text).toContain(
        'Set by the organisation: notifyInvitations, serverAddress, startAtLogin',
      );
      expect(diagnostics.value.text).toContain(`Policy problem: ${problem}`);
      expect(diagnostics.value.text).toMatch(/Last \d+ log lines:\n[\s\S]*\[warn\] The policy OfferDemo/);
    } finally {
      booted.kill();
    }
  });

  it('starts as usual, with nothing locked, when the policy file is not JSON', async () => {
    const booted = await bootMain([], {
      FAKE_ELECTRON_PLATFORM: 'linux',
      UCWA_TRAY_POLICY_FILE: policyFile('{ "ServerAddress": "https://lync.contoso.com", '),
    });
    try {
      await booted.call('waitForWindowVisible'); // a first run: no server from the policy either
      const ready = await booted.call<IpcResult<AppStateView>>('invoke', {
        channel: 'app:ready',
        as: 'window',
      });
      expect(ready).toMatchObject({ ok: true, value: { firstRun: true } });
      const read = await booted.call<IpcResult<SettingsView>>('invoke', {
        channel: 'settings:get',
        as: 'window',
      });
      expect(read).toMatchObject({ ok: true, value: { serverAddress: null, locked: [] } });
      expect(booted.output()).toMatch(/The policy file .*policy\.json is ignored: it is not valid JSON/);
      expect(booted.output()).not.toContain('start-up failed');
    } finally {
      booted.kill();
    }
  });
});
