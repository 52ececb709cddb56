// About: version, server and account from main (app:about), and the redacted diagnostics text (app:diagnostics)
// for "Copy diagnostics".
import { m } from '../../../../i18n/paraglide/messages.js';
import type { AboutView, IpcError } from '../../../../main/ipc/contract.js';
import { call } from '../bridge.js';
import { copyText } from '../clipboard.js';
import { loc } from '../locale.js';

export type AboutState =
  { kind: 'loading' } | { kind: 'error'; error: IpcError } | { kind: 'ok'; info: AboutView };

class AboutStore {
  state = $state<AboutState>({ kind: 'loading' });

  async load(): Promise<void> {
    this.state = { kind: 'loading' };
    const r = await call('app:about');
    this.state = r.ok ? { kind: 'ok', info: r.value } : { kind: 'error', error: r.error };
  }

  /** Copies the diagnostics; says what happened in words. */
  async copyDiagnostics(): Promise<string> {
    const r = await call('app:diagnostics');
    if (!r.ok) return m.store_diagnostics_failed({ reason: r.error.message }, loc());
    return (await copyText(r.value.text))
      ? m.store_diagnostics_copied({}, loc())
      : m.store_clipboard_failed({}, loc());
  }
}

export const about = new AboutStore();
