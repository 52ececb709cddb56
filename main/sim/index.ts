// The UCWA simulator: a plain-Node HTTP server that behaves like a Skype for Business Server's UCWA endpoint
// (discovery, OAuth grants: password, Windows, passive; applications, people and privacy relationships, presence, the user's own
// presence/note/location, the contact list with groups, memberships, distribution groups and the unified contact
// store, search, invitations with delegation, conversations with simulated contacts, online meetings, the event
// channel with resync/resume/PGetReplaced, JSON and XML, batch, gzip). It is the app's embedded demo and the peer
// every test signs in to. No Electron here.
// Files: simulator.ts (start/close); server.ts (HTTP, faults, stats), requestTarget.ts, compression.ts;
// dispatch.ts (which answer a request gets), discovery.ts (root, user, redirect, token), batchRequest.ts; routes/
// (the resources below an application, one file per area) and resources/ (their representations); render.ts
// (JSON/XML); eventQueue.ts (the P-GET channel), applications.ts; directory.ts and generate.ts (the seeded people),
// directoryEvents.ts; contactList.ts and contactListEvents.ts; ownState.ts; invitations.ts; conversations.ts and
// conversationEvents.ts; auth.ts (+ auth/: tokens, Windows, passive); control.ts, controlContactList.ts and controlHttp.ts (the test and demo control
// API); faults.ts; demo.ts; photo.ts (drawn with png.ts); clock.ts.
export { startSimulator } from './simulator.js';
export { createManualClock, realClock } from './clock.js';
export type { ManualClock } from './clock.js';
export type {
  InvitationSpec,
  PrivacyLevel,
  SimClock,
  SimContact,
  SimControl,
  SimConversation,
  SimFaults,
  SimGroup,
  SimOptions,
  SimOrganization,
  SimRequestRecord,
  SimSelf,
  SimStats,
  Simulator,
  SourceNetwork,
} from './types.js';
export { PRIVACY_LEVELS } from './types.js';
export type {
  SignInCounts,
  SignInRecord,
  SimGrant,
  SimSignInControl,
  SimSignInOptions,
} from './auth/options.js';
