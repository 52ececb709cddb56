// The backend under a managed configuration: the settings it serves and uses have the policy's values and name them
// locked, a change to a locked setting is refused (logged by name) while the rest is saved, the policy's sign-in
// keys come out as `allows`, and "Copy diagnostics" names the source, the locked keys and the ignored values.
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../main/backend/index.js';
import { managedSettings } from '../../../main/backend/managed.js';
import type { AppStateView } from '../../../main/ipc/contract.js';
import { memorySecrets, memorySettings, recordingNotifier } from '../../../main/ipc/memoryPorts.js';

const trusted = { trusted: true };

function recordingLog() {
  const lines: string[] = [];
  const at = (level: string) => (message: string, fields?: Record<string, unknown>) =>
    lines.push(`${level} ${message} ${JSON.stringify(fields ?? {})}`);
  return { lines, log: { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') } };
}

describe('managedSettings', () => {
  it('without a policy locks nothing and allows everything', () => {
    const managed = managedSettings(
      memorySettings({ notifyInvitations: false }),
      undefined,
      recordingLog().log,
    );
    expect(managed.locked).toEqual([]);
    expect(managed.allows).toEqual({
      signInMethods: ['password', 'windows', 'passive'],
      rememberPassword: true,
      demo: true,
      trustedHosts: [],
    });
    expect(managed.settings.update({ notifyInvitations: true }).notifyInvitations).toBe(true);
  });

  it("lays the policy over the user's settings and refuses a change to what it set", () => {
    const inner = memorySettings({ notifySignedOut: true, rememberPassword: true });
    const { lines, log } = recordingLog();
    const managed = managedSettings(
      inner,
      {
        policy: { serverAddress: 'lync.fabrikam.com', notifySignedOut: false, allowRememberPassword: false },
        problems: [],
        found: ['HKEY_LOCAL_MACHINE\\Software\\Policies\\UCWA Tray'],
      },
      log,
    );
    expect(managed.locked).toEqual(['notifySignedOut', 'rememberPassword', 'serverAddress']);
    expect(managed.allows.rememberPassword).toBe(false);
    expect(managed.settings.get()).toMatchObject({
      serverAddress: 'lync.fabrikam.com',
      notifySignedOut: false,
      rememberPassword: false,
    });
    const after = managed.settings.update({ notifySignedOut: true, theme: 'dark' });
    expect(after).toMatchObject({ notifySignedOut: false, theme: 'dark' });
    // The user's own value is still theirs, for when the policy goes.
    expect(inner.get()).toMatchObject({ notifySignedOut: true, theme: 'dark', serverAddress: null });
    expect(lines.some((l) => l.startsWith('warn ') && l.includes('notifySignedOut'))).toBe(true);
  });
});

describe('the backend with a policy', () => {
  it('serves the locked settings, starts as configured (no first run), and reports the policy in diagnostics', async () => {
    const backend = createBackend({
      settings: memorySettings(),
      secrets: memorySecrets(),
      notifier: recordingNotifier(),
      startDemoServer: () => Promise.reject(new Error('no demo')),
      signInAtStart: false,
      policy: {
        policy: { serverAddress: 'https://lyncdiscover.fabrikam.com', notifyRelationshipChanges: false },
        problems: [
          'The policy OfferDemo in /etc/ucwa-tray/policy.json is ignored: it must be true or false (1 or 0).',
        ],
        found: ['/etc/ucwa-tray/policy.json'],
      },
    });
    try {
      const set = await backend.dispatch('settings:set', { notifyRelationshipChanges: true }, trusted);
      expect(set).toMatchObject({
        ok: true,
        value: {
          serverAddress: 'https://lyncdiscover.fabrikam.com',
          notifyRelationshipChanges: false,
          locked: ['notifyRelationshipChanges', 'serverAddress'],
        },
      });
      expect(backend.settings().locked).toEqual(['notifyRelationshipChanges', 'serverAddress']);
      const ready = await backend.dispatch('app:ready', undefined, trusted);
      expect(ready).toMatchObject({ ok: true, value: { firstRun: false } });
      const diagnostics = await backend.dispatch('app:diagnostics', undefined, trusted);
      if (!diagnostics.ok) throw new Error(diagnostics.error.message);
      const text = (diagnostics.value as { text: string }).text;
      expect(text).toContain('Managed configuration: /etc/ucwa-tray/policy.json');
      expect(text).toContain('Set by the organisation: notifyRelationshipChanges, serverAddress');
      expect(text).toContain('Policy problem: The policy OfferDemo');
    } finally {
      await backend.shutdown();
    }
  });

  it('pushes what the desktop cannot do when the shell reports it', async () => {
    const backend = createBackend({
      settings: memorySettings(),
      secrets: memorySecrets(),
      notifier: recordingNotifier(),
      startDemoServer: () => Promise.reject(new Error('no demo')),
      signInAtStart: false,
    });
    const pushed: AppStateView[] = [];
    backend.onPush((channel, payload) => {
      if (channel === 'state:changed') pushed.push(payload as AppStateView);
    });
    try {
      await backend.dispatch('app:ready', undefined, trusted);
      expect(backend.getState().desktop).toEqual({ notifications: true, tray: true });
      backend.reportDesktop({ notifications: false });
      expect(pushed.at(-1)?.desktop).toEqual({ notifications: false, tray: true });
      backend.reportDesktop({ tray: false });
      expect(pushed.at(-1)?.desktop).toEqual({ notifications: false, tray: false });
    } finally {
      await backend.shutdown();
    }
  });
});
