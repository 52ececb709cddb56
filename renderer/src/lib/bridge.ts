// The one door to main: `window.ucwa.invoke`, with a throwing bridge turned into an error result.
import type { InvokeArgs, InvokeChannel, InvokeResults, IpcResult } from '../../../main/ipc/contract.js';
import { unexpected } from './errors.js';

export async function call<C extends InvokeChannel>(
  channel: C,
  args?: InvokeArgs<C>,
): Promise<IpcResult<InvokeResults[C]>> {
  try {
    return await window.ucwa.invoke(channel, args);
  } catch (cause) {
    return { ok: false, error: unexpected(cause) };
  }
}

/** Links (mailto:, tel:, sip:, https:) open in the OS through main; the window itself never navigates. */
export function openExternal(url: string): void {
  void call('shell:open-external', { url });
}
