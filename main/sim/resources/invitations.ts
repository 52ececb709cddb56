// Incoming invitations (messaging, audio/video, phone audio) and their `from` participant.
import type { Link, Res } from '../render.js';
import type { SimContact } from '../types.js';
import { contactHref, invitationHref, photoHref, sipPath } from './hrefs.js';
import { textDataUri } from './conversations.js';
import { compact } from './values.js';

export interface Invitation {
  id: string;
  rel: 'messagingInvitation' | 'audioVideoInvitation' | 'phoneAudioInvitation';
  from: SimContact;
  to: string;
  onBehalfOf?: SimContact;
  delegator?: SimContact;
  subject?: string;
  /** The first message of a messaging invitation (its `message` link). */
  message?: string;
  state: string;
  threadId: string;
  conversationId: string;
}

export function participantRes(b: string, inv: Invitation, rel: string): Res {
  const c = inv.from;
  return {
    rel,
    href: `${b}/communication/conversations/${inv.conversationId}/participants/${sipPath(c.uri)}`,
    props: compact({ anonymous: false, name: c.name, sourceNetwork: c.sourceNetwork, uri: c.uri }),
    links: {
      contact: { href: contactHref(b, c.uri) },
      contactPhoto: { href: photoHref(b, c.uri) },
      contactPresence: { href: `${contactHref(b, c.uri)}/presence` },
      conversation: { href: `${b}/communication/conversations/${inv.conversationId}` },
    },
  };
}

export function invitationRes(b: string, inv: Invitation): Res {
  const h = invitationHref(b, inv.id);
  const av = inv.rel !== 'messagingInvitation';
  const links: Record<string, Link> = {
    from: { href: `${h}/from` },
    to: { href: `${h}/to` },
    // The audio/video sample has no plain `accept` (media needs an answer); phone-audio acceptance stands in.
    [inv.rel === 'audioVideoInvitation' ? 'acceptWithPhoneAudio' : 'accept']: { href: `${h}/accept` },
    decline: { href: `${h}/decline` },
    conversation: { href: `${b}/communication/conversations/${inv.conversationId}` },
  };
  if (inv.onBehalfOf) links.onBehalfOf = { href: `${h}/onBehalfOf` };
  if (inv.message !== undefined) links.message = { href: textDataUri(inv.message) };
  if (av && inv.delegator) links.delegator = { href: `${h}/delegator` };
  return {
    rel: inv.rel,
    href: h,
    props: compact({
      direction: 'Incoming',
      importance: 'Normal',
      state: inv.state,
      subject: inv.subject,
      threadId: inv.threadId,
      to: inv.to,
      delegator: av ? inv.delegator?.uri : undefined,
      privateLine: av ? false : undefined,
    }),
    links,
    embedded: { from: participantRes(b, inv, 'participant') },
  };
}
