// Subscriptions: the contact-list subscription (start/refresh, stop) and presence subscriptions with their
// memberships. Subscribing to a contact queues `contact added in subscribedContacts` and its presence.
import type { App, PresenceSub } from '../applications.js';
import type { SimContext } from '../context.js';
import { HttpError, noContent, parseBody, resourceResponse } from '../http.js';
import type { SimEvent } from '../render.js';
import * as R from '../resources/index.js';
import type { SimContact } from '../types.js';
import { fail, findSub, known, minutes, urisOf } from './lookup.js';
import type { Route } from './route.js';

const people = (app: App): { rel: string; href: string } => ({ rel: 'people', href: `${app.base}/people` });

/** Presence events for newly subscribed contacts, with the presence embedded (a snapshot without per-contact GETs). */
function presenceEvent(ctx: SimContext, app: App, c: SimContact): SimEvent {
  return {
    sender: people(app),
    link: { rel: 'contactPresence', href: `${R.contactHref(app.base, c.uri)}/presence` },
    in: { rel: 'contact', href: R.contactHref(app.base, c.uri) },
    type: 'updated',
    embedded: { contactPresence: R.presenceRes(app.base, c, ctx.lastActive.get(c.uri) ?? ctx.clock.now()) },
  };
}

function subscribe(ctx: SimContext, app: App, uris: string[], sub: PresenceSub): void {
  for (const u of uris) {
    const c = known(ctx, u);
    if (!c) continue;
    sub.uris.add(c.uri);
    app.channel.push(
      {
        sender: people(app),
        link: { rel: 'contact', href: R.contactHref(app.base, c.uri) },
        in: { rel: 'subscribedContacts', href: `${app.base}/people/subscribedContacts` },
        type: 'added',
      },
      'medium',
    );
    app.channel.push(presenceEvent(ctx, app, c), 'medium');
  }
}

const subscriptionEvent = (app: App, sub: PresenceSub, type: 'added' | 'deleted'): SimEvent => ({
  sender: people(app),
  link: { rel: 'presenceSubscription', href: `${app.base}/people/presenceSubscriptions/${sub.id}` },
  type,
});

export const SUBSCRIPTION_ROUTES: Route[] = [
  {
    name: 'myContactsAndGroupsSubscription',
    pattern: /^\/people\/contactsAndGroupsSubscription$/,
    methods: {
      GET: (req, _ctx, app) =>
        resourceResponse(req, R.contactsSubscriptionRes(app.base, app.contactsSub !== undefined)),
    },
  },
  {
    name: 'startOrRefreshSubscriptionToContactsAndGroups',
    pattern: /^\/people\/contactsAndGroupsSubscription\/startOrRefresh$/,
    methods: {
      POST: (req, ctx, app) => {
        ctx.apps.startContactsSub(app, minutes(req, parseBody(req), 30));
        return resourceResponse(req, R.contactsSubscriptionRes(app.base, true));
      },
    },
  },
  {
    name: 'stopSubscriptionToContactsAndGroups',
    pattern: /^\/people\/contactsAndGroupsSubscription\/stop$/,
    methods: {
      POST: (_req, ctx, app) => {
        ctx.apps.stopContactsSub(app);
        return noContent();
      },
    },
  },
  {
    name: 'presenceSubscriptions',
    pattern: /^\/people\/presenceSubscriptions$/,
    methods: {
      GET: (req, _ctx, app) =>
        resourceResponse(req, R.presenceSubscriptionsRes(app.base, [...app.presenceSubs.keys()])),
      POST: (req, ctx, app) => {
        const body = parseBody(req);
        // subscribeToGroupPresence links here with the group's id: the subscription is for its members.
        const groupId = req.query.get('groupId');
        const group = groupId === null ? undefined : ctx.contactList.get(groupId);
        if (groupId !== null && !group) throw new HttpError(404, undefined, 'The group does not exist.');
        const uris = group ? [...group.members] : urisOf(body, 'uris');
        const sub = ctx.apps.addPresenceSub(
          app,
          [],
          minutes(req, body, NaN) || fail('duration is required.'),
        );
        app.channel.push(subscriptionEvent(app, sub, 'added'), 'medium');
        subscribe(ctx, app, uris, sub);
        return resourceResponse(req, R.presenceSubscriptionRes(app.base, sub.id), { status: 201 });
      },
    },
  },
  {
    name: 'presenceSubscription',
    pattern: /^\/people\/presenceSubscriptions\/([^/]+)$/,
    methods: {
      GET: (req, _ctx, app, m) =>
        resourceResponse(req, R.presenceSubscriptionRes(app.base, findSub(app, m[1]).id)),
      POST: (req, ctx, app, m) => {
        const sub = findSub(app, m[1]);
        ctx.apps.refreshPresenceSub(app, sub, minutes(req, parseBody(req), 30));
        return resourceResponse(req, R.presenceSubscriptionRes(app.base, sub.id));
      },
      DELETE: (_req, ctx, app, m) => {
        const sub = findSub(app, m[1]);
        ctx.apps.removePresenceSub(app, sub);
        app.channel.push(subscriptionEvent(app, sub, 'deleted'), 'medium');
        return noContent();
      },
    },
  },
  {
    name: 'presenceSubscriptionMemberships',
    pattern: /^\/people\/presenceSubscriptionMemberships$/,
    methods: {
      GET: (req, ctx, app) => {
        const id = req.query.get('presenceSubscriptionId');
        const uris = id ? [...findSub(app, id).uris] : ctx.apps.subscribedUris(app);
        return resourceResponse(req, R.membershipsRes(app.base, id ?? undefined, uris));
      },
      POST: (req, ctx, app) => {
        const sub = findSub(app, req.query.get('presenceSubscriptionId'));
        const uris = urisOf(parseBody(req), 'contactUris');
        subscribe(ctx, app, uris, sub);
        return resourceResponse(req, R.membershipsRes(app.base, sub.id, uris), { status: 201 });
      },
    },
  },
  {
    name: 'subscribedContacts',
    pattern: /^\/people\/subscribedContacts$/,
    methods: {
      GET: (req, ctx, app) =>
        resourceResponse(req, R.subscribedContactsRes(app.base, ctx.apps.subscribedUris(app))),
    },
  },
];
