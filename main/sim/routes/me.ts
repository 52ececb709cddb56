// The signed-in user: me, makeMeAvailable, the user's own presence, note and location, and reportMyActivity.
import { HttpError, noContent, parseBody, resourceResponse } from '../http.js';
import { meRes } from '../resources/index.js';
import type { Route } from './route.js';

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

const OWN = ['presence', 'note', 'location'] as const;

const ownRoutes = OWN.map((name): Route => ({
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
}));

export const ME_ROUTES: Route[] = [
  {
    name: 'me',
    pattern: /^\/me$/,
    methods: { GET: (req, ctx, app) => resourceResponse(req, meRes(app, ctx.user)) },
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
          { sender: me, link: me, type: 'updated', embedded: { me: meRes(app, ctx.user) } },
          'medium',
        );
        for (const rel of OWN)
          app.channel.push(
            { sender: me, link: { rel, href: `${app.base}/me/${rel}` }, type: 'added' },
            'medium',
          );
        return noContent();
      },
    },
  },
  ...ownRoutes,
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
];
