// The sentences about a relationship change, in one place so every view says it the same way. Only the user
// changes their own relationships: a change this app did not make came from another of their devices or clients.
import type { PrivacyLevel, ReconnectCause } from '../../../main/ipc/contract.js';
import { levelLabel } from './levels.js';

/** "Priya Nilsson now sees Workgroup info", "Priya Nilsson is now blocked". */
export function nowSees(name: string, level: PrivacyLevel): string {
  if (level === 'Blocked') return `${name} is now blocked`;
  if (level === 'Unknown') return `${name}'s level is not known`;
  return `${name} now sees ${levelLabel(level)} info`;
}

/** "Priya Nilsson now sees what External Contacts see", for a change seen from outside. */
export function seesWhat(name: string, level: PrivacyLevel): string {
  if (level === 'Blocked') return `${name} is now blocked`;
  if (level === 'Unknown') return `${name}'s level is no longer known`;
  return `${name} now sees what ${levelLabel(level)} see`;
}

/** "Changed from another device: Priya Nilsson now sees what External Contacts see (was Blocked)". */
export function changedElsewhere(name: string, from: PrivacyLevel, to: PrivacyLevel): string {
  return `Changed from another device: ${seesWhat(name, to)} (was ${levelLabel(from)})`;
}

/** Who made a change, for the Activity view and its export. */
export function changedBy(ours: boolean): string {
  return ours ? 'You, in this app' : 'Another device';
}

/**
 * The reconnecting banner's headline: this computer offline (the browser says so), else who dropped the connection
 * as main classified it (no answer at all: the network; an error answer: the server).
 */
export function reconnectHeadline(online: boolean, cause: ReconnectCause): string {
  if (!online) return 'This computer is offline.';
  return cause === 'network'
    ? 'The network connection to the server dropped.'
    : 'The server dropped the connection.';
}
