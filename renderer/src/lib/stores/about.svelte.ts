// About: version, server and account from main (app:about), and the redacted diagnostics text (app:diagnostics)
// for "Copy diagnostics".
import type { AboutView, IpcError } from '../../../../main/ipc/contract.js';
import { call } from '../bridge.js';
import { copyText } from '../clipboard.js';

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
    if (!r.ok) return `Could not collect diagnostics: ${r.error.message}`;
    return (await copyText(r.value.text))
      ? 'Diagnostics copied. Paste them into your message to support.'
      : 'Could not copy to the clipboard.';
  }
}

export const about = new AboutStore();
