// Communication: the communication resource, missed items, and incoming invitations with their parties (from,
// onBehalfOf, delegator, to) and accept/decline. Conversations are in conversations.ts.
import { HttpError, noContent, resourceResponse } from '../http.js';
import * as R from '../resources/index.js';
import { invitation } from './lookup.js';
import type { Route } from './route.js';

const invitationPart = (name: 'onBehalfOf' | 'delegator' | 'to'): Route => ({
  name: `invitation ${name}`,
  pattern: new RegExp(`^/communication/invitations/([^/]+)/${name}$`),
  methods: {
    GET: (req, ctx, app, m) => {
      const inv = invitation(ctx, m[1]);
      const c = name === 'to' ? ctx.dir.ensurePerson(inv.to) : inv[name];
      if (!c) throw new HttpError(404, undefined, `This invitation has no ${name}.`);
      return resourceResponse(
        req,
        R.contactRes(app.base, c, ctx.dir.etag(c.uri), name, `${R.invitationHref(app.base, inv.id)}/${name}`),
      );
    },
  },
});

const answer = (action: 'accept' | 'decline'): Route => ({
  name: `invitation ${action}`,
  pattern: new RegExp(`^/communication/invitations/([^/]+)/${action}$`),
  methods: {
    POST: (_req, ctx, app, m) => {
      const inv = invitation(ctx, m[1]);
      if (inv.state !== 'Connecting')
        throw new HttpError(409, undefined, 'The invitation is no longer pending.');
      const ending = action === 'accept' ? 'accepted' : 'declined';
      // An accepted message invitation becomes a conversation of the application that accepted it.
      if (ending === 'accepted' && inv.rel === 'messagingInvitation')
        ctx.conversations.acceptIncoming(app, inv, () => ctx.invitations.end(inv.id, ending));
      else ctx.invitations.end(inv.id, ending);
      return noContent();
    },
  },
});

export const COMMUNICATION_ROUTES: Route[] = [
  {
    name: 'communication',
    pattern: /^\/communication$/,
    methods: { GET: (req, _ctx, app) => resourceResponse(req, R.communicationRes(app)) },
  },
  {
    name: 'missedItems',
    pattern: /^\/communication\/missedItems$/,
    methods: {
      GET: (req, _c, app) =>
        resourceResponse(req, {
          rel: 'missedItems',
          href: `${app.base}/communication/missedItems`,
          props: { missedConversationsCount: 0, unreadMissedConversationsCount: 0 },
        }),
    },
  },
  {
    name: 'invitation',
    pattern: /^\/communication\/invitations\/([^/]+)$/,
    methods: {
      GET: (req, ctx, app, m) => resourceResponse(req, R.invitationRes(app.base, invitation(ctx, m[1]))),
    },
  },
  {
    name: 'invitation from',
    pattern: /^\/communication\/invitations\/([^/]+)\/from$/,
    methods: {
      GET: (req, ctx, app, m) => {
        const inv = invitation(ctx, m[1]);
        return resourceResponse(req, {
          ...R.participantRes(app.base, inv, 'from'),
          href: `${R.invitationHref(app.base, inv.id)}/from`,
        });
      },
    },
  },
  invitationPart('onBehalfOf'),
  invitationPart('delegator'),
  invitationPart('to'),
  answer('accept'),
  answer('decline'),
];
