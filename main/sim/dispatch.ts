// Routes one request (a real one or a batch part) to its answer: discovery and the token endpoint, application
// creation, a batch, or a route below the application. Never throws: any failure becomes a UCWA error answer.
import { answerBatch } from './batchRequest.js';
import type { SimContext } from './context.js';
import { discoveryRoute } from './discovery.js';
import { HttpError, type SimRequest, type SimResponse, errorResponse } from './http.js';
import { createApplication } from './routes/application.js';
import { APPLICATIONS_PATH } from './routes/route.js';
import { matchRoute } from './routes/table.js';
import type { SimRequestRecord, SimStats } from './types.js';

/** What the HTTP front shares across requests. */
export interface Front {
  ctx: SimContext;
  stats: SimStats;
  listeners: Set<(r: SimRequestRecord) => void>;
  control(req: SimRequest): Promise<SimResponse>;
}

/** An answer and the route name it is counted under in the statistics. */
export interface Outcome {
  resp: SimResponse;
  route: string;
}

interface Routed {
  route: string;
  answer(): SimResponse | Promise<SimResponse>;
}

/** Finds what answers a request below /ucwa/oauth/v1/applications. Throws HttpError for 401, 404 and 405. */
function applicationRoute(req: SimRequest, front: Front, named: (route: string) => void): Routed {
  const { ctx } = front;
  const path = req.path;
  if (!ctx.auth.check(req)) return { route: 'applications', answer: () => ctx.auth.challenge(req) };
  if (path === APPLICATIONS_PATH) {
    if (req.method !== 'POST') throw new HttpError(405);
    return { route: 'applications', answer: () => createApplication(req, ctx) };
  }
  const m = /^\/([^/]+)(\/.*)?$/.exec(path.slice(APPLICATIONS_PATH.length));
  const app = m?.[1] ? ctx.apps.get(m[1]) : undefined;
  if (!app || app.pool !== req.pool) {
    named('application');
    throw new HttpError(404, 'ApplicationNotFound', 'The application does not exist.');
  }
  const rest = m?.[2] ?? '';
  if (rest === '/batch') {
    named('batch');
    if (req.method !== 'POST') throw new HttpError(405);
    return { route: 'batch', answer: () => answerBatch(req, front, app.base, dispatch) };
  }
  const found = matchRoute(rest);
  if (!found) throw new HttpError(404, undefined, 'No such resource.');
  const [r, match] = found;
  named(r.name);
  const handler = r.methods[req.method as keyof typeof r.methods];
  if (!handler) throw new HttpError(405, undefined, `${req.method} is not supported on ${r.name}.`);
  return { route: r.name, answer: () => handler(req, ctx, app, match) };
}

export async function dispatch(req: SimRequest, front: Front): Promise<Outcome> {
  let route = 'unknown';
  const named = (name: string): void => {
    route = name;
  };
  try {
    const path = req.path;
    const discovery = discoveryRoute(path.toLowerCase().replace(/\/+$/, ''));
    if (discovery) {
      route = discovery.name;
      return { route, resp: discovery.answer(req, front.ctx) };
    }
    const signIn = await front.ctx.auth.handle(req); // the token endpoint and the organisation's sign-in page
    if (signIn) return signIn;
    if (path === APPLICATIONS_PATH || path.startsWith(`${APPLICATIONS_PATH}/`)) {
      route = 'applications';
      const routed = applicationRoute(req, front, named);
      route = routed.route;
      return { route, resp: await routed.answer() };
    }
    throw new HttpError(404, undefined, 'No such resource.');
  } catch (e) {
    if (e instanceof HttpError) {
      return {
        route,
        resp: errorResponse(req, e.status, { code: e.code, subcode: e.subcode, message: e.message }),
      };
    }
    return {
      route,
      resp: errorResponse(req, 500, { code: 'ServiceFailure', message: 'Internal server error.' }),
    };
  }
}
