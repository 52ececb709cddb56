// The signed-in user: me, makeMeAvailable, the user's own presence, note and location (which really change and
// reach other applications as events), reportMyActivity, phones and call forwarding settings (read-only).
import type { App } from '../applications.js';
import type { SimContext } from '../context.js';
import { HttpError, type SimRequest, noContent, parseBody, prop, resourceResponse } from '../http.js';
import { setOwnLocation, setOwnNote, setOwnPresence } from '../ownState.js';
import * as R from '../resources/index.js';
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

/** A list-valued body property under any casing of its name, or `fallback` when absent. */
function listOf(body: Record<string, unknown>, name: string, fallback: string[]): unknown[] {
  const raw = prop(body, name);
  if (raw === undefined) return fallback;
  return Array.isArray(raw) ? raw : typeof raw === 'string' && raw !== '' ? [raw] : [];
}

/** makeMeAvailable's `supportedModalities` (absent → Messaging, as a bare call gets). */
function requestedModalities(body: Record<string, unknown>): string[] {
  const list = listOf(body, 'supportedModalities', ['Messaging']);
  const bad = list.filter((m) => typeof m !== 'string' || !MODALITY_TYPES.has(m));
  if (bad.length > 0)
    throw new HttpError(400, 'ParameterValidationFailure', `Unknown modality: ${bad.map(String).join(', ')}`);
  return list as string[];
}

function requestedFormats(body: Record<string, unknown>): string[] {
  const list = listOf(body, 'supportedMessageFormats', ['Plain']);
  const bad = list.filter((f) => f !== 'Plain' && f !== 'Html');
  if (bad.length > 0)
    throw new HttpError(
      400,
      'ParameterValidationFailure',
      `Unknown message format: ${bad.map(String).join(', ')}`,
    );
  return list.length > 0 ? (list as string[]) : ['Plain'];
}

function requireAvailable(app: App): void {
  if (!app.madeAvailable) throw new HttpError(409, 'MakeMeAvailableRequired', 'Call makeMeAvailable first.');
}

/**
 * makeMeAvailable: the application becomes reachable. Events as ReceiveAnIM.md shows them: me updated (me no longer
 * links makeMeAvailable), presence, note and location added, then communication updated with its modalities.
 */
function makeAvailable(req: SimRequest, ctx: SimContext, app: App): void {
  const body = parseBody(req);
  const modalities = requestedModalities(body);
  const formats = requestedFormats(body);
  if (app.madeAvailable) throw new HttpError(409, 'AlreadyExists', 'The application is already available.');
  app.madeAvailable = true;
  app.modalities = modalities;
  app.messageFormats = formats;
  const me = { rel: 'me', href: `${app.base}/me` };
  app.channel.push(
    { sender: me, link: me, type: 'updated', embedded: { me: R.meRes(app, ctx.user) } },
    'medium',
  );
  for (const rel of OWN)
    app.channel.push({ sender: me, link: { rel, href: `${app.base}/me/${rel}` }, type: 'added' }, 'medium');
  const communication = { rel: 'communication', href: `${app.base}/communication` };
  app.channel.push(
    {
      sender: communication,
      link: communication,
      type: 'updated',
      embedded: { communication: R.communicationRes(app) },
    },
    'medium',
  );
}

const OWN = ['presence', 'note', 'location'] as const;
const SETTERS = {
  presence: (ctx: SimContext, body: Record<string, unknown>) =>
    setOwnPresence(ctx, prop(body, 'availability')),
  note: (ctx: SimContext, body: Record<string, unknown>) => setOwnNote(ctx, prop(body, 'message')),
  location: (ctx: SimContext, body: Record<string, unknown>) => setOwnLocation(ctx, prop(body, 'location')),
};

const ownRoutes = OWN.map((name): Route => ({
  name: `me ${name}`,
  pattern: new RegExp(`^/me/${name}$`),
  methods: {
    GET: (req, ctx, app) => {
      requireAvailable(app);
      return resourceResponse(req, R.ownRes(app.base, ctx.user, name));
    },
    POST: (req, ctx, app) => {
      requireAvailable(app);
      SETTERS[name](ctx, parseBody(req));
      return noContent();
    },
  },
}));

const forwardingParts = R.FORWARDING_PARTS.map((part): Route => ({
  name: part,
  pattern: new RegExp(`^/me/callForwardingSettings/${part}$`),
  methods: { GET: (req, _ctx, app) => resourceResponse(req, R.forwardingPartRes(app.base, part)) },
}));

export const ME_ROUTES: Route[] = [
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
        makeAvailable(req, ctx, app);
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
        requireAvailable(app);
        return noContent();
      },
    },
  },
  {
    name: 'phones',
    pattern: /^\/me\/phones$/,
    methods: { GET: (req, ctx, app) => resourceResponse(req, R.phonesRes(app.base, ctx.user)) },
  },
  {
    name: 'callForwardingSettings',
    pattern: /^\/me\/callForwardingSettings$/,
    methods: { GET: (req, _ctx, app) => resourceResponse(req, R.callForwardingSettingsRes(app.base)) },
  },
  ...forwardingParts,
];
