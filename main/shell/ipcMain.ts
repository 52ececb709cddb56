// Electron's ipcMain ↔ the backend's one handler table. Every contract channel is registered with
// ipcMain.handle; each request carries whether its sender is our window (anything else gets ForeignSender from
// the backend without reaching a service). Pushes go to our window's page only.
import type * as Electron from 'electron';
import type { Backend } from '../backend/index.js';
import { invokeChannels } from '../ipc/handlers.js';

type InvokeEvent = Pick<Electron.IpcMainInvokeEvent, 'sender' | 'senderFrame'>;

export function registerIpc(deps: {
  ipcMain: Pick<Electron.IpcMain, 'handle' | 'removeHandler'>;
  backend: Backend;
  isOurSender: (event: InvokeEvent) => boolean;
  currentContents: () => Electron.WebContents | null;
}): () => void {
  const { ipcMain, backend } = deps;
  for (const channel of invokeChannels) {
    ipcMain.handle(channel, (event, args: unknown) =>
      backend.dispatch(channel, args, { trusted: deps.isOurSender(event) }),
    );
  }
  const offPush = backend.onPush((channel, payload) => {
    const contents = deps.currentContents();
    if (contents && !contents.isDestroyed()) contents.send(channel, payload);
  });
  return () => {
    offPush();
    for (const channel of invokeChannels) ipcMain.removeHandler(channel);
  };
}
