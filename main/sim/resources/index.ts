// Builders for every resource the simulator serves, one module per area. Empty properties are omitted, as real
// servers do.
export * from './values.js';
export * from './hrefs.js';
export * from './application.js';
export * from './me.js';
export * from './communication.js';
export * from './onlineMeetings.js';
export * from './contacts.js';
export * from './groups.js';
export * from './search.js';
export * from './subscriptions.js';
export * from './invitations.js';
export * from './conversations.js';
