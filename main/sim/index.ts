// The UCWA simulator: a plain-Node HTTP server that behaves like a Skype for Business Server's UCWA endpoint
// (discovery, OAuth grants: password, Windows, passive; applications, people and privacy relationships, presence, invitations with
// delegation, the event channel with resync/resume/PGetReplaced, JSON and XML, batch). It is the app's embedded
// demo and the peer every test signs in to. No Electron here. Files: simulator.ts (start/close), server.ts (HTTP,
// auth gate, batch), routes.ts (UCWA resources), resources.ts (representations), render.ts (JSON/XML),
// eventQueue.ts (the P-GET channel), applications.ts, directory.ts, invitations.ts, auth.ts (+ auth/: tokens, Windows, passive), control.ts, faults.ts,
// demo.ts, photo.ts (drawn with png.ts), clock.ts.
export { startSimulator } from './simulator.js';
export { createManualClock, realClock } from './clock.js';
export type { ManualClock } from './clock.js';
export type {
  InvitationSpec,
  PrivacyLevel,
  SimClock,
  SimContact,
  SimControl,
  SimFaults,
  SimOptions,
  SimRequestRecord,
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
