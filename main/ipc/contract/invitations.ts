// Incoming invitations (messaging, calls) as the window lists them.

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
