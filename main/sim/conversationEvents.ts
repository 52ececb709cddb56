// The events a conversation raises, shaped as a real server sends them: `communication` is the sender of the
// conversation and invitation events, the conversation itself of its modality, participant and message events.
// All are High priority (conversation_ref.md, messaging_ref.md, message_ref.md).
import type { App } from './applications.js';
import type { Link, Res, SimEvent } from './render.js';
import * as R from './resources/index.js';

export type EventLink = Link & { rel: string };
export type Reason = NonNullable<SimEvent['reason']>;

/** A conversation and the application it belongs to. */
export interface Party {
  conv: R.Conversation;
  app: App;
}

export function localLink(conv: R.Conversation): EventLink {
  return { rel: 'localParticipant', href: R.participantHref(conv, conv.user), title: conv.user.name };
}

export function peerLink(conv: R.Conversation): EventLink {
  return { rel: 'participant', href: R.participantHref(conv, conv.peer), title: conv.peer.name };
}

export function pushInvitation(
  e: Party,
  type: 'started' | 'completed',
  status?: 'Success' | 'Failure',
  reason?: Reason,
): void {
  const inv = e.conv.invitation;
  if (!inv) return;
  e.app.channel.push(
    {
      sender: { rel: 'communication', href: `${e.app.base}/communication` },
      link: { rel: inv.rel, href: R.outgoingHref(e.conv, inv) },
      type,
      embedded: { [inv.rel]: R.outgoingInvitationRes(e.conv, inv) },
      status,
      reason,
    },
    'high',
  );
}

export function fromCommunication(e: Party, link: EventLink, type: SimEvent['type'], res?: Res): void {
  e.app.channel.push(
    {
      sender: { rel: 'communication', href: `${e.app.base}/communication` },
      link,
      type,
      embedded: res ? { [link.rel]: res } : undefined,
    },
    'high',
  );
}

export function fromConversation(
  e: Party,
  link: EventLink,
  type: SimEvent['type'],
  res?: Res,
  within?: { rel: string; href: string },
  status?: 'Success',
): void {
  e.app.channel.push(
    {
      sender: { rel: 'conversation', href: R.conversationHref(e.conv) },
      link,
      in: within ? { rel: within.rel, href: within.href } : undefined,
      type,
      embedded: res ? { [link.rel]: res } : undefined,
      status,
    },
    'high',
  );
}
