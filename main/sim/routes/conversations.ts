// Starting conversations (startMessaging, startAudioVideo, startPhoneAudio → 201 with the invitation and its
// Location) and everything below a conversation: messaging, sending a message (201), typing, stopping, the
// participants, the messages. The contact's side is played by conversations.ts.
import type { App } from '../applications.js';
import type { SimContext } from '../context.js';
import type { Entry } from '../conversations.js';
import { readDataUri } from '../dataUri.js';
import { normaliseUri } from '../directory.js';
import {
  HttpError,
  type SimRequest,
  type SimResponse,
  noContent,
  parseBody,
  prop,
  resourceResponse,
} from '../http.js';
import type { Res } from '../render.js';
import * as R from '../resources/index.js';
import { type Route, SIP } from './route.js';

const SEGMENT_MODALITY: Record<string, R.Modality> = {
  messagingInvitations: 'messaging',
  audioVideoInvitations: 'audioVideo',
  phoneAudioInvitations: 'phoneAudio',
};
const STARTS = Object.keys(SEGMENT_MODALITY).join('|');
const IMPORTANCE = ['Normal', 'Urgent', 'Emergency'];
const CONV = '^/communication/conversations/([^/]+)';

function text(v: unknown, name: string, max: number): string | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v !== 'string' || v.length > max)
    throw new HttpError(
      400,
      'ParameterValidationFailure',
      `${name} must be text of at most ${max} characters.`,
    );
  return v;
}

/** The text sent with an invitation: a `message` link (data URI) as the reference shows, or a plain property. */
function invitationMessage(body: Record<string, unknown>): string | undefined {
  const links = prop(body, '_links') as Record<string, { href?: unknown }> | undefined;
  const href = links && typeof links === 'object' ? links.message?.href : undefined;
  if (typeof href === 'string') return readDataUri(href);
  const m = prop(body, 'message');
  return typeof m === 'string' && m.startsWith('data:') ? readDataUri(m) : text(m, 'message', 8000);
}

function start(req: SimRequest, ctx: SimContext, app: App, modality: R.Modality): SimResponse {
  const body = parseBody(req);
  const to = text(req.query.get('to') ?? prop(body, 'to'), 'to', 250);
  if (to === undefined || !/^sip:[^@\s/]+@[^@\s/]+$/.test(normaliseUri(to)))
    throw new HttpError(
      400,
      'ParameterValidationFailure',
      'to must be the SIP address of the person to invite.',
    );
  const importance = text(prop(body, 'importance'), 'importance', 20);
  const known =
    importance === undefined
      ? 'Normal'
      : IMPORTANCE.find((i) => i.toLowerCase() === importance.toLowerCase());
  if (!known)
    throw new HttpError(
      400,
      'ParameterValidationFailure',
      `importance must be one of ${IMPORTANCE.join(', ')}.`,
    );
  const e = ctx.conversations.start(app, modality, {
    to: ctx.dir.ensurePerson(to),
    subject: text(prop(body, 'subject'), 'subject', 250),
    importance: known,
    operationId: text(prop(body, 'operationId'), 'operationId', 50),
    threadId: text(prop(body, 'threadId'), 'threadId', 100),
    message: modality === 'messaging' ? invitationMessage(body) : undefined,
  });
  const inv = e.conv.invitation as R.OutgoingInvitation;
  const resp = resourceResponse(req, R.outgoingInvitationRes(e.conv, inv), { status: 201 });
  resp.headers = { ...resp.headers, Location: R.outgoingHref(e.conv, inv) };
  return resp;
}

function conversation(ctx: SimContext, app: App, id: string | undefined): Entry {
  const e = ctx.conversations.find(app, id);
  if (!e) throw new HttpError(404, 'ConversationNotFound', 'The conversation does not exist or has ended.');
  return e;
}

/** sendMessage: the body is the message (text/plain, or text/html whose text is taken). */
function send(req: SimRequest, ctx: SimContext, app: App, id: string | undefined): SimResponse {
  const e = conversation(ctx, app, id);
  if (e.conv.messaging !== 'Connected')
    throw new HttpError(409, undefined, 'The messaging modality of this conversation is not connected.');
  const type = (req.headers['content-type'] ?? 'text/plain').toLowerCase();
  if (!type.startsWith('text/plain') && !type.startsWith('text/html'))
    throw new HttpError(415, 'UnsupportedMediaType', 'A message is sent as text/plain or text/html.');
  let body = req.body.toString('utf8');
  if (type.startsWith('text/html')) body = body.replace(/<[^>]*>/g, '');
  if (body.trim() === '') throw new HttpError(400, 'ParameterValidationFailure', 'The message is empty.');
  const m = ctx.conversations.send(e, body, req.query.get('operationId') ?? undefined);
  return noContent(201, { Location: R.messageHref(e.conv, m) });
}

function participant(e: Entry, sip: string | undefined): R.Conversation['peer'] {
  const uri = sip === undefined ? '' : normaliseUri(sip);
  const who = [e.conv.user, ...(e.conv.peerJoined ? [e.conv.peer] : [])].find((p) => p.uri === uri);
  if (!who) throw new HttpError(404, undefined, 'No such participant in this conversation.');
  return who;
}

const get = (name: string, pattern: string, build: (e: Entry, m: RegExpExecArray) => Res): Route => ({
  name,
  pattern: new RegExp(`${CONV}${pattern}$`),
  methods: { GET: (req, ctx, app, m) => resourceResponse(req, build(conversation(ctx, app, m[1]), m)) },
});

const post = (name: string, pattern: string, act: (ctx: SimContext, e: Entry) => void): Route => ({
  name,
  pattern: new RegExp(`${CONV}${pattern}$`),
  methods: {
    POST: (_req, ctx, app, m) => {
      act(ctx, conversation(ctx, app, m[1]));
      return noContent();
    },
  },
});

export const CONVERSATION_ROUTES: Route[] = [
  {
    name: 'startConversation',
    pattern: new RegExp(`^/communication/(${STARTS})$`),
    methods: {
      POST: (req, ctx, app, m) => start(req, ctx, app, SEGMENT_MODALITY[m[1] ?? ''] ?? 'messaging'),
    },
  },
  {
    name: 'outgoingInvitation',
    pattern: new RegExp(`^/communication/(${STARTS})/([^/]+)$`),
    methods: {
      GET: (req, ctx, app, m) => {
        const e = ctx.conversations.findInvitation(app, SEGMENT_MODALITY[m[1] ?? ''] ?? 'messaging', m[2]);
        if (!e?.conv.invitation) throw new HttpError(404, undefined, 'The invitation does not exist.');
        return resourceResponse(req, R.outgoingInvitationRes(e.conv, e.conv.invitation));
      },
    },
  },
  {
    name: 'cancelInvitation',
    pattern: new RegExp(`^/communication/(${STARTS})/([^/]+)/cancel$`),
    methods: {
      POST: (_req, ctx, app, m) => {
        const e = ctx.conversations.findInvitation(app, SEGMENT_MODALITY[m[1] ?? ''] ?? 'messaging', m[2]);
        if (!e?.conv.invitation) throw new HttpError(404, undefined, 'The invitation does not exist.');
        if (e.conv.invitation.state !== 'Connecting')
          throw new HttpError(409, undefined, 'The invitation is no longer pending.');
        ctx.conversations.cancel(e);
        return noContent();
      },
    },
  },
  {
    name: 'conversations',
    pattern: /^\/communication\/conversations$/,
    methods: {
      GET: (req, ctx, app) =>
        resourceResponse(
          req,
          R.conversationsRes(
            app.base,
            ctx.conversations.list(app).map((e) => e.conv),
          ),
        ),
    },
  },
  get('conversation', '', (e) => R.conversationRes(e.conv)),
  get('messaging', '/messaging', (e) => R.messagingRes(e.conv)),
  get('typingParticipants', '/messaging/typingParticipants', (e) => R.typingParticipantsRes(e.conv)),
  get('participants', '/participants', (e) => R.participantsRes(e.conv)),
  get('participant', `/participants/${SIP}`, (e, m) =>
    R.conversationParticipantRes(e.conv, participant(e, m[2])),
  ),
  get('participantMessaging', `/participants/${SIP}/messaging`, (e, m) =>
    R.participantMessagingRes(e.conv, participant(e, m[2])),
  ),
  {
    name: 'sendMessage',
    pattern: new RegExp(`${CONV}/messaging/messages$`),
    methods: { POST: (req, ctx, app, m) => send(req, ctx, app, m[1]) },
  },
  {
    // POST on a message's own href sends a reply: a published bot does so (the server's answer to it is not known).
    name: 'message',
    pattern: new RegExp(`${CONV}/messaging/messages/(\\d+)$`),
    methods: {
      GET: (req, ctx, app, m) => {
        const e = conversation(ctx, app, m[1]);
        const msg = e.conv.messages.find((x) => String(x.id) === m[2]);
        if (!msg) throw new HttpError(404, undefined, 'No such message.');
        return resourceResponse(req, R.messageRes(e.conv, msg));
      },
      POST: (req, ctx, app, m) => send(req, ctx, app, m[1]),
    },
  },
  post('setIsTyping', '/messaging/typing', () => undefined),
  post('stopMessaging', '/messaging/terminate', (ctx, e) => ctx.conversations.stop(e)),
];
