// Settings across the edge: the patch the window may send (validated in main), what it is shown, and which settings
// the organisation's policy can lock.
import { z } from 'zod';

export const ThemeSchema = z.enum(['system', 'light', 'dark']);
/** The words' language: the system's (app.getLocale()), or one of the catalogues (main/i18n). */
export const LanguageSchema = z.enum(['system', 'en', 'de', 'fr']);
export const SettingsPatchSchema = z
  .object({
    notifyRelationshipChanges: z.boolean(),
    notifyInvitations: z.boolean(),
    notifySignedOut: z.boolean(),
    statusAlertsIncludeAway: z.boolean(),
    startAtLogin: z.boolean(),
    theme: ThemeSchema,
    language: LanguageSchema,
    format: z.enum(['json', 'xml']),
  })
  .partial()
  .strict();
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

export interface SettingsView {
  serverAddress: string | null;
  user: string | null;
  format: 'json' | 'xml';
  notifyRelationshipChanges: boolean;
  notifyInvitations: boolean;
  notifySignedOut: boolean;
  /** Status alerts also when a tagged person comes back from Away / Be Right Back or leaves Do Not Disturb. */
  statusAlertsIncludeAway: boolean;
  pausedUntil: number | null;
  startAtLogin: boolean;
  theme: z.infer<typeof ThemeSchema>;
  language: z.infer<typeof LanguageSchema>;
  rememberPassword: boolean;
  /** How the user last signed in successfully: the sign-in view offers it first, a start-up sign-in uses it. */
  signInMethod: 'password' | 'windows' | 'passive';
  /** The settings the organisation's policy set: shown as "Set by your organisation", not changeable here. */
  locked: LockableSettingName[];
}

/** The settings a managed configuration can set (main/policy). */
export type LockableSettingName =
  | 'serverAddress'
  | 'rememberPassword'
  | 'notifyRelationshipChanges'
  | 'notifyInvitations'
  | 'notifySignedOut'
  | 'statusAlertsIncludeAway'
  | 'startAtLogin';
