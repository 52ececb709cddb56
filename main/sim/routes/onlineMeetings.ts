// Online meetings: the hub, the user's scheduled meetings (POST creates one: 201 with its Location; GET, DELETE),
// and the dial-in information. Meetings belong to the user, so every application sees the same ones.
import { randomBytes } from 'node:crypto';
import type { SimContext } from '../context.js';
import { HttpError, hashEtag, noContent, parseBody, prop, resourceResponse } from '../http.js';
import * as R from '../resources/index.js';
import { urisOf } from './lookup.js';
import type { Route } from './route.js';

const ACCESS_LEVELS = ['Everyone', 'Invited', 'Locked', 'SameEnterprise'];
const DAY = 24 * 3600_000;

function schedule(ctx: SimContext, body: Record<string, unknown>): R.OnlineMeeting {
  const str = (name: string, max: number): string => {
    const v = prop(body, name);
    if (v === undefined || v === null) return '';
    if (typeof v !== 'string' || v.length > max)
      throw new HttpError(
        400,
        'ParameterValidationFailure',
        `${name} must be text of at most ${max} characters.`,
      );
    return v;
  };
  const level = str('accessLevel', 20) || 'SameEnterprise';
  const accessLevel = ACCESS_LEVELS.find((a) => a.toLowerCase() === level.toLowerCase());
  if (!accessLevel)
    throw new HttpError(
      400,
      'ParameterValidationFailure',
      `accessLevel must be one of ${ACCESS_LEVELS.join(', ')}.`,
    );
  const list = (name: string): string[] => (prop(body, name) === undefined ? [] : urisOf(body, name));
  const id = randomBytes(4).toString('hex').toUpperCase();
  const m: R.OnlineMeeting = {
    id,
    subject: str('subject', 256),
    description: str('description', 1024),
    attendees: list('attendees'),
    leaders: list('leaders'),
    accessLevel,
    expirationTime: ctx.clock.now() + 365 * DAY,
    organizerUri: ctx.user.uri,
    etag: '',
  };
  m.etag = hashEtag(JSON.stringify(m));
  return m;
}

function meeting(ctx: SimContext, id: string | undefined): R.OnlineMeeting {
  const m = id ? ctx.meetings.get(id) : undefined;
  if (!m) throw new HttpError(404, undefined, 'The online meeting does not exist.');
  return m;
}

export const ONLINE_MEETING_ROUTES: Route[] = [
  {
    name: 'onlineMeetings',
    pattern: /^\/onlineMeetings$/,
    methods: { GET: (req, _ctx, app) => resourceResponse(req, R.onlineMeetingsRes(app.base)) },
  },
  {
    name: 'myOnlineMeetings',
    pattern: /^\/onlineMeetings\/myOnlineMeetings$/,
    methods: {
      GET: (req, ctx, app) =>
        resourceResponse(req, R.myOnlineMeetingsRes(app.base, [...ctx.meetings.values()])),
      POST: (req, ctx, app) => {
        const m = schedule(ctx, parseBody(req));
        ctx.meetings.set(m.id, m);
        const resp = resourceResponse(req, R.myOnlineMeetingRes(app.base, m), { status: 201, etag: m.etag });
        resp.headers = { ...resp.headers, Location: `${R.meetingsHref(app.base)}/${m.id}` };
        return resp;
      },
    },
  },
  {
    name: 'myOnlineMeeting',
    pattern: /^\/onlineMeetings\/myOnlineMeetings\/([^/]+)$/,
    methods: {
      GET: (req, ctx, app, m) => {
        const found = meeting(ctx, m[1]);
        return resourceResponse(req, R.myOnlineMeetingRes(app.base, found), { etag: found.etag });
      },
      DELETE: (_req, ctx, _app, m) => {
        ctx.meetings.delete(meeting(ctx, m[1]).id);
        return noContent();
      },
    },
  },
  {
    name: 'phoneDialInInformation',
    pattern: /^\/onlineMeetings\/phoneDialInInformation$/,
    methods: { GET: (req, _ctx, app) => resourceResponse(req, R.phoneDialInInformationRes(app.base)) },
  },
];
