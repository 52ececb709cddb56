// Channels main is about to add (privacy:set-many, privacy:progress, app:about, app:diagnostics,
// session:retry-now). Until main answers them, the preload and main's dispatcher both answer "Unknown request.":
// a call here then comes back as `absent`, and the feature that needs it says it is not available yet — nothing is
// made up in its place. When the channels land in main/ipc/contract.ts, these types go and the callers use
// bridge.ts's `call` like every other channel.
import type { AppStateView, IpcError, IpcResult, PrivacyLevel } from '../../../main/ipc/contract.js';
import type { ChoosableLevel } from './levels.js';
import { unexpected } from './errors.js';

export interface LevelChangeRequest {
  uri: string;
  /** 'auto': back to the level the server assigns automatically (reset). */
  level: ChoosableLevel | 'auto';
  /** The level the user saw when choosing: a different one on the server is a conflict, not overwritten. */
  expected?: PrivacyLevel;
}

export type LevelChangeOutcome =
  { uri: string; ok: true; level: PrivacyLevel } | { uri: string; ok: false; error: IpcError };

export interface AboutInfo {
  version: string;
  electron: string;
  chrome: string;
  node: string;
  os: string;
  server: string | null;
  user: string | null;
  signInMethod: string | null;
}

interface PendingInvokes {
  'privacy:set-many': {
    args: { changes: LevelChangeRequest[] };
    result: { results: LevelChangeOutcome[] };
  };
  'app:about': { args: undefined; result: AboutInfo };
  'app:diagnostics': { args: undefined; result: { text: string } };
  'session:retry-now': { args: undefined; result: AppStateView };
}

interface PendingPushes {
  'privacy:progress': { done: number; total: number };
}

export type PendingChannel = keyof PendingInvokes;

/** What main answers for a channel it does not have (preload/index.ts and main/ipc/handlers.ts). */
function isUnknownRequest(result: IpcResult<unknown>): boolean {
  return !result.ok && result.error.code === 'InvalidArgument' && result.error.message === 'Unknown request.';
}

// Channels main said it does not have: not asked again in this window.
const absentChannels = new Set<PendingChannel>();

export function knownAbsent(channel: PendingChannel): boolean {
  return absentChannels.has(channel);
}

type LooseInvoke = (channel: string, args?: unknown) => Promise<IpcResult<unknown>>;
type LooseOn = (channel: string, listener: (payload: unknown) => void) => () => void;

/** A call on a channel main may not have yet: its result, or 'absent'. */
export async function callPending<C extends PendingChannel>(
  channel: C,
  args?: PendingInvokes[C]['args'],
): Promise<IpcResult<PendingInvokes[C]['result']> | 'absent'> {
  if (absentChannels.has(channel)) return 'absent';
  let result: IpcResult<unknown>;
  try {
    result = await (window.ucwa.invoke as unknown as LooseInvoke)(channel, args);
  } catch (cause) {
    return { ok: false, error: unexpected(cause) };
  }
  if (isUnknownRequest(result)) {
    absentChannels.add(channel);
    return 'absent';
  }
  return result as IpcResult<PendingInvokes[C]['result']>;
}

/** A push main may not send yet (the preload ignores names it does not know, so this is safe before then). */
export function onPending<P extends keyof PendingPushes>(
  channel: P,
  listener: (payload: PendingPushes[P]) => void,
): () => void {
  return (window.ucwa.on as unknown as LooseOn)(channel, (payload) => listener(payload as PendingPushes[P]));
}
