// About: version, server and account from main (app:about), and the redacted diagnostics text (app:diagnostics)
// for "Copy diagnostics". Both channels are new in main: until it answers them, the page says so.
import type { IpcError } from '../../../../main/ipc/contract.js';
import { copyText } from '../clipboard.js';
import { callPending, type AboutInfo } from '../pending.js';

export type AboutState =
  | { kind: 'loading' }
  | { kind: 'absent' }
  | { kind: 'error'; error: IpcError }
  | { kind: 'ok'; info: AboutInfo };

class AboutStore {
  state = $state<AboutState>({ kind: 'loading' });

  async load(): Promise<void> {
    this.state = { kind: 'loading' };
    const r = await callPending('app:about');
    if (r === 'absent') this.state = { kind: 'absent' };
    else this.state = r.ok ? { kind: 'ok', info: r.value } : { kind: 'error', error: r.error };
  }

  /** Copies the diagnostics; says what happened in words. */
  async copyDiagnostics(): Promise<string> {
    const r = await callPending('app:diagnostics');
    if (r === 'absent') return 'This version of the app cannot collect diagnostics yet.';
    if (!r.ok) return `Could not collect diagnostics: ${r.error.message}`;
    return (await copyText(r.value.text))
      ? 'Diagnostics copied. Paste them into your message to support.'
      : 'Could not copy to the clipboard.';
  }
}

export const about = new AboutStore();
