// People: the people hub, the contact list, search, one contact and its sub-resources, photos, and the privacy
// relationship views (GET, PUT with If-Match, reset).
import type { App } from '../applications.js';
import type { SimContext } from '../context.js';
import { normaliseUri } from '../directory.js';
import {
  HttpError,
  type SimRequest,
  type SimResponse,
  baseHeaders,
  etagMatches,
  hashEtag,
  noContent,
  parseBody,
  prop,
  resourceResponse,
} from '../http.js';
import { photoPng } from '../photo.js';
import type { Res } from '../render.js';
import * as R from '../resources/index.js';
import { PRIVACY_LEVELS, type PrivacyLevel, type SimContact } from '../types.js';
import { person } from './lookup.js';
import { type Route, SIP } from './route.js';

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

export const PEOPLE_ROUTES: Route[] = [
  {
    name: 'people',
    pattern: /^\/people$/,
    methods: { GET: (req, ctx, app) => resourceResponse(req, R.peopleRes(app.base, ctx.ucs)) },
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
    name: 'search',
    pattern: /^\/people\/search$/,
    methods: {
      GET: (req, ctx, app) => {
        const limit = Math.min(100, Math.max(1, Number(req.query.get('limit') ?? 100) || 100));
        const query = (req.query.get('query') ?? '').slice(0, 256);
        const mail = (req.query.get('mail') ?? '').slice(0, 256).trim().toLowerCase().replace(/^sip:/, '');
        return resourceResponse(
          req,
          R.searchRes(app.base, ctx.dir, ctx.contactList.all(), { query, mail, limit }, ctx.ucs),
        );
      },
    },
  },
];

/** Routes whose pattern would also match the fixed /people/... paths above: they must come after them. */
export const CONTACT_ROUTES: Route[] = [
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
];
