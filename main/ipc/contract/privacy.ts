// Privacy levels across the edge: the level schema, a change of one or many contacts and what became of it, and the
// history of changes (ours and those made elsewhere).
import { z } from 'zod';
import { choosableLevels, privacyLevels } from '../levels.js';
import type { PrivacyLevel } from '../levels.js';
import type { IpcError } from './errors.js';
import { sipUri } from './schemaParts.js';

export const PrivacyLevelSchema = z.enum(privacyLevels);

/** One contact's change in a change of several: a level, or `auto` (back to the level the server assigns itself). */
export const LevelChangeSchema = z
  .object({
    uri: sipUri,
    level: z.union([z.enum(choosableLevels), z.literal('auto')]),
    /** The level the user saw when choosing: a different one on the server is a conflict, never overwritten. */
    expected: PrivacyLevelSchema.optional(),
  })
  .strict();
export type LevelChange = z.infer<typeof LevelChangeSchema>;
/** A bulk change covers at most this many contacts (the server's contact limit is lower). */
export const MAX_CONTACTS_PER_CHANGE = 5000;

/** What became of one contact's change: the level now, a conflict (as data), or why it failed, in words. */
export type LevelChangeOutcome =
  | { uri: string; ok: true; level: PrivacyLevel }
  | { uri: string; ok: false; conflict: { current: PrivacyLevel } }
  | { uri: string; ok: false; error: IpcError };

export interface ChangeEntry {
  id: string;
  at: number;
  contact: { uri: string; name: string };
  from: PrivacyLevel;
  to: PrivacyLevel;
  /** True when this app made the change (no "someone changed" alert for it). */
  ours: boolean;
  /** This app reset it: the level is the one the server assigns by itself (history says "reset to auto-assigned"). */
  reset?: boolean;
  /** Absent: the level changed. `added`/`removed`: the contact joined or left the list (while the app was away). */
  kind?: 'added' | 'removed';
  /** Found at start by comparing with what the app knew when it last ran: it happened somewhere in this interval. */
  whileAway?: { since: number; until: number };
}
