// main/app — the live app model: session state, the contact directory with presence and privacy levels, the
// relationship diff, invitations and the change history. No Electron import: the backend (or the CLI) injects the
// runtime (fetch, clock, log, …) and a history store, and turns the model's events into tray updates, IPC pushes and
// notifications. The surface is `AppModel` (types.ts); the model is built from named parts (model.ts).
//
// Session states: signedOut {reason?} · signingIn {step} · connected {user} · reconnecting {reason, nextRetryAt}
//                 · replaced {reason} (409 PGetReplaced: another copy took over).
import { realClock } from '../ucwa/clock.js';
import { silentLogger } from '../ucwa/log.js';
import { clientConnect } from './clientPort.js';
import type { ClientConnectOptions } from './clientPort.js';
import { createModel } from './model.js';
import type { AppModel, AppModelDeps, Runtime } from './types.js';

/** The runtime with what is not given filled in: the machine's own fetch and clock, no log, always at the computer. */
export function runtimeOf(given: Partial<Runtime> = {}): Runtime {
  return {
    fetch: given.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    clock: given.clock ?? realClock,
    random: given.random ?? Math.random,
    log: given.log ?? silentLogger,
    isUserActive: given.isUserActive ?? (() => true),
  };
}

/**
 * What createAppModel takes: the model's dependencies (AppModelDeps) and the production connect's options
 * (ClientConnectOptions), with defaults for what is not given.
 */
export interface AppModelOptions
  extends
    Pick<AppModelDeps, 'historyStore' | 'channel'>,
    Pick<ClientConnectOptions, 'endpointId' | 'culture'> {
  /** Default: the machine's own (runtimeOf). */
  runtime?: Partial<Runtime>;
  /** Default: json. */
  format?: ClientConnectOptions['format'];
  /** Replace the protocol session (tests). Default: UcwaClient over the runtime's fetch. */
  connect?: AppModelDeps['connect'];
}

export function createAppModel(options: AppModelOptions): AppModel {
  const runtime = runtimeOf(options.runtime);
  const connect =
    options.connect ??
    clientConnect({
      runtime,
      endpointId: options.endpointId,
      format: options.format ?? 'json',
      culture: options.culture,
    });
  return createModel({ connect, historyStore: options.historyStore, runtime, channel: options.channel });
}

export { memoryHistoryStore } from './history.js';
export type {
  AppEvents,
  AppModel,
  AppState,
  Connect,
  Runtime,
  SessionState,
  SetLevelResult,
  SignInCredentials,
  SignInParams,
  SigningInStep,
} from './types.js';
export type { ContactsChange } from './directory.js';
export type { HistoryStore } from './history.js';
export type { ContactRecord, PartyRecord, ProtocolPort } from './port.js';
export type {
  ChangeEntry,
  ContactDetails,
  ContactView,
  InvitationView,
  PrivacyLevel,
} from '../ipc/contract.js';
