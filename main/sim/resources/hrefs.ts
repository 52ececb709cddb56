// The URL shapes of a real server (/ucwa/oauth/v1/applications/{id}/people/{sip}/privacyRelationship, ...).
// Hrefs inside an application are relative, as real servers send them. Clients follow them; only this server builds them.
import type { Group } from '../contactList.js';
import type { PrivacyLevel } from '../types.js';

export const sipPath = (uri: string): string => uri.replace(/^sip:/i, '');
export const contactHref = (base: string, uri: string): string => `${base}/people/${sipPath(uri)}`;
export const photoHref = (base: string, uri: string): string => `${base}/photos/${sipPath(uri)}`;
export const invitationHref = (base: string, id: string): string => `${base}/communication/invitations/${id}`;
export const eventsHref = (base: string, ack: number): string => `${base}/events?ack=${ack}`;

export function relationshipHref(b: string, uri: string): string {
  return `${contactHref(b, uri)}/privacyRelationship`;
}

export const levelHref = (b: string, level: PrivacyLevel): string =>
  `${b}/people/privacyRelationships/${level}`;

export const groupHref = (b: string, g: Group): string => `${b}/people/groups/${g.id}`;
