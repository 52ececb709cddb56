// A contact as the window shows it: plain, serialisable projections of the app model. No tokens, no passwords, no
// hrefs to the server.
import type { PrivacyLevel } from '../levels.js';

export type Availability =
  | 'Online'
  | 'IdleOnline'
  | 'Busy'
  | 'IdleBusy'
  | 'DoNotDisturb'
  | 'BeRightBack'
  | 'Away'
  | 'Offline'
  | 'Unknown';

export interface ContactView {
  uri: string;
  name: string;
  title?: string;
  company?: string;
  department?: string;
  emailAddresses: string[];
  sourceNetwork?: string;
  availability: Availability;
  activity?: string;
  level: PrivacyLevel;
  /** The level "Reset to auto-assigned" would give: Colleagues in the same enterprise, External otherwise. */
  autoLevel: PrivacyLevel;
  /** What the server lets us do with this contact's relationship (absent links hide the buttons). */
  canSetLevel: boolean;
  canResetLevel: boolean;
}

export interface ContactDetails extends ContactView {
  office?: string;
  type?: string;
  /** `uri` the server's tel: URI (the link); `display` the number formatted for reading by main. */
  phones: Array<{ kind: 'work' | 'mobile' | 'home' | 'other'; uri: string; display: string }>;
  note?: { message: string; type: 'Personal' | 'OutOfOffice' };
  location?: string;
  /** A data: URL (image/png or image/jpeg), fetched by main. */
  photo?: string;
  modalities: string[];
  lastActive?: number;
}
