// Incoming invitations (messaging, calls) as the window lists them, and the request that dismisses some.
import { z } from 'zod';

/** Dismiss (the ×, "Clear ended"): main drops them from the list it keeps, so no window shows them again. */
export const DismissInvitationsSchema = z
  .object({ ids: z.array(z.string().min(1).max(64)).min(1).max(100) })
  .strict();

export interface InvitationParty {
  uri: string;
  name: string;
  title?: string;
  department?: string;
  company?: string;
  emailAddresses?: string[];
}

export interface InvitationView {
  id: string;
  kind: 'messaging' | 'audioVideo' | 'phoneAudio';
  from: InvitationParty;
  onBehalfOf: InvitationParty | null;
  delegator: InvitationParty | null;
  subject?: string;
  receivedAt: number;
  state: 'ringing' | 'accepted' | 'acceptedElsewhere' | 'cancelled' | 'missed' | 'declined';
  endedAt?: number;
}
