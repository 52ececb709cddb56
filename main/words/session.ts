// Sentences about the session as a whole (the backend's session service speaks in codes and calls these).
import { isUcwaError } from '../ucwa/errors.js';

/** Why a silent sign-in at start failed, for the banner and the notification; `said` is the error in words. */
export function restoreFailure(e: unknown, usedPassword: boolean, said: string): string {
  if (isUcwaError(e)) {
    if (usedPassword && e.code === 'InvalidGrant')
      return 'Your saved password was not accepted; sign in again.';
    // No password to fall back on, and the stored token was refused or ran out.
    if (!usedPassword && (e.code === 'InvalidGrant' || e.code === 'Unauthorized')) {
      return 'Your saved sign-in has expired; sign in again.';
    }
  }
  return `You could not be signed in automatically. ${said}`;
}

/**
 * The event channel's sentences for a request that got no HTTP answer at all (main/ucwa/eventChannel.ts `describe`:
 * status 0, a network failure or a timeout); every other reason it gives is an answer from the server.
 */
const NO_ANSWER = ['The network is unavailable.', 'The server did not answer in time.'];

/** Whether the network or the server dropped the connection, from the event channel's reason. */
export function reconnectCause(reason: string): 'network' | 'server' {
  return NO_ANSWER.some((s) => reason.startsWith(s)) ? 'network' : 'server';
}

export const NOT_SIGNED_IN = 'You are not signed in. Sign in and try again.';
export const DEMO_SERVER_LABEL = 'Demo server (on this computer)';

/** 409 PGetReplaced: another copy of the app took over the same application (reference §3.6). */
export const REPLACED_REASON =
  'UCWA Tray was signed in somewhere else with the same application, so this copy stopped updating.';
