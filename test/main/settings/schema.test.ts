import { describe, expect, it } from 'vitest';
import { SETTINGS_VERSION, settingsPortOver } from '../../../main/settings/schema.js';
import type { StoreLike } from '../../../main/settings/schema.js';

function backing(initial: Record<string, unknown>): StoreLike & { writes: number } {
  let data = initial;
  const b = {
    writes: 0,
    get store() {
      return data;
    },
    set store(next: Record<string, unknown>) {
      b.writes += 1;
      data = next;
    },
  };
  return b;
}

describe('settings', () => {
  it('starts from the defaults on a fresh install, with a stable endpoint id and no secrets', () => {
    const store = backing({});
    const settings = settingsPortOver(store).get();
    expect(settings).toMatchObject({
      serverAddress: null,
      format: 'json',
      notifyRelationshipChanges: true,
      pausedUntil: null,
      theme: 'system',
      rememberPassword: false,
    });
    expect(settings.endpointId).toMatch(/^[0-9a-f-]{36}$/);
    expect(store.store.settingsVersion).toBe(SETTINGS_VERSION);
    expect(settingsPortOver(store).get().endpointId).toBe(settings.endpointId);
    expect(Object.keys(store.store).join()).not.toMatch(/password"|token/i);
  });

  it('migrates a version-1 file: one notifications switch and discoverUrl', () => {
    const store = backing({
      notifications: false,
      discoverUrl: 'https://lync.contoso.com',
      user: 'sip:me@contoso.com',
    });
    const settings = settingsPortOver(store).get();
    expect(settings).toMatchObject({
      serverAddress: 'https://lync.contoso.com',
      user: 'sip:me@contoso.com',
      notifyRelationshipChanges: false,
      notifyInvitations: false,
      notifySignedOut: false,
    });
    expect(store.store).not.toHaveProperty('notifications');
    expect(store.store).not.toHaveProperty('discoverUrl');
  });

  it('persists updates and does not rewrite a current file on open', () => {
    const store = backing({});
    settingsPortOver(store).update({ theme: 'dark', pausedUntil: 123 });
    const writes = store.writes;
    expect(settingsPortOver(store).get()).toMatchObject({ theme: 'dark', pausedUntil: 123 });
    expect(store.writes).toBe(writes);
  });
});
