// Settings as main saved them, and pausing notifications.
import type { IpcError, SettingsPatch, SettingsView } from '../../../../main/ipc/contract.js';
import { call } from '../bridge.js';
import { session } from './session.svelte.js';

class SettingsStore {
  value = $state<SettingsView | null>(null);
  /** The first load has answered (with settings or not): what waits for the saved values need wait no longer. */
  loaded = $state(false);

  async load(): Promise<void> {
    try {
      const r = await call('settings:get');
      if (r.ok) this.value = r.value;
    } finally {
      this.loaded = true;
    }
  }

  async update(patch: SettingsPatch): Promise<IpcError | null> {
    const r = await call('settings:set', patch);
    if (!r.ok) return r.error;
    this.value = r.value;
    return null;
  }

  async pause(span: '1h' | 'tomorrow' | 'resume'): Promise<IpcError | null> {
    const r = await call('notifications:pause', { for: span });
    if (!r.ok) return r.error;
    if (session.app) session.app = { ...session.app, pausedUntil: r.value.pausedUntil };
    if (this.value) this.value = { ...this.value, pausedUntil: r.value.pausedUntil };
    return null;
  }
}

export const settings = new SettingsStore();
