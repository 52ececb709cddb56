// Routing for everything under /ucwa/oauth/v1/applications. Each route names its handlers per method; a known
// path with another method is 405, an unknown one 404. Handlers throw HttpError for protocol errors.
import type { App } from './applications.js';
import type { SimContext } from './context.js';
import { normaliseUri } from './directory.js';
import { type PGetResult } from './eventQueue.js';
import {
  HttpError,
  type SimRequest,
  type SimResponse,
  baseHeaders,
  errorResponse,
  etagMatches,
  hashEtag,
  noContent,
  parseBody,
  prop,
  resourceResponse,
} from './http.js';
import { photoPng } from './photo.js';
import { contentType, renderEvents, type Res, type SimEvent } from './render.js';
import * as R from './resources.js';
import { PRIVACY_LEVELS, type PrivacyLevel, type SimContact } from './types.js';

export const APPLICATIONS_PATH = '/ucwa/oauth/v1/applications';

type Handler = (
  req: SimRequest,
  ctx: SimContext,
  app: App,
  m: RegExpExecArray,
) => SimResponse | Promise<SimResponse>;
interface Route {
  name: string;
  pattern: RegExp;
  methods: Partial<Record<'GET' | 'POST' | 'PUT' | 'DELETE', Handler>>;
}

const SIP = '([^/@]+@[^/]+)';

/** `sip` comes from the path, which server.ts has already percent-decoded (once: a `%` in it is literal). */
function person(ctx: SimContext, sip: string | undefined): SimContact {
  const c = sip ? ctx.dir.get(sip) : undefined;
  if (!c) throw new HttpError(404, undefined, 'The contact does not exist.');
  return c;
}

function invitation(ctx: SimContext, id: string | undefined): R.Invitation {
  const inv = id ? ctx.invitations.get(id) : undefined;
  if (!inv) throw new HttpError(404, undefined, 'The invitation does not exist.');
  return inv;
}

const people = (app: App): { rel: string; href: string } => ({ rel: 'people', href: `${app.base}/people` });

function minutes(req: SimRequest, body: Record<string, unknown>, fallback: number): number {
  const raw = req.query.get('duration') ?? prop(body, 'duration');
  if (raw === undefined || raw === null || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0)
    throw new HttpError(400, 'ParameterValidationFailure', 'duration must be a number of minutes.');
  return n;
}

function urisOf(body: Record<string, unknown>, name: string): string[] {
  const v = prop(body, name);
  const list = Array.isArray(v) ? v : typeof v === 'string' ? [v] : undefined;
  if (!list || list.some((u) => typeof u !== 'string' || u.trim() === '')) {
    throw new HttpError(400, 'ParameterValidationFailure', `${name} must be a list of SIP URIs.`);
  }
  return (list as string[]).map(normaliseUri);
}

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

function subscribe(ctx: SimContext, app: App, uris: string[], sub: { id: string; uris: Set<string> }): void {
  for (const u of uris) {
    const c = ctx.dir.get(u);
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

function findSub(
  app: App,
  id: string | null | undefined,
): NonNullable<ReturnType<App['presenceSubs']['get']>> {
  const sub = id ? app.presenceSubs.get(id) : undefined;
  if (!sub)
    throw new HttpError(
      404,
      'ApplicationNotFound',
      'The presence subscription does not exist or has expired.',
    );
  return sub;
}

export function pgetResponse(req: SimRequest, app: App, r: PGetResult): SimResponse {
  if (r.kind === 'error')
    return errorResponse(req, r.status, {
      code: r.status === 404 ? 'NotFound' : 'Conflict',
      subcode: r.subcode,
      message: r.message,
    });
  const links =
    r.kind === 'resync'
      ? { self: R.eventsHref(app.base, r.ack), resync: R.eventsHref(app.base, r.ack) }
      : {
          self: R.eventsHref(app.base, r.ack),
          ...(r.resume
            ? { resume: R.eventsHref(app.base, r.ack + 1) }
            : { next: R.eventsHref(app.base, r.ack + 1) }),
        };
  return {
    status: 200,
    headers: { ...baseHeaders(), 'Content-Type': `${contentType(req.format, req.accept)}; charset=utf-8` },
    body: renderEvents(links, r.kind === 'batch' ? r.events : [], req.format),
  };
}

function setLevelFromBody(req: SimRequest, ctx: SimContext, c: SimContact): SimResponse {
  const current = ctx.dir.relationshipEtag(c.uri);
  const ifMatch = req.headers['if-match'];
  if (!ifMatch)
    throw new HttpError(
      428,
      undefined,
      'This operation requires an If-Match header.',
      'PreconditionRequired',
    );
  if (!etagMatches(ifMatch, current))
    throw new HttpError(412, undefined, 'The resource has changed since it was read.', 'PreconditionFailed');
  const body = parseBody(req);
  const level = prop(body, 'relationshipLevel');
  if (typeof level !== 'string' || !PRIVACY_LEVELS.includes(level as PrivacyLevel)) {
    throw new HttpError(
      400,
      'ParameterValidationFailure',
      `relationshipLevel must be one of ${PRIVACY_LEVELS.join(', ')}.`,
    );
  }
  ctx.dir.setLevel(c.uri, level as PrivacyLevel);
  return noContent(200, { ETag: `"${ctx.dir.relationshipEtag(c.uri)}"` });
}

const contactSub = (name: string, build: (ctx: SimContext, app: App, c: SimContact) => Res): Route => ({
  name: `contact ${name}`,
  pattern: new RegExp(`^/people/${SIP}/${name}$`),
  methods: { GET: (req, ctx, app, m) => resourceResponse(req, build(ctx, app, person(ctx, m[1]))) },
});

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

export const ROUTES: Route[] = [
  {
    name: 'application',
    pattern: /^$/,
    methods: {
      GET: (req, ctx, app) => resourceResponse(req, R.applicationRes(app, R.meRes(app, ctx.user), ctx.user)),
      DELETE: (_req, ctx, app) => {
        ctx.apps.delete(app.id);
        return noContent();
      },
    },
  },
  {
    name: 'events',
    pattern: /^\/events$/,
    methods: {
      GET: async (req, _ctx, app) =>
        pgetResponse(req, app, await app.channel.pget(req.query, (cb) => req.onClose(cb))),
    },
  },
  {
    name: 'policies',
    pattern: /^\/policies$/,
    methods: {
      GET: (req, _c, app) => resourceResponse(req, { rel: 'policies', href: `${app.base}/policies` }),
    },
  },
  {
    name: 'me',
    pattern: /^\/me$/,
    methods: { GET: (req, ctx, app) => resourceResponse(req, R.meRes(app, ctx.user)) },
  },
  {
    name: 'makeMeAvailable',
    pattern: /^\/me\/makeMeAvailable$/,
    methods: {
      POST: (req, ctx, app) => {
        const modalities = requestedModalities(parseBody(req));
        if (app.madeAvailable)
          throw new HttpError(409, 'AlreadyExists', 'The application is already available.');
        app.madeAvailable = true;
        app.modalities = modalities;
        const me = { rel: 'me', href: `${app.base}/me` };
        app.channel.push(
          { sender: me, link: me, type: 'updated', embedded: { me: R.meRes(app, ctx.user) } },
          'medium',
        );
        for (const rel of ['presence', 'note', 'location'])
          app.channel.push(
            { sender: me, link: { rel, href: `${app.base}/me/${rel}` }, type: 'added' },
            'medium',
          );
        return noContent();
      },
    },
  },
  ...(['presence', 'note', 'location'] as const).map((name): Route => ({
    name: `me ${name}`,
    pattern: new RegExp(`^/me/${name}$`),
    methods: {
      GET: (req, ctx, app) => {
        if (!app.madeAvailable)
          throw new HttpError(409, 'MakeMeAvailableRequired', 'Call makeMeAvailable first.');
        const u = ctx.user;
        const props =
          name === 'presence'
            ? { availability: u.availability }
            : name === 'note'
              ? { message: u.note ?? '', type: 'Personal' }
              : { location: u.location ?? '' };
        return resourceResponse(req, { rel: name, href: `${app.base}/me/${name}`, props });
      },
      POST: (req, _ctx, app) => {
        if (!app.madeAvailable)
          throw new HttpError(409, 'MakeMeAvailableRequired', 'Call makeMeAvailable first.');
        parseBody(req);
        return noContent();
      },
    },
  })),
  {
    name: 'reportMyActivity',
    pattern: /^\/reportMyActivity$/,
    methods: {
      POST: (_req, _ctx, app) => {
        if (!app.madeAvailable)
          throw new HttpError(409, 'MakeMeAvailableRequired', 'Call makeMeAvailable first.');
        return noContent();
      },
    },
  },
  {
    name: 'people',
    pattern: /^\/people$/,
    methods: { GET: (req, _c, app) => resourceResponse(req, R.peopleRes(app.base)) },
  },
  {
    name: 'myContacts',
    pattern: /^\/people\/contacts$/,
    methods: { GET: (req, ctx, app) => resourceResponse(req, R.myContactsRes(app.base, ctx.dir)) },
  },
  {
    name: 'myPrivacyRelationships',
    pattern: /^\/people\/privacyRelationships$/,
    methods: {
      GET: (req, ctx, app) => resourceResponse(req, R.myPrivacyRelationshipsRes(app.base, ctx.dir)),
    },
  },
  {
    name: 'myPrivacyRelationship',
    pattern: /^\/people\/privacyRelationships\/([A-Za-z]+)$/,
    methods: {
      GET: (req, ctx, app, m) => {
        const level = m[1] as PrivacyLevel;
        if (!PRIVACY_LEVELS.includes(level)) throw new HttpError(404);
        return resourceResponse(
          req,
          R.myPrivacyRelationshipRes(
            app.base,
            level,
            ctx.dir.contacts().filter((c) => c.level === level),
          ),
        );
      },
    },
  },
  {
    name: 'myGroups',
    pattern: /^\/people\/groups$/,
    methods: { GET: (req, ctx, app) => resourceResponse(req, R.myGroupsRes(app.base, ctx.dir)) },
  },
  {
    name: 'group',
    pattern: /^\/people\/groups\/([^/]+)$/,
    methods: {
      GET: (req, ctx, app, m) => {
        const g = ctx.dir.groups.find((x) => x.id === m[1]);
        if (!g) throw new HttpError(404);
        return resourceResponse(req, R.groupRes(app.base, g));
      },
    },
  },
  {
    name: 'groupContacts',
    pattern: /^\/people\/groups\/([^/]+)\/contacts$/,
    methods: {
      GET: (req, ctx, app, m) => {
        const g = ctx.dir.groups.find((x) => x.id === m[1]);
        if (!g) throw new HttpError(404);
        return resourceResponse(req, R.groupContactsRes(app.base, g, ctx.dir));
      },
    },
  },
  {
    name: 'myGroupMemberships',
    pattern: /^\/people\/groupMemberships$/,
    methods: { GET: (req, ctx, app) => resourceResponse(req, R.myGroupMembershipsRes(app.base, ctx.dir)) },
  },
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
        const uris = urisOf(body, 'uris');
        const sub = ctx.apps.addPresenceSub(
          app,
          [],
          minutes(req, body, NaN) || fail('duration is required.'),
        );
        app.channel.push(
          {
            sender: people(app),
            link: { rel: 'presenceSubscription', href: `${app.base}/people/presenceSubscriptions/${sub.id}` },
            type: 'added',
          },
          'medium',
        );
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
        app.channel.push(
          {
            sender: people(app),
            link: { rel: 'presenceSubscription', href: `${app.base}/people/presenceSubscriptions/${sub.id}` },
            type: 'deleted',
          },
          'medium',
        );
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
  {
    name: 'search',
    pattern: /^\/people\/search$/,
    methods: {
      GET: (req, ctx, app) => {
        const limit = Math.min(100, Math.max(1, Number(req.query.get('limit') ?? 100) || 100));
        return resourceResponse(
          req,
          R.searchRes(app.base, ctx.dir, (req.query.get('query') ?? '').slice(0, 256), limit),
        );
      },
    },
  },
  {
    name: 'contact',
    pattern: new RegExp(`^/people/${SIP}$`),
    methods: {
      GET: (req, ctx, app, m) => {
        const c = person(ctx, m[1]);
        return resourceResponse(req, R.contactRes(app.base, c, ctx.dir.etag(c.uri)));
      },
    },
  },
  contactSub('presence', (ctx, app, c) =>
    R.presenceRes(app.base, c, ctx.lastActive.get(c.uri) ?? ctx.clock.now()),
  ),
  contactSub('note', (_ctx, app, c) => R.noteRes(app.base, c)),
  contactSub('location', (_ctx, app, c) => R.locationRes(app.base, c)),
  contactSub('supportedMedia', (_ctx, app, c) => R.supportedMediaRes(app.base, c)),
  {
    name: 'contactPrivacyRelationship',
    pattern: new RegExp(`^/people/${SIP}/privacyRelationship$`),
    methods: {
      GET: (req, ctx, app, m) => {
        const c = person(ctx, m[1]);
        return resourceResponse(req, R.relationshipRes(app.base, c), {
          etag: ctx.dir.relationshipEtag(c.uri),
        });
      },
      PUT: (req, ctx, _app, m) => setLevelFromBody(req, ctx, person(ctx, m[1])),
    },
  },
  {
    name: 'resetContactPrivacyRelationship',
    pattern: new RegExp(`^/people/${SIP}/privacyRelationship/reset$`),
    methods: {
      POST: (_req, ctx, _app, m) => {
        ctx.dir.resetLevel(person(ctx, m[1]).uri);
        return noContent();
      },
    },
  },
  {
    name: 'contactPhoto',
    pattern: new RegExp(`^/photos/${SIP}$`),
    methods: {
      GET: (req, ctx, _app, m) => {
        const c = m[1] && normaliseUri(m[1]) === ctx.user.uri ? ctx.user : person(ctx, m[1]);
        const size = /^HR(\d{2,3})X\d{2,3}$/i.exec(req.query.get('size') ?? '');
        const png = photoPng(c.uri, size?.[1] ? Math.min(256, Number(size[1])) : 48);
        const etag = hashEtag(png);
        if (etagMatches(req.headers['if-none-match'], etag))
          return { status: 304, headers: { ...baseHeaders(), ETag: `"${etag}"` } };
        return {
          status: 200,
          headers: { ...baseHeaders(), 'Content-Type': 'image/png', ETag: `"${etag}"` },
          body: png,
        };
      },
    },
  },
  {
    name: 'communication',
    pattern: /^\/communication$/,
    methods: { GET: (req, ctx, app) => resourceResponse(req, R.communicationRes(app.base, ctx.user)) },
  },
  {
    name: 'conversations',
    pattern: /^\/communication\/conversations$/,
    methods: {
      GET: (req, _c, app) =>
        resourceResponse(req, { rel: 'conversations', href: `${app.base}/communication/conversations` }),
    },
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
  ...(['accept', 'decline'] as const).map((action): Route => ({
    name: `invitation ${action}`,
    pattern: new RegExp(`^/communication/invitations/([^/]+)/${action}$`),
    methods: {
      POST: (_req, ctx, _app, m) => {
        const inv = invitation(ctx, m[1]);
        if (inv.state !== 'Connecting')
          throw new HttpError(409, undefined, 'The invitation is no longer pending.');
        ctx.invitations.end(inv.id, action === 'accept' ? 'accepted' : 'declined');
        return noContent();
      },
    },
  })),
];

function fail(message: string): never {
  throw new HttpError(400, 'ParameterValidationFailure', message);
}

/** Finds the route for a path below the application (path starts with '/' or is ''). */
export function matchRoute(rest: string): [Route, RegExpExecArray] | undefined {
  for (const r of ROUTES) {
    const m = r.pattern.exec(rest);
    if (m) return [r, m];
  }
  return undefined;
}

/** ModalityType values (reference §4) plus the two makeMeAvailable's text allows. */
const MODALITY_TYPES = new Set([
  'Audio',
  'Messaging',
  'PanoramicVideo',
  'PhoneAudio',
  'Video',
  'ApplicationSharing',
  'DataCollaboration',
]);

/** makeMeAvailable's `supportedModalities` (any casing of the name; absent → Messaging, as a bare call gets). */
function requestedModalities(body: Record<string, unknown>): string[] {
  const key = Object.keys(body).find((k) => k.toLowerCase() === 'supportedmodalities');
  const raw = key === undefined ? ['Messaging'] : body[key];
  const list = Array.isArray(raw) ? raw : typeof raw === 'string' && raw !== '' ? [raw] : [];
  const bad = list.filter((m) => typeof m !== 'string' || !MODALITY_TYPES.has(m));
  if (bad.length > 0)
    throw new HttpError(400, 'ParameterValidationFailure', `Unknown modality: ${bad.map(String).join(', ')}`);
  return list as string[];
}
