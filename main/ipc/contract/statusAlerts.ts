// Status-change alerts (main/app/statusAlerts.ts): who is tagged, and what was told about them.
import type { Availability } from './contacts.js';

/** Why a tagged person's change of status was told. */
export type AlertReason = 'available' | 'leftAway' | 'leftDoNotDisturb';

/** A person tagged for status-change alerts became available (told once per change). */
export interface StatusAlert {
  uri: string;
  name: string;
  from: Availability;
  to: Availability;
  reason: AlertReason;
  at: number;
}

/** Someone tagged for status-change alerts, and how they are (Unknown until the server has said). */
export interface TaggedView {
  uri: string;
  name: string;
  availability: Availability;
  activity?: string;
}
