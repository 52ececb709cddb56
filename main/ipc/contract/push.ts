// Pushes (main → renderer), each with its payload type. Queued in main until `app:ready`.
import type { PushChannel } from '../channels.js';
import type { AppStateView } from './app.js';
import type { ContactListView } from './contactList.js';
import type { ContactView } from './contacts.js';
import type { InvitationView } from './invitations.js';
import type { ChangeEntry } from './privacy.js';
import type { Assert, SameKeys } from './schemaParts.js';
import type { TaggedView } from './statusAlerts.js';

export interface PushPayloads {
  'state:changed': AppStateView;
  /** `reset` replaces the whole list (after sign-in or resync); otherwise upsert and remove. */
  'contacts:changed': { reset: boolean; upserts: ContactView[]; removed: string[] };
  'relationship:changed': ChangeEntry;
  'invitations:changed': InvitationView;
  /** How far a change of several contacts has come. */
  'privacy:progress': { done: number; total: number };
  /** The groups changed (here, or on the server). */
  'contactList:changed': ContactListView;
  /** Who is tagged for status-change alerts, and how they are. */
  'tags:changed': TaggedView[];
  /** A notification (or the tray menu) asks the window to show something. */
  /** `filter: 'whileAway'`: the Activity view shows only what changed while the app was not running. */
  'app:navigate': {
    view: 'contacts' | 'activity' | 'invitations' | 'settings';
    uri?: string;
    filter?: 'whileAway';
  };
}
// Every push channel in channels.ts has a payload type and every payload type a channel.
type _PushPayloadsMatchChannels = Assert<SameKeys<keyof PushPayloads, PushChannel>>;
