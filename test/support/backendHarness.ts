// The real backend over memory ports (main/ipc/memoryPorts.ts) and the real simulator, as the backend's simulator
// tests build it: `backendHarness()` at the top of a test file, then `simulator()` and `launch()` inside a test.
// Whatever they started is shut down after each test, the backends before the simulators they talk to.
//
//   const harness = backendHarness();
//   const sim = await harness.simulator({ contacts: 5 });
//   const app = harness.launch({ demo: sim });
//   await app.tryDemo();
//   await app.pushed('tags:changed', (tags) => tags.length > 0);
import { afterEach } from 'vitest';
import { createBackend } from '../../main/backend/index.js';
import type { Backend, BackendDeps } from '../../main/backend/index.js';
import type { PushChannel, PushPayloads } from '../../main/ipc/contract.js';
import { memorySecrets, memorySettings, recordingNotifier } from '../../main/ipc/memoryPorts.js';
import { startSimulator } from '../../main/sim/index.js';
import type { SimOptions, Simulator } from '../../main/sim/index.js';

export type Channel = Parameters<Backend['dispatch']>[0];

export interface LaunchOptions extends Partial<BackendDeps> {
  /** The simulator "Try the demo" signs in to; ending the demo leaves it running. Absent: the demo fails. */
  demo?: Simulator;
}

export interface LaunchedBackend {
  backend: Backend;
  /** Every notification shown, in order; `click()` on one acts like the user clicking it. */
  notifier: ReturnType<typeof recordingNotifier>;
  /** Every push to the window, in order. */
  pushes: Array<{ channel: PushChannel; payload: unknown }>;
  /** As the window asks (a trusted sender); the answer as data. */
  dispatch(channel: Channel, args?: unknown): ReturnType<Backend['dispatch']>;
  /** As `dispatch`, for an answer expected to be ok: its value, or thrown with the refusal's code and words. */
  call<T>(channel: Channel, args?: unknown): Promise<T>;
  /** Resolves once `check` holds, checked again after every push, notification decision and notification shown. */
  until(check: () => boolean): Promise<void>;
  /** The first push on `channel`, so far or from now on, whose payload passes `ok`. */
  pushed<P extends PushChannel>(
    channel: P,
    ok: (payload: PushPayloads[P]) => boolean,
  ): Promise<PushPayloads[P]>;
  /** The window's sign-in form sent for the simulator's user (or for them through another address). */
  signIn(
    account: Pick<Simulator, 'discoverUrl' | 'user' | 'password'>,
    form?: { rememberPassword?: boolean; trustHost?: string },
  ): ReturnType<Backend['dispatch']>;
  /** The page is there, then "Try the demo"; thrown when the demo does not start. */
  tryDemo(): Promise<void>;
}

export interface BackendHarness {
  simulator(options?: SimOptions): Promise<Simulator>;
  /** A backend over fresh memory settings, keyring and notifier unless `deps` gives its own. */
  launch(deps?: LaunchOptions): LaunchedBackend;
  /** Something else to undo after the test (a folder), in reverse order of being added. */
  cleanup(undo: () => Promise<void> | void): void;
}

export function backendHarness(): BackendHarness {
  const undo: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    while (undo.length > 0) await undo.pop()?.();
  });
  return {
    async simulator(options) {
      const sim = await startSimulator(options);
      undo.push(() => sim.close());
      return sim;
    },
    launch(deps = {}) {
      const launched = launch(deps);
      undo.push(() => launched.backend.shutdown());
      return launched;
    },
    cleanup: (fn) => undo.push(fn),
  };
}

function launch({ demo, ...deps }: LaunchOptions): LaunchedBackend {
  const recorder = recordingNotifier();
  const waiters = new Set<() => void>();
  const wake = (): void => {
    for (const w of [...waiters]) w();
  };
  const backend = createBackend({
    settings: memorySettings(),
    secrets: memorySecrets(),
    notifier: {
      show(content, onClick) {
        recorder.show(content, onClick);
        wake();
      },
      isDoNotDisturb: recorder.isDoNotDisturb,
    },
    startDemoServer:
      demo === undefined
        ? () => Promise.reject(new Error('no demo here'))
        : async () => ({ ...demo, close: async () => {} }),
    ...deps,
  });
  const pushes: LaunchedBackend['pushes'] = [];
  backend.onPush((channel, payload) => {
    pushes.push({ channel, payload });
    wake();
  });
  // After every listener of the decision has run (a test's own may record it), not before them.
  backend.on('notification', () => queueMicrotask(wake));
  const dispatch = (channel: Channel, args?: unknown) => backend.dispatch(channel, args, { trusted: true });
  const call = async <T>(channel: Channel, args?: unknown): Promise<T> => {
    const r = await dispatch(channel, args);
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    return r.value as T;
  };
  const until = (check: () => boolean): Promise<void> =>
    new Promise((resolve) => {
      const test = (): void => {
        if (!check()) return;
        waiters.delete(test);
        resolve();
      };
      waiters.add(test);
      test();
    });
  return {
    backend,
    notifier: recorder,
    pushes,
    dispatch,
    call,
    until,
    async pushed(channel, ok) {
      type Payload = PushPayloads[typeof channel];
      const match = () => pushes.find((p) => p.channel === channel && ok(p.payload as Payload));
      await until(() => match() !== undefined);
      return match()?.payload as Payload;
    },
    signIn: (account, form = {}) =>
      dispatch('session:sign-in', {
        server: account.discoverUrl,
        sipAddress: account.user,
        password: account.password,
        rememberPassword: form.rememberPassword ?? false,
        trustHost: form.trustHost,
      }),
    async tryDemo() {
      await call('app:ready');
      await call('session:try-demo');
    },
  };
}
