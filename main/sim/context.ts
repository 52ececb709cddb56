// Everything a request handler may touch, wired once by startSimulator.
import type { Applications } from './applications.js';
import type { Auth } from './auth.js';
import type { ContactList } from './contactList.js';
import type { Conversations } from './conversations.js';
import type { Directory } from './directory.js';
import type { Faults } from './faults.js';
import type { Invitations } from './invitations.js';
import type { OnlineMeeting } from './resources/index.js';
import type { SimClock, SimContact } from './types.js';

export interface SimContext {
  clock: SimClock;
  dir: Directory;
  contactList: ContactList;
  /** The unified contact store is on: the contact list can be changed through the API. */
  ucs: boolean;
  apps: Applications;
  auth: Auth;
  faults: Faults;
  invitations: Invitations;
  conversations: Conversations;
  /** The user's scheduled online meetings, by id. */
  meetings: Map<string, OnlineMeeting>;
  /** The signed-in user as a person record. */
  user: SimContact;
  redirectToSecondPool: boolean;
  /** Origin of each pool (1 = discovery pool, 2 = second pool). */
  origins: Map<number, string>;
  maxBatchParts: number;
  /** Compress answers for clients that accept gzip. */
  gzip: boolean;
  /** When presence was last changed per contact (lastActive). */
  lastActive: Map<string, number>;
}
