// Quitting in the booted app, on each platform's rules (test/support/fakeElectron/app.mjs): the user's Quit signs
// out cleanly first; an OS-initiated quit (logout, restart, shutdown) is never cancelled or held up.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bootMain, mainBundle } from '../../support/fakeElectron/boot.js';
import type { Snapshot } from '../../support/fakeElectron/boot.js';

const run = existsSync(mainBundle) || process.env.CI === 'true';

async function connectedDemo(platform: string) {
  const booted = await bootMain(['--demo'], { FAKE_ELECTRON_PLATFORM: platform });
  await booted.call('waitForTooltip', { includes: 'Connected' });
  return booted;
}

describe.runIf(run)('an OS-initiated quit', () => {
  it('macOS logout: not cancelled (before-quit lets it through) and the app exits', async () => {
    const booted = await connectedDemo('darwin');
    try {
      const outcome = await booted.call<Snapshot['osQuit']>('osQuit', { kind: 'logout' });
      expect(await booted.exited).toBe(0);
      expect(outcome).toMatchObject({ cancelled: false, blockedBy: null });
      expect(booted.lifecycleAtExit()).toEqual([
        'shutdown',
        'before-quit',
        'window-closed',
        'will-quit',
        'quit',
      ]);
    } finally {
      booted.kill();
    }
  });

  it('Linux restart: the shutdown is held only for the bounded clean-up, which signs out, then the app quits', async () => {
    const booted = await connectedDemo('linux');
    try {
      const outcome = await booted.call<Snapshot['osQuit']>('osQuit', { kind: 'restart' });
      expect(await booted.exited).toBe(0);
      expect(outcome).toMatchObject({ cancelled: false });
      expect(booted.lifecycleAtExit()).toEqual([
        'shutdown:delayed',
        'before-quit',
        'window-closed',
        'will-quit',
        'quit',
      ]);
      expect(booted.fetchedAtExit().at(-1)?.method).toBe('DELETE');
    } finally {
      booted.kill();
    }
  });

  it('Linux logout (SIGTERM alone): the quit goes through', async () => {
    const booted = await connectedDemo('linux');
    try {
      // No `shutdown` event: the quit sequence starts at once and the clean-up is awaited as for a user's Quit.
      await booted.call('osQuit', { kind: 'logout' });
      expect(await booted.exited).toBe(0);
      expect(booted.lifecycleAtExit()).toContain('quit');
    } finally {
      booted.kill();
    }
  });

  // Windows ends the process right after session-end: the sign-out is started, not waited for (the server lets the
  // application expire on its own).
  it('Windows shutdown: nothing blocks it, and the sign-out is started on session-end', async () => {
    const booted = await connectedDemo('win32');
    try {
      const outcome = await booted.call<Snapshot['osQuit']>('osQuit', { kind: 'shutdown' });
      expect(await booted.exited).toBe(0);
      expect(outcome).toMatchObject({ cancelled: false, blockedBy: null });
      expect(booted.lifecycleAtExit()).toEqual(['query-session-end', 'session-end']);
      expect(booted.output()).toMatch(/the OS is ending the session.*session-end/);
    } finally {
      booted.kill();
    }
  });
});

describe.runIf(run)("the user's Quit", () => {
  for (const platform of ['darwin', 'linux', 'win32']) {
    it(`${platform}: signs out of the UCWA application first, then quits`, async () => {
      const booted = await connectedDemo(platform);
      try {
        await booted.call('clickMenu', { path: ['Quit UCWA Tray'] });
        expect(await booted.exited).toBe(0);
        expect(booted.lifecycleAtExit()).toEqual([
          'before-quit:prevented',
          'before-quit',
          'window-closed',
          'will-quit',
          'quit',
        ]);
        expect(booted.fetchedAtExit().at(-1)?.method).toBe('DELETE');
      } finally {
        booted.kill();
      }
    });
  }
});
