// The contact list's groups: myGroups (GET; POST creates a group), one group (GET; PUT renames and DELETE deletes
// the user's own groups), its contacts, and distribution groups (expand, addToContactList, removeFromContactList).
// Changes need the unified contact store: without it the links are absent and the operations answer 403.
import type { Group } from '../contactList.js';
import type { SimContext } from '../context.js';
import {
  HttpError,
  type SimRequest,
  etagMatches,
  noContent,
  parseBody,
  prop,
  resourceResponse,
} from '../http.js';
import * as R from '../resources/index.js';
import type { Route } from './route.js';

/** Without the unified contact store the contact list is read-only through this API (the links say so too). */
export function requireUcs(ctx: SimContext): void {
  if (!ctx.ucs)
    throw new HttpError(
      403,
      undefined,
      'The user does not have sufficient privileges to modify the contact list.',
    );
}

function group(ctx: SimContext, id: string | undefined): Group {
  const g = ctx.contactList.get(id);
  // A distribution group not in the list is still a resource (search links it).
  if (!g) throw new HttpError(404, undefined, 'The group does not exist.');
  return g;
}

function distributionGroup(ctx: SimContext, req: SimRequest): string | undefined {
  const id = req.query.get('groupId') ?? prop(parseBody(req), 'groupId');
  if (typeof id !== 'string' || id === '')
    throw new HttpError(400, 'ParameterValidationFailure', 'groupId is required.');
  return id;
}

/** PUT group: If-Match the group's ETag; the body carries the new name (group2_ref.md). */
function rename(req: SimRequest, ctx: SimContext, g: Group): ReturnType<typeof noContent> {
  requireUcs(ctx);
  const ifMatch = req.headers['if-match'];
  if (!ifMatch)
    throw new HttpError(
      428,
      undefined,
      'This operation requires an If-Match header.',
      'PreconditionRequired',
    );
  if (!etagMatches(ifMatch, String(g.etag)))
    throw new HttpError(412, undefined, 'The group has changed since it was read.', 'PreconditionFailed');
  const renamed = ctx.contactList.rename(g.id, prop(parseBody(req), 'name'));
  return noContent(200, { ETag: `"${renamed.etag}"` });
}

export const GROUP_ROUTES: Route[] = [
  {
    name: 'myGroups',
    pattern: /^\/people\/groups$/,
    methods: {
      GET: (req, ctx, app) => resourceResponse(req, R.myGroupsRes(app.base, ctx.contactList, ctx.ucs)),
      POST: (req, ctx, app) => {
        requireUcs(ctx);
        const g = ctx.contactList.create(prop(parseBody(req), 'displayName'));
        return noContent(204, { Location: R.groupHref(app.base, g) });
      },
    },
  },
  {
    name: 'addToContactList',
    pattern: /^\/people\/groups\/addToContactList$/,
    methods: {
      POST: (req, ctx) => {
        requireUcs(ctx);
        ctx.contactList.listDistributionGroup(distributionGroup(ctx, req), true);
        return noContent();
      },
    },
  },
  {
    name: 'removeFromContactList',
    pattern: /^\/people\/groups\/removeFromContactList$/,
    methods: {
      POST: (req, ctx) => {
        requireUcs(ctx);
        ctx.contactList.listDistributionGroup(distributionGroup(ctx, req), false);
        return noContent();
      },
    },
  },
  {
    name: 'group',
    pattern: /^\/people\/groups\/([^/]+)$/,
    methods: {
      GET: (req, ctx, app, m) => {
        const g = group(ctx, m[1]);
        // A distribution group read on its own embeds its members (distributionGroup_ref.md).
        const res =
          g.kind === 'distributionGroup'
            ? R.expandedRes(app.base, g, ctx.contactList, ctx.dir, ctx.ucs)
            : R.groupRes(app.base, g, ctx.ucs);
        return resourceResponse(req, res, {
          etag: g.kind === 'distributionGroup' ? undefined : String(g.etag),
        });
      },
      PUT: (req, ctx, _app, m) => rename(req, ctx, group(ctx, m[1])),
      DELETE: (_req, ctx, _app, m) => {
        requireUcs(ctx);
        ctx.contactList.remove(group(ctx, m[1]).id);
        return noContent();
      },
    },
  },
  {
    name: 'groupContacts',
    pattern: /^\/people\/groups\/([^/]+)\/contacts$/,
    methods: {
      GET: (req, ctx, app, m) => {
        const g = group(ctx, m[1]);
        if (g.kind === 'distributionGroup')
          throw new HttpError(404, undefined, 'Use expandDistributionGroup.');
        return resourceResponse(req, R.groupContactsRes(app.base, g, ctx.contactList, ctx.dir));
      },
    },
  },
  {
    name: 'expandDistributionGroup',
    pattern: /^\/people\/groups\/([^/]+)\/expand$/,
    methods: {
      GET: (req, ctx, app, m) => {
        const g = group(ctx, m[1]);
        if (g.kind !== 'distributionGroup') throw new HttpError(404, undefined, 'Not a distribution group.');
        return resourceResponse(req, R.expandedRes(app.base, g, ctx.contactList, ctx.dir, ctx.ucs));
      },
    },
  },
];
