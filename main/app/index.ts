// main/app — the live app model: session state, the contact directory with presence and privacy levels, the
// relationship diff, invitations, the change history and notification intents. No Electron import: the shell injects
// fetch, a clock and a history store, and turns the events below into tray updates, IPC pushes and notifications.
//
// Public surface (what main/ipc and main/shell use):
//   createAppModel(deps) → AppModel        deps: fetch, clock, historyStore, endpointId, format, tokenStore?, …
//     signIn({discoverUrl?, sipAddress, password | passwordProvider})   signedOut → signingIn(step) → connected
//     signOut(reason?)              DELETE the application; signedOut {reason}
//     wake()                        OS resume / network online: retry the event channel at once
//     getState()                    {session, user, contactCount} — plain data, never a token
//     contacts()                    ContactView[] (ipc/contract.ts)
//     contactDetails(uri)           ContactDetails (+ note, location, photo data URL, modalities, phones)
//     setLevel(uri, level)          optimistic; {level} | {conflict: {current}} on 412; history entry ours=true
//     resetLevel(uri)               {level} the server chose (auto-assigned)
//     history()                     last 1,000 ChangeEntry (time, contact, from, to, ours)
//     invitations()                 InvitationView[] (last 100)
//     on(event, cb) → unsubscribe   'state' | 'contacts' | 'relationshipChanged' | 'invitation' | 'invitationEnded'
//                                   | 'history' | 'signingInStep'
//     settled(), stats()            for tests, `watch` and diagnostics
// Session states: signedOut {reason?} · signingIn {step} · connected {user} · reconnecting {reason, nextRetryAt}
//                 · replaced {reason} (409 PGetReplaced: another copy took over).
// Notification intents: `relationshipChanged` carries `ours` (true → no "someone changed" alert), `invitation`
// carries `onBehalfOf` / `delegator`.
import type { Clock } from '../ucwa/clock.js';
import type { BackoffPolicy, StickyParams } from '../ucwa/eventChannel.js';
import type { FetchLike, TokenStore, UcwaLogger } from '../ucwa/client.js';
import { clientConnect } from './clientPort.js';
import type { HistoryStore } from './history.js';
import { createModel } from './model.js';
import type { AppModel, Connect } from './types.js';

export interface CreateAppModelDeps {
  fetch?: FetchLike;
  clock?: Clock;
  random?: () => number;
  log?: UcwaLogger;
  historyStore: HistoryStore;
  /** Stable per install (a GUID kept in settings). */
  endpointId: string;
  format?: 'json' | 'xml';
  /** Keeps the OAuth token (with its expiry) between runs; a valid one signs in without the password. */
  tokenStore?: TokenStore;
  /** Event-channel tuning (sticky params in seconds, backoff in ms); defaults suit a real server. */
  channel?: { params?: Partial<StickyParams>; backoff?: Partial<BackoffPolicy> };
  /** Is the user at the computer? reportMyActivity is sent only then. Default: always. */
  isUserActive?: () => boolean;
  /** Replace the protocol session (tests). Default: UcwaClient over `fetch`. */
  connect?: Connect;
}

export function createAppModel(deps: CreateAppModelDeps): AppModel {
  const connect =
    deps.connect ??
    clientConnect({
      endpointId: deps.endpointId,
      ...(deps.fetch === undefined ? {} : { fetch: deps.fetch }),
      ...(deps.format === undefined ? {} : { format: deps.format }),
      ...(deps.log === undefined ? {} : { log: deps.log }),
      ...(deps.clock === undefined ? {} : { clock: deps.clock }),
      ...(deps.tokenStore === undefined ? {} : { tokenStore: deps.tokenStore }),
    });
  return createModel({
    connect,
    historyStore: deps.historyStore,
    ...(deps.clock === undefined ? {} : { clock: deps.clock }),
    ...(deps.random === undefined ? {} : { random: deps.random }),
    ...(deps.log === undefined ? {} : { log: deps.log }),
    ...(deps.channel === undefined ? {} : { channel: deps.channel }),
    ...(deps.isUserActive === undefined ? {} : { isUserActive: deps.isUserActive }),
  });
}

/** A history store that keeps nothing between runs (the CLI, tests). */
export function memoryHistoryStore(
  initial: HistoryStore extends { load(): infer T } ? T : never = [],
): HistoryStore {
  let entries = initial;
  return {
    load: () => entries,
    save: (next) => {
      entries = next;
    },
  };
}

export type {
  AppEvents,
  AppModel,
  AppState,
  Connect,
  RelationshipChangedIntent,
  SessionState,
  SetLevelResult,
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
