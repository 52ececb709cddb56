// Conversations an application takes part in, and the simulated contact at the other end. Outgoing: startMessaging
// (or a call) makes a conversation that the contact accepts after `responseMs` unless they are offline or do not
// want to be disturbed; calls ring unanswered for 30 s (simulated contacts have no phone). Incoming: accepting a
// messaging invitation makes a connected conversation carrying the invitation's first message. Each message the
// user sends reaches the contact, who types and answers a few times. Every step raises the events a real server
// raises, in its order (SendAnIM.md, ReceiveAnIM.md, the captured batches). Conversations end with the
// application and with `resume` (the server cleans up after a long absence).
import { randomUUID } from 'node:crypto';
import type { App, Applications } from './applications.js';
import {
  type Reason,
  fromCommunication,
  fromConversation,
  localLink,
  peerLink,
  pushInvitation,
} from './conversationEvents.js';
import * as R from './resources/index.js';
import type { SimClock, SimContact } from './types.js';

export interface ConversationsOptions {
  clock: SimClock;
  user: SimContact;
  /** How long a contact takes to accept an invitation and to answer a message. */
  responseMs: number;
}

export interface StartSpec {
  to: SimContact;
  subject?: string;
  importance?: string;
  operationId?: string;
  threadId?: string;
  message?: string;
}

export interface Entry {
  conv: R.Conversation;
  app: App;
  timers: Set<unknown>;
  replies: number;
}

const RING_MS = 30_000;
/** A contact answers this many messages per conversation, so two bots never talk for ever. */
const MAX_REPLIES = 3;
const REPLIES = [
  'Sure, give me a minute.',
  'Thanks, got it!',
  'Sounds good to me.',
  'Let me check and get back to you.',
];
const INVITATION_RELS = {
  messaging: 'messagingInvitation',
  audioVideo: 'audioVideoInvitation',
  phoneAudio: 'phoneAudioInvitation',
} as const;

export class Conversations {
  private readonly byApp = new Map<string, Map<string, Entry>>();

  constructor(
    private readonly opts: ConversationsOptions,
    apps: Applications,
  ) {
    apps.onStateDropped((app) => this.endAll(app));
  }

  list(app: App): Entry[] {
    return [...(this.byApp.get(app.id)?.values() ?? [])];
  }

  all(): Entry[] {
    return [...this.byApp.values()].flatMap((m) => [...m.values()]);
  }

  find(app: App, id: string | undefined): Entry | undefined {
    return id === undefined ? undefined : this.byApp.get(app.id)?.get(id);
  }

  findInvitation(app: App, modality: R.Modality, id: string | undefined): Entry | undefined {
    return this.list(app).find((e) => e.conv.modality === modality && e.conv.invitation?.id === id);
  }

  /** startMessaging / startAudioVideo / startPhoneAudio. */
  start(app: App, modality: R.Modality, spec: StartSpec): Entry {
    const e = this.add(app, {
      id: randomUUID(),
      base: app.base,
      user: this.opts.user,
      peer: spec.to,
      threadId: spec.threadId ?? randomUUID().replace(/-/g, ''),
      subject: spec.subject ?? '',
      importance: spec.importance ?? 'Normal',
      state: 'Connecting',
      modality,
      messaging: modality === 'messaging' ? 'Connecting' : 'Disconnected',
      messages: [],
      peerJoined: false,
      peerTyping: false,
      invitation: {
        id: randomUUID().replace(/-/g, ''),
        rel: INVITATION_RELS[modality],
        state: 'Connecting',
        operationId: spec.operationId,
        message: spec.message,
      },
    });
    const { conv } = e;
    fromCommunication(
      e,
      { rel: 'conversation', href: R.conversationHref(conv) },
      'added',
      R.conversationRes(conv),
    );
    pushInvitation(e, 'started');
    fromConversation(e, localLink(conv), 'added', R.conversationParticipantRes(conv, conv.user));
    if (modality === 'messaging') {
      fromConversation(e, { rel: 'messaging', href: R.messagingHref(conv) }, 'updated', R.messagingRes(conv));
      this.later(e, this.opts.responseMs, () => this.answer(e));
    } else {
      this.later(e, RING_MS, () =>
        this.fail(e, {
          code: 'RemoteFailure',
          subcode: 'Timeout',
          message: `${conv.peer.name} did not answer.`,
        }),
      );
    }
    return e;
  }

  /** The user accepted an incoming messaging invitation: a connected conversation with its first message. */
  acceptIncoming(app: App, inv: R.Invitation, complete: () => void): Entry {
    const e = this.add(app, {
      id: inv.conversationId,
      base: app.base,
      user: this.opts.user,
      peer: inv.from,
      threadId: inv.threadId,
      subject: inv.subject ?? '',
      importance: 'Normal',
      state: 'Connected',
      modality: 'messaging',
      messaging: 'Connected',
      messages: [],
      peerJoined: true,
      peerTyping: false,
    });
    const { conv } = e;
    fromCommunication(
      e,
      { rel: 'conversation', href: R.conversationHref(conv) },
      'added',
      R.conversationRes(conv),
    );
    fromConversation(e, localLink(conv), 'added', R.conversationParticipantRes(conv, conv.user));
    this.connected(e);
    complete();
    if (inv.message !== undefined) this.peerSays(e, inv.message);
    return e;
  }

  /** The user sends a message; it reaches the contact, who answers (a few times per conversation). */
  send(e: Entry, text: string, operationId?: string): R.Message {
    const m = this.record(e, 'Outgoing', text, operationId);
    this.reply(e);
    return m;
  }

  /** The contact writes (an answer, or the control API's "from the contact"). */
  peerSays(e: Entry, text: string): R.Message {
    return this.record(e, 'Incoming', text);
  }

  /** stopMessaging, or the contact left: the conversation ends. */
  stop(e: Entry): void {
    e.conv.messaging = 'Disconnected';
    e.conv.state = 'Disconnected';
    fromConversation(
      e,
      { rel: 'messaging', href: R.messagingHref(e.conv) },
      'updated',
      R.messagingRes(e.conv),
    );
    this.end(e);
  }

  /** The user cancels an outgoing invitation that has not been answered. */
  cancel(e: Entry): void {
    const inv = e.conv.invitation;
    if (!inv || inv.state !== 'Connecting') return;
    inv.state = 'Cancelled';
    pushInvitation(e, 'completed', 'Failure', {
      code: 'LocalFailure',
      subcode: 'Canceled',
      message: 'You cancelled the invitation.',
    });
    this.end(e);
  }

  private add(app: App, conv: R.Conversation): Entry {
    const e: Entry = { conv, app, timers: new Set(), replies: 0 };
    let map = this.byApp.get(app.id);
    if (!map) this.byApp.set(app.id, (map = new Map()));
    map.set(conv.id, e);
    return e;
  }

  private answer(e: Entry): void {
    const { conv } = e;
    if (conv.peer.availability === 'Offline' || conv.peer.availability === 'DoNotDisturb') {
      const subcode = conv.peer.availability === 'Offline' ? 'TemporarilyUnavailable' : 'DoNotDisturb';
      this.fail(e, { code: 'RemoteFailure', subcode, message: `${conv.peer.name} is not available.` });
      return;
    }
    conv.peerJoined = true;
    conv.state = 'Connected';
    conv.messaging = 'Connected';
    if (conv.invitation) conv.invitation.state = 'Connected';
    fromConversation(e, peerLink(conv), 'added');
    this.connected(e);
    pushInvitation(e, 'completed', 'Success');
    const first = conv.invitation?.message;
    if (first !== undefined) this.send(e, first, conv.invitation?.operationId);
  }

  /** Messaging connected: the modality, both participants' participantMessaging, the conversation. */
  private connected(e: Entry): void {
    const { conv } = e;
    fromConversation(e, { rel: 'messaging', href: R.messagingHref(conv) }, 'updated', R.messagingRes(conv));
    for (const [who, within] of [
      [conv.user, localLink(conv)],
      [conv.peer, peerLink(conv)],
    ] as const) {
      fromConversation(
        e,
        { rel: 'participantMessaging', href: `${R.participantHref(conv, who)}/messaging` },
        'added',
        R.participantMessagingRes(conv, who),
        within,
      );
    }
    fromCommunication(
      e,
      { rel: 'conversation', href: R.conversationHref(conv) },
      'updated',
      R.conversationRes(conv),
    );
  }

  private fail(e: Entry, reason: Reason): void {
    if (e.conv.invitation) e.conv.invitation.state = 'Failed';
    pushInvitation(e, 'completed', 'Failure', reason);
    this.end(e);
  }

  private end(e: Entry): void {
    this.clearTimers(e);
    this.byApp.get(e.app.id)?.delete(e.conv.id);
    fromCommunication(e, { rel: 'conversation', href: R.conversationHref(e.conv) }, 'deleted');
  }

  private endAll(app: App): void {
    for (const e of this.list(app)) this.clearTimers(e);
    this.byApp.delete(app.id);
  }

  private reply(e: Entry): void {
    if (e.replies >= MAX_REPLIES || e.conv.peer.availability === 'Offline') return;
    const n = e.replies++;
    const typing = { rel: 'typingParticipants', href: R.typingHref(e.conv) };
    this.later(e, this.opts.responseMs / 2, () => {
      e.conv.peerTyping = true;
      fromConversation(e, peerLink(e.conv), 'added', undefined, typing);
    });
    this.later(e, this.opts.responseMs, () => {
      e.conv.peerTyping = false;
      fromConversation(e, peerLink(e.conv), 'deleted', undefined, typing);
      this.peerSays(e, REPLIES[n % REPLIES.length] ?? '');
    });
  }

  private record(e: Entry, direction: R.Message['direction'], text: string, operationId?: string): R.Message {
    const m: R.Message = {
      id: e.conv.messages.length + 1,
      direction,
      text,
      at: this.opts.clock.now(),
      operationId,
    };
    e.conv.messages.push(m);
    fromConversation(
      e,
      { rel: 'message', href: R.messageHref(e.conv, m) },
      'completed',
      R.messageRes(e.conv, m),
      undefined,
      'Success',
    );
    return m;
  }

  private later(e: Entry, ms: number, fn: () => void): void {
    const t = this.opts.clock.setTimeout(() => {
      e.timers.delete(t);
      fn();
    }, ms);
    e.timers.add(t);
  }

  private clearTimers(e: Entry): void {
    for (const t of e.timers) this.opts.clock.clearTimeout(t);
    e.timers.clear();
  }
}
