// The bridge the preload gives the page: typed invoke and push, and nothing else.
import type { InvokeChannel, PushChannel } from '../channels.js';
import type { IpcResult } from './errors.js';
import type { InvokeArgs, InvokeResults } from './invoke.js';
import type { PushPayloads } from './push.js';

/** What the preload exposes as `window.ucwa`: nothing else reaches the page. */
export interface UcwaBridge {
  invoke<C extends InvokeChannel>(channel: C, args?: InvokeArgs<C>): Promise<IpcResult<InvokeResults[C]>>;
  on<P extends PushChannel>(channel: P, listener: (payload: PushPayloads[P]) => void): () => void;
}
