// A conversation as its application sees it (SendAnIM.md, ReceiveAnIM.md and the captured event batches): the
// conversation, its messaging modality, the two participants and their participantMessaging, the messages with
// their bodies as data URIs, and the outgoing invitation that started it.
import type { Link, Res } from '../render.js';
import { UcwaDate } from '../render.js';
import type { SimContact } from '../types.js';
import { contactHref, photoHref, sipPath } from './hrefs.js';
import { compact } from './values.js';

export type Modality = 'messaging' | 'audioVideo' | 'phoneAudio';

export interface Message {
  id: number;
  direction: 'Incoming' | 'Outgoing';
  text: string;
  at: number;
  operationId?: string;
}

export interface OutgoingInvitation {
  id: string;
  rel: 'messagingInvitation' | 'audioVideoInvitation' | 'phoneAudioInvitation';
  state: 'Connecting' | 'Connected' | 'Failed' | 'Cancelled';
  operationId?: string;
  /** The text sent with the invitation (its `message` link). */
  message?: string;
}

export interface Conversation {
  id: string;
  /** The application's base href. */
  base: string;
  user: SimContact;
  peer: SimContact;
  threadId: string;
  subject: string;
  importance: string;
  state: 'Connecting' | 'Connected' | 'Disconnected';
  modality: Modality;
  messaging: 'Connecting' | 'Connected' | 'Disconnected';
  messages: Message[];
  /** Set when this application started the conversation. */
  invitation?: OutgoingInvitation;
  peerJoined: boolean;
  peerTyping: boolean;
}

export const START_SEGMENT: Record<Modality, string> = {
  messaging: 'messagingInvitations',
  audioVideo: 'audioVideoInvitations',
  phoneAudio: 'phoneAudioInvitations',
};

export const conversationHref = (c: Conversation): string => `${c.base}/communication/conversations/${c.id}`;
export const messagingHref = (c: Conversation): string => `${conversationHref(c)}/messaging`;
export const messageHref = (c: Conversation, m: Message): string => `${messagingHref(c)}/messages/${m.id}`;
export const typingHref = (c: Conversation): string => `${messagingHref(c)}/typingParticipants`;
export const participantHref = (c: Conversation, who: SimContact): string =>
  `${conversationHref(c)}/participants/${sipPath(who.uri)}`;
export const outgoingHref = (c: Conversation, inv: OutgoingInvitation): string =>
  `${c.base}/communication/${START_SEGMENT[c.modality]}/${inv.id}`;

/** A text body as real servers link it: a URL-encoded data URI, spaces as '+'. */
export function textDataUri(text: string): string {
  return `data:text/plain;charset=utf-8,${encodeURIComponent(text).replace(/%20/g, '+')}`;
}

export function conversationRes(c: Conversation): Res {
  const h = conversationHref(c);
  return {
    rel: 'conversation',
    href: h,
    props: {
      activeModalities: c.messaging === 'Connected' ? ['Messaging'] : [],
      importance: c.importance,
      recording: false,
      state: c.state,
      subject: c.subject,
      threadId: c.threadId,
    },
    links: {
      localParticipant: { href: participantHref(c, c.user), title: c.user.name },
      messaging: { href: messagingHref(c) },
      participants: { href: `${h}/participants` },
    },
  };
}

export function messagingRes(c: Conversation): Res {
  const h = messagingHref(c);
  const links: Record<string, Link> = { conversation: { href: conversationHref(c) } };
  if (c.messaging === 'Connected') {
    links.sendMessage = { href: `${h}/messages` };
    links.setIsTyping = { href: `${h}/typing` };
    links.stopMessaging = { href: `${h}/terminate` };
    links.typingParticipants = { href: typingHref(c) };
  }
  return {
    rel: 'messaging',
    href: h,
    props: { negotiatedMessageFormats: ['Plain'], state: c.messaging },
    links,
  };
}

/** The local participant (`me`) or the remote one (`contact`); `rel` is the role it is shown in. */
export function conversationParticipantRes(c: Conversation, who: SimContact, rel = 'participant'): Res {
  const local = who.uri === c.user.uri;
  const links: Record<string, Link> = { conversation: { href: conversationHref(c) } };
  if (local) links.me = { href: `${c.base}/me` };
  else {
    links.contact = { href: contactHref(c.base, who.uri) };
    links.contactPhoto = { href: photoHref(c.base, who.uri) };
    links.contactPresence = { href: `${contactHref(c.base, who.uri)}/presence` };
  }
  if (c.messaging === 'Connected')
    links.participantMessaging = { href: `${participantHref(c, who)}/messaging` };
  return {
    rel,
    href: participantHref(c, who),
    props: compact({
      anonymous: false,
      local,
      name: who.name,
      sourceNetwork: who.sourceNetwork,
      uri: who.uri,
    }),
    links,
  };
}

export function participantMessagingRes(c: Conversation, who: SimContact): Res {
  return {
    rel: 'participantMessaging',
    href: `${participantHref(c, who)}/messaging`,
    links: { participant: { href: participantHref(c, who), title: who.name } },
  };
}

export function participantsRes(c: Conversation): Res {
  const who = c.peerJoined ? [c.user, c.peer] : [c.user];
  return {
    rel: 'participants',
    href: `${conversationHref(c)}/participants`,
    links: { participant: who.map((p) => ({ href: participantHref(c, p), title: p.name })) },
  };
}

export function typingParticipantsRes(c: Conversation): Res {
  return {
    rel: 'typingParticipants',
    href: typingHref(c),
    links: { participant: c.peerTyping ? [{ href: participantHref(c, c.peer), title: c.peer.name }] : [] },
  };
}

export function messageRes(c: Conversation, m: Message): Res {
  const links: Record<string, Link> = { messaging: { href: messagingHref(c) } };
  if (m.direction === 'Incoming') {
    links.contact = { href: contactHref(c.base, c.peer.uri) };
    links.participant = { href: participantHref(c, c.peer), title: c.peer.name };
    links.plainMessage = { href: textDataUri(m.text) };
  }
  return {
    rel: 'message',
    href: messageHref(c, m),
    props: compact({ direction: m.direction, operationId: m.operationId, timeStamp: new UcwaDate(m.at) }),
    links,
  };
}

export function outgoingInvitationRes(c: Conversation, inv: OutgoingInvitation): Res {
  const h = outgoingHref(c, inv);
  const links: Record<string, Link> = {
    conversation: { href: conversationHref(c) },
    from: { href: participantHref(c, c.user), title: c.user.name },
    to: { href: contactHref(c.base, c.peer.uri) },
  };
  if (c.modality === 'messaging') links.messaging = { href: messagingHref(c) };
  if (inv.state === 'Connecting') links.cancel = { href: `${h}/cancel` };
  if (inv.message !== undefined) links.message = { href: textDataUri(inv.message) };
  return {
    rel: inv.rel,
    href: h,
    props: compact({
      direction: 'Outgoing',
      importance: c.importance,
      operationId: inv.operationId,
      state: inv.state,
      subject: c.subject,
      threadId: c.threadId,
      to: c.peer.uri,
    }),
    links,
    embedded: {
      acceptedByParticipant: inv.state === 'Connected' ? [conversationParticipantRes(c, c.peer)] : undefined,
    },
  };
}

export function conversationsRes(b: string, list: Conversation[]): Res {
  return {
    rel: 'conversations',
    href: `${b}/communication/conversations`,
    links: { conversation: list.map((c) => ({ href: conversationHref(c) })) },
  };
}
