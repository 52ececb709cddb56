// The application itself: creation (POST applications: 201 new, 200 found again), GET, DELETE, and policies.
import type { SimContext } from '../context.js';
import {
  HttpError,
  type SimRequest,
  type SimResponse,
  noContent,
  parseBody,
  prop,
  resourceResponse,
} from '../http.js';
import { applicationRes } from '../resources/index.js';
import type { Route } from './route.js';

export function createApplication(req: SimRequest, ctx: SimContext): SimResponse {
  const body = parseBody(req);
  const missing = ['culture', 'endpointId', 'userAgent'].filter((k) => {
    const v = prop(body, k);
    return typeof v !== 'string' || v.trim() === '' || v.length > 100;
  });
  if (missing.length > 0)
    throw new HttpError(400, 'ParameterValidationFailure', `Missing or invalid: ${missing.join(', ')}.`);
  const instanceId = prop(body, 'instanceId');
  const [app, created] = ctx.apps.create(req.pool, {
    culture: prop(body, 'culture') as string,
    endpointId: prop(body, 'endpointId') as string,
    userAgent: prop(body, 'userAgent') as string,
    instanceId: typeof instanceId === 'string' && instanceId ? instanceId : undefined,
  });
  const resp = resourceResponse(req, applicationRes(app, ctx.user, ctx.ucs), {
    status: created ? 201 : 200,
  });
  resp.headers = { ...resp.headers, Location: app.base };
  return resp;
}

export const APPLICATION_ROUTES: Route[] = [
  {
    name: 'application',
    pattern: /^$/,
    methods: {
      GET: (req, ctx, app) => resourceResponse(req, applicationRes(app, ctx.user, ctx.ucs)),
      DELETE: (_req, ctx, app) => {
        ctx.apps.delete(app.id);
        return noContent();
      },
    },
  },
  {
    name: 'policies',
    pattern: /^\/policies$/,
    methods: {
      GET: (req, _c, app) => resourceResponse(req, { rel: 'policies', href: `${app.base}/policies` }),
    },
  },
];
