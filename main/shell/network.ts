// "Network online" for the main process. Electron has no online/offline event outside a page, so while (and only
// while) the session is reconnecting, net.isOnline() is checked every few seconds; when it turns true the backend
// retries at once instead of waiting for its backoff. Connected or signed out: no timer at all.
import type * as Electron from 'electron';
import type { Backend } from '../backend/index.js';

export const NETWORK_CHECK_MS = 5000;

export function watchNetwork(deps: {
  net: Pick<Electron.Net, 'isOnline'>;
  backend: Pick<Backend, 'on' | 'getState' | 'wake'>;
  setInterval?: (fn: () => void, ms: number) => unknown;
  clearInterval?: (handle: unknown) => void;
}): () => void {
  const every = deps.setInterval ?? ((fn, ms) => setInterval(fn, ms));
  const stop = deps.clearInterval ?? ((h) => clearInterval(h as ReturnType<typeof setInterval>));
  let timer: unknown;
  let wasOnline = true;

  function check(): void {
    const online = deps.net.isOnline();
    if (online && !wasOnline) deps.backend.wake();
    wasOnline = online;
  }

  function follow(kind: string): void {
    if (kind === 'reconnecting' && timer === undefined) {
      wasOnline = deps.net.isOnline();
      timer = every(check, NETWORK_CHECK_MS);
    } else if (kind !== 'reconnecting' && timer !== undefined) {
      stop(timer);
      timer = undefined;
    }
  }

  const off = deps.backend.on('state', (state) => follow(state.session.kind));
  follow(deps.backend.getState().session.kind);
  return () => {
    off();
    if (timer !== undefined) stop(timer);
  };
}
