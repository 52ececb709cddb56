// The IPC channel names, `domain:verb`: plain values with no zod, so the preload (which lets only these names
// through) and the renderer stay small. contract.ts re-exports them and checks at compile time that its invoke
// schemas and push payload types cover exactly these lists.

/** Renderer → main requests (each has a schema for its argument in contract.ts). */
export const invokeChannels = [
  'app:ready',
  'app:about',
  'app:diagnostics',
  'session:sign-in',
  'session:sign-in-methods',
  'session:try-demo',
  'session:sign-out',
  'session:forget-account',
  'session:retry-now',
  'contacts:list',
  'contacts:details',
  'privacy:set-level',
  'privacy:reset',
  'privacy:set-many',
  'history:list',
  'history:mark-seen',
  'invitations:list',
  'invitations:dismiss',
  'contactList:get',
  'contactList:search',
  'contactList:add',
  'contactList:remove',
  'contactList:set-level',
  'groups:create',
  'groups:rename',
  'groups:delete',
  'groups:expand',
  'delegation:get',
  'tags:list',
  'tags:add',
  'tags:remove',
  'settings:get',
  'settings:set',
  'notifications:pause',
  'shell:open-external',
] as const;
export type InvokeChannel = (typeof invokeChannels)[number];

/** Main → renderer pushes (each has a payload type in contract.ts). */
export const pushChannels = [
  'state:changed',
  'contacts:changed',
  'relationship:changed',
  'invitations:changed',
  'app:navigate',
  'privacy:progress',
  'contactList:changed',
  'tags:changed',
] as const;
export type PushChannel = (typeof pushChannels)[number];
