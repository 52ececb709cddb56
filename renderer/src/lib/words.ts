// The sentences about a relationship change, in one place so every view says it the same way. Only the user
// changes their own relationships: a change this app did not make came from another of their devices or clients.
import { m } from '../../../i18n/paraglide/messages.js';
import type { PrivacyLevel, ReconnectCause } from '../../../main/ipc/contract.js';
import { levelLabel } from './levels.js';
import { loc } from './locale.js';

/** "Priya Nilsson now sees Workgroup info", "Priya Nilsson is now blocked". */
export function nowSees(name: string, level: PrivacyLevel): string {
  if (level === 'Blocked') return m.notify_now_blocked({ name }, loc());
  if (level === 'Unknown') return m.words_level_not_known({ name }, loc());
  return m.words_now_sees_info({ name, level: levelLabel(level) }, loc());
}

/** "Priya Nilsson now sees what External Contacts see", for a change seen from outside. */
export function seesWhat(name: string, level: PrivacyLevel): string {
  if (level === 'Blocked') return m.notify_now_blocked({ name }, loc());
  if (level === 'Unknown') return m.words_level_no_longer_known({ name }, loc());
  return m.notify_now_sees({ name, level: levelLabel(level) }, loc());
}

/** "Changed from another device: Priya Nilsson now sees what External Contacts see (was Blocked)". */
export function changedElsewhere(name: string, from: PrivacyLevel, to: PrivacyLevel): string {
  return m.words_changed_elsewhere({ change: seesWhat(name, to), level: levelLabel(from) }, loc());
}

/** Who made a change, for the Activity view and its export. */
export function changedBy(ours: boolean): string {
  return ours ? m.words_by_you({}, loc()) : m.words_by_other_device({}, loc());
}

/**
 * The reconnecting banner's headline: this computer offline (the browser says so), else who dropped the connection
 * as main classified it (no answer at all: the network; an error answer: the server).
 */
export function reconnectHeadline(online: boolean, cause: ReconnectCause): string {
  if (!online) return m.words_offline({}, loc());
  return cause === 'network' ? m.words_network_dropped({}, loc()) : m.words_server_dropped({}, loc());
}
