// Privacy levels and what each one lets a contact see: plain values with no zod, so the renderer can import
// them without pulling the schema library into its bundle. contract.ts re-exports all of it (and builds the
// zod enum from `privacyLevels`): main code keeps importing from the contract. The levels themselves are the
// protocol's (main/ucwa/privacyLevels.ts, itself import-free), so client, app, simulator and UI share one list.
import type { PrivacyLevel } from '../ucwa/privacyLevels.js';

export { PRIVACY_LEVELS as privacyLevels } from '../ucwa/privacyLevels.js';
export type { PrivacyLevel };

/** Levels a user may choose (Unknown is a server state, never a choice). */
export const choosableLevels = [
  'FriendsAndFamily',
  'Workgroup',
  'Colleagues',
  'External',
  'Blocked',
] as const satisfies readonly PrivacyLevel[];

/** The privacy table from the reference: what each level lets the contact see. */
export const levelCapabilities: Record<PrivacyLevel, { label: string; sees: string }> = {
  FriendsAndFamily: {
    label: 'Friends and Family',
    sees: 'Everything Workgroup sees, plus your home and other phone numbers and your appointment and meeting titles.',
  },
  Workgroup: {
    label: 'Workgroup',
    sees: 'Your presence (including Do Not Disturb), note, location, work and mobile phone numbers and meeting subjects; can interrupt you when you are on Do Not Disturb.',
  },
  Colleagues: {
    label: 'Colleagues',
    sees: 'Your presence, note, location, work phone number and free/busy only (no meeting titles). The default for people in your organisation.',
  },
  External: {
    label: 'External Contacts',
    sees: 'Your name, title, e-mail, company and presence only. The default for people outside your organisation.',
  },
  Blocked: {
    label: 'Blocked',
    sees: 'Only your name and e-mail address. They cannot reach you through Skype for Business.',
  },
  Unknown: { label: 'Unknown', sees: 'The server did not say which level applies.' },
};
