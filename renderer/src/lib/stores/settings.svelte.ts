// Settings as main saved them, and pausing notifications.
import type { IpcError, SettingsPatch, SettingsView } from '../../../../main/ipc/contract.js';
import { call } from '../bridge.js';
import { session } from './session.svelte.js';

class SettingsStore {
  value = $state<SettingsView | null>(null);

  async load(): Promise<void> {
    const r = await call('settings:get');
    if (r.ok) this.value = r.value;
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
