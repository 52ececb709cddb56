// Before the application: the discovery root, the user resource (or its redirect to a second pool), the xframe page
// and the token endpoint. Each answers as a real pool does; the user resource demands a token of its own pool.
import type { SimContext } from './context.js';
import { HttpError, type SimRequest, type SimResponse, resourceResponse } from './http.js';
import type { Res } from './render.js';
import { APPLICATIONS_PATH } from './routes/route.js';

export const DISCOVERY_PATH = '/autodiscover/autodiscoverservice.svc/root';
const USER_PATH = `${DISCOVERY_PATH}/oauth/user`;
const XFRAME_PATH = `${DISCOVERY_PATH}/xframe`;
const REDIRECT_PATH = `${USER_PATH}/redirect`;

function rootRes(origin: string): Res {
  return {
    rel: 'root',
    href: `${origin}${DISCOVERY_PATH}?originalDomain=contoso.com`,
    links: {
      user: { href: `${origin}${USER_PATH}?originalDomain=contoso.com` },
      xframe: { href: `${origin}${XFRAME_PATH}` },
    },
  };
}

/** The second pool's origin when this request's user is homed there (redirectToSecondPool, asked on pool 1). */
function homePool(ctx: SimContext, req: SimRequest): string | undefined {
  const second = ctx.origins.get(2);
  return req.pool === 1 && ctx.redirectToSecondPool ? second : undefined;
}

function userRes(ctx: SimContext, req: SimRequest): Res {
  const self = `${req.origin}${USER_PATH}?originalDomain=contoso.com`;
  if (homePool(ctx, req)) {
    // Homed on another pool: `redirect` links a redirect resource (redirect_ref.md) that links that pool's user.
    return {
      rel: 'user',
      href: self,
      links: {
        redirect: { href: `${req.origin}${REDIRECT_PATH}` },
        xframe: { href: `${req.origin}${XFRAME_PATH}` },
      },
    };
  }
  return {
    rel: 'user',
    href: self,
    links: {
      applications: { href: `${req.origin}${APPLICATIONS_PATH}` },
      xframe: { href: `${req.origin}${XFRAME_PATH}` },
    },
  };
}

/** redirect_ref.md: links self, user (the home pool's user resource, which demands its own token), xframe. */
function redirectRes(req: SimRequest, home: string): Res {
  return {
    rel: 'redirect',
    href: `${req.origin}${REDIRECT_PATH}`,
    links: {
      user: { href: `${home}${USER_PATH}?originalDomain=contoso.com` },
      xframe: { href: `${req.origin}${XFRAME_PATH}` },
    },
  };
}

interface DiscoveryRoute {
  name: string;
  answer(req: SimRequest, ctx: SimContext): SimResponse;
}

const getOnly = (req: SimRequest): void => {
  if (req.method !== 'GET') throw new HttpError(405);
};

const DISCOVERY_ROUTES = new Map<string, DiscoveryRoute>([
  [
    DISCOVERY_PATH,
    {
      name: 'root',
      answer: (req) => {
        getOnly(req);
        return resourceResponse(req, rootRes(req.origin));
      },
    },
  ],
  [
    USER_PATH,
    {
      name: 'user',
      answer: (req, ctx) => {
        getOnly(req);
        if (!ctx.auth.check(req)) return ctx.auth.challenge(req);
        return resourceResponse(req, userRes(ctx, req));
      },
    },
  ],
  [
    REDIRECT_PATH,
    {
      name: 'redirect',
      answer: (req, ctx) => {
        const home = homePool(ctx, req);
        if (!home) throw new HttpError(404, undefined, 'No such resource.');
        getOnly(req);
        if (!ctx.auth.check(req)) return ctx.auth.challenge(req);
        return resourceResponse(req, redirectRes(req, home));
      },
    },
  ],
  [
    XFRAME_PATH,
    {
      name: 'xframe',
      answer: () => ({
        status: 200,
        headers: { 'Content-Type': 'text/html' },
        body: '<!DOCTYPE html><html><body></body></html>',
      }),
    },
  ],
]);

/** The discovery-side route for a path (lower-cased, without a trailing slash), if it is one. */
export function discoveryRoute(lower: string): DiscoveryRoute | undefined {
  return DISCOVERY_ROUTES.get(lower);
}
