// The preload: the only bridge between the sandboxed page and main. It exposes exactly one global,
// `window.ucwa` (UcwaBridge in main/ipc/contract.ts): invoke(channel, args) and on(channel, listener) → unsubscribe.
// ipcRenderer itself never reaches the page, and only the contract's channel names pass in either direction.
// Built as one CommonJS file (out/preload/index.cjs): a sandboxed preload cannot load ESM or chunks.
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
// Channel names from the zod-free module: the preload passes names through, main validates the arguments.
import { invokeChannels, pushChannels } from '../main/ipc/channels.js';
import type { IpcResult, UcwaBridge } from '../main/ipc/contract.js';

const invokeNames: ReadonlySet<string> = new Set(invokeChannels);
const pushNames: ReadonlySet<string> = new Set(pushChannels);

function invoke(channel: string, args?: unknown): Promise<IpcResult<unknown>> {
  if (!invokeNames.has(channel)) {
    return Promise.resolve({ ok: false, error: { code: 'InvalidArgument', message: 'Unknown request.' } });
  }
  return ipcRenderer.invoke(channel, args) as Promise<IpcResult<unknown>>;
}

function on(channel: string, listener: (payload: unknown) => void): () => void {
  if (!pushNames.has(channel)) return () => {};
  // The event object (with `sender`, i.e. ipcRenderer) is dropped: the page gets the payload only.
  const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
  ipcRenderer.on(channel, forward);
  return () => {
    ipcRenderer.removeListener(channel, forward);
  };
}

// The generic signatures are the contract's; the runtime checks above are what make them true.
const bridge: UcwaBridge = { invoke: invoke as UcwaBridge['invoke'], on: on as UcwaBridge['on'] };

contextBridge.exposeInMainWorld('ucwa', bridge);
