// The IPC contract: the one module main, preload and renderer all read.
// Channel names are `domain:verb`. Every invoke channel has a zod schema for its argument (validated in
// main before any service is called) and a TypeScript result type; every push (main → renderer) has a
// payload type. Nothing here may import from main/app or electron, nor from main/ucwa beyond the import-free
// privacy levels (through levels.ts).
// The zod-free values live in levels.ts (privacy levels, the level table) and channels.ts (channel names) and
// are re-exported here: the renderer and preload import those values from there (and only types from here),
// so zod, built into schemas when this module loads, never reaches their bundles.
// The contract itself is in contract/, one file per concern; import it from here, never from those files.
export { invokeChannels, pushChannels } from './channels.js';
export type { InvokeChannel, PushChannel } from './channels.js';
export { choosableLevels, levelCapabilities, privacyLevels } from './levels.js';
export type { PrivacyLevel } from './levels.js';

export * from './contract/app.js';
export * from './contract/bridge.js';
export * from './contract/contactList.js';
export * from './contract/contacts.js';
export * from './contract/errors.js';
export * from './contract/invitations.js';
export * from './contract/invoke.js';
export * from './contract/privacy.js';
export * from './contract/push.js';
export * from './contract/session.js';
export * from './contract/settings.js';
export * from './contract/statusAlerts.js';
