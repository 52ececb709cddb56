// The network watcher: net.isOnline polled only while reconnecting.
import { describe, expect, it, vi } from 'vitest';
import type { Backend } from '../../../main/backend/index.js';
import { watchNetwork } from '../../../main/shell/network.js';

describe('network watcher', () => {
  it('checks only while reconnecting and wakes the backend when the network returns', () => {
    const listeners: Array<(s: { session: { kind: string } }) => void> = [];
    const timers: Array<() => void> = [];
    let online = false;
    const wake = vi.fn();
    const stop = watchNetwork({
      net: { isOnline: () => online },
      backend: {
        on: ((_e: string, l: (s: { session: { kind: string } }) => void) => {
          listeners.push(l);
          return () => undefined;
        }) as unknown as Backend['on'],
        getState: (() => ({ session: { kind: 'connected' } })) as unknown as Backend['getState'],
        wake,
      },
      setInterval: (fn) => timers.push(fn),
      clearInterval: () => undefined,
    });
    expect(timers).toHaveLength(0);
    listeners[0]?.({ session: { kind: 'reconnecting' } });
    expect(timers).toHaveLength(1);
    timers[0]?.();
    expect(wake).not.toHaveBeenCalled();
    online = true;
    timers[0]?.();
    expect(wake).toHaveBeenCalledTimes(1);
    stop();
  });
});
